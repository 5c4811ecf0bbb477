#include "relationships/riskassessment.h"

#include "relationships/partnersummary.h"
#include "relationships/todo.h"

#include <QCoreApplication>

namespace RiskAssessment {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
}

namespace {
quint16 pendingFlags(const PartnerSummary &s, const QDateTime &nowUtc)
{
    quint16 flags = 0;
    if (s.pendingKinds != 0) {
        flags |= DecidedNotDone;
        if (s.oldestPendingMs != 0
            && nowUtc.toMSecsSinceEpoch() - s.oldestPendingMs > TodoRules::kOverdueDays * kDayMs)
            flags |= DecidedNotDoneOverdue;
    }
    if (s.tenantDiffers)
        flags |= TenantDiffers;
    return flags;
}
} // namespace

quint16 assess(const PartnerSummary &s, const QDateTime &nowUtc)
{
    if (s.state == Relationship::State::Ended)
        return pendingFlags(s, nowUtc);
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    quint16 flags = 0;
    const bool holdsGlobal = s.holdsRole(AdminRole::globalAdministrator());
    const bool dapType = s.hasType(PartnerType::Kind::DelegatedAdministrator)
        || s.hasType(PartnerType::Kind::ResellerAndDelegatedAdministrator);
    if (dapType || (holdsGlobal && s.gdapEndMs == 0))
        flags |= DelegatedAdmin;
    if (s.hasPrivilegedRole())
        flags |= PrivilegedRole;
    if (!s.gdapStatus.isEmpty()) {
        const bool ended
            = s.gdapStatus == QLatin1StringView("expired") || s.gdapStatus == QLatin1StringView("terminated");
        if (s.gdapStatus == QLatin1StringView("expired")
            || (!ended && s.gdapEndMs != 0 && s.gdapEndMs <= now))
            flags |= GdapExpired;
        else if (!ended && s.gdapEndMs != 0 && s.gdapEndMs - now <= GdapWarningDays * kDayMs)
            flags |= GdapEndingSoon;
    }
    if (s.agreementAcceptedMs == 0)
        flags |= AgreementNotAccepted;
    const qint64 reviewedOrSince = s.lastReviewedMs != 0 ? s.lastReviewedMs : s.partnerSinceMs;
    if (reviewedOrSince == 0 || now - reviewedOrSince >= ReviewIntervalDays * kDayMs)
        flags |= ReviewOverdue;
    return flags | pendingFlags(s, nowUtc);
}

quint16 assess(const Relationship &relationship, const QDateTime &nowUtc)
{
    return assess(PartnerSummary::fromRelationship(relationship), nowUtc);
}

Level level(quint16 flags)
{
    if (flags & DelegatedAdmin)
        return Level::High;
    if (flags & (PrivilegedRole | TenantDiffers))
        return Level::Medium;
    return needsAttention(flags) ? Level::Low : Level::None;
}

bool needsAttention(quint16 flags)
{
    return (flags & ~quint16(DecidedNotDone)) != 0;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::High:
        return QCoreApplication::translate("RiskAssessment", "High");
    case Level::Medium:
        return QCoreApplication::translate("RiskAssessment", "Medium");
    case Level::Low:
        return QCoreApplication::translate("RiskAssessment", "Low");
    case Level::None:
        break;
    }
    return {};
}

QString explanation(Flag flag)
{
    switch (flag) {
    case DelegatedAdmin:
        return QCoreApplication::translate("RiskAssessment",
            "Delegated admin: the partner is a standing Global Administrator with no "
            "end date. Consider removing the roles and asking for GDAP instead.");
    case PrivilegedRole:
        return QCoreApplication::translate("RiskAssessment", "The partner holds a privileged admin role.");
    case GdapEndingSoon:
        return QCoreApplication::translate(
            "RiskAssessment", "The GDAP relationship ends within 30 days; all its roles end with it.");
    case GdapExpired:
        return QCoreApplication::translate("RiskAssessment", "The GDAP relationship has expired.");
    case AgreementNotAccepted:
        return QCoreApplication::translate("RiskAssessment",
            "The Microsoft Customer Agreement is not accepted: the partner cannot "
            "purchase or manage subscriptions for you.");
    case ReviewOverdue:
        return QCoreApplication::translate("RiskAssessment", "Not reviewed in the last 90 days.");
    case DecidedNotDone:
        return QCoreApplication::translate("RiskAssessment",
            "Decided, not yet done: a step is still to do in Microsoft 365 (see To do in Microsoft 365).");
    case DecidedNotDoneOverdue:
        return QCoreApplication::translate("RiskAssessment",
            "A decision has been waiting for more than 7 days to be carried out in Microsoft 365.");
    case TenantDiffers:
        return QCoreApplication::translate("RiskAssessment",
            "The tenant differs from the register: an import shows a step marked done was not done or was "
            "undone.");
    }
    return {};
}

QStringList explanations(quint16 flags)
{
    QStringList out;
    for (Flag flag : {TenantDiffers, DelegatedAdmin, PrivilegedRole, GdapExpired, GdapEndingSoon,
             DecidedNotDoneOverdue, AgreementNotAccepted, ReviewOverdue, DecidedNotDone}) {
        if ((flags & flag) && !(flag == DecidedNotDone && (flags & DecidedNotDoneOverdue)))
            out.append(explanation(flag));
    }
    return out;
}

} // namespace RiskAssessment
