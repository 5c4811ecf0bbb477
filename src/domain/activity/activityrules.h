#pragma once
// ActivityRules: what the sign-in evidence says a partner's access needs. Each rule names the period
// of evidence it rests on; with no evidence imported no rule fires (no evidence is not no activity).

#include "activity/partneractivity.h"

namespace ActivityRules {

inline constexpr int kUnusedDays = 90; // privileged roles with no sign-in for this long
inline constexpr int kNewCountryDays = 30; // a country first seen this recently
inline constexpr int kFailureDays = 30;
inline constexpr int kMaxFailures = 10; // more failed sign-ins than this in kFailureDays

inline constexpr qint64 kDayMs = 24 * 3600 * qint64(1000);

// The evidence covers at least kUnusedDays, the partner holds a privileged role, and it did not sign
// in during the evidence's last kUnusedDays.
bool unusedAdminRoles(const ActivityFacts &facts, bool holdsPrivilegedRole);
// A country first seen in the evidence's last kNewCountryDays, for a partner that signed in before.
bool newCountry(const ActivityFacts &facts);
bool manyFailures(const ActivityFacts &facts);

// The same rule over a partner's full activity (for the activity list and the CLI).
QStringList newCountries(
    const QList<std::pair<QString, qint64>> &countryFirstSeen, qint64 firstSignInMs, qint64 evidenceToMs);

} // namespace ActivityRules
