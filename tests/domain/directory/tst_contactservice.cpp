#include "directory/contactservice.h"
#include "directory/sqldirectoryrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace TestSupport;
using Field = ContactService::Field;

Q_DECLARE_METATYPE(ContactService::Field)

namespace {
ContactService::Form completeForm()
{
    return {u"Het Baken College"_s, OrganisationSize::Medium, u"Anna de Vries"_s,
        u"anna.devries@hetbaken.example"_s, u"+31 30 123 45 67"_s, u"Intune for 400 laptops."_s};
}
} // namespace

class TestContactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formChecks_data();
    void formChecks();
    void sendsOneRequestPerPartnerWithAuditEvents();
    void refusedWithoutPermissionOrPartners();
    void directoryServiceSettingIsAudited();
    void directoryServiceNeedsGlobalOrBilling_data();
    void directoryServiceNeedsGlobalOrBilling();
    void queuedRequestsKeepTheirServiceWhenItChanges();
    void redirectingQueuedRequestsNeedsPermission();
};

void TestContactService::formChecks_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<Field>("field");
    QTest::newRow("complete") << 0 << Field::None;
    QTest::newRow("no organisation") << 1 << Field::OrganisationName;
    QTest::newRow("no size") << 2 << Field::OrganisationSize;
    QTest::newRow("no name") << 3 << Field::ContactName;
    QTest::newRow("email without domain") << 4 << Field::Email;
    QTest::newRow("email with spaces") << 5 << Field::Email;
    QTest::newRow("phone with letters") << 6 << Field::Phone;
    QTest::newRow("no phone is fine") << 7 << Field::None;
    QTest::newRow("no needs") << 8 << Field::Needs;
    QTest::newRow("needs too long") << 9 << Field::Needs;
}

void TestContactService::formChecks()
{
    QFETCH(int, change);
    QFETCH(Field, field);
    ContactService::Form form = completeForm();
    switch (change) {
    case 1:
        form.organisationName = u"  "_s;
        break;
    case 2:
        form.organisationSize = 0;
        break;
    case 3:
        form.contactName.clear();
        break;
    case 4:
        form.email = u"anna@hetbaken"_s;
        break;
    case 5:
        form.email = u"anna de vries@hetbaken.example"_s;
        break;
    case 6:
        form.phone = u"call me"_s;
        break;
    case 7:
        form.phone.clear();
        break;
    case 8:
        form.needs = u"\n "_s;
        break;
    case 9:
        form.needs = QString(ContactRequest::kMaxNeedsLength + 1, u'x');
        break;
    default:
        break;
    }
    const ContactService::Problem problem = ContactService::check(form);
    QCOMPARE(problem.field, field);
    QCOMPARE(problem.message.isEmpty(), field == Field::None);
}

void TestContactService::sendsOneRequestPerPartnerWithAuditEvents()
{
    DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    SqlDirectoryRepository directory(*fixture.database, fixture.repository->notifier());
    ContactService service(*fixture.repository, directory, fixture.clock);
    const QList<DirectoryEntry> partners {
        directory.entryForTenant(u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s).value().value(),
        directory.entryForTenant(u"7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s).value().value()};
    const Operator anna = fixture.repository->operators().value().constFirst();
    const qint64 events = fixture.scalar(u"SELECT count(*) FROM audit_events"_s);
    auto sent = service.send(anna, partners, completeForm());
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    QCOMPARE(sent->size(), 2);
    QVERIFY(sent->at(0).idempotencyKey != sent->at(1).idempotencyKey);
    QCOMPARE(sent->at(0).state, ContactRequest::State::Queued);
    QCOMPARE(sent->at(0).createdUtc, fixedNow());
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_events"_s), events + 2);
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_events WHERE action = 'contact.requested' AND "
                            "partner_tenant_id = '0d9e8f7a-1234-4abc-9def-0123456789ab'"_s),
        1);
    // An incomplete form writes nothing.
    ContactService::Form incomplete = completeForm();
    incomplete.email = u"nope"_s;
    QVERIFY(!service.send(anna, partners, incomplete));
    QCOMPARE(directory.contactRequests().value().size(), 2);
}

void TestContactService::refusedWithoutPermissionOrPartners()
{
    DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    SqlDirectoryRepository directory(*fixture.database, fixture.repository->notifier());
    ContactService service(*fixture.repository, directory, fixture.clock);
    const QList<Operator> operators = fixture.repository->operators().value();
    Operator helpdesk;
    for (const Operator &op : operators) {
        if (op.upn.startsWith(u"chloe"_s))
            helpdesk = op;
    }
    DirectoryQuery q;
    q.keywords = u"adatum"_s;
    const QList<DirectoryEntry> partners = directory.search(q).value();
    auto refused = service.send(helpdesk, partners, completeForm());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QVERIFY(!service.send(operators.constFirst(), {}, completeForm()));
    QVERIFY(directory.contactRequests().value().isEmpty());
}

void TestContactService::directoryServiceSettingIsAudited()
{
    DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    SqlDirectoryRepository directory(*fixture.database, fixture.repository->notifier());
    ContactService service(*fixture.repository, directory, fixture.clock);
    const Operator anna = fixture.repository->operators().value().constFirst();
    QCOMPARE(service.directoryService().value(), QString());
    QVERIFY(service.setDirectoryService(anna, u"https://directory.example/api"_s));
    QCOMPARE(service.directoryService().value(), u"https://directory.example/api"_s);
    QCOMPARE(fixture.scalar(
                 u"SELECT count(*) FROM audit_events WHERE action = 'settings.directoryServiceChanged'"_s),
        1);
    QVERIFY(service.setDirectoryService(anna, u"https://directory.example/api"_s)); // unchanged: no event
    QCOMPARE(fixture.scalar(
                 u"SELECT count(*) FROM audit_events WHERE action = 'settings.directoryServiceChanged'"_s),
        1);
}

void TestContactService::directoryServiceNeedsGlobalOrBilling_data()
{
    QTest::addColumn<int>("operatorIndex"); // the demo's operators, by name: Anna, Bram, Chloé
    QTest::addColumn<bool>("allowed");
    QTest::newRow("Global Administrator") << 0 << true;
    QTest::newRow("Billing Administrator") << 1 << true;
    QTest::newRow("Helpdesk Administrator") << 2 << false;
}

void TestContactService::directoryServiceNeedsGlobalOrBilling()
{
    QFETCH(int, operatorIndex);
    QFETCH(bool, allowed);
    DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    SqlDirectoryRepository directory(*fixture.database, fixture.repository->notifier());
    ContactService service(*fixture.repository, directory, fixture.clock);
    const Operator actor = fixture.repository->operators().value().at(operatorIndex);
    const Status result = service.setDirectoryService(actor, u"https://directory.example/api"_s);
    QCOMPARE(result.ok(), allowed);
    if (!allowed)
        QCOMPARE(result.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(service.directoryService().value(), allowed ? u"https://directory.example/api"_s : QString());
}

void TestContactService::queuedRequestsKeepTheirServiceWhenItChanges()
{
    DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    SqlDirectoryRepository directory(*fixture.database, fixture.repository->notifier());
    ContactService service(*fixture.repository, directory, fixture.clock);
    const Operator anna = fixture.repository->operators().value().constFirst();
    const DirectoryEntry partner
        = directory.entryForTenant(u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s).value().value();
    const QString first = u"https://directory.example/api"_s;
    const QString second = u"https://other-directory.example/api"_s;

    QVERIFY(service.send(anna, {partner}, completeForm())); // while no service is set
    QVERIFY(service.setDirectoryService(anna, first));
    QVERIFY(service.send(anna, {partner}, completeForm()));
    QVERIFY(service.setDirectoryService(anna, second));
    const QList<ContactRequest> requests = directory.contactRequests().value(); // newest first
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).destination, first);
    QCOMPARE(requests.at(1).destination, QString());
    QCOMPARE(service.queuedForOtherServices(second).value(), 2);
    QCOMPARE(service.queuedForOtherServices(first).value(), 1);

    const qint64 events = fixture.scalar(u"SELECT count(*) FROM audit_events"_s);
    auto moved = service.redirectQueued(anna, second);
    QVERIFY2(moved.ok(), qPrintable(moved.error().message));
    QCOMPARE(moved.value(), 2);
    for (const ContactRequest &r : directory.contactRequests().value())
        QCOMPARE(r.destination, second);
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_events"_s), events + 1);
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_events WHERE action = 'contact.redirected' AND "
                            "after_json LIKE '%other-directory.example%'"_s),
        1);
    // Nothing left to move: no second event.
    QCOMPARE(service.redirectQueued(anna, second).value(), 0);
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_events"_s), events + 1);
}

void TestContactService::redirectingQueuedRequestsNeedsPermission()
{
    DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    SqlDirectoryRepository directory(*fixture.database, fixture.repository->notifier());
    ContactService service(*fixture.repository, directory, fixture.clock);
    const QList<Operator> operators = fixture.repository->operators().value();
    const DirectoryEntry partner
        = directory.entryForTenant(u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s).value().value();
    QVERIFY(service.send(operators.at(0), {partner}, completeForm()));
    auto refused = service.redirectQueued(operators.at(2), u"https://directory.example/api"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    auto empty = service.redirectQueued(operators.at(0), QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::BadInput);
    QCOMPARE(directory.contactRequests().value().constFirst().destination, QString());
}

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
