#include "todos/todoservice.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "relationships/relationshipjson.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QJsonObject todoJson(const Todo &todo)
{
    QJsonObject json {{u"todo"_s, todoKindKey(todo.kind)}, {u"todoId"_s, todo.id},
        {u"decided"_s, todo.decidedUtc.toUTC().toString(Qt::ISODateWithMs)},
        {u"decidedBy"_s, todo.decidedByUpn}};
    return json;
}

// The step as closed by actor, and the audit event that records it (its before/after filled later).
AuditEvent close(Todo &todo, Todo::Status status, const Operator &actor, const QDateTime &closedUtc,
    const QString &note, const QDateTime &nowUtc, const char16_t *action)
{
    todo.status = status;
    todo.closedUtc = closedUtc;
    todo.closedByUpn = actor.upn;
    todo.closedByName = actor.displayName;
    todo.closeNote = note;
    AuditEvent event;
    event.atUtc = nowUtc;
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.action = QString::fromUtf16(action);
    event.partnerTenantId = todo.partnerTenantId;
    event.partnerName = todo.partnerName;
    return event;
}

} // namespace

TodoService::TodoService(RegisterRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{ }

Result<QList<Todo>> TodoService::list(bool includeClosed) const
{
    TodoQuery query;
    query.includeClosed = includeClosed;
    return m_repository.todos(query);
}

Result<Todo> TodoService::openTodo(qint64 todoId) const
{
    auto found = m_repository.todo(todoId);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("TodoService", "There is no to-do %1 in the register.").arg(todoId)};
    }
    const Todo todo = *found.value();
    if (!todo.isOpen()) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("TodoService", "This to-do is no longer open: %1 on %2.")
                .arg(todoStatusName(todo.status).toLower(),
                    QLocale().toString(todo.closedUtc.toLocalTime(), QLocale::ShortFormat))};
    }
    return todo;
}

Result<Todo> TodoService::markDone(const Operator &actor, qint64 todoId, const Confirmation &confirmation)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    auto found = openTodo(todoId);
    if (!found)
        return found.error();
    Todo todo = found.value();
    const QDateTime now = m_clock.nowUtc();
    const QDateTime doneUtc = confirmation.doneUtc.isValid() ? confirmation.doneUtc.toUTC() : now;
    if (doneUtc > now) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("TodoService", "The time it was done cannot be in the future.")};
    }
    if (doneUtc < todo.decidedUtc) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "TodoService", "The time it was done cannot be before the decision (%1).")
                .arg(QLocale().toString(todo.decidedUtc.toLocalTime(), QLocale::ShortFormat))};
    }
    const QString note = confirmation.note.trimmed();
    if (note.size() > TodoRules::kMaxNoteLength) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("TodoService", "The note is longer than %1 characters.")
                .arg(TodoRules::kMaxNoteLength)};
    }

    RegisterChange change;
    AuditEvent event = close(todo, Todo::Status::Done, actor, doneUtc, note, now, AuditActions::TodoDone);
    if (todo.kind == Todo::Kind::MpsaSharing) {
        const bool enabled = todo.decision.value("enabled"_L1).toBool();
        change.settings.insert(
            QString::fromUtf16(SettingKeys::MpsaSharing), enabled ? u"true"_s : u"false"_s);
        event.before = QJsonObject {{u"mpsaSharing"_s, !enabled}};
        event.after = QJsonObject {{u"mpsaSharing"_s, enabled}};
    } else {
        auto known = m_repository.relationshipForPartner(todo.partnerTenantId);
        if (!known)
            return known.error();
        if (!known.value()) {
            return Error {ErrorKind::NotFound,
                QCoreApplication::translate("TodoService", "No partner with tenant ID %1 is in the register.")
                    .arg(todo.partnerTenantId)};
        }
        const Relationship after = todo.appliedTo(*known.value(), doneUtc);
        change.relationships.append(after);
        event.before = RelationshipJson::accessSnapshot(*known.value());
        event.after = RelationshipJson::accessSnapshot(after);
    }
    QJsonObject record = todoJson(todo);
    record.insert(u"done"_s, doneUtc.toString(Qt::ISODateWithMs));
    if (!note.isEmpty())
        record.insert(u"note"_s, note);
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        event.after.insert(it.key(), it.value());
    change.events.append(event);
    change.todos.append(todo);
    if (auto stored = m_repository.apply(change); !stored)
        return stored.error();
    return todo;
}

Result<Todo> TodoService::withdraw(const Operator &actor, qint64 todoId, const QString &note)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    auto found = openTodo(todoId);
    if (!found)
        return found.error();
    Todo todo = found.value();
    const QString trimmed = note.trimmed();
    if (trimmed.size() > TodoRules::kMaxNoteLength) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("TodoService", "The note is longer than %1 characters.")
                .arg(TodoRules::kMaxNoteLength)};
    }
    const QDateTime now = m_clock.nowUtc();
    RegisterChange change;
    AuditEvent event
        = close(todo, Todo::Status::Withdrawn, actor, now, trimmed, now, AuditActions::TodoWithdrawn);
    if (todo.kind == Todo::Kind::ConfirmEnd) {
        // The end request is reversed: the relationship is active again in the register.
        auto known = m_repository.relationshipForPartner(todo.partnerTenantId);
        if (!known)
            return known.error();
        if (known.value() && known.value()->state == Relationship::State::EndRequested) {
            Relationship after = *known.value();
            after.state = Relationship::State::Active;
            after.endRequestedUtc = {};
            after.endRequestMethod.clear();
            after.endRequestNote.clear();
            change.relationships.append(after);
            event.before = RelationshipJson::accessSnapshot(*known.value());
            event.after = RelationshipJson::accessSnapshot(after);
        }
    }
    if (todo.kind == Todo::Kind::Authorize) {
        // Not accepting after all: the invitation is cancelled (it stays in the history), and a GDAP
        // request that only this acceptance marked as awaiting approval no longer is.
        const qint64 invitationId = todo.decision.value("invitationId"_L1).toInteger();
        auto invitation = m_repository.invitation(invitationId);
        if (!invitation)
            return invitation.error();
        if (invitation.value() && invitation.value()->status == Invitation::Status::Accepted) {
            Invitation cancelled = *invitation.value();
            cancelled.status = Invitation::Status::Cancelled;
            cancelled.decidedUtc = now;
            cancelled.decidedByUpn = actor.upn;
            cancelled.note = QCoreApplication::translate("TodoService", "Accepting it was withdrawn. %1")
                                 .arg(trimmed)
                                 .trimmed()
                                 .left(TodoRules::kMaxNoteLength);
            change.invitations.append(cancelled);
        }
        auto known = m_repository.relationshipForPartner(todo.partnerTenantId);
        if (!known)
            return known.error();
        if (known.value() && todo.decision.value("gdapApproval"_L1).toBool()
            && known.value()->gdap.status == "approvalPending"_L1) {
            Relationship after = *known.value();
            after.gdap = GdapDetails {};
            change.relationships.append(after);
            event.before = RelationshipJson::accessSnapshot(*known.value());
            event.after = RelationshipJson::accessSnapshot(after);
        }
    }
    QJsonObject record = todoJson(todo);
    if (!trimmed.isEmpty())
        record.insert(u"note"_s, trimmed);
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        event.after.insert(it.key(), it.value());
    change.events.append(event);
    change.todos.append(todo);
    if (auto stored = m_repository.apply(change); !stored)
        return stored.error();
    return todo;
}
