#include "relationships/relationshipservice.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "relationships/relationshipjson.h"
#include "relationships/relationshiprules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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

Todo todoFor(const Operator &actor, const Clock &clock, Todo::Kind kind, const Relationship &relationship)
{
    Todo todo;
    todo.kind = kind;
    todo.relationshipId = relationship.id;
    todo.partnerTenantId = relationship.partner.tenantId;
    todo.partnerName = relationship.partner.name;
    todo.decidedUtc = clock.nowUtc();
    todo.decidedByUpn = actor.upn;
    todo.decidedByName = actor.displayName;
    return todo;
}

} // namespace

Result<std::optional<Todo>> RelationshipService::openTodo(
    const QString &partnerTenantId, Todo::Kind kind) const
{
    TodoQuery query;
    query.partnerTenantId = partnerTenantId;
    auto open = m_repository.todos(query);
    if (!open)
        return open.error();
    for (const Todo &todo : open.value()) {
        if (todo.kind == kind)
            return std::optional<Todo>(todo);
    }
    return std::optional<Todo>();
}

RelationshipService::RelationshipService(RegisterRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{ }

Result<Relationship> RelationshipService::managedRelationship(
    const Operator &actor, const QString &partnerTenantId) const
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return notAllowed(d);
    auto found = m_repository.relationshipForPartner(partnerTenantId);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownPartner(partnerTenantId);
    return *found.value();
}

Result<Relationship> RelationshipService::markReviewed(const Operator &actor, const QString &partnerTenantId)
{
    auto found = managedRelationship(actor, partnerTenantId);
    if (!found)
        return found.error();
    const Relationship before = found.value();
    Relationship after = before;
    after.lastReviewedUtc = m_clock.nowUtc();
    return applyOne(actor, QString::fromUtf16(AuditActions::RelationshipReviewed), before, after);
}

Result<Relationship> RelationshipService::save(const Operator &actor, const Relationship &edited)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return notAllowed(d);
    Relationship after = edited;
    after.partner.tenantId = after.partner.tenantId.trimmed().toLower();
    after.partner.name = after.partner.name.trimmed();
    for (QString *text : {&after.partner.partnerId, &after.partner.email, &after.partner.phone,
             &after.partner.website, &after.gdap.name, &after.gdap.relationshipId})
        *text = text->trimmed();
    after.gdap.relationshipId = after.gdap.relationshipId.toLower();
    const QDateTime now = m_clock.nowUtc();
    if (const QList<FieldProblem> problems = RelationshipRules::check(after, now); !problems.isEmpty())
        return Error {ErrorKind::BadInput, problems.constFirst().reason, problems.constFirst().field};

    auto found = m_repository.relationshipForPartner(after.partner.tenantId);
    if (!found)
        return found.error();
    const QString tenantField = QString::fromUtf16(RelationshipFields::TenantId);
    Relationship before;
    if (after.id == 0) {
        if (found.value()) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("RelationshipService", "%1 is already in the register as %2.")
                    .arg(after.partner.tenantId, found.value()->partner.name),
                tenantField};
        }
        if (!after.partnerSinceUtc.isValid())
            after.partnerSinceUtc = now;
    } else {
        if (!found.value() || found.value()->id != after.id) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "RelationshipService", "The tenant ID is the partner's key and cannot be changed."),
                tenantField};
        }
        before = *found.value();
        if (before.agreement.isAccepted() && !(before.agreement == after.agreement)) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "RelationshipService", "The agreement was accepted on %1; that record cannot be changed.")
                    .arg(QLocale().toString(
                        before.agreement.acceptedAtUtc.toLocalTime(), QLocale::ShortFormat)),
                QString::fromUtf16(RelationshipFields::Agreement)};
        }
        if (RelationshipJson::editSnapshot(before) == RelationshipJson::editSnapshot(after))
            return before;
    }
    AuditEvent event;
    event.atUtc = now;
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.action = QString::fromUtf16(
        after.id == 0 ? AuditActions::RelationshipAdded : AuditActions::RelationshipEdited);
    event.partnerTenantId = after.partner.tenantId;
    event.partnerName = after.partner.name;
    if (after.id != 0)
        event.before = RelationshipJson::editSnapshot(before);
    event.after = RelationshipJson::editSnapshot(after);
    RegisterChange change;
    change.relationships.append(after);
    change.events.append(event);
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return stored->constFirst();
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
    QList<Relationship> decided;
    for (const QString &tenantId : partnerTenantIds) {
        auto found = m_repository.relationshipForPartner(tenantId);
        if (!found)
            return found.error();
        if (!found.value())
            return unknownPartner(tenantId);
        const Relationship &before = *found.value();
        const bool seen = std::any_of(
            decided.cbegin(), decided.cend(), [&](const Relationship &r) { return r.id == before.id; });
        if (seen)
            continue; // the same partner named twice: one removal, one event
        if (before.roles.isEmpty()) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("RelationshipService", "%1 holds no admin roles.")
                    .arg(before.partner.name)};
        }
        auto pending = openTodo(before.partner.tenantId, Todo::Kind::RemoveRoles);
        if (!pending)
            return pending.error();
        if (pending.value()) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("RelationshipService", "%1: %2.")
                    .arg(before.partner.name, pending.value()->pendingText())};
        }
        // The decision is recorded; what the tenant holds changes when the to-do is done.
        change.todos.append(todoFor(actor, m_clock, Todo::Kind::RemoveRoles, before));
        change.events.append(eventFor(actor, m_clock, QString::fromUtf16(AuditActions::RolesRemovalDecided),
            before, withoutAdminRoles(before)));
        decided.append(before); // not written: nothing of the relationship changes
    }
    if (auto stored = m_repository.apply(change); !stored)
        return stored.error();
    return decided;
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

QStringList RelationshipService::endRequestMethods()
{
    return {u"email"_s, u"phone"_s, u"meeting"_s, u"other"_s};
}

QString RelationshipService::endRequestMethodName(const QString &method)
{
    if (method == "email"_L1)
        return QCoreApplication::translate("RelationshipService", "Email");
    if (method == "phone"_L1)
        return QCoreApplication::translate("RelationshipService", "Phone");
    if (method == "meeting"_L1)
        return QCoreApplication::translate("RelationshipService", "In person");
    if (method == "other"_L1)
        return QCoreApplication::translate("RelationshipService", "Other");
    return method;
}

Result<Relationship> RelationshipService::requestEnd(
    const Operator &actor, const QString &partnerTenantId, const EndRequest &request)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return notAllowed(d);
    const QDateTime now = m_clock.nowUtc();
    if (!request.contactedOn.isValid() || request.contactedOn > now.toLocalTime().date()) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "RelationshipService", "The date of contact cannot be in the future.")};
    }
    if (!endRequestMethods().contains(request.method)) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("RelationshipService", "Choose how the partner was contacted.")};
    }
    if (request.note.size() > kMaxNoteLength) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("RelationshipService", "The note is longer than %1 characters.")
                .arg(kMaxNoteLength)};
    }
    auto found = m_repository.relationshipForPartner(partnerTenantId);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownPartner(partnerTenantId);
    const Relationship before = *found.value();
    if (before.state != Relationship::State::Active) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("RelationshipService",
                "An end of the relationship with %1 was already requested or recorded.")
                .arg(before.partner.name)};
    }
    Relationship after = before;
    after.state = Relationship::State::EndRequested;
    // Noon local time on the day of contact, so the date shows the same in every time zone nearby.
    after.endRequestedUtc = std::min(QDateTime(request.contactedOn, QTime(12, 0)).toUTC(), now);
    after.endRequestMethod = request.method;
    after.endRequestNote = request.note.trimmed();
    // Only the partner can end it: the to-do is to see that it did.
    return applyOne(actor, QString::fromUtf16(AuditActions::EndRequested), before, after,
        todoFor(actor, m_clock, Todo::Kind::ConfirmEnd, before));
}

Result<Relationship> RelationshipService::markEnded(const Operator &actor, const QString &partnerTenantId)
{
    auto found = managedRelationship(actor, partnerTenantId);
    if (!found)
        return found.error();
    const Relationship before = found.value();
    if (before.state == Relationship::State::Ended) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("RelationshipService", "The relationship with %1 has already ended.")
                .arg(before.partner.name)};
    }
    Relationship after = before;
    after.state = Relationship::State::Ended;
    after.endedUtc = m_clock.nowUtc();
    // The partner's confirmation is the step the end request waited for: its to-do is done with it.
    auto pending = openTodo(before.partner.tenantId, Todo::Kind::ConfirmEnd);
    if (!pending)
        return pending.error();
    std::optional<Todo> done = pending.value();
    if (done) {
        done->status = Todo::Status::Done;
        done->closedUtc = after.endedUtc;
        done->closedByUpn = actor.upn;
        done->closedByName = actor.displayName;
    }
    return applyOne(actor, QString::fromUtf16(AuditActions::Ended), before, after, done);
}

Result<Relationship> RelationshipService::applyOne(const Operator &actor, const QString &action,
    const Relationship &before, const Relationship &after, const std::optional<Todo> &todo)
{
    RegisterChange change;
    change.relationships.append(after);
    change.events.append(eventFor(actor, m_clock, action, before, after));
    if (todo)
        change.todos.append(*todo);
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return stored.value().constFirst();
}

Result<bool> RelationshipService::mpsaSharing() const
{
    auto value = m_repository.setting(QString::fromUtf16(SettingKeys::MpsaSharing));
    if (!value)
        return value.error();
    return value.value() == "true"_L1;
}

Result<std::optional<Todo>> RelationshipService::pendingMpsaSharing() const
{
    return openTodo(QString(), Todo::Kind::MpsaSharing);
}

Status RelationshipService::setMpsaSharing(const Operator &actor, bool enabled)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return notAllowed(d);
    auto current = mpsaSharing();
    if (!current)
        return current.error();
    auto pending = pendingMpsaSharing();
    if (!pending)
        return pending.error();
    const bool decided
        = pending.value() ? pending.value()->decision.value("enabled"_L1).toBool() : current.value();
    if (decided == enabled)
        return Done {};
    RegisterChange change;
    AuditEvent event;
    event.atUtc = m_clock.nowUtc();
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.before = QJsonObject {{u"mpsaSharing"_s, decided}};
    event.after = QJsonObject {{u"mpsaSharing"_s, enabled}};
    if (pending.value()) {
        // Deciding back to what the tenant holds withdraws the open decision.
        Todo withdrawn = *pending.value();
        withdrawn.status = Todo::Status::Withdrawn;
        withdrawn.closedUtc = event.atUtc;
        withdrawn.closedByUpn = actor.upn;
        withdrawn.closedByName = actor.displayName;
        change.todos.append(withdrawn);
        event.action = QString::fromUtf16(AuditActions::TodoWithdrawn);
        event.after.insert(u"todo"_s, todoKindKey(Todo::Kind::MpsaSharing));
        event.after.insert(u"todoId"_s, withdrawn.id);
    } else {
        Todo todo = todoFor(actor, m_clock, Todo::Kind::MpsaSharing, Relationship {});
        todo.decision = QJsonObject {{u"enabled"_s, enabled}};
        change.todos.append(todo);
        event.action = QString::fromUtf16(AuditActions::MpsaSharingDecided);
    }
    change.events.append(event);
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return Done {};
}
