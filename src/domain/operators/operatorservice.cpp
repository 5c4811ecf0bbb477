#include "operators/operatorservice.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/tenantid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject snapshot(const Operator &op)
{
    QJsonArray roles;
    for (const AdminRole &role : op.roles)
        roles.append(role.templateId());
    return QJsonObject {{u"upn"_s, op.upn}, {u"displayName"_s, op.displayName}, {u"roles"_s, roles}};
}

} // namespace

OperatorService::OperatorService(RegisterRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{ }

QList<FieldProblem> OperatorService::checkOperator(const Operator &op)
{
    QList<FieldProblem> problems;
    static const QRegularExpression upn(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"_s));
    if (op.upn.size() > 256 || !upn.match(op.upn).hasMatch())
        problems.append({QString::fromUtf16(OperatorFields::Upn),
            QCoreApplication::translate("OperatorService",
                "The user principal name has the form name@school.example.")});
    if (const auto problem = RelationshipRules::nameProblem(op.displayName))
        problems.append({QString::fromUtf16(OperatorFields::DisplayName),
            QCoreApplication::translate("OperatorService", "Give the operator's name, as plain text.")});
    const bool rolesKnown = std::all_of(op.roles.cbegin(), op.roles.cend(), [](const AdminRole &r) { return r.isKnown(); });
    if (op.roles.isEmpty() || !rolesKnown)
        problems.append({QString::fromUtf16(OperatorFields::Roles),
            QCoreApplication::translate("OperatorService",
                "Choose at least one Entra role the operator holds, from the catalogue.")});
    return problems;
}

QList<FieldProblem> OperatorService::checkOrganisation(const Organisation &organisation)
{
    QList<FieldProblem> problems;
    if (RelationshipRules::nameProblem(organisation.name))
        problems.append({QString::fromUtf16(OperatorFields::OrganisationName),
            QCoreApplication::translate("OperatorService", "Give the organisation's name, as plain text.")});
    if (!TenantId::isValid(organisation.tenantId))
        problems.append({QString::fromUtf16(OperatorFields::OrganisationTenantId),
            QCoreApplication::translate("OperatorService",
                "The organisation's tenant ID must be a GUID such as 9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.")});
    return problems;
}

Result<Operator> OperatorService::save(const Operator &actor, const Operator &input)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageOperators); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    Operator op = input;
    op.upn = op.upn.trimmed();
    op.displayName = op.displayName.trimmed();
    if (const QList<FieldProblem> problems = checkOperator(op); !problems.isEmpty())
        return Error {ErrorKind::BadInput, problems.constFirst().reason};
    auto operators = m_repository.operators();
    if (!operators)
        return operators.error();
    std::optional<Operator> before;
    int globals = 0;
    for (const Operator &existing : operators.value()) {
        if (existing.upn.compare(op.upn, Qt::CaseInsensitive) == 0) {
            before = existing;
            op.upn = existing.upn; // the stored spelling stays the key
        } else if (existing.holds(AdminRole::globalAdministrator())) {
            ++globals;
        }
    }
    if (!op.holds(AdminRole::globalAdministrator()) && globals == 0)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OperatorService",
                "The register needs at least one Global Administrator among its operators.")};
    if (before && *before == op)
        return op;

    AuditEvent event;
    event.atUtc = m_clock.nowUtc();
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.action = QString::fromUtf16(AuditActions::OperatorSaved);
    if (before)
        event.before = snapshot(*before);
    event.after = snapshot(op);
    RegisterChange change;
    change.operators.append(op);
    change.events.append(event);
    auto applied = m_repository.apply(change);
    if (!applied)
        return applied.error();
    return op;
}
