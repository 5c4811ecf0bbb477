#pragma once
// TodoService: the "To do in Microsoft 365" list. Marking a to-do done applies the decided change to
// what the tenant is known to hold; withdrawing it reverses the decision. Each is one transaction
// with its audit event, and needs Global or Billing Administrator (anyone may look).

#include "common/result.h"
#include "relationships/todo.h"

#include <QList>

class Clock;
class RegisterRepository;
struct Operator;

class TodoService
{
public:
    TodoService(RegisterRepository &repository, const Clock &clock);

    Result<QList<Todo>> list(bool includeClosed) const;

    struct Confirmation
    {
        QDateTime doneUtc; // when it was done in Microsoft 365; invalid: now. Not in the future.
        QString note; // optional, at most TodoRules::kMaxNoteLength characters
    };
    Result<Todo> markDone(const Operator &actor, qint64 todoId, const Confirmation &confirmation);
    Result<Todo> withdraw(const Operator &actor, qint64 todoId, const QString &note);

private:
    Result<Todo> openTodo(qint64 todoId) const;
    RegisterRepository &m_repository;
    const Clock &m_clock;
};
