#include "cliactivity.h"

#include "activity/activityservice.h"
#include "activity/signingenerator.h"
#include "activity/sqlactivityrepository.h"
#include "cli.h"
#include "clisupport.h"
#include "common/clock.h"
#include "common/csv.h"
#include "common/policy.h"
#include "register/sqlregisterrepository.h"
#include "registersession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("CliActivity", "yes")
               : QCoreApplication::translate("CliActivity", "no");
}

} // namespace

int CliActivity::importFile(RegisterSession &session, const QString &path, bool dryRun, bool yes,
    QTextStream &in, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    SqlActivityRepository repository(session.database(), session.repository().notifier());
    ActivityService service(repository, session.repository(), clock);
    const QString shown = QDir::toNativeSeparators(path);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    auto plan = service.planFile(path, [&](qint64 done, qint64 total) {
        if (terminal && total > 0)
            err << u'\r'
                << QCoreApplication::translate("CliActivity", "Reading %1… %2%")
                       .arg(printable(shown))
                       .arg(done * 100 / total)
                << Qt::flush;
        return true;
    });
    if (terminal)
        err << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
    if (!plan)
        return fail(err, plan.error());
    out << printable(shown) << u" ("_s << ActivityFile::displayName(plan->scan.kind) << u"): "_s
        << plan->summary() << Qt::endl;
    if (plan->scan.firstMs > 0) {
        out << u"  "_s
            << QCoreApplication::translate("CliActivity", "The file covers %1 to %2 (UTC).")
                   .arg(isoUtc(plan->scan.firstMs), isoUtc(plan->scan.lastMs))
            << Qt::endl;
    }
    for (const QString &line : plan->lines())
        out << u"  "_s << printable(line) << Qt::endl;
    if (!plan->canApply()) {
        return fail(err,
            badInput(QCoreApplication::translate(
                "CliActivity", "Nothing was imported from %1: the file was refused as a whole.")
                         .arg(printable(shown))));
    }
    if (!plan->hasNew()) {
        out << QCoreApplication::translate("CliActivity",
            "The register already holds every partner sign-in and activity in %1; nothing to add.")
                   .arg(printable(shown))
            << Qt::endl;
        return Cli::Ok;
    }
    if (dryRun)
        return Cli::Ok;
    if (const Decision d = Policy::check(session.actor(), PolicyAction::ManageRelationships); !d)
        return fail(err, {ErrorKind::NotAllowed, d.reason()});
    if (!yes
        && !CliSupport::confirm(in, out,
            QCoreApplication::translate("CliActivity", "Keep this evidence in the register? [y/N] "))) {
        out << QCoreApplication::translate("CliActivity", "Nothing was imported from %1.")
                   .arg(printable(shown))
            << Qt::endl;
        return Cli::Ok;
    }
    auto stored = service.apply(session.actor(), plan.value());
    if (!stored)
        return fail(err, stored.error());
    out << QCoreApplication::translate(
        "CliActivity", "Imported %1: %n partner sign-in(s)", nullptr, int(stored->signIns))
               .arg(printable(shown))
        << u", "_s
        << QCoreApplication::translate(
               "CliActivity", "%n partner lifecycle event(s)", nullptr, int(stored->events))
        << u"; "_s << QCoreApplication::translate("CliActivity", "one audit event.") << Qt::endl;
    if (stored->confirmed > 0) {
        out << QCoreApplication::translate("CliActivity",
            "%n step(s) on To do in Microsoft 365 confirmed done by the audit log.", nullptr,
            int(stored->confirmed))
            << Qt::endl;
    }
    return Cli::Ok;
}

int CliActivity::activity(
    RegisterSession &session, const ActivityRequest &request, QTextStream &out, QTextStream &err)
{
    bool daysOk = true;
    const int days = request.days.isEmpty() ? 90 : request.days.toInt(&daysOk);
    if (!daysOk || days < 1 || days > 3650)
        return fail(err,
            badInput(
                QCoreApplication::translate("CliActivity", "--days needs a whole number from 1 to 3650.")));
    const QString format = request.format.isEmpty() ? u"table"_s : request.format;
    if (format != "table"_L1 && format != "json"_L1 && format != "csv"_L1)
        return fail(err,
            badInput(QCoreApplication::translate("CliActivity", "Unknown format %1; use table, json or csv.")
                         .arg(format)));
    SqlActivityRepository repository(session.database(), session.repository().notifier());
    const auto evidence = repository.evidence();
    if (!evidence)
        return fail(err, evidence.error());
    const auto list = repository.activity({request.partnerTenantId.trimmed(), days});
    if (!list)
        return fail(err, list.error());

    if (format == "json"_L1) {
        QJsonArray partners;
        for (const PartnerActivity &a : list.value()) {
            QJsonArray weekly;
            for (const auto &[week, count] : a.weekly)
                weekly.append(QJsonObject {{u"weekStartUtc"_s, isoUtc(week)}, {u"signIns"_s, count}});
            partners.append(QJsonObject {{u"tenantId"_s, a.tenantId}, {u"homeTenantName"_s, a.name},
                {u"inRegister"_s, a.inRegister}, {u"registerName"_s, a.registerName},
                {u"firstSignInUtc"_s, isoUtc(a.firstSignInMs)}, {u"lastSignInUtc"_s, isoUtc(a.lastSignInMs)},
                {u"signInsLast30Days"_s, a.signIns30}, {u"signInsLastNDays"_s, a.signIns90},
                {u"failedLast30Days"_s, a.failed30}, {u"failedLastNDays"_s, a.failed90},
                {u"countries"_s, QJsonArray::fromStringList(a.countries)},
                {u"newCountries"_s, QJsonArray::fromStringList(a.newCountries)},
                {u"ipAddresses"_s, QJsonArray::fromStringList(a.ipAddresses)},
                {u"people"_s, QJsonArray::fromStringList(a.people)}, {u"weekly"_s, weekly}});
        }
        const QJsonObject root {
            {u"evidence"_s,
                QJsonObject {{u"fromUtc"_s, isoUtc(evidence->fromMs)}, {u"toUtc"_s, isoUtc(evidence->toMs)},
                    {u"imports"_s, evidence->imports}, {u"partnerSignIns"_s, evidence->signIns}}},
            {u"days"_s, days}, {u"partners"_s, partners}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Cli::Ok;
    }

    const QStringList headers {QCoreApplication::translate("CliActivity", "Partner"),
        QCoreApplication::translate("CliActivity", "Tenant ID"),
        QCoreApplication::translate("CliActivity", "In register"),
        QCoreApplication::translate("CliActivity", "Last sign-in (UTC)"),
        QCoreApplication::translate("CliActivity", "Sign-ins 30 days"),
        QCoreApplication::translate("CliActivity", "Sign-ins %1 days").arg(days),
        QCoreApplication::translate("CliActivity", "Failed 30 days"),
        QCoreApplication::translate("CliActivity", "Failed %1 days").arg(days),
        QCoreApplication::translate("CliActivity", "Countries")};
    QList<QStringList> rows;
    for (const PartnerActivity &a : list.value()) {
        rows.append({a.inRegister ? a.registerName : a.name, a.tenantId, yesNo(a.inRegister),
            isoUtc(a.lastSignInMs), QString::number(a.signIns30), QString::number(a.signIns90),
            QString::number(a.failed30), QString::number(a.failed90), a.countries.join(u' ')});
    }
    if (format == "csv"_L1) {
        out << Csv::row(headers);
        for (const QStringList &row : std::as_const(rows))
            out << Csv::row(row);
        return Cli::Ok;
    }
    if (!evidence->any()) {
        out << QCoreApplication::translate("CliActivity",
            "No activity evidence: import an Entra sign-in log first (partnerdesk-cli import FILE).")
            << Qt::endl;
        return Cli::Ok;
    }
    out << QCoreApplication::translate(
        "CliActivity", "Evidence: %1 (%n import(s))", nullptr, evidence->imports)
               .arg(evidence->periodText())
        << Qt::endl;
    if (rows.isEmpty()) {
        out << QCoreApplication::translate("CliActivity", "No partner signed in during the evidence period.")
            << Qt::endl;
        return Cli::Ok;
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], printable(row.at(i)).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString cell = printable(cells.at(i));
            text += i + 1 < cells.size() ? cell + QString(widths[i] - cell.size() + 2, u' ') : cell;
        }
        out << text << Qt::endl;
    };
    line(headers);
    for (const QStringList &row : std::as_const(rows))
        line(row);
    for (const PartnerActivity &a : list.value()) {
        if (!a.inRegister) {
            out << QCoreApplication::translate(
                "CliActivity", "Service provider with access, not in your register: %1 (%2)")
                       .arg(printable(a.name.isEmpty()
                                    ? QCoreApplication::translate("CliActivity", "name not given")
                                    : a.name),
                           a.tenantId)
                << Qt::endl;
        }
    }
    return Cli::Ok;
}

int CliActivity::writeDemoSignIns(
    const QString &output, const QString &format, QTextStream &out, QTextStream &err)
{
    if (output.isEmpty())
        return fail(
            err, badInput(QCoreApplication::translate("CliActivity", "demo-signins needs --output FILE.")));
    SignInGenerator::Format kind = SignInGenerator::Format::GraphJson;
    if (format == "csv"_L1)
        kind = SignInGenerator::Format::EntraCsv;
    else if (!format.isEmpty() && format != "json"_L1 && format != "table"_L1)
        return fail(err,
            badInput(QCoreApplication::translate("CliActivity", "Unknown format %1; use json or csv.")
                         .arg(format)));
    if (QFile::exists(output))
        return fail(err,
            badInput(QCoreApplication::translate("CliActivity", "%1 exists already; choose a new file.")
                         .arg(QDir::toNativeSeparators(output))));
    // The demo register's organisation (Het Baken College).
    SignInGenerator::Spec spec
        = SignInGenerator::demo(u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s, QDateTime::currentDateTimeUtc());
    spec.format = kind;
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(err,
            badInput(QCoreApplication::translate("CliActivity", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(output), file.errorString())));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = SignInGenerator::write(file, spec); !s)
        return fail(err, s.error());
    if (!file.commit())
        return fail(err,
            badInput(QCoreApplication::translate("CliActivity", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(output), file.errorString())));
    out << QCoreApplication::translate("CliActivity",
        "Wrote the demo register's sign-in log (%n record(s)) to %1.", nullptr, int(spec.records))
               .arg(QDir::toNativeSeparators(output))
        << Qt::endl;
    return Cli::Ok;
}
