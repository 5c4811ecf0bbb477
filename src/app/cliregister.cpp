#include "cliregister.h"

#include "activity/activityservice.h"
#include "cliactivity.h"

#include "cli.h"
#include "clisupport.h"
#include "common/clock.h"
#include "common/policy.h"
#include "import/importservice.h"
#include "operators/operatorservice.h"
#include "register/sqlregisterrepository.h"
#include "registersession.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;
using CliSupport::fail;
using CliSupport::printable;

namespace {

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

// Role names (as the catalogue spells them in English) or template IDs.
Result<QList<AdminRole>> rolesFrom(const QStringList &given)
{
    QList<AdminRole> roles;
    for (const QString &text : given) {
        const AdminRole role = AdminRole::find(text.trimmed());
        if (!role.isKnown()) {
            QStringList names;
            for (const AdminRole &known : AdminRole::catalogue())
                names.append(known.englishName());
            return badInput(QCoreApplication::translate("Cli", "Unknown role %1. Known roles: %2.")
                                .arg(printable(text), names.join(u", "_s)));
        }
        if (!roles.contains(role))
            roles.append(role);
    }
    return roles;
}

} // namespace

int CliRegister::init(const NewRegister &request, QTextStream &out, QTextStream &err)
{
    if (request.path.isEmpty())
        return fail(err,
            badInput(QCoreApplication::translate("Cli", "init needs --db FILE: the register to create.")));
    if (request.roles.isEmpty())
        return fail(err,
            badInput(QCoreApplication::translate("Cli",
                "init needs --role for each Entra role of the first operator, e.g. --role "
                "\"Global Administrator\".")));
    auto roles = rolesFrom(request.roles);
    if (!roles)
        return fail(err, roles.error());
    Organisation organisation;
    organisation.name = request.organisation;
    organisation.tenantId = request.tenantId;
    const Operator first {request.upn, request.name, roles.value()};
    SystemClock clock;
    if (Status s = RegisterSession::createRegister(request.path, organisation, first, clock); !s)
        return fail(err, s.error());
    out << QCoreApplication::translate(
        "Cli", "Created the register of %1 in %2, with %3 as its first operator.")
               .arg(organisation.name.trimmed(), QDir::toNativeSeparators(request.path), first.upn.trimmed())
        << Qt::endl;
    return Cli::Ok;
}

int CliRegister::listOperators(RegisterSession &session, QTextStream &out, QTextStream &)
{
    for (const Operator &op : session.operators()) {
        out << printable(op.displayName) << u" <"_s << printable(op.upn) << u">: "_s << op.rolesDisplay();
        if (op.upn.compare(session.organisation().defaultOperatorUpn, Qt::CaseInsensitive) == 0)
            out << QCoreApplication::translate("Cli", " (acts by default)");
        out << Qt::endl;
    }
    return Cli::Ok;
}

int CliRegister::saveOperator(RegisterSession &session, const QString &upn, const QString &name,
    const QStringList &roleNames, QTextStream &out, QTextStream &err)
{
    if (upn.isEmpty())
        return fail(err, badInput(QCoreApplication::translate("Cli", "operator needs the operator's UPN.")));
    auto roles = rolesFrom(roleNames);
    if (!roles)
        return fail(err, roles.error());
    Operator op {upn, name, roles.value()};
    // Changing only the roles or only the name keeps the other as it was.
    for (const Operator &existing : session.operators()) {
        if (existing.upn.compare(upn.trimmed(), Qt::CaseInsensitive) == 0) {
            if (name.isEmpty())
                op.displayName = existing.displayName;
            if (roleNames.isEmpty())
                op.roles = existing.roles;
        }
    }
    SystemClock clock;
    OperatorService service(session.repository(), clock);
    auto saved = service.save(session.actor(), op);
    if (!saved)
        return fail(err, saved.error());
    if (Status s = session.reloadOperators(); !s)
        return fail(err, s.error());
    out << QCoreApplication::translate("Cli", "Recorded operator %1 <%2>: %3.")
               .arg(printable(saved->displayName), printable(saved->upn), saved->rolesDisplay())
        << Qt::endl;
    return Cli::Ok;
}

int CliRegister::import(RegisterSession &session, const ImportRequest &request, QTextStream &in,
    QTextStream &out, QTextStream &err)
{
    if (request.files.isEmpty())
        return fail(err, badInput(QCoreApplication::translate("Cli", "import needs one or more files.")));
    if (request.dryRun && request.yes)
        return fail(
            err, badInput(QCoreApplication::translate("Cli", "Give either --dry-run or --yes, not both.")));
    if (!request.dryRun) {
        if (const Decision d = Policy::check(session.actor(), PolicyAction::ManageRelationships); !d)
            return fail(err, {ErrorKind::NotAllowed, d.reason()});
    }
    SystemClock clock;
    ImportService service(session.repository(), clock);
    const ImportService::Options options {request.partnerTenantId, request.partnerName};
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int exitCode = Cli::Ok;
    for (const QString &path : request.files) {
        // Entra sign-in and audit logs are evidence, not partner records: their own import.
        if (ActivityService::detectFile(path) != ActivityFile::Kind::Unknown) {
            if (const int code
                = CliActivity::importFile(session, path, request.dryRun, request.yes, in, out, err);
                code != Cli::Ok)
                exitCode = code;
            continue;
        }
        const QString shown = QDir::toNativeSeparators(path);
        auto progress = [&](qint64 done, qint64 total) {
            if (terminal && total > 0) {
                err << u'\r'
                    << QCoreApplication::translate("Cli", "Reading %1… %2%")
                           .arg(printable(shown))
                           .arg(done * 100 / total)
                    << Qt::flush;
            }
            return true;
        };
        auto plan = service.planFile(path, options, progress);
        if (terminal)
            err << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
        if (!plan) {
            exitCode = fail(err, plan.error());
            continue;
        }
        out << printable(shown) << u" ("_s << ImportFormat::displayName(plan->format) << u"): "_s
            << plan->summary() << Qt::endl;
        for (const QString &line : plan->lines())
            out << u"  "_s << printable(line) << Qt::endl;
        for (const QString &note : std::as_const(plan->notes))
            out << u"  "_s << QCoreApplication::translate("Cli", "note: %1").arg(printable(note)) << Qt::endl;
        if (!plan->rejected.isEmpty()) {
            exitCode = fail(err,
                badInput(QCoreApplication::translate("Cli",
                    "Nothing was imported from %1: correct the rejected records and "
                    "import it again.")
                             .arg(printable(shown))));
            continue;
        }
        if (!plan->hasChanges()) {
            out << QCoreApplication::translate(
                "Cli", "The register already holds what %1 says; nothing to change.")
                       .arg(printable(shown))
                << Qt::endl;
            continue;
        }
        if (request.dryRun)
            continue;
        if (!request.yes
            && !CliSupport::confirm(
                in, out, QCoreApplication::translate("Cli", "Apply these changes to the register? [y/N] "))) {
            out << QCoreApplication::translate("Cli", "Nothing was imported from %1.").arg(printable(shown))
                << Qt::endl;
            continue;
        }
        auto applied = service.apply(session.actor(), plan.value());
        if (!applied) {
            exitCode = fail(err, applied.error());
            continue;
        }
        out << QCoreApplication::translate("Cli",
            "Imported %1: %n relationship(s) added or updated, one audit event each.", nullptr,
            int(applied->size()))
                   .arg(printable(shown))
            << Qt::endl;
    }
    return exitCode;
}
