#include "import/importdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "ui/dialoghelpers.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// File > Import…: the review of a real file in a real window, and Apply clicked.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvShowsTheDryRunAndAppliesOnApply();
    void rejectedRecordsDisableApplyAndSayWhy();
    void graphFileAsksForThePartnerFirst();
    void helpdeskMayLookButNotApply();
    void cancelWhileReadingAppliesNothing();
    void droppedPartnerFileOpensTheReview();
    void partnerTextIsShownAsPlainText();

private:
    UiContext context() const
    {
        return {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
    }
    Operator operatorNamed(const QString &upn) const;
    Operator global() const { return operatorNamed(u"anna.devries@hetbaken.example"_s); }
    QString data(const QString &name) const { return QStringLiteral(PARTNERDESK_IMPORT_DATA) + u'/' + name; }
    QString write(const QString &name, const QByteArray &content) const;
    bool waitForPlan(ImportDialog &dialog) const;
    qint64 events() const { return m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s); }

    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestImportDialog::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestImportDialog::cleanup()
{
    m_fixture.reset();
}

Operator TestImportDialog::operatorNamed(const QString &upn) const
{
    for (const Operator &op : m_fixture->repository->operators().value()) {
        if (op.upn == upn)
            return op;
    }
    return {};
}

QString TestImportDialog::write(const QString &name, const QByteArray &content) const
{
    QFile file(m_fixture->dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

bool TestImportDialog::waitForPlan(ImportDialog &dialog) const
{
    return QTest::qWaitFor(
        [&] {
            return !dialog.isReading()
                && (dialog.plan()
                    || !dialog.findChild<QLabel *>(u"importSummaryLabel"_s)->text().contains(u"Reading"_s));
        },
        20000);
}

void TestImportDialog::csvShowsTheDryRunAndAppliesOnApply()
{
    ImportDialog dialog(context(), global(), data(u"partners-en.csv"_s));
    dialog.show();
    QVERIFY(waitForPlan(dialog));
    QVERIFY(dialog.plan());
    auto *summary = dialog.findChild<QLabel *>(u"importSummaryLabel"_s);
    QCOMPARE(summary->text(), u"CSV partner list: added 1, updated 1, unchanged 0, rejected 0"_s);
    auto *table = dialog.findChild<QTableView *>(u"importTable"_s);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), u"Added"_s);
    QCOMPARE(model->index(0, 2).data().toString(), u"Margie's Travel ICT, Utrecht"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"Updated"_s);
    QVERIFY(model->index(1, 4).data().toString().contains(
        u"Email: partners@fabrikam.example → sales@fabrikam.example"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"importNotesLabel"_s)->text().contains(u"Account manager"_s));
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), 14); // nothing yet

    const qint64 before = events();
    auto *apply = dialog.findChild<QPushButton *>(u"importApplyButton"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), 15);
    QCOMPARE(events(), before + 2);
    QVERIFY(dialog.resultText().contains(u"partners-en.csv"_s));
}

void TestImportDialog::rejectedRecordsDisableApplyAndSayWhy()
{
    const QString file = write(
        u"bad.csv"_s, "Name,Tenant ID\r\nGood,44445555-6666-4777-8888-999900001111\r\nBad,not-a-guid\r\n");
    ImportDialog dialog(context(), global(), file);
    dialog.show();
    QVERIFY(waitForPlan(dialog));
    auto *apply = dialog.findChild<QPushButton *>(u"importApplyButton"_s);
    QVERIFY(!apply->isEnabled());
    auto *reason = dialog.findChild<QLabel *>(u"importApplyReason"_s);
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"whole or not at all"_s));
    QAbstractItemModel *model = dialog.findChild<QTableView *>(u"importTable"_s)->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"Rejected"_s); // what needs a look comes first
    QCOMPARE(model->index(0, 1).data().toInt(), 3);
    QVERIFY(model->index(0, 4).data().toString().startsWith(u"Tenant ID: "_s));
}

void TestImportDialog::graphFileAsksForThePartnerFirst()
{
    ImportDialog dialog(context(), global(), data(u"gdap-relationships.json"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(u"importPartnerCombo"_s);
    QVERIFY(combo->isVisible());
    QVERIFY(!dialog.plan());
    QVERIFY(!dialog.findChild<QPushButton *>(u"importApplyButton"_s)->isEnabled());
    // Reading without a partner says what is missing.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importReadButton"_s), Qt::LeftButton);
    QVERIFY(waitForPlan(dialog));
    QVERIFY(dialog.findChild<QLabel *>(u"importSummaryLabel"_s)->text().contains(u"which partner"_s));
    // Choose Woodgrove by keyboard: the combo fills in its tenant ID.
    combo->setFocus();
    const int woodgrove = combo->findText(u"Woodgrove Security"_s);
    QVERIFY(woodgrove > 0);
    combo->setCurrentIndex(woodgrove);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"importPartnerTenantEdit"_s)->text(), woodgroveTenant);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"importPartnerTenantEdit"_s), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return dialog.plan() != nullptr && !dialog.isReading(); }, 20000));
    QCOMPARE(dialog.plan()->count(ImportChange::Kind::Updated), 1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importApplyButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_fixture->repository->relationshipForPartner(woodgroveTenant).value()->gdap.durationDays, 730);
}

void TestImportDialog::helpdeskMayLookButNotApply()
{
    ImportDialog dialog(
        context(), operatorNamed(u"chloe.bakker@hetbaken.example"_s), data(u"partners-en.csv"_s));
    dialog.show();
    QVERIFY(waitForPlan(dialog));
    QVERIFY(dialog.plan());
    QVERIFY(!dialog.findChild<QPushButton *>(u"importApplyButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"importApplyReason"_s)
                ->text()
                .contains(u"Requires Global Administrator"_s));
}

void TestImportDialog::cancelWhileReadingAppliesNothing()
{
    QByteArray csv = "Partner name,Tenant ID,Relationship type\r\n";
    for (int i = 0; i < 300000; ++i)
        csv += u"Partner %1,%2-1111-4222-8333-444455556666,Reseller\r\n"_s.arg(i)
                   .arg(i, 8, 16, QChar(u'0'))
                   .toUtf8();
    const QString file = write(u"big.csv"_s, csv);
    ImportDialog dialog(context(), global(), file);
    dialog.show();
    auto *cancel = dialog.findChild<QPushButton *>(u"importCancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isReading(); }, 30000));
    QVERIFY(!dialog.plan());
    QVERIFY(dialog.findChild<QLabel *>(u"importSummaryLabel"_s)->text().contains(u"cancelled"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"importApplyButton"_s)->isEnabled());
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), 14);
}

void TestImportDialog::droppedPartnerFileOpensTheReview()
{
    MainWindow window(context());
    window.setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool reviewed = false;
    DialogHelpers::onNextDialog([&](QWidget *dialog) {
        auto *review = qobject_cast<ImportDialog *>(dialog);
        if (!review) {
            dialog->close();
            return;
        }
        QVERIFY(QTest::qWaitFor([&] { return review->plan() != nullptr; }, 20000));
        reviewed = true;
        review->findChild<QPushButton *>(u"importApplyButton"_s)->click();
    });
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(data(u"admincenter-partners.json"_s))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(QTest::qWaitFor([&] { return reviewed; }, 20000));
    QVERIFY(
        QTest::qWaitFor([&] { return window.statusBar()->currentMessage().contains(u"Imported"_s); }, 5000));
    QVERIFY(m_fixture->repository->relationshipForPartner(u"9a8b7c6d-5e4f-4d3c-8b2a-1f0e9d8c7b6a"_s)
                .value()
                .has_value());
}

void TestImportDialog::partnerTextIsShownAsPlainText()
{
    const QString file = write(
        u"<b>bold<b>.csv"_s, "Name,Tenant ID\r\n\"<img src=x> Co\",44445555-6666-4777-8888-999900001111\r\n");
    ImportDialog dialog(context(), global(), file);
    dialog.show();
    QVERIFY(waitForPlan(dialog));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'<'))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(dialog.findChild<QLabel *>(u"importFileLabel"_s)->text().contains(u"<b>bold<b>.csv"_s));
    QCOMPARE(dialog.findChild<QTableView *>(u"importTable"_s)->model()->index(0, 2).data().toString(),
        u"<img src=x> Co"_s);
    // Tooltips would render it as HTML: they carry it escaped.
    QCOMPARE(dialog.findChild<QTableView *>(u"importTable"_s)
                 ->model()
                 ->index(0, 2)
                 .data(Qt::ToolTipRole)
                 .toString(),
        u"&lt;img src=x&gt; Co"_s);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
