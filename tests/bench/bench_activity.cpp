// bench_activity: partner sign-in evidence at the size of a whole-tenant download.
//  1. Writes N Graph-shaped sign-ins (1 % partner sign-ins, as the Entra download: one JSON array) and
//     the same records as the Entra CSV download.
//  2. Imports each (read + dry run + store, one audit event) into a demo register and prints records
//     per second and the peak memory above the process before the import (VmHWM - VmRSS, reset between).
//  3. In the same run, for the JSON file: QJsonDocument::fromJson alone (the file already in memory,
//     reading it not timed) — the peer the streaming reader is compared with — and its peak memory.
//  4. Stores S partner sign-ins in a register (40 partner tenants over a year) and times the
//     per-partner activity query (the app's, over the per-day table) beside a bare SQL query that
//     computes the same counts from the sign-in rows themselves.
// Prints "name value unit" lines.
//   bench_activity [--records 1000000] [--stored 1000000] [--dir FOLDER]

#include "activity/activityservice.h"
#include "activity/signingenerator.h"
#include "activity/sqlactivityrepository.h"
#include "common/clock.h"
#include "database/database.h"
#include "register/demoregister.h"
#include "register/sqlregisterrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kOrganisation = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;

void report(const QString &name, double value, const char *unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resets the peak resident size to the current one (Linux: "5" to clear_refs).
qint64 resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
    return statusKb("VmRSS:");
}

double peakAboveMb(qint64 baseKb)
{
    return double(statusKb("VmHWM:") - baseKb) / 1024.0;
}

struct Register
{
    FixedClock clock {QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlRegisterRepository> repository;
    std::unique_ptr<SqlActivityRepository> activity;

    bool create(const QString &path)
    {
        auto opened = Database::open(path, Database::OpenMode::CreateNew);
        if (!opened)
            return false;
        database = std::move(opened).value();
        if (!DemoRegister::create(*database, clock))
            return false;
        repository = std::make_unique<SqlRegisterRepository>(*database);
        activity = std::make_unique<SqlActivityRepository>(*database, repository->notifier());
        return true;
    }
    Operator global() const { return repository->operators().value().first(); }
};

bool importFile(const QString &label, const QString &path, qint64 records, const QString &registerPath)
{
    Register reg;
    if (!reg.create(registerPath))
        return false;
    ActivityService service(*reg.activity, *reg.repository, reg.clock);
    const qint64 base = resetPeak();
    QElapsedTimer timer;
    timer.start();
    auto plan = service.planFile(path);
    if (!plan || !plan->canApply()) {
        QTextStream(stderr) << "plan failed: " << (plan ? plan->lines().join(u'\n') : plan.error().message)
                            << Qt::endl;
        return false;
    }
    const double planMs = double(timer.nsecsElapsed()) / 1e6;
    auto stored = service.apply(reg.global(), plan.value());
    if (!stored)
        return false;
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    report(label + u"_read_and_dry_run_ms"_s, planMs, "ms");
    report(label + u"_import_total_ms"_s, totalMs, "ms");
    report(label + u"_records_per_second"_s, double(records) / (totalMs / 1000.0), "records/s");
    report(label + u"_partner_signins_stored"_s, double(stored->signIns), "signins");
    report(label + u"_peak_memory_above_start_mb"_s, peakAboveMb(base), "MB");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(
        u"records"_s, u"Sign-in records in each file."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption storedOption(
        u"stored"_s, u"Partner sign-ins stored for the query."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the generated files."_s, u"path"_s);
    parser.addOptions({recordsOption, storedOption, dirOption});
    parser.process(app);
    const qint64 records = parser.value(recordsOption).toLongLong();
    const qint64 storedCount = parser.value(storedOption).toLongLong();
    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + u"/bench-activity-XXXXXX"_s
                                               : QDir::tempPath() + u"/bench-activity-XXXXXX"_s);
    if (!temp.isValid())
        return 1;

    if (records > 0) {
        SignInGenerator::Spec spec
            = SignInGenerator::demo(kOrganisation, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        spec.records = records;
        spec.partnerShare = 0.01;
        spec.days = 365;
        const QString jsonPath = temp.filePath(u"signins.json"_s);
        const QString csvPath = temp.filePath(u"signins.csv"_s);
        for (const auto &[path, format] : {std::pair {jsonPath, SignInGenerator::Format::GraphJson},
                 std::pair {csvPath, SignInGenerator::Format::EntraCsv}}) {
            QFile file(path);
            spec.format = format;
            if (!file.open(QIODevice::WriteOnly) || !SignInGenerator::write(file, spec))
                return 1;
        }
        report(u"graph_json_file_mb"_s, double(QFileInfo(jsonPath).size()) / 1e6, "MB");
        report(u"entra_csv_file_mb"_s, double(QFileInfo(csvPath).size()) / 1e6, "MB");
        report(u"records_per_file"_s, double(records), "records");

        if (!importFile(u"graph_json"_s, jsonPath, records, temp.filePath(u"json.sqlite"_s))
            || !importFile(u"entra_csv"_s, csvPath, records, temp.filePath(u"csv.sqlite"_s)))
            return 1;

        // The peer: QJsonDocument parsing the same JSON (already in memory), nothing else.
        {
            QFile file(jsonPath);
            if (!file.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray bytes = file.readAll();
            const qint64 base = resetPeak();
            QElapsedTimer timer;
            timer.start();
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (error.error != QJsonParseError::NoError)
                report(u"qjsondocument_parse_failed_at_offset"_s, double(error.offset), "bytes");
            else
                report(u"qjsondocument_records"_s, double(document.array().size()), "records");
            report(u"qjsondocument_fromjson_only_ms"_s, ms, "ms");
            report(u"qjsondocument_records_per_second"_s, double(records) / (ms / 1000.0), "records/s");
            report(u"qjsondocument_peak_memory_above_file_in_memory_mb"_s, peakAboveMb(base), "MB");
        }
        QFile::remove(jsonPath);
        QFile::remove(csvPath);
    } // --records 0: the stored sign-ins only

    // Stored sign-ins and the per-partner query.
    Register reg;
    if (!reg.create(temp.filePath(u"stored.sqlite"_s)))
        return 1;
    QRandomGenerator random(7);
    QStringList tenants;
    for (int t = 0; t < 40; ++t)
        tenants.append(u"%1-aaaa-4bbb-8ccc-%2"_s.arg(t + 0x10000000, 8, 16).arg(t, 12, 16, QChar(u'0')));
    const qint64 end = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    QElapsedTimer fill;
    fill.start();
    for (qint64 done = 0; done < storedCount;) {
        ActivityBatch batch;
        for (int i = 0; i < 100000 && done < storedCount; ++i, ++done) {
            SignIn s;
            s.id = u"bench-%1"_s.arg(done);
            s.createdMs = end - qint64(random.bounded(365 * 24 * 3600)) * 1000;
            s.homeTenantId = tenants.at(int(done % tenants.size()));
            s.homeTenantName = u"Partner %1"_s.arg(done % tenants.size());
            s.resourceTenantId = kOrganisation;
            s.userPrincipalName
                = u"tech%1@partner%2.example"_s.arg(random.bounded(4)).arg(done % tenants.size());
            s.ipAddress = u"20.1.%1.%2"_s.arg(done % tenants.size()).arg(random.bounded(3));
            s.countryOrRegion = random.bounded(20) == 0 ? u"DE"_s : u"NL"_s;
            s.failed = random.bounded(50) == 0;
            batch.signIns.append(s);
            batch.fromMs = end - 365LL * 24 * 3600 * 1000;
            batch.toMs = end;
        }
        AuditEvent event;
        event.atUtc = reg.clock.nowUtc();
        event.operatorUpn = u"bench@hetbaken.example"_s;
        event.action = QString::fromUtf16(AuditActions::ActivityImported);
        if (!reg.activity->store(batch, event))
            return 1;
    }
    report(u"stored_signins"_s, double(storedCount), "signins");
    report(u"store_signins_per_second"_s, double(storedCount) / (double(fill.nsecsElapsed()) / 1e9),
        "signins/s");

    const int runs = 50;
    QElapsedTimer timer;
    timer.start();
    int checksum = 0;
    for (int run = 0; run < runs; ++run) {
        const auto one = reg.activity->activity({tenants.at(run % tenants.size()), 90});
        if (!one || one->size() != 1) {
            QTextStream(stderr) << "activity query failed: "
                                << (one ? QString::number(one->size()) : one.error().message) << Qt::endl;
            return 1;
        }
        checksum += one->first().signIns90;
    }
    report(u"partner_activity_query_ms"_s, double(timer.nsecsElapsed()) / 1e6 / runs, "ms");

    // The bare peer: the same 30/90-day counts, failures and distinct countries, addresses and people,
    // straight from the sign-in rows (no per-day table).
    // Day by day, as the per-day table counts: "the last 90 days" are the evidence's last day and the 89
    // before.
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 to = (end / dayMs) * dayMs;
    QSqlQuery q(reg.database->connection());
    q.prepare(u"SELECT sum(created_ms >= :d30 + 86400000), count(*), sum(failed AND created_ms >= :f30 + "
              u"86400000), sum(failed), "
              "count(DISTINCT country), count(DISTINCT ip), count(DISTINCT upn), max(created_ms) "
              "FROM signins WHERE home_tenant_id = :tenant AND created_ms >= :d90 + 86400000"_s);
    timer.restart();
    int bareChecksum = 0;
    for (int run = 0; run < runs; ++run) {
        q.bindValue(u":d30"_s, to - 30 * dayMs);
        q.bindValue(u":f30"_s, to - 30 * dayMs);
        q.bindValue(u":tenant"_s, tenants.at(run % tenants.size()));
        q.bindValue(u":d90"_s, to - 90 * dayMs);
        if (!q.exec() || !q.next()) {
            QTextStream(stderr) << "bare query failed: " << q.lastError().text() << Qt::endl;
            return 1;
        }
        bareChecksum += q.value(1).toInt();
        q.finish();
    }
    report(u"bare_sql_over_signin_rows_ms"_s, double(timer.nsecsElapsed()) / 1e6 / runs, "ms");
    report(u"query_checksums_differ"_s, double(std::abs(checksum - bareChecksum)), "signins");
    if (checksum != bareChecksum)
        return 1; // the two sides did not count the same sign-ins

    timer.restart();
    const auto summaries = reg.repository->summaries();
    if (!summaries)
        return 1;
    report(u"partner_list_with_activity_facts_ms"_s, double(timer.nsecsElapsed()) / 1e6, "ms");
    return 0;
}
