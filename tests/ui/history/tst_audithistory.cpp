#include "audit/auditchain.h"
#include "audit/auditdescription.h"
#include "audit/receiptbook.h"
#include "history/audithistorymodel.h"
#include "history/audithistorypage.h"
#include "relationships/relationshipservice.h"
#include "testsupport.h"
#include "translations.h"
#include "ui/dialoghelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

class TestAuditHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init();
    void cleanup();
    void newestFirstWithReadableChange();
    void pagesAsTheViewScrolls();
    void filters_data();
    void filters();
    void pageFiltersByPartnerOperatorActionAndDates();
    void verifyIntactChain();
    void verifyFindsRowAlteredByRawSql();
    void verifyComparesWithReceipts();
    void newEventsAppear();
    void enterOpensTheEventInWords();
    void tabLeavesTheTable();

private:
    void addEvents(int count);
    Operator anna() const { return m_fixture->repository->operators().value().first(); }

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<AuditHistoryPage> m_page;
};

void TestAuditHistory::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_page = std::make_unique<AuditHistoryPage>(
        UiContext {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock});
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAuditHistory::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestAuditHistory::addEvents(int count)
{
    // Reviews alternate between two partners and two operators, a minute apart.
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const QList<Operator> operators = m_fixture->repository->operators().value();
    for (int i = 0; i < count; ++i) {
        m_fixture->clock.advanceSeconds(60);
        const Operator &op = operators.at(i % 2 == 0 ? 0 : 1); // Anna (Global), Bram (Billing)
        QVERIFY(service.markReviewed(op, i % 2 == 0 ? fabrikamTenant : woodgroveTenant).ok());
    }
}

void TestAuditHistory::newestFirstWithReadableChange()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service.removeRoles(anna(), {contosoTenant}).ok());
    AuditHistoryModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 16);
    QCOMPARE(model->index(0, AuditHistoryModel::ActionColumn).data().toString(),
        u"Removal of admin roles decided (to do in Microsoft 365)"_s);
    QCOMPARE(model->index(0, AuditHistoryModel::PartnerColumn).data().toString(), u"Contoso Onderwijs ICT"_s);
    QCOMPARE(model->index(0, AuditHistoryModel::OperatorColumn).data().toString(), u"Anna de Vries"_s);
    QCOMPARE(model->index(0, AuditHistoryModel::ChangeColumn).data().toString(),
        u"Type: Reseller & delegated administrator → Reseller; Roles: Global Administrator, Helpdesk "
        "Administrator → none"_s);
    QCOMPARE(model->index(0, 0).data().toString(),
        QLocale().toString(fixedNow().toLocalTime(), QLocale::ShortFormat)); // local time shown
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"2026-11-24T09:30:00.000Z UTC"_s));
    QCOMPARE(model->index(15, AuditHistoryModel::ActionColumn).data().toString(), u"Register created"_s);
    // Newest first by time; events at the same moment by sequence.
    for (int row = 1; row < model->rowCount(); ++row) {
        const QDateTime newer = model->index(row - 1, 0).data(AuditHistoryModel::TimeUtcRole).toDateTime();
        const QDateTime older = model->index(row, 0).data(AuditHistoryModel::TimeUtcRole).toDateTime();
        QVERIFY(newer >= older);
        if (newer == older) {
            QVERIFY(model->index(row - 1, 0).data(AuditHistoryModel::SequenceRole).toLongLong()
                > model->index(row, 0).data(AuditHistoryModel::SequenceRole).toLongLong());
        }
    }
}

void TestAuditHistory::pagesAsTheViewScrolls()
{
    addEvents(450);
    AuditHistoryModel model(*m_fixture->repository);
    QCOMPARE(model.rowCount(), AuditHistoryModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 465); // 450 + 15 demo events
    QVERIFY(!model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAuditHistory::filters_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("operatorUpn");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("fromMinutes"); // relative to fixedNow(), -1: none
    QTest::addColumn<int>("toMinutes");
    QTest::addColumn<int>("expected");
    QTest::newRow("everything") << QString() << QString() << QString() << -1 << -1 << 25;
    QTest::newRow("partner") << fabrikamTenant << QString() << QString() << -1 << -1
                             << 6; // 5 reviews + added
    QTest::newRow("partner, any case") << fabrikamTenant.toUpper() << QString() << QString() << -1 << -1 << 6;
    QTest::newRow("operator") << QString() << u"bram.jansen@hetbaken.example"_s << QString() << -1 << -1 << 5;
    QTest::newRow("action") << QString() << QString() << u"relationship.reviewed"_s << -1 << -1 << 10;
    QTest::newRow("partner and operator")
        << woodgroveTenant << u"anna.devries@hetbaken.example"_s << QString() << -1 << -1 << 1;
    QTest::newRow("date range") << QString() << QString() << QString() << 2 << 5 << 3; // minutes 2, 3, 4
    QTest::newRow("from only") << QString() << QString() << QString() << 9 << -1 << 2;
    QTest::newRow("nothing") << u"not-a-partner"_s << QString() << QString() << -1 << -1 << 0;
}

void TestAuditHistory::filters()
{
    QFETCH(QString, partner);
    QFETCH(QString, operatorUpn);
    QFETCH(QString, action);
    QFETCH(int, fromMinutes);
    QFETCH(int, toMinutes);
    QFETCH(int, expected);
    addEvents(10);
    AuditHistoryModel model(*m_fixture->repository);
    AuditFilter filter {partner, operatorUpn, action, {}, {}};
    if (fromMinutes >= 0)
        filter.fromUtc = fixedNow().addSecs(fromMinutes * 60);
    if (toMinutes >= 0)
        filter.toUtc = fixedNow().addSecs(toMinutes * 60);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), expected);
}

void TestAuditHistory::pageFiltersByPartnerOperatorActionAndDates()
{
    addEvents(4);
    auto *partner = m_page->findChild<QLineEdit *>(u"partnerEdit"_s);
    QTest::keyClicks(partner, u"Fabrik"_s);
    QTest::keyClick(partner, Qt::Key_Return);
    QCOMPARE(m_page->model()->filter().partnerTenantId, fabrikamTenant);
    QCOMPARE(m_page->model()->rowCount(), 3);
    auto *action = m_page->findChild<QComboBox *>(u"actionCombo"_s);
    action->setCurrentIndex(action->findData(u"relationship.reviewed"_s));
    QCOMPARE(m_page->model()->rowCount(), 2);
    auto *op = m_page->findChild<QComboBox *>(u"operatorCombo"_s);
    op->setCurrentIndex(op->findData(u"bram.jansen@hetbaken.example"_s));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->statusText(), u"No events match these filters."_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"clearFiltersButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 19);
    auto *from = m_page->findChild<QCheckBox *>(u"fromCheck"_s);
    m_page->findChild<QDateEdit *>(u"fromDate"_s)->setDate(fixedNow().toLocalTime().date());
    from->setChecked(true);
    QCOMPARE(m_page->model()->rowCount(), 4); // today's reviews only
}

void TestAuditHistory::verifyIntactChain()
{
    QSignalSpy finished(m_page.get(), &AuditHistoryPage::verificationFinished);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(m_page->findChild<QLabel *>(u"verifyResultLabel"_s)->text(),
        u"The whole history is intact: 15 events verified, not only the rows shown."_s);
    QTRY_VERIFY(!m_page->isVerifying());
}

void TestAuditHistory::verifyFindsRowAlteredByRawSql()
{
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_update"_s));
    QVERIFY(q.exec(u"UPDATE audit_events SET after_json = '{}' WHERE seq = 6"_s));
    QSignalSpy finished(m_page.get(), &AuditHistoryPage::verificationFinished);
    m_page->verify();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(m_page->findChild<QLabel *>(u"verifyResultLabel"_s)->text(),
        u"The history was altered at event 6: its content was altered."_s);
}

void TestAuditHistory::verifyComparesWithReceipts()
{
    const QString folder = m_fixture->dir.filePath(u"receipts"_s);
    auto page = std::make_unique<AuditHistoryPage>(
        UiContext {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock, nullptr,
            nullptr, nullptr, [folder] { return QStringList {folder}; }});
    auto *label = page->findChild<QLabel *>(u"verifyResultLabel"_s);
    auto run = [&] {
        QSignalSpy finished(page.get(), &AuditHistoryPage::verificationFinished);
        page->verify();
        if (!finished.wait(30000))
            return -1;
        if (!QTest::qWaitFor([&] { return !page->isVerifying(); }, 5000))
            return -1;
        return finished.at(0).at(0).toBool() ? 1 : 0;
    };
    // No receipt yet: it says it cannot tell, and does not claim more.
    QCOMPARE(run(), 1);
    QVERIFY2(label->text().contains(u"No receipt of this register was found"_s), qPrintable(label->text()));
    QVERIFY(label->text().startsWith(u"The whole history was checked: 15 events."_s));

    addEvents(2); // events 16 and 17, then a receipt as closing the register leaves it
    QVERIFY(ReceiptBook::append(
        {folder}, AuditChain::receipt(m_fixture->database->connection(), fixedNow()).value())
                .ok());
    QCOMPARE(run(), 1);
    QVERIFY2(label->text().contains(u"Receipts that match: 1;"_s), qPrintable(label->text()));

    // The newest two removed: the chain that is left is intact, the receipt knew more.
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_delete"_s));
    QVERIFY(q.exec(u"DELETE FROM audit_events WHERE seq >= 16"_s));
    QCOMPARE(run(), 0);
    QVERIFY2(
        label->text().contains(u"Events 16–17 are missing: the receipt of"_s), qPrintable(label->text()));
}

void TestAuditHistory::newEventsAppear()
{
    QCOMPARE(m_page->model()->rowCount(), 15);
    addEvents(1);
    QCOMPARE(m_page->model()->rowCount(), 16);
    QCOMPARE(m_page->model()->index(0, AuditHistoryModel::ActionColumn).data().toString(),
        u"Marked as reviewed"_s);
}

void TestAuditHistory::enterOpensTheEventInWords()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service.removeRoles(anna(), {contosoTenant}).ok());
    QTableView *table = m_page->table();
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    QStringList fields;
    QStringList befores;
    QStringList afters;
    QString partner;
    QString action;
    QString hash;
    const auto shown = onNextDialog([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), u"auditEventDialog"_s);
        auto *changes = dialog->findChild<QTableWidget *>(u"changesTable"_s);
        for (int row = 0; row < changes->rowCount(); ++row) {
            fields << changes->item(row, 0)->text();
            befores << changes->item(row, 1)->text();
            afters << changes->item(row, 2)->text();
        }
        partner = dialog->findChild<QLabel *>(u"partnerLabel"_s)->text();
        action = dialog->findChild<QLabel *>(u"actionLabel"_s)->text();
        hash = dialog->findChild<QLabel *>(u"hashLabel"_s)->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(*shown);
    QCOMPARE(action, u"Removal of admin roles decided (to do in Microsoft 365)"_s);
    QCOMPARE(partner, u"Contoso Onderwijs ICT (%1)"_s.arg(contosoTenant));
    QCOMPARE(fields, (QStringList {u"Type"_s, u"Roles"_s}));
    QCOMPARE(befores,
        (QStringList {
            u"Reseller & delegated administrator"_s, u"Global Administrator, Helpdesk Administrator"_s}));
    QCOMPARE(afters, (QStringList {u"Reseller"_s, u"none"_s}));
    const AuditEvent *newest = m_page->model()->event(0);
    QVERIFY(newest);
    QVERIFY(hash.contains(newest->hash));
    QVERIFY(hash.contains(newest->previousHash));
    // Every event of the demo register reads in words: no field is named by its key.
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const AuditEvent *event = m_page->model()->event(row);
        for (const auto &change : AuditDescription::fieldChanges(event->before, event->after)) {
            QVERIFY2(
                !change.label.contains(QRegularExpression(u"^[a-z]+[A-Z.]"_s)), qPrintable(change.label));
        }
    }
}

void TestAuditHistory::tabLeavesTheTable()
{
    QTableView *table = m_page->table();
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(table->currentIndex().row(), 2);
    QVERIFY(!table->hasFocus());
}

QTEST_MAIN(TestAuditHistory)
#include "tst_audithistory.moc"
