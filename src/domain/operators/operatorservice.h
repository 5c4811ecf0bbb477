#pragma once
// OperatorService: who may act in a register — the organisation's admins with their Entra roles.
// Adding or changing one needs Global Administrator and is audited; a register always keeps at least
// one Global Administrator, or nobody could manage operators again.

#include "common/operator.h"
#include "common/organisation.h"
#include "common/result.h"
#include "relationships/relationshiprules.h"

#include <QList>

class Clock;
class RegisterRepository;

namespace OperatorFields {
inline constexpr char16_t Upn[] = u"upn";
inline constexpr char16_t DisplayName[] = u"displayName";
inline constexpr char16_t Roles[] = u"operatorRoles";
inline constexpr char16_t OrganisationName[] = u"organisation";
inline constexpr char16_t OrganisationTenantId[] = u"organisationTenantId";
} // namespace OperatorFields

class OperatorService
{
public:
    OperatorService(RegisterRepository &repository, const Clock &clock);

    // A UPN (name@domain), a name, and at least one role from the catalogue.
    static QList<FieldProblem> checkOperator(const Operator &op);
    // A new register: the organisation's name and tenant ID.
    static QList<FieldProblem> checkOrganisation(const Organisation &organisation);

    // Adds the operator, or changes the one with the same UPN (names and roles).
    Result<Operator> save(const Operator &actor, const Operator &op);

private:
    RegisterRepository &m_repository;
    const Clock &m_clock;
};
