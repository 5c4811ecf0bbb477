#include "activity/activityrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

bool ActivityRules::unusedAdminRoles(const ActivityFacts &f, bool holdsPrivilegedRole)
{
    if (!holdsPrivilegedRole || f.evidenceToMs == 0)
        return false;
    if (f.evidenceToMs - f.evidenceFromMs < kUnusedDays * kDayMs)
        return false; // too short a period to say a partner does not use its roles
    return f.lastSignInMs < f.evidenceToMs - kUnusedDays * kDayMs;
}

bool ActivityRules::newCountry(const ActivityFacts &f)
{
    if (f.evidenceToMs == 0 || f.firstSignInMs == 0)
        return false;
    const qint64 windowStart = f.evidenceToMs - kNewCountryDays * kDayMs;
    return f.newestCountryFirstMs > windowStart && f.firstSignInMs < windowStart;
}

bool ActivityRules::manyFailures(const ActivityFacts &f)
{
    return f.failedLast30 > kMaxFailures;
}

QStringList ActivityRules::newCountries(
    const QList<std::pair<QString, qint64>> &countryFirstSeen, qint64 firstSignInMs, qint64 evidenceToMs)
{
    QStringList out;
    const qint64 windowStart = evidenceToMs - kNewCountryDays * kDayMs;
    if (firstSignInMs == 0 || firstSignInMs >= windowStart)
        return out;
    for (const auto &[country, first] : countryFirstSeen) {
        if (first > windowStart)
            out.append(country);
    }
    return out;
}

int ActivityEvidence::days() const
{
    if (!any())
        return 0;
    return int((toMs - fromMs + ActivityRules::kDayMs - 1) / ActivityRules::kDayMs);
}

QString ActivityEvidence::periodText() const
{
    if (!any())
        return QCoreApplication::translate("ActivityEvidence", "no activity evidence");
    const QLocale locale;
    const auto date = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QLocale::ShortFormat);
    };
    return QCoreApplication::translate("ActivityEvidence", "%1 – %2").arg(date(fromMs), date(toMs));
}
