#include "overview/registeroverview.h"

#include "relationships/partnersummary.h"
#include "relationships/riskassessment.h"
#include "relationships/todo.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;

int privilegedRoleCount(const PartnerSummary &s)
{
    int n = std::popcount(s.roleMask & PartnerSummary::privilegedRoleMask());
    // Unknown roles count as privileged (AdminRole::isPrivileged).
    if (!s.unknownRoleIds.isEmpty())
        n += int(s.unknownRoleIds.count(u',')) + 1;
    return n;
}

int gdapBucket(const PartnerSummary &s, qint64 nowMs)
{
    if (s.gdapStatus == "expired"_L1 || s.gdapStatus == "terminated"_L1 || s.gdapEndMs <= nowMs)
        return OverviewSlice::GdapExpired;
    const qint64 days = (s.gdapEndMs - nowMs) / kDayMs;
    if (days < 30)
        return OverviewSlice::GdapWithin30Days;
    if (days < 90)
        return OverviewSlice::GdapWithin90Days;
    if (days < 180)
        return OverviewSlice::GdapWithin180Days;
    if (days < 365)
        return OverviewSlice::GdapWithinYear;
    return OverviewSlice::GdapLater;
}

int todoAge(const PartnerSummary &s, qint64 nowMs)
{
    const qint64 days = (nowMs - s.oldestPendingMs) / kDayMs;
    if (days < TodoRules::kOverdueDays)
        return OverviewSlice::TodoUnderWeek;
    if (days < 30)
        return OverviewSlice::TodoUnderMonth;
    return OverviewSlice::TodoOlder;
}

// Labels marked with QT_TRANSLATE_NOOP above their use.
QString translated(const char *text)
{
    return QCoreApplication::translate("RegisterOverview", text);
}

} // namespace

bool OverviewSlice::contains(const PartnerSummary &s, const QDateTime &nowUtc) const
{
    if (s.state == Relationship::State::Ended)
        return false;
    const qint64 nowMs = nowUtc.toMSecsSinceEpoch();
    switch (kind) {
    case Kind::None:
        return false;
    case Kind::All:
        return true;
    case Kind::RiskLevel:
        return int(RiskAssessment::level(s.riskFlags)) == value;
    case Kind::PrivilegedRoles:
        return privilegedRoleCount(s) > 0;
    case Kind::Partner:
        return s.id == value;
    case Kind::GdapEnds:
        return s.gdapEndMs > 0 && gdapBucket(s, nowMs) == value;
    case Kind::AgreementMissing:
        return s.riskFlags & RiskAssessment::AgreementNotAccepted;
    case Kind::ReviewOverdue:
        return s.riskFlags & RiskAssessment::ReviewOverdue;
    case Kind::OpenTodos:
        return s.pendingKinds != 0 && (value < 0 || todoAge(s, nowMs) == value);
    case Kind::SignedInRecently:
        return s.activity.lastSignInMs > 0 && s.activity.evidenceToMs - s.activity.lastSignInMs < 30 * kDayMs;
    }
    return false;
}

QString OverviewSlice::title() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::All:
        return QCoreApplication::translate("RegisterOverview", "Current partners");
    case Kind::RiskLevel:
        switch (RiskAssessment::Level(value)) {
        case RiskAssessment::Level::High:
            return QCoreApplication::translate("RegisterOverview", "High risk");
        case RiskAssessment::Level::Medium:
            return QCoreApplication::translate("RegisterOverview", "Medium risk");
        case RiskAssessment::Level::Low:
            return QCoreApplication::translate("RegisterOverview", "Low risk");
        case RiskAssessment::Level::None:
            return QCoreApplication::translate("RegisterOverview", "No risk found");
        }
        return {};
    case Kind::PrivilegedRoles:
        return QCoreApplication::translate("RegisterOverview", "Hold privileged admin roles");
    case Kind::Partner:
        return QCoreApplication::translate("RegisterOverview", "One partner");
    case Kind::GdapEnds:
        switch (value) {
        case GdapExpired:
            return QCoreApplication::translate("RegisterOverview", "GDAP ended or expired");
        case GdapWithin30Days:
            return QCoreApplication::translate("RegisterOverview", "GDAP ends within 30 days");
        case GdapWithin90Days:
            return QCoreApplication::translate("RegisterOverview", "GDAP ends in 1 to 3 months");
        case GdapWithin180Days:
            return QCoreApplication::translate("RegisterOverview", "GDAP ends in 3 to 6 months");
        case GdapWithinYear:
            return QCoreApplication::translate("RegisterOverview", "GDAP ends in 6 to 12 months");
        default:
            return QCoreApplication::translate("RegisterOverview", "GDAP ends in more than a year");
        }
    case Kind::AgreementMissing:
        return QCoreApplication::translate("RegisterOverview", "Agreement not accepted");
    case Kind::ReviewOverdue:
        return QCoreApplication::translate("RegisterOverview", "Review overdue");
    case Kind::OpenTodos:
        switch (value) {
        case TodoUnderWeek:
            return QCoreApplication::translate("RegisterOverview", "To do, decided less than a week ago");
        case TodoUnderMonth:
            return QCoreApplication::translate("RegisterOverview", "To do, decided 1 to 4 weeks ago");
        case TodoOlder:
            return QCoreApplication::translate("RegisterOverview", "To do, decided more than 4 weeks ago");
        default:
            return QCoreApplication::translate("RegisterOverview", "Still to do in Microsoft 365");
        }
    case Kind::SignedInRecently:
        return QCoreApplication::translate("RegisterOverview", "Signed in, last 30 days of the logs");
    }
    return {};
}

int OverviewChart::total() const
{
    int n = 0;
    for (const OverviewBar &b : bars)
        n += b.count;
    return n;
}

QString OverviewChart::description() const
{
    if (bars.isEmpty() || total() == 0)
        return title + u": "_s + emptyText;
    QStringList parts;
    for (const OverviewBar &b : bars)
        parts.append(u"%1: %2"_s.arg(b.label, QLocale().toString(b.count)));
    return title + u": "_s + parts.join(u", "_s);
}

QList<const OverviewChart *> RegisterOverview::charts() const
{
    return {&riskLevels, &privilegedRoles, &gdapEnds, &todoAges, &signInsPerWeek};
}

RegisterOverview RegisterOverview::compute(const QList<PartnerSummary> &summaries, const QDateTime &nowUtc,
    const QList<std::pair<qint64, int>> &weekly)
{
    RegisterOverview o;
    const auto countOf = [&](const OverviewSlice &slice) {
        return int(std::count_if(summaries.cbegin(), summaries.cend(),
            [&](const PartnerSummary &s) { return slice.contains(s, nowUtc); }));
    };
    const auto bar = [&](OverviewSlice slice, const QString &label) {
        return OverviewBar {slice, label, countOf(slice)};
    };
    using K = OverviewSlice::Kind;
    o.partners = countOf({K::All, 0});
    for (const OverviewSlice &slice :
        {OverviewSlice {K::All, 0}, OverviewSlice {K::RiskLevel, int(RiskAssessment::Level::High)},
            OverviewSlice {K::PrivilegedRoles, 0}, OverviewSlice {K::AgreementMissing, 0},
            OverviewSlice {K::ReviewOverdue, 0}, OverviewSlice {K::OpenTodos, -1},
            OverviewSlice {K::GdapEnds, OverviewSlice::GdapWithin30Days}}) {
        o.tiles.append(bar(slice, slice.title()));
    }

    o.riskLevels.title = QCoreApplication::translate("RegisterOverview", "Partners by risk");
    o.riskLevels.emptyText = QCoreApplication::translate("RegisterOverview", "no current partners");
    for (auto [level, label] :
        {std::pair {RiskAssessment::Level::High, QT_TRANSLATE_NOOP("RegisterOverview", "High")},
            std::pair {RiskAssessment::Level::Medium, QT_TRANSLATE_NOOP("RegisterOverview", "Medium")},
            std::pair {RiskAssessment::Level::Low, QT_TRANSLATE_NOOP("RegisterOverview", "Low")},
            std::pair {RiskAssessment::Level::None, QT_TRANSLATE_NOOP("RegisterOverview", "None")}})
        o.riskLevels.bars.append(bar({K::RiskLevel, int(level)}, translated(label)));

    o.privilegedRoles.title
        = QCoreApplication::translate("RegisterOverview", "Privileged admin roles per partner");
    o.privilegedRoles.emptyText
        = QCoreApplication::translate("RegisterOverview", "no partner holds a privileged role");
    o.privilegedRoles.horizontal = true;
    QList<OverviewBar> perPartner;
    for (const PartnerSummary &s : summaries) {
        if (s.state == Relationship::State::Ended)
            continue;
        if (const int n = privilegedRoleCount(s); n > 0)
            perPartner.append(OverviewBar {{K::Partner, s.id}, s.name, n});
    }
    std::stable_sort(perPartner.begin(), perPartner.end(),
        [](const OverviewBar &a, const OverviewBar &b) { return a.count > b.count; });
    o.privilegedRoles.bars = perPartner.mid(0, kTopPartners);

    o.gdapEnds.title
        = QCoreApplication::translate("RegisterOverview", "GDAP relationships by time until they end");
    o.gdapEnds.emptyText
        = QCoreApplication::translate("RegisterOverview", "no GDAP relationship with an end date");
    for (auto [bucket, label] :
        {std::pair {OverviewSlice::GdapExpired, QT_TRANSLATE_NOOP("RegisterOverview", "Ended")},
            std::pair {OverviewSlice::GdapWithin30Days, QT_TRANSLATE_NOOP("RegisterOverview", "< 1 month")},
            std::pair {OverviewSlice::GdapWithin90Days, QT_TRANSLATE_NOOP("RegisterOverview", "1–3 months")},
            std::pair {OverviewSlice::GdapWithin180Days, QT_TRANSLATE_NOOP("RegisterOverview", "3–6 months")},
            std::pair {OverviewSlice::GdapWithinYear, QT_TRANSLATE_NOOP("RegisterOverview", "6–12 months")},
            std::pair {OverviewSlice::GdapLater, QT_TRANSLATE_NOOP("RegisterOverview", "> 1 year")}})
        o.gdapEnds.bars.append(bar({K::GdapEnds, bucket}, translated(label)));

    o.todoAges.title = QCoreApplication::translate("RegisterOverview", "Partners with open to-dos, by age");
    o.todoAges.emptyText = QCoreApplication::translate("RegisterOverview", "nothing waits in Microsoft 365");
    for (auto [age, label] :
        {std::pair {OverviewSlice::TodoUnderWeek, QT_TRANSLATE_NOOP("RegisterOverview", "< 1 week")},
            std::pair {OverviewSlice::TodoUnderMonth, QT_TRANSLATE_NOOP("RegisterOverview", "1–4 weeks")},
            std::pair {OverviewSlice::TodoOlder, QT_TRANSLATE_NOOP("RegisterOverview", "> 4 weeks")}})
        o.todoAges.bars.append(bar({K::OpenTodos, age}, translated(label)));

    o.signInsPerWeek.title = QCoreApplication::translate("RegisterOverview", "Partner sign-ins per week");
    o.signInsPerWeek.emptyText = QCoreApplication::translate("RegisterOverview", "no sign-in log imported");
    const QLocale locale;
    for (const auto &[monday, count] : weekly.mid(std::max<qsizetype>(0, weekly.size() - kWeeks))) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(monday, Qt::UTC).date();
        o.signInsPerWeek.bars.append(
            OverviewBar {{K::None, monday}, locale.toString(day, u"d MMM"_s), count});
    }
    return o;
}
