#include "reports/clireports.h"

#include "cli.h"
#include "clisupport.h"
#include "registersession.h"

#include "activity/sqlactivityrepository.h"
#include "common/clock.h"
#include "database/database.h"
#include "register/sqlregisterrepository.h"
#include "reports/pdfreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportcsv.h"
#include "reports/reportfile.h"
#include "reports/reportjson.h"
#include "reports/reportverifier.h"
#include "review/sqlreviewrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using CliSupport::fail;

namespace {

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

} // namespace

namespace CliReports {

int exportReport(RegisterSession &session, const ExportRequest &request, QTextStream &out, QTextStream &err)
{
    if (request.output.isEmpty())
        return fail(err, badInput(QCoreApplication::translate("CliReports", "export needs --output FILE.")));
    QString format = request.format.trimmed().toLower();
    if (format.isEmpty() || format == "table"_L1)
        format = QFileInfo(request.output).suffix().toLower();
    if (format != "csv"_L1 && format != "pdf"_L1 && format != "json"_L1) {
        return fail(err,
            badInput(
                QCoreApplication::translate("CliReports", "Unknown report format %1; use csv, pdf or json.")
                    .arg(format.isEmpty() ? u"?"_s : format)));
    }
    QChar delimiter = u',';
    const QString d = request.delimiter;
    if (d == ";"_L1 || d == "\t"_L1 || d == "tab"_L1)
        delimiter = d == ";"_L1 ? u';' : u'\t';
    else if (!d.isEmpty() && d != ","_L1)
        return fail(err,
            badInput(
                QCoreApplication::translate("CliReports", "The delimiter must be \",\", \";\" or tab.")));
    if (!d.isEmpty() && format != "csv"_L1)
        return fail(
            err, badInput(QCoreApplication::translate("CliReports", "--delimiter is for CSV reports only.")));

    ReportBuilder::Request build;
    build.language = QLocale().language() == QLocale::Dutch ? u"nl"_s : u"en"_s;
    build.asOfUtc = QDateTime::currentDateTimeUtc();
    build.producedByUpn = session.actor().upn;
    build.producedByName = session.actor().displayName;
    if (request.review == "none"_L1) {
        build.reviewId = -1;
    } else if (!request.review.isEmpty()) {
        bool ok = false;
        build.reviewId = request.review.toLongLong(&ok);
        if (!ok || build.reviewId <= 0)
            return fail(err,
                badInput(
                    QCoreApplication::translate("CliReports", "--review needs a review number or none.")));
    }
    SqlActivityRepository activity(session.database(), session.repository().notifier());
    SqlReviewRepository reviews(session.database(), session.repository().notifier());
    ReportBuilder builder(session.repository(), &activity, &reviews);
    auto report = builder.build(build);
    if (!report)
        return fail(err, report.error());

    Status written = Done {};
    if (format == "csv"_L1) {
        written = ReportFile::write(request.output, ReportCsv::write(report.value(), delimiter));
    } else if (format == "json"_L1) {
        written = ReportFile::write(request.output, ReportJson::write(report.value()));
    } else {
        PdfReport::Options options;
        options.registerPath = session.database().path();
        written = PdfReport::write(report.value(), request.output, options);
    }
    if (!written)
        return fail(err, written.error());
    out << QCoreApplication::translate(
        "CliReports", "Wrote the report on %n partner(s) to %1.", nullptr, int(report->partners.size()))
               .arg(QDir::toNativeSeparators(request.output))
        << Qt::endl;
    if (format == "json"_L1) {
        out << QCoreApplication::translate("CliReports", "Check it against the register later with: %1")
                   .arg(Report::verifyCommand(request.output, session.database().path()))
            << Qt::endl;
    }
    return Cli::Ok;
}

int verifyReport(RegisterSession &session, const QString &reportPath, QTextStream &out, QTextStream &err)
{
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(err,
            badInput(QCoreApplication::translate("CliReports", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(reportPath), file.errorString())));
    }
    const QByteArray bytes = file.read(ReportVerifier::kMaxReportBytes + 1);
    SqlActivityRepository activity(session.database(), session.repository().notifier());
    SqlReviewRepository reviews(session.database(), session.repository().notifier());
    ReportBuilder builder(session.repository(), &activity, &reviews);
    ReportVerifier verifier(session.repository(), builder);
    auto check = verifier.verify(bytes);
    if (!check) {
        if (check.error().kind == ErrorKind::CheckFailed) {
            out << QCoreApplication::translate("CliReports", "The report does not match the register: %1")
                       .arg(check.error().message)
                << Qt::endl;
            return Cli::CheckFailed;
        }
        return fail(err, check.error());
    }
    out << check->reportTitle << Qt::endl;
    // The PDF made with this JSON names its SHA-256: the two belong together when these agree.
    out << QCoreApplication::translate("CliReports", "SHA-256 of %1: %2")
               .arg(QDir::toNativeSeparators(reportPath),
                   QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
        << Qt::endl;
    if (check->matches) {
        out << QCoreApplication::translate("CliReports", "The report matches the register.") << Qt::endl;
        if (check->eventsSince > 0) {
            const int newer = check->eventsSince > 1000000000 ? 1000000000 : int(check->eventsSince);
            out << QCoreApplication::translate("CliReports",
                "The history has %n event(s) newer than the report; none of them changes what it says.",
                nullptr, newer)
                << Qt::endl;
        }
        return Cli::Ok;
    }
    out << QCoreApplication::translate("CliReports", "The report no longer matches the register:")
        << Qt::endl;
    for (const QString &line : check->differences)
        out << u"  - "_s << line << Qt::endl;
    return Cli::CheckFailed;
}

} // namespace CliReports
