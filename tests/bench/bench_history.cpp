// bench_history: the audit history at 1,000,000 events. Prints "name value unit" lines: the first page
// newest first, the first page under each filter (median of 5 runs of the query and describing each
// row, as the history model does), paging deeper, and verifying the whole chain. Every row count it
// prints is checked against what the generated register holds (worked out from how it was generated,
// or counted with a plain SQL count for the one random partner); a wrong count is printed and the
// bench exits 1.
//   bench_history [--events 1000000] [--partners 10000] [--seed 42]

#include "audit/auditdescription.h"
#include "benchregister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <sqlite3.h>

namespace {

void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

// Median of several runs of one page query, in milliseconds; also returns the rows of the last run.
double timePage(
    SqlRegisterRepository &repository, const AuditFilter &filter, const AuditCursor &after, int *rows)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto events = repository.auditEvents(filter, after, 200);
        // What the history model does with each page: describe every change.
        if (events) {
            for (const AuditEvent &e : events.value())
                (void)AuditDescription::change(e);
            *rows = int(events->size());
        }
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Prints a count; false (and why, on stderr) when it is not the expected one.
bool reportCount(const QString &name, qint64 count, qint64 expected)
{
    report(name, double(count), "count");
    if (count == expected)
        return true;
    QTextStream(stderr) << "WRONG COUNT " << name << ": " << count << ", expected " << expected << Qt::endl;
    return false;
}

// The floor under verification: the same columns of every event read through SQLite, and SHA-256
// over each row's stored bytes (its columns one after the other). No canonical content, no
// comparison, no link check. Returns the rows read, or -1.
qint64 bareSelectAndHash(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return -1;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql
        = "SELECT " + AuditChain::selectColumns().toLatin1() + " FROM audit_events ORDER BY seq";
    if (sqlite3_prepare_v2(sqlite, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return -1;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    unsigned char fold = 0;
    qint64 rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
        for (int c = 0; c < 11; ++c) {
            const unsigned char *text = sqlite3_column_text(statement, c);
            EVP_DigestUpdate(context, text, size_t(sqlite3_column_bytes(statement, c)));
        }
        EVP_DigestFinal_ex(context, digest, &length);
        fold ^= digest[0];
        ++rows;
    }
    EVP_MD_CTX_free(context);
    sqlite3_finalize(statement);
    return rows + (fold & 0); // the digests are used, so the loop is not optimised away
}

// Median time to append one audit event in its own transaction (as each decision does), over runs.
double appendOneEvent(SqlRegisterRepository &repository, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        RegisterChange change;
        AuditEvent event;
        event.atUtc = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).addSecs(run);
        event.operatorUpn = u"bench@example.test"_s;
        event.action = u"relationship.reviewed"_s;
        event.partnerTenantId = u"tenant-append"_s;
        change.events.append(event);
        QElapsedTimer timer;
        timer.start();
        if (!repository.apply(change))
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(u"events"_s, u"Audit events in total."_s, u"M"_s, u"1000000"_s);
    const QCommandLineOption partnersOption(u"partners"_s, u"Partners."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"SEED"_s, u"42"_s);
    parser.addOptions({eventsOption, partnersOption, seedOption});
    parser.process(app);
    const qint64 events = parser.value(eventsOption).toLongLong();
    const qint64 partners = parser.value(partnersOption).toLongLong();
    if (partners < 0 || events < 2 * (partners + 1)) {
        // The expected row counts assume the middle of the range falls among the reviewed events.
        QTextStream(stderr) << "--events must be at least twice --partners + 1" << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    BenchRegister::Timings timings;
    if (!BenchRegister::create(path, partners, events, parser.value(seedOption).toUInt(), &timings))
        return 1;
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    SqlRegisterRepository repository(*opened.value());
    // What the generator wrote: the register's creation, one "added" per partner, then "reviewed"
    // events, one a second from the fixed now, for random "tenant-K" IDs, up to the total.
    const qint64 reviewed = std::max<qint64>(0, events - partners - 1);
    const qint64 total = 1 + partners + reviewed;
    constexpr qint64 page = 200;
    bool counts = true;
    counts &= reportCount(u"audit_events"_s, AuditChain::count(opened.value()->connection()).value(), total);

    // A partner with a few events, the only operator, an action, and a month in the middle of the range.
    const QList<PartnerSummary> some = repository.summaries(1).value();
    const QString partner = some.isEmpty() ? QString() : some.first().tenantId;
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const QDateTime middle = now.addSecs(events / 2);
    // Reviewed event k (partners + 1 <= k < events) is at now + k seconds.
    const qint64 inOneDay = std::max<qint64>(
        0, std::min<qint64>(events / 2 + 86400, events) - std::max<qint64>(events / 2, partners + 1));
    qint64 tenant7 = 0;
    {
        QSqlQuery q(opened.value()->connection());
        if (!q.exec(u"SELECT count(*) FROM audit_events WHERE partner_tenant_id = 'tenant-7'"_s) || !q.next())
            return 1;
        tenant7 = q.value(0).toLongLong();
    }
    struct Case
    {
        QString name;
        AuditFilter filter;
        qint64 matching; // events the filter matches
    };
    const QList<Case> cases {
        {u"first_page_newest"_s, AuditFilter {}, total},
        {u"first_page_partner"_s, AuditFilter {u"tenant-7"_s, {}, {}, {}, {}}, tenant7},
        {u"first_page_partner_one_event"_s, AuditFilter {partner, {}, {}, {}, {}},
            partner.isEmpty() ? total : 1},
        {u"first_page_operator"_s, AuditFilter {{}, u"bench@example.test"_s, {}, {}, {}}, total},
        {u"first_page_action_added"_s, AuditFilter {{}, {}, u"relationship.added"_s, {}, {}}, partners},
        {u"first_page_action_reviewed"_s, AuditFilter {{}, {}, u"relationship.reviewed"_s, {}, {}}, reviewed},
        {u"first_page_date_range_one_day"_s, AuditFilter {{}, {}, {}, middle, middle.addDays(1)}, inOneDay},
        {u"first_page_date_from_old"_s,
            AuditFilter {{}, {}, {}, QDateTime(QDate(2020, 1, 1), QTime(), Qt::UTC), {}}, total},
        {u"first_page_unmatched_partner"_s, AuditFilter {u"no-such-partner"_s, {}, {}, {}, {}}, 0},
    };
    for (const Case &c : cases) {
        int rows = 0;
        report(c.name, timePage(repository, c.filter, {}, &rows), "ms");
        counts &= reportCount(c.name + u"_rows"_s, rows, std::min(page, c.matching));
    }
    int rows = 0;
    // Deep in the history: continue after the reviewed event in the middle; every event written before
    // it is older.
    const AuditEvent middleEvent = repository.auditEvents({}, {middle, events}, 1).value().value(0);
    report(u"page_in_the_middle"_s,
        timePage(repository, {}, {middleEvent.atUtc, middleEvent.sequence}, &rows), "ms");
    counts &= reportCount(u"page_in_the_middle_rows"_s, rows, std::min(page, middleEvent.sequence - 1));

    // Both sides read a warm file: one untimed pass first, so neither pays for the disk alone.
    (void)bareSelectAndHash(opened.value()->connection());
    QElapsedTimer timer;
    timer.start();
    const qint64 bareRows = bareSelectAndHash(opened.value()->connection());
    const double bareSeconds = timer.nsecsElapsed() / 1e9;
    counts &= reportCount(u"bare_select_sha256_rows"_s, bareRows, total);
    report(u"bare_select_sha256"_s, bareSeconds, "s");
    const double bareRate = double(bareRows) / std::max(bareSeconds, 1e-9);
    report(u"bare_select_sha256_rate"_s, bareRate, "events/s");

    timer.restart();
    auto verification = repository.verifyAudit({});
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    if (!verification || !verification->intact())
        return 1;
    report(u"verify_chain"_s, verifySeconds, "s");
    counts &= reportCount(u"verify_chain_events_checked"_s, verification->checked, total);
    const double verifyRate = double(verification->checked) / std::max(verifySeconds, 1e-9);
    report(u"verify_chain_rate"_s, verifyRate, "events/s");
    report(u"verify_to_bare_ratio"_s, verifyRate / std::max(bareRate, 1e-9), "x");
    // Writing stays O(1): one event appended at this size, beside the same on a register of 1,000.
    report(u"append_one_event_at_full_size"_s, appendOneEvent(repository, 101), "ms");
    {
        const QString small = dir.filePath(u"small.sqlite"_s);
        if (!BenchRegister::create(small, 100, 1000, 7, nullptr))
            return 1;
        auto smallDb = Database::open(small, Database::OpenMode::ExistingOnly);
        if (!smallDb)
            return 1;
        SqlRegisterRepository smallRepository(*smallDb.value());
        report(u"append_one_event_at_1000_events"_s, appendOneEvent(smallRepository, 101), "ms");
    }
    report(u"file_bytes_per_event"_s,
        double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / double(total), "bytes");
    return counts ? 0 : 1;
}
