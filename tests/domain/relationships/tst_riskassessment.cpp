#include "relationships/partnersummary.h"
#include "relationships/riskassessment.h"
#include "relationships/todo.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace RiskAssessment;
using Kind = PartnerType::Kind;

Q_DECLARE_METATYPE(Relationship)

class TestRiskAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void levels_data();
    void levels();
    void everyFlagIsExplained();
    void pendingDecisions();
};

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

// A relationship with nothing to flag: reseller, agreement accepted, reviewed yesterday.
Relationship clean()
{
    Relationship r;
    r.partner = Partner {u"11111111-1111-4111-8111-111111111111"_s, u"Clean"_s, {}, {}, {}, {}};
    r.types = {PartnerType(Kind::Reseller)};
    r.agreement.acceptedAtUtc = kNow.addDays(-300);
    r.partnerSinceUtc = kNow.addDays(-400);
    r.lastReviewedUtc = kNow.addDays(-1);
    return r;
}

} // namespace

void TestRiskAssessment::rules_data()
{
    QTest::addColumn<Relationship>("relationship");
    QTest::addColumn<int>("flags");

    QTest::newRow("clean") << clean() << 0;

    Relationship dap = clean();
    dap.types = {PartnerType(Kind::ResellerAndDelegatedAdministrator)};
    dap.roles = {AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator()};
    QTest::newRow("delegated admin") << dap << int(DelegatedAdmin | PrivilegedRole);

    Relationship dapWithoutRecordedRoles = clean();
    dapWithoutRecordedRoles.types = {PartnerType(Kind::DelegatedAdministrator)};
    QTest::newRow("delegated admin type, roles not recorded")
        << dapWithoutRecordedRoles << int(DelegatedAdmin);

    Relationship standingGlobal = clean();
    standingGlobal.types = {PartnerType(Kind::Partner)};
    standingGlobal.roles = {AdminRole::globalAdministrator()};
    QTest::newRow("Global Administrator with no end date")
        << standingGlobal << int(DelegatedAdmin | PrivilegedRole);

    Relationship gdapGlobal = clean();
    gdapGlobal.types = {PartnerType(Kind::GdapPartner)};
    gdapGlobal.roles = {AdminRole::globalAdministrator()};
    gdapGlobal.gdap
        = GdapDetails {u"g"_s, u"active"_s, 365, kNow.addDays(-100), kNow.addDays(265), false, {}};
    QTest::newRow("GDAP with Global Administrator is time-bound") << gdapGlobal << int(PrivilegedRole);

    Relationship billingOnly = clean();
    billingOnly.roles = {AdminRole::billingAdministrator()};
    QTest::newRow("non-privileged role") << billingOnly << 0;

    Relationship unknownRole = clean();
    unknownRole.roles = {AdminRole(u"abababab-0000-4000-8000-000000000000"_s)};
    QTest::newRow("unknown role counts as privileged") << unknownRole << int(PrivilegedRole);

    Relationship ending = clean();
    ending.gdap = GdapDetails {u"g"_s, u"active"_s, 90, kNow.addDays(-60), kNow.addDays(30), false, {}};
    QTest::newRow("GDAP ends in exactly 30 days") << ending << int(GdapEndingSoon);
    ending.gdap.endUtc = kNow.addDays(31);
    QTest::newRow("GDAP ends in 31 days") << ending << 0;

    Relationship expired = clean();
    expired.gdap = GdapDetails {u"g"_s, u"active"_s, 90, kNow.addDays(-100), kNow.addSecs(-1), false, {}};
    QTest::newRow("GDAP end passed") << expired << int(GdapExpired);
    expired.gdap.status = u"expired"_s;
    expired.gdap.endUtc = kNow.addDays(10);
    QTest::newRow("GDAP status expired") << expired << int(GdapExpired);
    expired.gdap.status = u"terminated"_s;
    expired.gdap.endUtc = kNow.addDays(-10);
    QTest::newRow("GDAP terminated is not a warning") << expired << 0;

    Relationship noAgreement = clean();
    noAgreement.agreement = {};
    QTest::newRow("agreement not accepted") << noAgreement << int(AgreementNotAccepted);

    Relationship review = clean();
    review.lastReviewedUtc = kNow.addDays(-91);
    QTest::newRow("reviewed 91 days ago") << review << int(ReviewOverdue);
    review.lastReviewedUtc = kNow.addDays(-90);
    QTest::newRow("reviewed exactly 90 days ago") << review << int(ReviewOverdue);
    review.lastReviewedUtc = kNow.addDays(-90).addSecs(1);
    QTest::newRow("reviewed 90 days less a second ago") << review << 0;
    review.lastReviewedUtc = kNow.addDays(-89);
    QTest::newRow("reviewed 89 days ago") << review << 0;
    review.lastReviewedUtc = {};
    QTest::newRow("never reviewed, partner for 400 days") << review << int(ReviewOverdue);
    review.partnerSinceUtc = kNow.addDays(-10);
    QTest::newRow("never reviewed, partner for 10 days") << review << 0;

    Relationship ended = dap;
    ended.state = Relationship::State::Ended;
    QTest::newRow("ended relationship") << ended << 0;
}

void TestRiskAssessment::rules()
{
    QFETCH(Relationship, relationship);
    QFETCH(int, flags);
    QCOMPARE(int(assess(relationship, kNow)), flags);
}

void TestRiskAssessment::levels_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("level");
    QTest::newRow("none") << 0 << int(Level::None);
    QTest::newRow("review") << int(ReviewOverdue) << int(Level::Low);
    QTest::newRow("agreement") << int(AgreementNotAccepted) << int(Level::Low);
    QTest::newRow("gdap") << int(GdapEndingSoon) << int(Level::Low);
    QTest::newRow("privileged") << int(PrivilegedRole | ReviewOverdue) << int(Level::Medium);
    QTest::newRow("dap") << int(DelegatedAdmin | PrivilegedRole) << int(Level::High);
    QTest::newRow("decided, not yet done") << int(DecidedNotDone) << int(Level::None);
    QTest::newRow("decided, waiting too long")
        << int(DecidedNotDone | DecidedNotDoneOverdue) << int(Level::Low);
    QTest::newRow("dap, removal decided")
        << int(DelegatedAdmin | PrivilegedRole | DecidedNotDone) << int(Level::High);
    QTest::newRow("tenant differs") << int(TenantDiffers) << int(Level::Medium);
}

void TestRiskAssessment::pendingDecisions()
{
    Relationship dap = clean();
    dap.types = {PartnerType(Kind::ResellerAndDelegatedAdministrator)};
    dap.roles = {AdminRole::globalAdministrator()};
    PartnerSummary s = PartnerSummary::fromRelationship(dap);
    const quint16 tenantFlags = assess(s, kNow);
    QCOMPARE(int(tenantFlags), int(DelegatedAdmin | PrivilegedRole));

    // Removal decided three days ago: the risk stays what the tenant holds, flagged as decided.
    s.pendingKinds = 1u << int(Todo::Kind::RemoveRoles);
    s.oldestPendingMs = kNow.addDays(-3).toMSecsSinceEpoch();
    QCOMPARE(int(assess(s, kNow)), int(tenantFlags | DecidedNotDone));
    QCOMPARE(level(assess(s, kNow)), Level::High);

    // Seven days is the limit; a day more needs attention on its own.
    s.oldestPendingMs = kNow.addDays(-7).toMSecsSinceEpoch();
    QCOMPARE(int(assess(s, kNow)), int(tenantFlags | DecidedNotDone));
    s.oldestPendingMs = kNow.addDays(-8).toMSecsSinceEpoch();
    QCOMPARE(int(assess(s, kNow)), int(tenantFlags | DecidedNotDone | DecidedNotDoneOverdue));

    // A partner with nothing else to flag: a fresh decision is no reason for attention, an old one is.
    PartnerSummary quiet = PartnerSummary::fromRelationship(clean());
    quiet.pendingKinds = 1u << int(Todo::Kind::Authorize);
    quiet.oldestPendingMs = kNow.addDays(-1).toMSecsSinceEpoch();
    QVERIFY(!needsAttention(assess(quiet, kNow)));
    quiet.oldestPendingMs = kNow.addDays(-8).toMSecsSinceEpoch();
    QVERIFY(needsAttention(assess(quiet, kNow)));

    PartnerSummary differs = PartnerSummary::fromRelationship(clean());
    differs.tenantDiffers = true;
    QCOMPARE(int(assess(differs, kNow)), int(TenantDiffers));
    QVERIFY(needsAttention(assess(differs, kNow)));
}

void TestRiskAssessment::levels()
{
    QFETCH(int, flags);
    QFETCH(int, level);
    QCOMPARE(int(RiskAssessment::level(quint16(flags))), level);
}

void TestRiskAssessment::everyFlagIsExplained()
{
    QSet<QString> texts;
    for (quint16 bit = 1; bit <= AllFlags; bit <<= 1) {
        const QString text = explanation(Flag(bit));
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 12);
    // A decision waiting too long is said once, not also as merely waiting.
    QCOMPARE(explanations(AllFlags).size(), 11);
    QCOMPARE(explanations(DecidedNotDone).size(), 1);
    QVERIFY(explanations(DelegatedAdmin | ReviewOverdue).first().startsWith(u"Delegated admin"_s));
}

QTEST_APPLESS_MAIN(TestRiskAssessment)
#include "tst_riskassessment.moc"
