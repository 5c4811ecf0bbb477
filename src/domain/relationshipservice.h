#pragma once
// RelationshipService: the use cases that change a relationship. Each checks the policy itself, so no
// screen, command or import can skip it, and hands the change with its audit event to the store.

#include "result.h"

#include <QList>
#include <QStringList>

class Clock;
class RegisterRepository;
struct Operator;
struct Relationship;

class RelationshipService
{
public:
    RelationshipService(RegisterRepository &repository, const Clock &clock);

    Result<Relationship> markReviewed(const Operator &actor, const QString &partnerTenantId);
    // Removes every admin role of each partner in one transaction; the relationships stay.
    Result<QList<Relationship>> removeRoles(const Operator &actor, const QStringList &partnerTenantIds);

    // The relationship as it is after its admin roles are taken away (DOMAIN.md: "Remove roles").
    static Relationship withoutAdminRoles(const Relationship &relationship);

private:
    RegisterRepository &m_repository;
    const Clock &m_clock;
};
