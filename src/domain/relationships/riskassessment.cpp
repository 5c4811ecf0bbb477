#include "relationships/riskassessment.h"

#include "activity/activityrules.h"
#include "relationships/partnersummary.h"
#include "relationships/todo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

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
    if (ActivityRules::unusedAdminRoles(s.activity, s.hasPrivilegedRole()))
        flags |= UnusedAdminRoles;
    if (ActivityRules::newCountry(s.activity))
        flags |= NewSignInCountry;
    if (ActivityRules::manyFailures(s.activity))
        flags |= ManyFailedSignIns;
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
    if (flags & (PrivilegedRole | TenantDiffers | UnusedAdminRoles | NewSignInCountry | ManyFailedSignIns))
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
    case UnusedAdminRoles:
        return QCoreApplication::translate("RiskAssessment",
            "Holds admin roles it does not use: no sign-in in the last 90 days of the imported sign-in logs. "
            "Consider removing them.");
    case NewSignInCountry:
        return QCoreApplication::translate("RiskAssessment",
            "Signed in from a country not seen before for this partner (in the last 30 days of the imported "
            "sign-in logs). Ask the partner.");
    case ManyFailedSignIns:
        return QCoreApplication::translate("RiskAssessment",
            "More than 10 failed sign-ins in the last 30 days of the imported sign-in logs. Ask the "
            "partner.");
    }
    return {};
}

QString key(Flag flag)
{
    switch (flag) {
    case DelegatedAdmin:
        return u"delegatedAdmin"_s;
    case PrivilegedRole:
        return u"privilegedRole"_s;
    case GdapEndingSoon:
        return u"gdapEndingSoon"_s;
    case GdapExpired:
        return u"gdapExpired"_s;
    case AgreementNotAccepted:
        return u"agreementNotAccepted"_s;
    case ReviewOverdue:
        return u"reviewOverdue"_s;
    case DecidedNotDone:
        return u"decidedNotDone"_s;
    case DecidedNotDoneOverdue:
        return u"decidedNotDoneOverdue"_s;
    case TenantDiffers:
        return u"tenantDiffers"_s;
    case UnusedAdminRoles:
        return u"unusedAdminRoles"_s;
    case NewSignInCountry:
        return u"newSignInCountry"_s;
    case ManyFailedSignIns:
        return u"manyFailedSignIns"_s;
    }
    return {};
}

QStringList keys(quint16 flags)
{
    QStringList out;
    for (quint16 bit = 1; bit != 0 && bit <= AllFlags; bit <<= 1) {
        if (flags & bit)
            out.append(key(Flag(bit)));
    }
    return out;
}

QString levelKey(Level level)
{
    switch (level) {
    case Level::High:
        return u"high"_s;
    case Level::Medium:
        return u"medium"_s;
    case Level::Low:
        return u"low"_s;
    case Level::None:
        break;
    }
    return u"none"_s;
}

QStringList explanations(quint16 flags)
{
    QStringList out;
    for (Flag flag : {TenantDiffers, DelegatedAdmin, PrivilegedRole, UnusedAdminRoles, NewSignInCountry,
             ManyFailedSignIns, GdapExpired, GdapEndingSoon, DecidedNotDoneOverdue, AgreementNotAccepted,
             ReviewOverdue, DecidedNotDone}) {
        if ((flags & flag) && !(flag == DecidedNotDone && (flags & DecidedNotDoneOverdue)))
            out.append(explanation(flag));
    }
    return out;
}

} // namespace RiskAssessment
