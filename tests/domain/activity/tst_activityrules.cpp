// ActivityRules and the risk flags they raise: each rule at its boundary, and silent without evidence.

#include "activity/activityrules.h"
#include "relationships/partnersummary.h"
#include "relationships/riskassessment.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = ActivityRules::kDayMs;
const qint64 kEnd = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

ActivityFacts evidence(int days)
{
    ActivityFacts f;
    f.evidenceToMs = kEnd;
    f.evidenceFromMs = kEnd - days * kDay;
    return f;
}

PartnerSummary privilegedPartner()
{
    PartnerSummary s;
    s.tenantId = u"b7e4d2c1-2222-4333-9444-555566667777"_s;
    s.name = u"Northwind Beheer B.V."_s;
    s.roleMask = 1u << AdminRole::globalAdministrator().catalogueIndex();
    s.typeMask = 1u << int(PartnerType::Kind::GdapPartner);
    s.gdapEndMs = kEnd + 400 * kDay;
    s.gdapStatus = u"active"_s;
    s.agreementAcceptedMs = kEnd - 500 * kDay;
    s.lastReviewedMs = kEnd - 5 * kDay;
    return s;
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(kEnd + kDay, Qt::UTC);
}

} // namespace

class TestActivityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unusedRolesNeedNinetyDaysWithoutSignIn()
    {
        ActivityFacts f = evidence(120);
        f.firstSignInMs = kEnd - 110 * kDay;
        f.lastSignInMs = kEnd - 91 * kDay;
        QVERIFY(ActivityRules::unusedAdminRoles(f, true));
        QVERIFY(!ActivityRules::unusedAdminRoles(f, false)); // nothing privileged to remove
        f.lastSignInMs = kEnd - 89 * kDay;
        QVERIFY(!ActivityRules::unusedAdminRoles(f, true));
        f.firstSignInMs = f.lastSignInMs = 0; // never signed in during the evidence
        QVERIFY(ActivityRules::unusedAdminRoles(f, true));
    }

    void unusedRolesNeedEnoughEvidence()
    {
        // Sixty days of logs cannot show ninety days without a sign-in.
        ActivityFacts f = evidence(60);
        QVERIFY(!ActivityRules::unusedAdminRoles(f, true));
        f = evidence(90);
        QVERIFY(ActivityRules::unusedAdminRoles(f, true));
        // No evidence at all is not "no activity".
        QVERIFY(!ActivityRules::unusedAdminRoles(ActivityFacts {}, true));
    }

    void newCountryNeedsEarlierSignInsElsewhere()
    {
        ActivityFacts f = evidence(120);
        f.firstSignInMs = kEnd - 100 * kDay;
        f.newestCountryFirstMs = kEnd - 10 * kDay;
        QVERIFY(ActivityRules::newCountry(f));
        f.newestCountryFirstMs = kEnd - 31 * kDay;
        QVERIFY(!ActivityRules::newCountry(f));
        // A partner whose first sign-in is itself recent has no "before" to compare with.
        f.firstSignInMs = kEnd - 10 * kDay;
        f.newestCountryFirstMs = kEnd - 5 * kDay;
        QVERIFY(!ActivityRules::newCountry(f));
        QVERIFY(!ActivityRules::newCountry(ActivityFacts {}));
    }

    void newCountriesListsOnlyTheRecentOnes()
    {
        const QList<std::pair<QString, qint64>> seen {
            {u"NL"_s, kEnd - 100 * kDay}, {u"US"_s, kEnd - 3 * kDay}, {u"IE"_s, kEnd - 45 * kDay}};
        QCOMPARE(ActivityRules::newCountries(seen, kEnd - 100 * kDay, kEnd), QStringList {u"US"_s});
        QVERIFY(ActivityRules::newCountries(seen, kEnd - 20 * kDay, kEnd).isEmpty());
    }

    void moreThanTenFailuresIsAFlag()
    {
        ActivityFacts f = evidence(120);
        f.failedLast30 = 10;
        QVERIFY(!ActivityRules::manyFailures(f));
        f.failedLast30 = 11;
        QVERIFY(ActivityRules::manyFailures(f));
    }

    void riskAssessmentRaisesTheActivityFlags()
    {
        PartnerSummary s = privilegedPartner();
        quint16 flags = RiskAssessment::assess(s, now());
        QVERIFY(!(flags & RiskAssessment::UnusedAdminRoles)); // no evidence imported
        s.activity = evidence(120);
        s.activity.firstSignInMs = kEnd - 115 * kDay;
        s.activity.lastSignInMs = kEnd - 100 * kDay;
        s.activity.failedLast30 = 12;
        flags = RiskAssessment::assess(s, now());
        QVERIFY(flags & RiskAssessment::UnusedAdminRoles);
        QVERIFY(flags & RiskAssessment::ManyFailedSignIns);
        QVERIFY(!(flags & RiskAssessment::NewSignInCountry));
        QVERIFY(RiskAssessment::needsAttention(flags));
        QCOMPARE(RiskAssessment::level(RiskAssessment::UnusedAdminRoles), RiskAssessment::Level::Medium);
        QCOMPARE(RiskAssessment::level(RiskAssessment::NewSignInCountry), RiskAssessment::Level::Medium);
        QCOMPARE(RiskAssessment::level(RiskAssessment::ManyFailedSignIns), RiskAssessment::Level::Medium);
        const QStringList why = RiskAssessment::explanations(flags);
        QVERIFY(why.join(u' ').contains(u"90 days of the imported sign-in logs"_s));
    }

    void flagsHaveStableKeys()
    {
        QCOMPARE(RiskAssessment::keys(RiskAssessment::DelegatedAdmin | RiskAssessment::UnusedAdminRoles),
            (QStringList {u"delegatedAdmin"_s, u"unusedAdminRoles"_s}));
        QStringList all = RiskAssessment::keys(RiskAssessment::AllFlags);
        QCOMPARE(all.size(), 12);
        all.removeDuplicates();
        QCOMPARE(all.size(), 12);
        QVERIFY(!all.contains(QString()));
        QCOMPARE(RiskAssessment::levelKey(RiskAssessment::Level::High), u"high"_s);
        QCOMPARE(RiskAssessment::levelKey(RiskAssessment::Level::None), u"none"_s);
    }
};

QTEST_GUILESS_MAIN(TestActivityRules)
#include "tst_activityrules.moc"
