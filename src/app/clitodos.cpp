#include "clitodos.h"

#include "cli.h"
#include "clisupport.h"
#include "common/clock.h"
#include "common/csv.h"
#include "common/policy.h"
#include "common/ports.h"
#include "register/sqlregisterrepository.h"
#include "registersession.h"
#include "todos/todoservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;
using CliSupport::fail;
using CliSupport::printable;

namespace {

QString iso(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

int list(RegisterSession &session, const CliTodos::Request &request, QTextStream &out, QTextStream &err)
{
    if (request.format != "table"_L1 && request.format != "json"_L1 && request.format != "csv"_L1) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate("Cli", "Unknown format %1; use table, json or csv.")
                    .arg(request.format)});
    }
    SystemClock clock;
    TodoService service(session.repository(), clock);
    auto todos = service.list(request.all);
    if (!todos)
        return fail(err, todos.error());
    const QDateTime now = clock.nowUtc();
    if (request.format == "json"_L1) {
        QJsonArray array;
        for (const Todo &t : todos.value())
            array.append(CliTodos::todoJson(t, now));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Ok;
    }
    if (request.format == "csv"_L1) {
        out << Csv::row({QCoreApplication::translate("Cli", "To-do"),
            QCoreApplication::translate("Cli", "Status"), QCoreApplication::translate("Cli", "Partner"),
            QCoreApplication::translate("Cli", "Partner tenant ID"),
            QCoreApplication::translate("Cli", "Step"), QCoreApplication::translate("Cli", "Decided by"),
            QCoreApplication::translate("Cli", "Decided (UTC)"),
            QCoreApplication::translate("Cli", "Age (days)"),
            QCoreApplication::translate("Cli", "Closed (UTC)"),
            QCoreApplication::translate("Cli", "Closed by"), QCoreApplication::translate("Cli", "Note")});
        for (const Todo &t : todos.value()) {
            out << Csv::row({QString::number(t.id), todoStatusName(t.status), t.partnerName,
                t.partnerTenantId, t.step(), t.decidedByUpn, iso(t.decidedUtc),
                QString::number(t.ageDays(now)), iso(t.closedUtc), t.closedByUpn, t.closeNote});
        }
        return Cli::Ok;
    }
    if (todos->isEmpty()) {
        out << (request.all
                ? QCoreApplication::translate("Cli", "No decisions have waited on Microsoft 365 yet.")
                : QCoreApplication::translate("Cli", "Nothing is waiting to be done in Microsoft 365."))
            << Qt::endl;
        return Cli::Ok;
    }
    for (const Todo &t : todos.value()) {
        const QString by = t.decidedByName.isEmpty() ? t.decidedByUpn : t.decidedByName;
        out << printable(QCoreApplication::translate("Cli", "#%1  %2  %3")
                             .arg(t.id)
                             .arg(todoStatusName(t.status), t.step()))
            << Qt::endl;
        out << u"     "_s
            << printable(QCoreApplication::translate(
                   "Cli", "decided %1 by %2, %n day(s) ago", nullptr, int(t.ageDays(now)))
                             .arg(iso(t.decidedUtc), by))
            << Qt::endl;
        if (!t.isOpen()) {
            out << u"     "_s
                << printable(QCoreApplication::translate("Cli", "closed %1 by %2%3")
                                 .arg(iso(t.closedUtc), t.closedByUpn,
                                     t.closeNote.isEmpty() ? QString() : u" — "_s + t.closeNote))
                << Qt::endl;
        }
        if (t.isContradicted()) {
            out << u"     "_s
                << printable(
                       QCoreApplication::translate("Cli", "the tenant differs from the register: %1 (%2)")
                           .arg(t.contradictedBy, iso(t.contradictedUtc)))
                << Qt::endl;
        }
        if (t.isOpen())
            out << u"     "_s << t.adminCenterUrl().toString() << Qt::endl;
    }
    return Cli::Ok;
}

int close(RegisterSession &session, const CliTodos::Request &request, QTextStream &in, QTextStream &out,
    QTextStream &err)
{
    const QString verb = request.arguments.constFirst();
    bool ok = false;
    const qint64 id = request.arguments.value(1).toLongLong(&ok);
    if (request.arguments.size() != 2 || !ok || id <= 0) {
        return fail(err,
            {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "Cli", "todo %1 needs the number of one to-do (see partnerdesk-cli todo).")
                    .arg(verb)});
    }
    if (const Decision d = Policy::check(session.actor(), PolicyAction::ManageRelationships); !d)
        return fail(err, {ErrorKind::NotAllowed, d.reason()});
    auto found = session.repository().todo(id);
    if (!found)
        return fail(err, found.error());
    if (!found.value()) {
        return fail(err,
            {ErrorKind::NotFound,
                QCoreApplication::translate("Cli", "There is no to-do %1 in the register.").arg(id)});
    }
    const bool done = verb == "done"_L1;
    if (!request.yes) {
        out << printable(found.value()->step()) << Qt::endl;
        const QString question = done
            ? QCoreApplication::translate("Cli", "Was this done in Microsoft 365? Mark it as done? [y/N] ")
            : QCoreApplication::translate("Cli", "Withdraw this decision? [y/N] ");
        if (!CliSupport::confirm(in, out, question)) {
            out << QCoreApplication::translate("Cli", "Nothing was changed.") << Qt::endl;
            return Cli::Ok;
        }
    }
    SystemClock clock;
    TodoService service(session.repository(), clock);
    auto result = done ? service.markDone(session.actor(), id, {QDateTime(), request.note})
                       : service.withdraw(session.actor(), id, request.note);
    if (!result)
        return fail(err, result.error());
    out << printable(done ? QCoreApplication::translate("Cli", "Marked done: %1").arg(result->step())
                          : QCoreApplication::translate("Cli", "Withdrawn: %1").arg(result->step()))
        << Qt::endl;
    return Cli::Ok;
}

} // namespace

QJsonObject CliTodos::todoJson(const Todo &t, const QDateTime &nowUtc)
{
    QJsonObject json {{u"id"_s, t.id}, {u"kind"_s, todoKindKey(t.kind)},
        {u"status"_s, todoStatusKey(t.status)}, {u"partnerTenantId"_s, t.partnerTenantId},
        {u"partnerName"_s, t.partnerName}, {u"step"_s, t.step()}, {u"decidedUtc"_s, iso(t.decidedUtc)},
        {u"decidedByUpn"_s, t.decidedByUpn}, {u"decidedByName"_s, t.decidedByName},
        {u"ageDays"_s, t.ageDays(nowUtc)}, {u"adminCenterUrl"_s, t.adminCenterUrl().toString()},
        {u"decision"_s, t.decision}};
    if (!t.isOpen()) {
        json.insert(u"closedUtc"_s, iso(t.closedUtc));
        json.insert(u"closedByUpn"_s, t.closedByUpn);
        json.insert(u"note"_s, t.closeNote);
    }
    if (t.isContradicted()) {
        json.insert(u"tenantDiffers"_s,
            QJsonObject {{u"shownBy"_s, t.contradictedBy}, {u"utc"_s, iso(t.contradictedUtc)}});
    }
    return json;
}

int CliTodos::run(
    RegisterSession &session, const Request &request, QTextStream &in, QTextStream &out, QTextStream &err)
{
    if (request.arguments.isEmpty())
        return list(session, request, out, err);
    const QString verb = request.arguments.constFirst();
    if (verb == "done"_L1 || verb == "withdraw"_L1)
        return close(session, request, in, out, err);
    return fail(err,
        {ErrorKind::BadInput,
            QCoreApplication::translate(
                "Cli", "Unknown todo command %1: use todo, todo done ID or todo withdraw ID.")
                .arg(printable(verb))});
}
