// The overview's counting rules: only current relationships count; GDAP end dates and open to-dos in
// their buckets at the boundaries; every bar counts the partners its slice contains.

#include "overview/registeroverview.h"
#include "relationships/partnersummary.h"
#include "relationships/riskassessment.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
constexpr qint64 kDay = 24 * 60 * 60 * 1000LL;

PartnerSummary partner(qint64 id, const QString &name)
{
    PartnerSummary s;
    s.id = id;
    s.name = name;
    s.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(id, 12, 10, QChar(u'0'));
    return s;
}

int countOf(const RegisterOverview &o, const OverviewChart &chart, OverviewSlice slice)
{
    for (const OverviewBar &b : chart.bars) {
        if (b.slice == slice)
            return b.count;
    }
    Q_UNUSED(o);
    return -1;
}
} // namespace

class TestRegisterOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEndedRelationshipIsHistoryNotAccess()
    {
        PartnerSummary ended = partner(1, u"Gone"_s);
        ended.state = Relationship::State::Ended;
        ended.roleMask = 1u << AdminRole::globalAdministrator().catalogueIndex();
        ended.riskFlags = RiskAssessment::DelegatedAdmin | RiskAssessment::PrivilegedRole;
        PartnerSummary current = partner(2, u"Here"_s);
        const RegisterOverview o = RegisterOverview::compute({ended, current}, kNow);
        QCOMPARE(o.partners, 1);
        QCOMPARE(o.riskLevels.total(), 1);
        QVERIFY(o.privilegedRoles.bars.isEmpty());
        QVERIFY(!(OverviewSlice {OverviewSlice::Kind::All, 0}.contains(ended, kNow)));
        QVERIFY(!(OverviewSlice {OverviewSlice::Kind::Partner, 1}.contains(ended, kNow)));
    }

    void gdapEndsInTheirBuckets_data()
    {
        QTest::addColumn<qint64>("daysLeft");
        QTest::addColumn<int>("bucket");
        QTest::newRow("ended yesterday") << qint64(-1) << int(OverviewSlice::GdapExpired);
        QTest::newRow("ends today") << qint64(0) << int(OverviewSlice::GdapWithin30Days);
        QTest::newRow("29 days") << qint64(29) << int(OverviewSlice::GdapWithin30Days);
        QTest::newRow("30 days") << qint64(30) << int(OverviewSlice::GdapWithin90Days);
        QTest::newRow("89 days") << qint64(89) << int(OverviewSlice::GdapWithin90Days);
        QTest::newRow("90 days") << qint64(90) << int(OverviewSlice::GdapWithin180Days);
        QTest::newRow("364 days") << qint64(364) << int(OverviewSlice::GdapWithinYear);
        QTest::newRow("two years") << qint64(730) << int(OverviewSlice::GdapLater);
    }

    void gdapEndsInTheirBuckets()
    {
        QFETCH(qint64, daysLeft);
        QFETCH(int, bucket);
        PartnerSummary s = partner(1, u"GDAP"_s);
        s.gdapStatus = u"active"_s;
        s.gdapEndMs = kNow.toMSecsSinceEpoch() + daysLeft * kDay + (daysLeft == 0 ? 60000 : 0);
        const RegisterOverview o = RegisterOverview::compute({s}, kNow);
        for (const OverviewBar &b : o.gdapEnds.bars)
            QCOMPARE(b.count, b.slice.value == bucket ? 1 : 0);
        // Without an end date it is in no bucket.
        s.gdapEndMs = 0;
        QCOMPARE(RegisterOverview::compute({s}, kNow).gdapEnds.total(), 0);
    }

    void openToDosByTheAgeOfTheirDecision()
    {
        PartnerSummary fresh = partner(1, u"Fresh"_s);
        fresh.pendingKinds = 1;
        fresh.oldestPendingMs = kNow.toMSecsSinceEpoch() - 6 * kDay;
        PartnerSummary week = partner(2, u"Week"_s);
        week.pendingKinds = 1;
        week.oldestPendingMs = kNow.toMSecsSinceEpoch() - 7 * kDay;
        PartnerSummary old = partner(3, u"Old"_s);
        old.pendingKinds = 1;
        old.oldestPendingMs = kNow.toMSecsSinceEpoch() - 30 * kDay;
        PartnerSummary none = partner(4, u"None"_s);
        const RegisterOverview o = RegisterOverview::compute({fresh, week, old, none}, kNow);
        using K = OverviewSlice::Kind;
        QCOMPARE(countOf(o, o.todoAges, {K::OpenTodos, OverviewSlice::TodoUnderWeek}), 1);
        QCOMPARE(countOf(o, o.todoAges, {K::OpenTodos, OverviewSlice::TodoUnderMonth}), 1);
        QCOMPARE(countOf(o, o.todoAges, {K::OpenTodos, OverviewSlice::TodoOlder}), 1);
        QCOMPARE(o.tiles.at(5).slice, (OverviewSlice {K::OpenTodos, -1}));
        QCOMPARE(o.tiles.at(5).count, 3);
    }

    void privilegedRolesPerPartnerMostFirst()
    {
        PartnerSummary one = partner(1, u"One"_s);
        one.roleMask = 1u << AdminRole::globalAdministrator().catalogueIndex();
        PartnerSummary two = partner(2, u"Two"_s);
        two.roleMask = one.roleMask;
        two.unknownRoleIds = u"11111111-2222-4333-8444-555555555555"_s; // unknown counts as privileged
        PartnerSummary none = partner(3, u"None"_s);
        const RegisterOverview o = RegisterOverview::compute({one, two, none}, kNow);
        QCOMPARE(o.privilegedRoles.bars.size(), 2);
        QCOMPARE(o.privilegedRoles.bars.at(0).label, u"Two"_s);
        QCOMPARE(o.privilegedRoles.bars.at(0).count, 2);
        QCOMPARE(o.privilegedRoles.bars.at(0).slice, (OverviewSlice {OverviewSlice::Kind::Partner, 2}));
        QCOMPARE(o.tiles.at(2).count, 2);
    }

    void weeksAreTheLastThirteen()
    {
        QList<std::pair<qint64, int>> weekly;
        for (int i = 0; i < 20; ++i)
            weekly.append({kNow.toMSecsSinceEpoch() - (20 - i) * 7 * kDay, i + 1});
        const RegisterOverview o = RegisterOverview::compute({}, kNow, weekly);
        QCOMPARE(o.signInsPerWeek.bars.size(), RegisterOverview::kWeeks);
        QCOMPARE(o.signInsPerWeek.bars.constLast().count, 20);
        QVERIFY(!o.signInsPerWeek.bars.constFirst().slice.isFilter());
    }
};

QTEST_GUILESS_MAIN(TestRegisterOverview)
#include "tst_registeroverview.moc"
