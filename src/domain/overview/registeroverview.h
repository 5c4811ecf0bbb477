#pragma once
// RegisterOverview: the register at a glance — partners by risk level, privileged roles per partner,
// GDAP relationships by time until they end, agreements and reviews missing, open to-dos by age and
// partner sign-ins per week. Every bar (but a week's sign-ins) counts the partners of one
// OverviewSlice, and the partner list filters by the same slice, so a bar and the list it opens
// always agree. Only current relationships count: an ended one is history, not access.

#include <QDateTime>
#include <QList>
#include <QString>

struct PartnerSummary;

struct OverviewSlice
{
    enum class Kind {
        None, // not a partner count (a week's sign-ins)
        All, // every current relationship
        RiskLevel, // value: RiskAssessment::Level
        PrivilegedRoles, // holds at least one privileged role
        Partner, // value: the relationship id
        GdapEnds, // value: a GdapBucket
        AgreementMissing,
        ReviewOverdue,
        OpenTodos, // value: a TodoAge bucket, or -1 for any age
        SignedInRecently, // signed in within the evidence's last 30 days
    };
    enum GdapBucket {
        GdapExpired,
        GdapWithin30Days,
        GdapWithin90Days,
        GdapWithin180Days,
        GdapWithinYear,
        GdapLater
    };
    enum TodoAge { TodoUnderWeek, TodoUnderMonth, TodoOlder };

    Kind kind = Kind::None;
    qint64 value = 0;

    bool contains(const PartnerSummary &summary, const QDateTime &nowUtc) const;
    bool isFilter() const { return kind != Kind::None; }
    QString title() const; // translated, what it counts: "High risk", "GDAP ends within 30 days"
    friend bool operator==(const OverviewSlice &, const OverviewSlice &) = default;
};

struct OverviewBar
{
    OverviewSlice slice;
    QString label; // translated, short
    int count = 0;
};

struct OverviewChart
{
    QString title; // translated
    QString emptyText; // translated: what an empty chart means
    QList<OverviewBar> bars;
    bool horizontal = false; // bars across (named partners), or upright (buckets, weeks)
    int total() const;
    // For screen readers and the report: "High risk: 2, Medium risk: 5, …".
    QString description() const;
};

struct RegisterOverview
{
    int partners = 0; // current relationships
    QList<OverviewBar> tiles; // the headline counts
    OverviewChart riskLevels;
    OverviewChart privilegedRoles; // privileged roles held, per partner (most first, at most kTopPartners)
    OverviewChart gdapEnds;
    OverviewChart todoAges;
    OverviewChart signInsPerWeek; // empty without evidence
    static constexpr int kTopPartners = 10;
    static constexpr int kWeeks = 13;

    // weekly: (Monday 00:00 UTC in ms, partner sign-ins) over the evidence period.
    static RegisterOverview compute(const QList<PartnerSummary> &summaries, const QDateTime &nowUtc,
        const QList<std::pair<qint64, int>> &weekly = {});
    QList<const OverviewChart *> charts() const;
};
