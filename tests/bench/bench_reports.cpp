// bench_reports: the access report at N partners. Prints "name value unit" lines, each name ending in
// the register size:
//   repository_reads_N        the two reads every report starts from, bare: relationships() and
//                             summaries() (the peer the builder is compared with)
//   report_build_N            ReportBuilder::build: those reads plus risk, to-dos, the overview and
//                             the verification block
//   report_json_N, report_csv_N   the built report written as JSON / CSV (bytes printed too)
//   report_verify_N           ReportVerifier::verify of that JSON: the whole audit chain checked, the
//                             report built again and compared partner by partner
//   report_pdf_N              PdfReport::write (only up to --pdf-max partners; a page per few partners)
// Each figure is the median of --runs. No figure is asserted on.
//   bench_reports [--partners 1000,10000] [--runs 3] [--pdf-max 1000]

#include "benchregister.h"
#include "reports/pdfreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportcsv.h"
#include "reports/reportjson.h"
#include "reports/reportverifier.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace {

void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

double medianMs(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption partnersOption(
        u"partners"_s, u"Register sizes, comma separated."_s, u"N,..."_s, u"1000,10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (median)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption pdfOption(
        u"pdf-max"_s, u"Largest register to write a PDF of."_s, u"N"_s, u"1000"_s);
    parser.addOptions({partnersOption, runsOption, pdfOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir dir;
    for (const QString &size : parser.value(partnersOption).split(u',')) {
        const qint64 n = size.toLongLong();
        if (n < 2)
            return 1;
        const QString path = dir.filePath(u"reports%1.sqlite"_s.arg(n));
        if (!BenchRegister::create(path, n, n * 3, 42))
            return 1;
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened)
            return 1;
        SqlRegisterRepository repository(*opened.value());
        ReportBuilder builder(repository, nullptr, nullptr);
        ReportBuilder::Request request;
        request.asOfUtc = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        request.reviewId = -1;

        report(u"repository_reads_%1"_s.arg(n),
            medianMs(runs, [&] { return repository.relationships().ok() && repository.summaries().ok(); }),
            "ms");
        Report built;
        report(u"report_build_%1"_s.arg(n),
            medianMs(runs,
                [&] {
                    auto r = builder.build(request);
                    if (!r || r->partners.size() != n)
                        return false;
                    built = std::move(r).value();
                    return true;
                }),
            "ms");
        QByteArray json, csv;
        report(u"report_json_%1"_s.arg(n),
            medianMs(runs,
                [&] {
                    json = ReportJson::write(built);
                    return !json.isEmpty();
                }),
            "ms");
        report(u"report_json_bytes_%1"_s.arg(n), double(json.size()), "bytes");
        report(u"report_csv_%1"_s.arg(n),
            medianMs(runs,
                [&] {
                    csv = ReportCsv::write(built, u';');
                    return !csv.isEmpty();
                }),
            "ms");
        report(u"report_csv_bytes_%1"_s.arg(n), double(csv.size()), "bytes");
        ReportVerifier verifier(repository, builder);
        report(u"report_verify_%1"_s.arg(n),
            medianMs(runs,
                [&] {
                    auto check = verifier.verify(json);
                    return check.ok() && check->matches;
                }),
            "ms");
        if (n <= parser.value(pdfOption).toLongLong()) {
            const QString pdf = dir.filePath(u"report%1.pdf"_s.arg(n));
            report(u"report_pdf_%1"_s.arg(n),
                medianMs(1, [&] { return PdfReport::write(built, pdf, {}).ok(); }), "ms");
            report(u"report_pdf_bytes_%1"_s.arg(n), double(QFileInfo(pdf).size()), "bytes");
        }
    }
    return 0;
}
