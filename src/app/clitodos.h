#pragma once
// CliTodos: partnerdesk-cli's "To do in Microsoft 365" — todo lists the steps still to take in the
// tenant, todo done ID marks one done (its decided change then shows as what the tenant holds), todo
// withdraw ID reverses the decision.

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

class QTextStream;
class RegisterSession;
struct Todo;

namespace CliTodos {
struct Request
{
    QStringList arguments; // empty: list; "done ID" or "withdraw ID"
    bool all = false; // list: done and withdrawn ones too
    QString format; // table, json or csv
    QString note;
    bool yes = false;
};
QJsonObject todoJson(const Todo &todo, const QDateTime &nowUtc); // stable keys, for todo and list
int run(
    RegisterSession &session, const Request &request, QTextStream &in, QTextStream &out, QTextStream &err);
} // namespace CliTodos
