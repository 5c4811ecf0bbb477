#include "testsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestSqlRegisterRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void organisationAndOperators();
    void demoCoversTheRulesToSee();
    void relationshipRoundTripsEveryField();
    void updateKeepsIdAndPartner();
    void textIsStoredAsGiven_data();
    void textIsStoredAsGiven();
    void onePartnerHasOneRelationship();
    void counts();

private:
    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestSqlRegisterRepository::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestSqlRegisterRepository::cleanup()
{
    m_fixture.reset();
}

void TestSqlRegisterRepository::organisationAndOperators()
{
    auto org = m_fixture->repository->organisation();
    QVERIFY(org.ok());
    QCOMPARE(org->name, u"Het Baken College"_s);
    QCOMPARE(org->tenantId.size(), 36);
    QCOMPARE(org->defaultOperatorUpn, u"anna.devries@hetbaken.example"_s);
    auto ops = m_fixture->repository->operators();
    QVERIFY(ops.ok());
    QCOMPARE(ops->size(), 3);
    QList<AdminRole> roles;
    for (const Operator &op : ops.value())
        roles += op.roles;
    QVERIFY(roles.contains(AdminRole::globalAdministrator()));
    QVERIFY(roles.contains(AdminRole::billingAdministrator()));
    QVERIFY(roles.contains(AdminRole::helpdeskAdministrator()));
}

void TestSqlRegisterRepository::demoCoversTheRulesToSee()
{
    auto all = m_fixture->repository->relationships();
    QVERIFY(all.ok());
    QSet<PartnerType::Kind> kinds;
    bool dapWithGlobal = false;
    bool gdapEndingSoon = false;
    bool agreementMissing = false;
    bool unknownTypeKept = false;
    bool unknownRoleKept = false;
    for (const Relationship &r : all.value()) {
        for (const PartnerType &t : r.types) {
            kinds.insert(t.kind());
            unknownTypeKept |= !t.isKnown() && !t.key().isEmpty();
            dapWithGlobal |= t.holdsDelegatedAdmin() && r.holdsRole(AdminRole::globalAdministrator());
        }
        for (const AdminRole &role : r.roles)
            unknownRoleKept |= !role.isKnown();
        gdapEndingSoon
            |= r.gdap.isPresent() && r.gdap.endUtc > fixedNow() && r.gdap.endUtc < fixedNow().addDays(30);
        agreementMissing |= !r.agreement.isAccepted();
    }
    for (const PartnerType &type : PartnerType::knownTypes())
        QVERIFY2(kinds.contains(type.kind()), qPrintable(type.key()));
    QVERIFY(dapWithGlobal);
    QVERIFY(gdapEndingSoon);
    QVERIFY(agreementMissing);
    QVERIFY(unknownTypeKept);
    QVERIFY(unknownRoleKept);
}

void TestSqlRegisterRepository::relationshipRoundTripsEveryField()
{
    Relationship r;
    r.partner = Partner {u"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"_s, u"Round Trip B.V."_s, u"1234567"_s,
        u"info@roundtrip.example"_s, u"+31 6 1234 5678"_s, u"https://roundtrip.example"_s};
    r.types
        = {PartnerType(PartnerType::Kind::GdapPartner), PartnerType::fromKey(u"Cloud Solution Architect"_s)};
    r.roles = {
        AdminRole::find(u"Security Administrator"_s), AdminRole(u"abcdefab-0000-4000-8000-000000000000"_s)};
    r.agreement = AgreementAcceptance {u"Anna de Vries"_s, u"anna.devries@hetbaken.example"_s,
        fixedNow().addDays(-3), u"MCA"_s, u"2024-04"_s, QString(64, u'f')};
    r.gdap = GdapDetails {u"Round trip ops"_s, u"active"_s, 730, fixedNow().addDays(-10),
        fixedNow().addDays(720), true, u"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"_s};
    r.state = Relationship::State::EndRequested;
    r.partnerSinceUtc = fixedNow().addDays(-10);
    r.lastReviewedUtc = fixedNow().addSecs(-5);
    r.importedFields = QJsonObject {
        {u"adminCenter"_s, QJsonObject {{u"companyType"_s, u"Cloud Reseller"_s}, {u"canRemoveDap"_s, true}}}};
    RegisterChange change;
    change.relationships.append(r);
    auto stored = m_fixture->repository->apply(change);
    QVERIFY(stored.ok());
    r.id = stored->constFirst().id;
    QVERIFY(r.id > 0);
    auto read = m_fixture->repository->relationshipForPartner(u"AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE"_s);
    QVERIFY(read.ok() && read.value().has_value());
    QCOMPARE(*read.value(), r);
}

void TestSqlRegisterRepository::updateKeepsIdAndPartner()
{
    auto before = m_fixture->repository->relationshipForPartner(fabrikamTenant).value().value();
    Relationship changed = before;
    changed.partner.email = u"new@fabrikam.example"_s;
    changed.state = Relationship::State::Ended;
    RegisterChange change;
    change.relationships.append(changed);
    QVERIFY(m_fixture->repository->apply(change).ok());
    const Relationship after = m_fixture->repository->relationshipForPartner(fabrikamTenant).value().value();
    QCOMPARE(after, changed);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), 14);
}

void TestSqlRegisterRepository::textIsStoredAsGiven_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << u"O'Brien \"IT\"; DROP TABLE partners;--"_s;
    QTest::newRow("percent and underscore") << u"100%_Cloud\\"_s;
    QTest::newRow("emoji") << u"Cloud ☁️ 🚀"_s;
    QTest::newRow("right to left") << u"شريك تقني"_s;
    QTest::newRow("long") << QString(10000, u'x');
}

void TestSqlRegisterRepository::textIsStoredAsGiven()
{
    QFETCH(QString, name);
    Relationship r;
    r.partner = Partner {u"bbbbbbbb-bbbb-4ccc-8ddd-eeeeeeeeeeee"_s, name, {}, {}, {}, {}};
    r.types = {PartnerType(PartnerType::Kind::Reseller)};
    RegisterChange change;
    change.relationships.append(r);
    QVERIFY(m_fixture->repository->apply(change).ok());
    QCOMPARE(m_fixture->repository->relationshipForPartner(r.partner.tenantId).value()->partner.name, name);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), 15);
}

void TestSqlRegisterRepository::onePartnerHasOneRelationship()
{
    Relationship second;
    second.partner = m_fixture->repository->relationshipForPartner(fabrikamTenant).value()->partner;
    second.types = {PartnerType(PartnerType::Kind::Advisor)};
    RegisterChange change;
    change.relationships.append(second);
    const qint64 events = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    QVERIFY(!m_fixture->repository->apply(change).ok());
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM relationships"_s), 14);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events);
}

void TestSqlRegisterRepository::counts()
{
    auto counts = m_fixture->repository->counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->partners, 14);
    QCOMPARE(counts->relationships, 14);
    QCOMPARE(counts->auditEvents, 15); // register created + one per partner
}

QTEST_GUILESS_MAIN(TestSqlRegisterRepository)
#include "tst_sqlregisterrepository.moc"
