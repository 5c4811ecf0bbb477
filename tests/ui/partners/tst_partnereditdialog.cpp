#include "partners/partnereditdialog.h"
#include "partners/partnerpage.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "ui/dialoghelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Add and edit a partner by hand: typed with the keyboard, checked per field, saved with one event.
class TestPartnerEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addFromTheFileMenuByKeyboard();
    void eachBadFieldGetsTheFocus_data();
    void eachBadFieldGetsTheFocus();
    void editKeepsTheTenantAndTheAcceptedAgreement();
    void helpdeskCannotSave();
    void emptyRegisterOffersAddAndImport();

private:
    UiContext context() const
    {
        return {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
    }
    Operator operatorNamed(const QString &upn) const;
    Operator global() const { return operatorNamed(u"anna.devries@hetbaken.example"_s); }
    static void checkItem(QListWidget *list, const QString &text);

    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestPartnerEditDialog::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestPartnerEditDialog::cleanup()
{
    m_fixture.reset();
}

Operator TestPartnerEditDialog::operatorNamed(const QString &upn) const
{
    for (const Operator &op : m_fixture->repository->operators().value()) {
        if (op.upn == upn)
            return op;
    }
    return {};
}

void TestPartnerEditDialog::checkItem(QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> items = list->findItems(text, Qt::MatchStartsWith);
    QVERIFY2(!items.isEmpty(), qPrintable(text));
    list->setFocus();
    list->setCurrentItem(items.constFirst());
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(items.constFirst()->checkState(), Qt::Checked);
}

void TestPartnerEditDialog::addFromTheFileMenuByKeyboard()
{
    MainWindow window(context());
    window.setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitFor([&] { return !window.partnerPage()->isLoading(); }, 10000));
    bool shown = false;
    DialogHelpers::onNextDialog([&](QWidget *widget) {
        auto *dialog = qobject_cast<PartnerEditDialog *>(widget);
        QVERIFY(dialog);
        shown = true;
        QCOMPARE(dialog->focusWidget(), dialog->fieldWidget(u"name"_s));
        QTest::keyClicks(dialog->focusWidget(), u"Humongous IT"_s);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), u"44445555-6666-4777-8888-999900001111"_s);
        checkItem(dialog->findChild<QListWidget *>(u"typesList"_s), u"Reseller"_s);
        checkItem(dialog->findChild<QListWidget *>(u"rolesList"_s), u"Helpdesk Administrator"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"partnerSaveButton"_s), Qt::LeftButton);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(shown);
    auto found = m_fixture->repository->relationshipForPartner(u"44445555-6666-4777-8888-999900001111"_s);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->partner.name, u"Humongous IT"_s);
    QCOMPARE(found.value()->roles, QList<AdminRole> {AdminRole::helpdeskAdministrator()});
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'relationship.added' "
                               "AND partner_name = 'Humongous IT'"_s),
        1);
    // The new partner is selected in the list.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QModelIndex current
                = window.partnerPage()->findChild<QTableView *>(u"partnerTable"_s)->currentIndex();
            return current.isValid() && current.siblingAtColumn(0).data().toString() == u"Humongous IT"_s;
        },
        5000));
}

void TestPartnerEditDialog::eachBadFieldGetsTheFocus_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("tenant ID") << u"tenantId"_s << u"4444-5555"_s << u"GUID"_s;
    QTest::newRow("PartnerID") << u"partnerId"_s << u"12-34"_s << u"digits"_s;
    QTest::newRow("email") << u"email"_s << u"info.example"_s << u"name@example.com"_s;
    QTest::newRow("website") << u"website"_s << u"ftp://x.example"_s << u"https://"_s;
    QTest::newRow("GDAP duration") << u"gdapDuration"_s << u"P3Y"_s << u"2 years"_s;
    QTest::newRow("GDAP duration not ISO") << u"gdapDuration"_s << u"two years"_s << u"ISO 8601"_s;
}

void TestPartnerEditDialog::eachBadFieldGetsTheFocus()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    PartnerEditDialog dialog(*m_fixture->repository, m_fixture->clock, global(), std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Humongous IT"_s);
    dialog.findChild<QLineEdit *>(u"tenantEdit"_s)->setText(u"44445555-6666-4777-8888-999900001111"_s);
    dialog.findChild<QGroupBox *>(u"gdapGroup"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"gdapNameEdit"_s)->setText(u"Humongous helpdesk"_s);
    auto *edit = qobject_cast<QLineEdit *>(dialog.fieldWidget(field));
    QVERIFY(edit);
    edit->setText(text);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"partnerSaveButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.focusWidget(), edit);
    auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), 14);
}

void TestPartnerEditDialog::editKeepsTheTenantAndTheAcceptedAgreement()
{
    const Relationship fabrikam
        = m_fixture->repository->relationshipForPartner(fabrikamTenant).value().value();
    PartnerEditDialog dialog(*m_fixture->repository, m_fixture->clock, global(), fabrikam);
    dialog.show();
    QVERIFY(dialog.findChild<QLineEdit *>(u"tenantEdit"_s)->isReadOnly());
    QVERIFY(!dialog.findChild<QCheckBox *>(u"agreementCheck"_s)->isEnabled());
    QVERIFY(dialog.findChild<QCheckBox *>(u"agreementCheck"_s)->isChecked());
    auto *email = dialog.findChild<QLineEdit *>(u"emailEdit"_s);
    email->selectAll();
    QTest::keyClicks(email, u"orders@fabrikam.example"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"partnerSaveButton"_s), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const Relationship after = m_fixture->repository->relationshipForPartner(fabrikamTenant).value().value();
    QCOMPARE(after.partner.email, u"orders@fabrikam.example"_s);
    QCOMPARE(after.agreement, fabrikam.agreement);
    QCOMPARE(
        m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'relationship.edited'"_s), 1);
}

void TestPartnerEditDialog::helpdeskCannotSave()
{
    PartnerEditDialog dialog(*m_fixture->repository, m_fixture->clock,
        operatorNamed(u"chloe.bakker@hetbaken.example"_s), std::nullopt);
    dialog.show();
    QVERIFY(!dialog.findChild<QPushButton *>(u"partnerSaveButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"Requires Global Administrator"_s));
}

void TestPartnerEditDialog::emptyRegisterOffersAddAndImport()
{
    // A register without partners: the page offers the ways in, the hand-typed one included.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"empty.sqlite"_s), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    SqlRegisterRepository repository(*db.value());
    Organisation org {
        u"De Linde"_s, u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s, fixedNow(), u"anna@delinde.example"_s};
    const Operator anna {u"anna@delinde.example"_s, u"Anna"_s, {AdminRole::globalAdministrator()}};
    QVERIFY(repository.initialise(org, {anna}).ok());
    FixedClock clock(fixedNow());
    MainWindow window(UiContext {repository, repositoryOpener(dir.filePath(u"empty.sqlite"_s)), clock});
    window.setOperators({anna}, anna.upn);
    window.show();
    window.showPage(MainWindow::PartnersPage);
    QVERIFY(QTest::qWaitFor([&] { return !window.partnerPage()->isLoading(); }, 10000));
    auto *add = window.findChild<QPushButton *>(u"addPartnerButton"_s);
    QVERIFY(QTest::qWaitFor([&] { return add->isVisible(); }, 5000));
    QVERIFY(window.findChild<QPushButton *>(u"importButton"_s)->isVisible());
    DialogHelpers::onNextDialog([](QWidget *dialog) {
        QVERIFY(qobject_cast<PartnerEditDialog *>(dialog));
        dialog->findChild<QPushButton *>(u"partnerCancelButton"_s)->click();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(repository.relationships()->size(), 0);
}

QTEST_MAIN(TestPartnerEditDialog)
#include "tst_partnereditdialog.moc"
