#include "relationshipservice.h"

#include "clock.h"
#include "policy.h"
#include "ports.h"
#include "relationshipjson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

Error notAllowed(const Decision &decision)
{
    return Error {ErrorKind::NotAllowed, decision.reason()};
}

Error unknownPartner(const QString &tenantId)
{
    return Error {ErrorKind::NotFound,
        QCoreApplication::translate("RelationshipService", "No partner with tenant ID %1 is in the register.")
            .arg(tenantId)};
}

AuditEvent eventFor(const Operator &actor, const Clock &clock, const QString &action,
    const Relationship &before, const Relationship &after)
{
    AuditEvent event;
    event.atUtc = clock.nowUtc();
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.action = action;
    event.partnerTenantId = after.partner.tenantId;
    event.partnerName = after.partner.name;
    event.before = RelationshipJson::accessSnapshot(before);
    event.after = RelationshipJson::accessSnapshot(after);
    return event;
}

} // namespace

RelationshipService::RelationshipService(RegisterRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{ }

Result<Relationship> RelationshipService::markReviewed(const Operator &actor, const QString &partnerTenantId)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return notAllowed(d);
    auto found = m_repository.relationshipForPartner(partnerTenantId);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownPartner(partnerTenantId);

    const Relationship before = *found.value();
    Relationship after = before;
    after.lastReviewedUtc = m_clock.nowUtc();
    RegisterChange change;
    change.relationships.append(after);
    change.events.append(
        eventFor(actor, m_clock, QString::fromUtf16(AuditActions::RelationshipReviewed), before, after));
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return stored.value().constFirst();
}

Result<QList<Relationship>> RelationshipService::removeRoles(
    const Operator &actor, const QStringList &partnerTenantIds)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return notAllowed(d);
    if (partnerTenantIds.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("RelationshipService", "No partner was selected.")};

    RegisterChange change;
    for (const QString &tenantId : partnerTenantIds) {
        auto found = m_repository.relationshipForPartner(tenantId);
        if (!found)
            return found.error();
        if (!found.value())
            return unknownPartner(tenantId);
        const Relationship &before = *found.value();
        if (before.roles.isEmpty()) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("RelationshipService", "%1 holds no admin roles.")
                    .arg(before.partner.name)};
        }
        const Relationship after = withoutAdminRoles(before);
        change.relationships.append(after);
        change.events.append(
            eventFor(actor, m_clock, QString::fromUtf16(AuditActions::RolesRemoved), before, after));
    }
    return m_repository.apply(change);
}

Relationship RelationshipService::withoutAdminRoles(const Relationship &relationship)
{
    using Kind = PartnerType::Kind;
    Relationship after = relationship;
    after.roles.clear();
    after.types.clear();
    for (const PartnerType &type : relationship.types) {
        switch (type.kind()) {
        case Kind::ResellerAndDelegatedAdministrator:
            after.types.append(PartnerType(Kind::Reseller));
            break;
        case Kind::DelegatedAdministrator:
        case Kind::Advisor:
            break; // these capacities exist only through the admin roles
        default:
            after.types.append(type);
            break;
        }
    }
    // Two types can collapse into one (Reseller plus Reseller & delegated administrator).
    QList<PartnerType> unique;
    for (const PartnerType &type : std::as_const(after.types)) {
        if (!unique.contains(type))
            unique.append(type);
    }
    after.types = unique;
    // A GDAP relationship that still grants access is recorded as termination requested; one that
    // has already ended keeps its status.
    static const QStringList ended {
        u"expired"_s, u"terminated"_s, u"terminating"_s, u"terminationRequested"_s};
    if (after.gdap.isPresent() && !ended.contains(after.gdap.status))
        after.gdap.status = u"terminationRequested"_s;
    return after;
}
