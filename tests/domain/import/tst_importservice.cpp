#include "audit/auditchain.h"
#include "import/importservice.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using ChangeKind = ImportChange::Kind;

// The import pipeline on a real register file: what a dry run reports, what applying changes, and
// what it refuses, for each format Microsoft's portals (and PartnerDesk itself) produce.
class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvAddsUpdatesAndKeeps();
    void csvAppliedIsOneEventPerChangeAndTheSameFileTwiceChangesNothing();
    void csvDutchHeadersSemicolonsAndWindows1252();
    void csvRejectsEachBadRecordAndAppliesNothing_data();
    void csvRejectsEachBadRecordAndAppliesNothing();
    void csvOwnExportRoundTrips();
    void graphNeedsThePartner();
    void graphUpdatesTheGdapRecordAndKeepsTheOthers();
    void graphRejectsAnotherCustomer();
    void graphRejectsBadRelationships_data();
    void graphRejectsBadRelationships();
    void graphNewPartnerNeedsAName();
    void crossTenantAddsUnidentifiedServiceProviders();
    void adminCenterKeepsUnknownFieldsAndRoles();
    void unreadableFilesAreRefused_data();
    void unreadableFilesAreRefused();
    void fileLargerThanTheLimitIsRefusedBeforeReading();
    void applyNeedsGlobalOrBilling();
    void applyRefusedWhenTheRegisterChangedSinceTheDryRun();
    void cancelStopsPlanning();
    void hostileRecordsAreRejected_data();
    void hostileRecordsAreRejected();
    void hostileFilesAreRefused_data();
    void hostileFilesAreRefused();
    void aPartnerIsGivenOnlyWithGdapFiles();
    void aFileOfErrorsListsTheFirstThousand();
    void graphPartnerNameNamesOnlyANewPartner();
    void graphStatusesAreGraphsOwnWords();
    void anAgreementDateFromAFileSaysWhereItCameFrom();

private:
    Operator operatorNamed(const QString &upn) const;
    Operator global() const { return operatorNamed(u"anna.devries@hetbaken.example"_s); }
    Relationship stored(const QString &tenantId) const;
    QByteArray data(const QString &name) const;
    ImportPlan planOf(const QByteArray &content, const ImportService::Options &options = {}) const;
    qint64 events() const { return m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s); }
    const ImportChange *changeFor(const ImportPlan &plan, const QString &tenantId) const;

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<ImportService> m_service;
};

namespace {
const QString kMargies = u"11112222-3333-4444-8555-666677778888"_s;
const QString kOlfabriek = u"5f6a7b8c-cccc-4ddd-beee-ffff00001111"_s;
const QString kCsvHeader
    = u"Partner name,Tenant ID,Relationship type,Admin roles,Agreement accepted on\r\n"_s;
} // namespace

void TestImportService::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_service = std::make_unique<ImportService>(*m_fixture->repository, m_fixture->clock);
}

void TestImportService::cleanup()
{
    m_service.reset();
    m_fixture.reset();
}

Operator TestImportService::operatorNamed(const QString &upn) const
{
    for (const Operator &op : m_fixture->repository->operators().value()) {
        if (op.upn == upn)
            return op;
    }
    return {};
}

Relationship TestImportService::stored(const QString &tenantId) const
{
    auto found = m_fixture->repository->relationshipForPartner(tenantId);
    return found && found.value() ? *found.value() : Relationship {};
}

QByteArray TestImportService::data(const QString &name) const
{
    QFile file(QStringLiteral(PARTNERDESK_IMPORT_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data %s missing", qPrintable(name));
    return file.readAll();
}

ImportPlan TestImportService::planOf(const QByteArray &content, const ImportService::Options &options) const
{
    auto plan = m_service->plan(u"test-file"_s, content, options);
    if (!plan.ok()) {
        qWarning("plan refused: %s", qPrintable(plan.error().message));
        return {};
    }
    return plan.value();
}

const ImportChange *TestImportService::changeFor(const ImportPlan &plan, const QString &tenantId) const
{
    for (const ImportChange &c : plan.changes) {
        if (c.after.partner.tenantId == tenantId)
            return &c;
    }
    return nullptr;
}

void TestImportService::csvAddsUpdatesAndKeeps()
{
    const ImportPlan plan = planOf(data(u"partners-en.csv"_s));
    QCOMPARE(plan.format, ImportFormat::Kind::Csv);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(plan.lines().join(u'\n')));
    QCOMPARE(plan.count(ChangeKind::Added), 1);
    QCOMPARE(plan.count(ChangeKind::Updated), 1);
    QCOMPARE(plan.summary(), u"added 1, updated 1, unchanged 0, rejected 0"_s);
    QVERIFY(plan.notes.join(u' ').contains(u"Account manager"_s));

    const ImportChange *margies = changeFor(plan, kMargies);
    QVERIFY(margies);
    QCOMPARE(margies->kind, ChangeKind::Added);
    QCOMPARE(margies->record, 3);
    QCOMPARE(margies->after.partner.name, u"Margie's Travel ICT, Utrecht"_s);
    QCOMPARE(margies->after.types.size(), 2);
    QCOMPARE(margies->after.roles, QList<AdminRole> {AdminRole::helpdeskAdministrator()});
    QCOMPARE(margies->after.agreement.acceptedAtUtc, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));

    // Fabrikam: only the email differs; its accepted agreement is a record and stays as it was.
    const ImportChange *fabrikam = changeFor(plan, fabrikamTenant);
    QVERIFY(fabrikam);
    QCOMPARE(fabrikam->kind, ChangeKind::Updated);
    QCOMPARE(fabrikam->fields.size(), 1);
    QCOMPARE(fabrikam->fields.constFirst().before, u"partners@fabrikam.example"_s);
    QCOMPARE(fabrikam->fields.constFirst().after, u"sales@fabrikam.example"_s);
    QCOMPARE(fabrikam->after.agreement, stored(fabrikamTenant).agreement);
    QVERIFY(
        plan.lines().join(u'\n').contains(u"Email: partners@fabrikam.example → sales@fabrikam.example"_s));
    // A dry run changes nothing.
    QCOMPARE(stored(kMargies).id, 0);
}

void TestImportService::csvAppliedIsOneEventPerChangeAndTheSameFileTwiceChangesNothing()
{
    const qint64 before = events();
    const ImportPlan plan = planOf(data(u"partners-en.csv"_s));
    QVERIFY(plan.canApply());
    auto applied = m_service->apply(global(), plan);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QCOMPARE(applied->size(), 2);
    QCOMPARE(events(), before + 2);
    QCOMPARE(stored(kMargies).partner.name, u"Margie's Travel ICT, Utrecht"_s);
    QCOMPARE(stored(fabrikamTenant).partner.email, u"sales@fabrikam.example"_s);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'relationship.imported' "
                               "AND json_extract(after_json, '$.source') = 'test-file'"_s),
        2);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'relationship.imported' "
                               "AND before_json = '{}'"_s),
        1);
    QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());

    const ImportPlan again = planOf(data(u"partners-en.csv"_s));
    QCOMPARE(again.summary(), u"added 0, updated 0, unchanged 2, rejected 0"_s);
    QVERIFY(!again.canApply());
    QVERIFY(m_service->apply(global(), again).ok());
    QCOMPARE(events(), before + 2);
}

void TestImportService::csvDutchHeadersSemicolonsAndWindows1252()
{
    const ImportPlan plan = planOf(data(u"partners-nl-cp1252.csv"_s));
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(plan.lines().join(u'\n')));
    QVERIFY(plan.notes.join(u' ').contains(u"Windows-1252"_s));
    const ImportChange *olf = changeFor(plan, kOlfabriek);
    QVERIFY(olf);
    QCOMPARE(olf->kind, ChangeKind::Updated);
    QCOMPARE(olf->after.partner.name, u"Ölfabriek Digitaal"_s);
    QCOMPARE(olf->after.partner.phone, u"+31 20 555 0113"_s);
    QCOMPARE(olf->after.types, QList<PartnerType> {PartnerType(PartnerType::Kind::Reseller)});
    // An empty roles cell is "no roles": the unknown role the demo gave Ölfabriek goes.
    QVERIFY(olf->after.roles.isEmpty());
    const ImportChange *cafe = changeFor(plan, u"22223333-4444-4555-8666-777788889999"_s);
    QVERIFY(cafe);
    QCOMPARE(cafe->after.partner.name, u"Café Digitaal – Noord"_s);
}

void TestImportService::csvRejectsEachBadRecordAndAppliesNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("tenant ID not a GUID")
        << u"Bad,not-a-guid,Reseller,,"_s << u"Tenant ID"_s << u"not a tenant ID"_s;
    QTest::newRow("tenant ID missing") << u"Bad,,Reseller,,"_s << u"Tenant ID"_s << u"missing"_s;
    QTest::newRow("formula as a name")
        << u"\"=HYPERLINK(\"\"http://x\"\")\",33334444-5555-4666-8777-888899990000,Reseller,,"_s << u"name"_s
        << u"formula"_s;
    QTest::newRow("full-width formula as a name")
        << u"＝SUM(A1),33334444-5555-4666-8777-888899990000,Reseller,,"_s << u"name"_s << u"formula"_s;
    QTest::newRow("unknown role")
        << u"Bad,33334444-5555-4666-8777-888899990000,Reseller,Chief Coffee Officer,"_s << u"Admin roles"_s
        << u"Chief Coffee Officer"_s;
    QTest::newRow("role GUID in the wrong shape")
        << u"Bad,33334444-5555-4666-8777-888899990000,Reseller,62e90394-69f5-4237-9190,"_s << u"Admin roles"_s
        << u"62e90394-69f5-4237-9190"_s;
    QTest::newRow("date that does not parse")
        << u"Bad,33334444-5555-4666-8777-888899990000,Reseller,,11/24/2026"_s << u"Agreement accepted on"_s
        << u"not a date"_s;
    QTest::newRow("agreement in the future")
        << u"Bad,33334444-5555-4666-8777-888899990000,Reseller,,2027-01-01"_s << u"agreement"_s
        << u"future"_s;
    QTest::newRow("new partner without a name")
        << u",33334444-5555-4666-8777-888899990000,Reseller,,"_s << u"name"_s << u"no name"_s;
    QTest::newRow("same partner twice")
        << u"A,33334444-5555-4666-8777-888899990000,Reseller,,\r\nB,33334444-5555-4666-8777-888899990000,Reseller,,"_s
        << u"tenantId"_s << u"appears twice"_s;
    QTest::newRow("more cells than the header")
        << u"Bad,33334444-5555-4666-8777-888899990000,Reseller,,,extra"_s << QString() << u"cells"_s;
}

void TestImportService::csvRejectsEachBadRecordAndAppliesNothing()
{
    QFETCH(QString, line);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    // A good record beside the bad one: the file applies whole or not at all.
    const QString good = u"Good Partner,44445555-6666-4777-8888-999900001111,Reseller,,\r\n"_s;
    const ImportPlan plan = planOf((kCsvHeader + good + line + u"\r\n"_s).toUtf8());
    QCOMPARE(plan.rejected.size(), 1);
    const ImportIssue issue = plan.rejected.constFirst();
    QVERIFY2(issue.record >= 3, qPrintable(QString::number(issue.record)));
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
    QVERIFY(!plan.canApply());

    const qint64 before = events();
    auto applied = m_service->apply(global(), plan);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().kind, ErrorKind::BadInput);
    QVERIFY(applied.error().message.contains(u"rejected"_s));
    QCOMPARE(events(), before);
    QCOMPARE(stored(u"44445555-6666-4777-8888-999900001111"_s).id, 0);
}

void TestImportService::csvOwnExportRoundTrips()
{
    // What `partnerdesk-cli list --format csv` writes reads back as "unchanged" for every partner.
    QString csv
        = u"\"Partner name\",\"Partner tenant ID\",\"PartnerID\",\"Relationship type\",\"Admin roles\","
          "\"Role template IDs\",\"Agreement\",\"GDAP status\",\"GDAP end (UTC)\"\r\n"_s;
    const Relationship contoso = stored(contosoTenant);
    QStringList ids;
    for (const AdminRole &role : contoso.roles)
        ids.append(role.templateId());
    csv += u"\"%1\",\"%2\",\"%3\",\"%4\",\"%5\",\"%6\",\"accepted\",\"\",\"\"\r\n"_s.arg(contoso.partner.name,
        contoso.partner.tenantId, contoso.partner.partnerId, u"Reseller & delegated administrator"_s,
        contoso.rolesDisplay(), ids.join(u' '));
    const ImportPlan plan = planOf(csv.toUtf8());
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(plan.lines().join(u'\n')));
    QCOMPARE(plan.summary(), u"added 0, updated 0, unchanged 1, rejected 0"_s);
}

void TestImportService::graphNeedsThePartner()
{
    auto plan = m_service->plan(u"gdap.json"_s, data(u"gdap-relationships.json"_s), {});
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::BadInput);
    QVERIFY(plan.error().message.contains(u"which partner"_s));
    auto badPartner
        = m_service->plan(u"gdap.json"_s, data(u"gdap-relationships.json"_s), {u"woodgrove"_s, {}});
    QVERIFY(!badPartner.ok());
    QVERIFY(badPartner.error().message.contains(u"not a tenant ID"_s));
}

void TestImportService::graphUpdatesTheGdapRecordAndKeepsTheOthers()
{
    const ImportPlan plan = planOf(data(u"gdap-relationships.json"_s), {woodgroveTenant.toUpper(), {}});
    QCOMPARE(plan.format, ImportFormat::Kind::GraphRelationships);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(plan.lines().join(u'\n')));
    QCOMPARE(plan.changes.size(), 1);
    const ImportChange &c = plan.changes.constFirst();
    QCOMPARE(c.kind, ChangeKind::Updated);
    QCOMPARE(c.record, 1);
    // The active relationship is the record; the expired one's Global Administrator is not held.
    QCOMPARE(c.after.gdap.relationshipId,
        u"5d027261-d21f-4aa9-b7db-7fa1f56fb163-9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s);
    QCOMPARE(c.after.gdap.status, u"active"_s);
    QCOMPARE(c.after.gdap.durationDays, 730);
    QCOMPARE(c.after.gdap.endUtc, QDateTime(QDate(2028, 6, 1), QTime(9, 26, 44, 994), Qt::UTC));
    QCOMPARE(c.after.roles.size(), 2);
    QVERIFY(!c.after.holdsRole(AdminRole::globalAdministrator()));
    const QJsonArray others
        = c.after.importedFields.value(u"graph"_s).toObject().value(u"otherRelationships"_s).toArray();
    QCOMPARE(others.size(), 1);
    QCOMPARE(others.at(0).toObject().value(u"status"_s).toString(), u"expired"_s);
    QVERIFY(plan.notes.join(u' ').contains(u"Woodgrove security operations"_s));

    QVERIFY(m_service->apply(global(), plan).ok());
    QCOMPARE(stored(woodgroveTenant).gdap.relationshipId, c.after.gdap.relationshipId);
    const ImportPlan again = planOf(data(u"gdap-relationships.json"_s), {woodgroveTenant, {}});
    QCOMPARE(again.summary(), u"added 0, updated 0, unchanged 1, rejected 0"_s);
}

void TestImportService::graphRejectsAnotherCustomer()
{
    QByteArray other = data(u"gdap-relationships.json"_s);
    other.replace("9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\",\n        \"displayName\": \"Het Baken College\"",
        "aaaabbbb-5e4f-4a3b-9c2d-1e0f9a8b7c6d\",\n        \"displayName\": \"Another School\"");
    QVERIFY(other.contains("Another School"));
    const ImportPlan plan = planOf(other, {woodgroveTenant, {}});
    QVERIFY(!plan.rejected.isEmpty());
    QCOMPARE(plan.rejected.constFirst().field, u"customer.tenantId"_s);
    QVERIFY(plan.rejected.constFirst().reason.contains(u"another customer"_s));
    QVERIFY(!plan.canApply());
}

void TestImportService::graphRejectsBadRelationships_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("duration over two years")
        << u"\"P730D\""_s << u"\"P731D\""_s << u"gdapDuration"_s << u"2 years"_s;
    QTest::newRow("duration P3Y") << u"\"P730D\""_s << u"\"P3Y\""_s << u"gdapDuration"_s << u"2 years"_s;
    QTest::newRow("duration not ISO")
        << u"\"P730D\""_s << u"\"two years\""_s << u"duration"_s << u"ISO 8601"_s;
    QTest::newRow("auto-extend 90 days")
        << u"\"autoExtendDuration\": \"PT0S\",\n      \"createdDateTime\": \"2026"_s
        << u"\"autoExtendDuration\": \"P90D\",\n      \"createdDateTime\": \"2026"_s
        << u"autoExtendDuration"_s << u"P180D"_s;
    QTest::newRow("name over 50 characters")
        << u"\"Woodgrove security operations\""_s
        << u"\"Woodgrove security operations for every school we serve\""_s << u"displayName"_s << u"50"_s;
    QTest::newRow("date without a zone") << u"\"2028-06-01T09:26:44.9941884Z\""_s
                                         << u"\"2028-06-01T09:26:44\""_s << u"endDateTime"_s << u"zone"_s;
    QTest::newRow("role id in the wrong shape")
        << u"\"194ae4cb-b126-40b2-bd5b-6091b380977d\""_s << u"\"194ae4cb-b126-40b2\""_s
        << u"accessDetails.unifiedRoles"_s << u"GUID"_s;
    QTest::newRow("no id") << u"\"id\": \"5d027261"_s << u"\"identifier\": \"5d027261"_s << u"id"_s
                           << u"no id"_s;
    QTest::newRow("the same id twice") << u"7b3c1a90-55aa-4f0e-9d1b-2c3d4e5f6a7b"_s
                                       << u"5d027261-d21f-4aa9-b7db-7fa1f56fb163"_s << u"id"_s << u"twice"_s;
    QTest::newRow("id with a newline")
        << u"\"id\": \"5d027261-d21f-4aa9-b7db-7fa1f56fb163-9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\""_s
        << u"\"id\": \"5d027261-d21f-4aa9-b7db-7fa1f56fb163\\n\""_s << u"id"_s
        << u"not a GDAP relationship id"_s;
}

void TestImportService::graphRejectsBadRelationships()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QByteArray content = data(u"gdap-relationships.json"_s);
    const QByteArray original = content;
    content.replace(from.toUtf8(), to.toUtf8());
    QVERIFY2(content != original, "the test's edit did not apply");
    const ImportPlan plan = planOf(content, {woodgroveTenant, {}});
    QVERIFY(!plan.rejected.isEmpty());
    QCOMPARE(plan.rejected.constFirst().field, field);
    QVERIFY2(
        plan.rejected.constFirst().reason.contains(reason), qPrintable(plan.rejected.constFirst().reason));
    QVERIFY(!plan.canApply());
}

void TestImportService::graphNewPartnerNeedsAName()
{
    const QString newPartner = u"12121212-3434-4565-8787-909090909090"_s;
    const ImportPlan unnamed = planOf(data(u"gdap-relationships.json"_s), {newPartner, {}});
    QCOMPARE(unnamed.rejected.size(), 1);
    QCOMPARE(unnamed.rejected.constFirst().field, u"name"_s);
    const ImportPlan named
        = planOf(data(u"gdap-relationships.json"_s), {newPartner, u"Humongous Insurance IT"_s});
    QVERIFY(named.rejected.isEmpty());
    QCOMPARE(named.count(ChangeKind::Added), 1);
    QCOMPARE(named.changes.constFirst().after.types,
        QList<PartnerType> {PartnerType(PartnerType::Kind::GdapPartner)});
    // The GDAP relationship already belongs to Woodgrove once that file is applied.
    QVERIFY(
        m_service->apply(global(), planOf(data(u"gdap-relationships.json"_s), {woodgroveTenant, {}})).ok());
    const ImportPlan stolen
        = planOf(data(u"gdap-relationships.json"_s), {newPartner, u"Humongous Insurance IT"_s});
    QCOMPARE(stolen.rejected.size(), 1);
    QCOMPARE(stolen.rejected.constFirst().field, u"gdapId"_s);
    QVERIFY(stolen.rejected.constFirst().reason.contains(u"Woodgrove Security"_s));
}

void TestImportService::crossTenantAddsUnidentifiedServiceProviders()
{
    const ImportPlan plan = planOf(data(u"crosstenant-partners.json"_s));
    QCOMPARE(plan.format, ImportFormat::Kind::CrossTenantPartners);
    QVERIFY(plan.rejected.isEmpty());
    QCOMPARE(plan.summary(), u"added 1, updated 1, unchanged 0, rejected 0"_s);
    // No translator here, so the plural reads "tenant(s)".
    QVERIFY2(plan.notes.join(u' ').contains(u"skipped: not a service provider."_s),
        qPrintable(plan.notes.join(u' ')));
    const ImportChange *unknown = changeFor(plan, u"8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b"_s);
    QVERIFY(unknown);
    QCOMPARE(unknown->kind, ChangeKind::Added);
    QVERIFY(unknown->after.partner.name.contains(u"not yet identified"_s));
    const ImportChange *woodgrove = changeFor(plan, woodgroveTenant);
    QVERIFY(woodgrove);
    QCOMPARE(woodgrove->after.partner.name, u"Woodgrove Security"_s);
    QCOMPARE(woodgrove->after.importedFields.value(u"crossTenantAccess"_s)
                 .toObject()
                 .value(u"inboundTrust"_s)
                 .toObject()
                 .value(u"isMfaAccepted"_s)
                 .toBool(),
        true);
    QCOMPARE(changeFor(plan, u"0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e"_s), nullptr);
}

void TestImportService::adminCenterKeepsUnknownFieldsAndRoles()
{
    const ImportPlan plan = planOf(data(u"admincenter-partners.json"_s));
    QCOMPARE(plan.format, ImportFormat::Kind::AdminCenterPartners);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(plan.lines().join(u'\n')));
    const ImportChange *trey = changeFor(plan, u"9a8b7c6d-5e4f-4d3c-8b2a-1f0e9d8c7b6a"_s);
    QVERIFY(trey);
    QCOMPARE(trey->kind, ChangeKind::Added);
    QCOMPARE(trey->after.roles.size(), 2);
    QVERIFY(!trey->after.roles.at(1).isKnown()); // an unknown role ID is kept, not dropped
    QCOMPARE(trey->after.types.size(), 2);
    QCOMPARE(trey->after.types.at(1).key(), u"SomethingNew"_s);
    const QJsonObject kept = trey->after.importedFields.value(u"adminCenter"_s).toObject();
    QCOMPARE(kept.value(u"companyType"_s).toInt(), 7);
    QCOMPARE(kept.value(u"partnerSince"_s).toString(), u"2026-03-01T00:00:00Z"_s);
    QVERIFY(m_service->apply(global(), plan).ok());
    QCOMPARE(stored(u"9a8b7c6d-5e4f-4d3c-8b2a-1f0e9d8c7b6a"_s).importedFields, trey->after.importedFields);
}

void TestImportService::unreadableFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"not a file PartnerDesk can import"_s;
    QTest::newRow("plain text") << QByteArray("Dear customer, please find attached") << u"not a file"_s;
    QTest::newRow("truncated JSON") << QByteArray(
        "{\"partners\":[{\"id\":\"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10\",")
                                    << u"not valid JSON"_s;
    QTest::newRow("JSON of another kind")
        << QByteArray("{\"value\":[{\"givenName\":\"Anna\"}]}") << u"not a file"_s;
    QTest::newRow("CSV without a tenant column")
        << QByteArray("tenant name;city\r\nx;y\r\n") << u"no tenant ID column"_s;
    QTest::newRow("CSV with an unclosed quote")
        << QByteArray("Name,Tenant ID\r\n\"Open,3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10\r\n")
        << u"never closed"_s;
}

void TestImportService::unreadableFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    auto plan = m_service->plan(u"bad-file"_s, content, {});
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::BadInput);
    QVERIFY2(plan.error().message.contains(reason), qPrintable(plan.error().message));
    QVERIFY(plan.error().message.contains(u"bad-file"_s));
}

void TestImportService::fileLargerThanTheLimitIsRefusedBeforeReading()
{
    QFile big(m_fixture->dir.filePath(u"huge.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ImportService::kMaxFileBytes + 1)); // sparse: no disk used
    big.close();
    auto plan = m_service->planFile(big.fileName(), {});
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(u"larger than 256 MB"_s), qPrintable(plan.error().message));
    auto missing = m_service->planFile(m_fixture->dir.filePath(u"missing.csv"_s), {});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"missing.csv"_s));
}

void TestImportService::applyNeedsGlobalOrBilling()
{
    const ImportPlan plan = planOf(data(u"partners-en.csv"_s));
    QVERIFY(plan.canApply());
    const qint64 before = events();
    auto refused = m_service->apply(operatorNamed(u"chloe.bakker@hetbaken.example"_s), plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(events(), before);
    auto billing = m_service->apply(operatorNamed(u"bram.jansen@hetbaken.example"_s), plan);
    QVERIFY2(billing.ok(), qPrintable(billing.error().message));
    QCOMPARE(events(), before + 2);
}

void TestImportService::applyRefusedWhenTheRegisterChangedSinceTheDryRun()
{
    const ImportPlan plan = planOf(data(u"partners-en.csv"_s));
    Relationship fabrikam = stored(fabrikamTenant);
    fabrikam.partner.phone = u"+31 20 555 9999"_s;
    RegisterChange change;
    change.relationships.append(fabrikam);
    QVERIFY(m_fixture->repository->apply(change).ok());
    const qint64 before = events();
    auto refused = m_service->apply(global(), plan);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"changed since the dry run"_s));
    QCOMPARE(events(), before);
    QCOMPARE(stored(kMargies).id, 0);
}

void TestImportService::cancelStopsPlanning()
{
    QString csv = kCsvHeader;
    for (int i = 0; i < 2500; ++i)
        csv += u"Partner %1,%2-1111-4222-8333-444455556666,Reseller,,\r\n"_s.arg(i).arg(
            i, 8, 10, QChar(u'0'));
    int calls = 0;
    auto plan = m_service->plan(u"many.csv"_s, csv.toUtf8(), {}, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(u"cancelled"_s));
    QCOMPARE(calls, 2);
}

void TestImportService::hostileRecordsAreRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("partner"); // for Graph files
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QByteArray header = "Partner name,Tenant ID,Email,Admin roles\r\n";
    QTest::newRow("bidi override in a name") << header
            + "\xe2\x80\xae"
              "Contoso,44445555-6666-4777-8888-999900001111,,\r\n"
                                             << QString() << u"name"_s << u"text-direction"_s;
    QTest::newRow("zero-width space in an email")
        << header + "Contoso,44445555-6666-4777-8888-999900001111,a\xe2\x80\x8b@x.example,\r\n"
        << QString() << u"email"_s << u"name@example.com"_s;
    QTest::newRow("a row with fewer cells than the header")
        << header + "Contoso,44445555-6666-4777-8888-999900001111\r\n"
        << QString() << QString() << u"cells"_s;
    QTest::newRow("own organisation as a partner") << header + "Us,9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d,,\r\n"
                                                   << QString() << u"tenantId"_s << u"own organisation"_s;
    QTest::newRow("tenant of all zeros") << header + "Zero,00000000-0000-0000-0000-000000000000,,\r\n"
                                         << QString() << u"tenantId"_s << u"all zeros"_s;
    QByteArray manyRoles
        = "Partner name,Tenant ID,Admin roles\r\nMany,44445555-6666-4777-8888-999900001111,\"";
    for (int i = 0; i < 65; ++i)
        manyRoles += QByteArray::number(10000000 + i) + "-0000-4000-8000-000000000000;";
    QTest::newRow("65 roles") << manyRoles + "\"\r\n" << QString() << u"roles"_s << u"at most 64"_s;
    QByteArray graph = data(u"gdap-relationships.json"_s);
    QByteArray noRoles = graph;
    noRoles.replace("\"accessDetails\"", "\"accessDetailz\"");
    QTest::newRow("GDAP relationship without its roles")
        << noRoles << woodgroveTenant << u"accessDetails.unifiedRoles"_s << u"does not list its roles"_s;
    QByteArray farFuture = graph;
    farFuture.replace("\"2028-06-01T09:26:44.9941884Z\"", "\"9999-12-31T23:00:00-02:00\"");
    QTest::newRow("an end after the year 9999 in UTC")
        << farFuture << woodgroveTenant << u"endDateTime"_s << u"not a date"_s;
    QByteArray forged = graph;
    forged.replace("\"status\": \"active\"", "\"status\": \"active\\n  added     Evil\"");
    QTest::newRow("a status that forges a line")
        << forged << woodgroveTenant << u"status"_s << u"single word"_s;
    QByteArray huge = graph;
    huge.replace("\"@odata.type\": \"#microsoft.graph.delegatedAdminRelationship\",",
        QByteArray(QByteArray("\"@odata.type\": \"") + QByteArray(70 * 1024, 'x') + QByteArray("\",")));
    QTest::newRow("a record over 64 KB") << huge << woodgroveTenant << QString() << u"larger than 64 KB"_s;
}

void TestImportService::hostileRecordsAreRejected()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, partner);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const ImportPlan plan = planOf(content, {partner, {}});
    QVERIFY2(!plan.rejected.isEmpty(), qPrintable(plan.summary()));
    QVERIFY(!plan.canApply());
    QCOMPARE(plan.rejected.constFirst().field, field);
    QVERIFY2(
        plan.rejected.constFirst().reason.contains(reason), qPrintable(plan.rejected.constFirst().reason));
}

void TestImportService::hostileFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("UTF-8 with one stray byte")
        << QByteArray("Name,Tenant ID\r\n\xc3\x96lfabriek,x\r\nCaf\xe9,y\r\n") << u"not UTF-8 on line 3"_s;
    QTest::newRow("a byte Windows-1252 does not define")
        << QByteArray("Name,Tenant ID\r\nA\x81,x\r\n") << u"Line 2"_s;
    QTest::newRow("broken UTF-16") << QByteArray("\xff\xfeN\0a\0m\0e\0,\0T\0e\0n\0a\0n\0t\0\0\xd8")
                                   << u"UTF-16"_s;
    QByteArray columns = "Name,Tenant ID";
    for (int i = 0; i < 200; ++i)
        columns += ",c" + QByteArray::number(i);
    QTest::newRow("201 columns") << columns + "\r\n" << u"more than 200 columns"_s;
    QByteArray pages;
    for (int i = 0; i < 2100; ++i)
        pages += "{\"partners\":[{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{"
                 "},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}"
                 ",{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},"
                 "{},{},{},{},{},{},{},{},{},{},{},{},{},{}]}";
    QTest::newRow("more than 200,000 records") << pages << u"more than 200000 records"_s;
}

void TestImportService::hostileFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    auto plan = m_service->plan(u"hostile"_s, content, {});
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::BadInput);
    QVERIFY2(plan.error().message.contains(reason), qPrintable(plan.error().message));
}

void TestImportService::aPartnerIsGivenOnlyWithGdapFiles()
{
    // A file that names its partners itself must not be steered at one partner.
    auto plan = m_service->plan(u"admin.json"_s, data(u"admincenter-partners.json"_s), {woodgroveTenant, {}});
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(u"only with GDAP relationship files"_s));
}

void TestImportService::aFileOfErrorsListsTheFirstThousand()
{
    QString csv = kCsvHeader;
    for (int i = 0; i < 1500; ++i)
        csv += u"Bad %1,not-a-guid-%1,Reseller,,\r\n"_s.arg(i);
    const ImportPlan plan = planOf(csv.toUtf8());
    QCOMPARE(plan.rejected.size(), 1001);
    QVERIFY(plan.rejected.constLast().reason.contains(u"500 more"_s));
}

void TestImportService::graphPartnerNameNamesOnlyANewPartner()
{
    const ImportPlan plan = planOf(data(u"gdap-relationships.json"_s), {woodgroveTenant, u"Somebody Else"_s});
    QVERIFY(plan.rejected.isEmpty());
    QCOMPARE(plan.changes.constFirst().after.partner.name, u"Woodgrove Security"_s);
}

void TestImportService::graphStatusesAreGraphsOwnWords()
{
    QByteArray content = data(u"gdap-relationships.json"_s);
    content.replace("\"status\": \"active\"", "\"status\": \"Active\"");
    const ImportPlan plan = planOf(content, {woodgroveTenant, {}});
    QVERIFY(plan.rejected.isEmpty());
    QCOMPARE(plan.changes.constFirst().after.gdap.status, u"active"_s);
}

void TestImportService::anAgreementDateFromAFileSaysWhereItCameFrom()
{
    const ImportPlan plan = planOf(data(u"partners-en.csv"_s));
    const ImportChange *margies = changeFor(plan, kMargies);
    QVERIFY(margies);
    QCOMPARE(margies->after.agreement.acceptedByName, u"as reported in test-file"_s);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
