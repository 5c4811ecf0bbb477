#pragma once
// PartnerSummary: the compact row a partner list holds for each relationship — a few hundred bytes, so a
// register of 100,000 partners fits in memory with its sort and search keys.

#include "activity/partneractivity.h"
#include "relationships/relationship.h"

#include <QString>

struct PartnerSummary
{
    qint64 id = 0; // relationship id
    QString tenantId;
    QString name;
    QString partnerId;
    quint32 typeMask = 0; // bit n = PartnerType::Kind n
    QString otherTypes; // unknown type texts, joined by ", "
    quint32 roleMask = 0; // bit n = AdminRole::catalogue()[n]
    QString unknownRoleIds; // unknown role template IDs, joined by ", "
    qint64 agreementAcceptedMs = 0; // UTC milliseconds since the epoch; 0 = not accepted
    qint64 partnerSinceMs = 0; // 0 = unknown
    qint64 lastReviewedMs = 0; // 0 = never
    qint64 gdapEndMs = 0; // 0 = no GDAP end date
    QString gdapStatus; // empty without GDAP
    Relationship::State state = Relationship::State::Active;
    quint16 riskFlags = 0; // RiskAssessment::Flags, set by whoever loads the rows
    // Decisions still to do in Microsoft 365 (see Todo): bit n = Todo::Kind n of the open to-dos.
    quint8 pendingKinds = 0;
    qint64 oldestPendingMs = 0; // when the oldest open to-do was decided; 0 = none open
    bool tenantDiffers = false; // an import contradicted a to-do marked done
    ActivityFacts activity; // what the imported sign-in logs say (all zero without evidence)

    static PartnerSummary fromRelationship(const Relationship &relationship);

    bool hasType(PartnerType::Kind kind) const { return typeMask & (1u << int(kind)); }
    bool isPending(int todoKind) const { return pendingKinds & (1u << todoKind); }
    bool hasAnyRole() const { return roleMask != 0 || !unknownRoleIds.isEmpty(); }
    bool holdsRole(const AdminRole &role) const;
    bool hasPrivilegedRole() const;
    QString typesDisplay() const; // translated
    QString rolesDisplay() const; // translated; empty without roles

    static QString typesDisplay(quint32 typeMask, const QString &otherTypes);
    static QString rolesDisplay(quint32 roleMask, const QString &unknownRoleIds);
    static quint32 privilegedRoleMask();
};
