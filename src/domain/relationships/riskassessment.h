#pragma once
// RiskAssessment: which partners need attention and why (delegated admin, privileged roles, GDAP ending,
// agreement missing, review overdue), with a level and a translated explanation for each flag.

#include <QDateTime>
#include <QStringList>

struct PartnerSummary;
struct Relationship;

namespace RiskAssessment {

enum Flag : quint16 {
    DelegatedAdmin = 0x01, // standing Global Administrator with no end date (DAP)
    PrivilegedRole = 0x02, // any privileged Entra role
    GdapEndingSoon = 0x04, // GDAP ends within 30 days
    GdapExpired = 0x08, // GDAP end date passed, or Graph says expired
    AgreementNotAccepted = 0x10, // no Microsoft Customer Agreement accepted
    ReviewOverdue = 0x20, // not reviewed for 90 days
    // Decisions and the tenant (see Todo). The level stays what the tenant is known to hold.
    DecidedNotDone = 0x40, // a decision is still to do in Microsoft 365
    DecidedNotDoneOverdue = 0x80, // ... for more than TodoRules::kOverdueDays
    TenantDiffers = 0x100, // an import showed the tenant differs from a step marked done
    // From imported sign-in logs (see ActivityRules); never without evidence.
    UnusedAdminRoles = 0x200, // privileged roles, no sign-in in the evidence's last 90 days
    NewSignInCountry = 0x400, // sign-ins from a country not seen before for the partner
    ManyFailedSignIns = 0x800, // more than 10 failed sign-ins in the evidence's last 30 days
};
inline constexpr quint16 AllFlags = 0xfff;
inline constexpr int ReviewIntervalDays = 90;
inline constexpr int GdapWarningDays = 30;

enum class Level { None, Low, Medium, High };

quint16 assess(const PartnerSummary &summary, const QDateTime &nowUtc);
quint16 assess(const Relationship &relationship, const QDateTime &nowUtc);
Level level(quint16 flags);
// Whether the partner belongs under "needs attention": any flag but a fresh open decision.
bool needsAttention(quint16 flags);
QString levelName(Level level); // translated: "High", "Medium", "Low", ""
QString explanation(Flag flag); // translated, one sentence
QString key(Flag flag); // stable, for JSON: "delegatedAdmin", "unusedAdminRoles", ...
QStringList keys(quint16 flags); // in flag order
QString levelKey(Level level); // stable: "none", "low", "medium", "high"
QStringList explanations(quint16 flags); // most severe first

} // namespace RiskAssessment
