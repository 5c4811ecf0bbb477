// bench_history: the audit history at 1,000,000 events. Prints "name value unit" lines: the first page
// newest first, the first page under each filter, paging deeper, and verifying the whole chain.
//   bench_history [--events 1000000] [--partners 10000] [--seed 42]

#include "audit/auditdescription.h"
#include "benchregister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

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

    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    BenchRegister::Timings timings;
    if (!BenchRegister::create(path, partners, events, parser.value(seedOption).toUInt(), &timings))
        return 1;
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    SqlRegisterRepository repository(*opened.value());
    report(u"audit_events"_s, double(AuditChain::count(opened.value()->connection()).value()), "count");

    // A partner with a few events, the only operator, an action, and a month in the middle of the range.
    const QList<PartnerSummary> some = repository.summaries(1).value();
    const QString partner = some.isEmpty() ? QString() : some.first().tenantId;
    const QDateTime middle = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC).addSecs(events / 2);
    const QList<std::pair<QString, AuditFilter>> filters {
        {u"first_page_newest"_s, AuditFilter {}},
        {u"first_page_partner"_s, AuditFilter {u"tenant-7"_s, {}, {}, {}, {}}},
        {u"first_page_partner_one_event"_s, AuditFilter {partner, {}, {}, {}, {}}},
        {u"first_page_operator"_s, AuditFilter {{}, u"bench@example.test"_s, {}, {}, {}}},
        {u"first_page_action_added"_s, AuditFilter {{}, {}, u"relationship.added"_s, {}, {}}},
        {u"first_page_action_reviewed"_s, AuditFilter {{}, {}, u"relationship.reviewed"_s, {}, {}}},
        {u"first_page_date_range_one_day"_s, AuditFilter {{}, {}, {}, middle, middle.addDays(1)}},
        {u"first_page_date_from_old"_s,
            AuditFilter {{}, {}, {}, QDateTime(QDate(2020, 1, 1), QTime(), Qt::UTC), {}}},
        {u"first_page_unmatched_partner"_s, AuditFilter {u"no-such-partner"_s, {}, {}, {}, {}}},
    };
    for (const auto &[name, filter] : filters) {
        int rows = 0;
        report(name, timePage(repository, filter, {}, &rows), "ms");
        report(name + u"_rows"_s, rows, "count");
    }
    int rows = 0;
    // Deep in the history: continue after the event in the middle.
    const AuditEvent middleEvent = repository.auditEvents({}, {middle, events}, 1).value().value(0);
    report(u"page_in_the_middle"_s,
        timePage(repository, {}, {middleEvent.atUtc, middleEvent.sequence}, &rows), "ms");

    QElapsedTimer timer;
    timer.start();
    auto verification = repository.verifyAudit({});
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    if (!verification || !verification->intact())
        return 1;
    report(u"verify_chain"_s, verifySeconds, "s");
    report(u"verify_chain_rate"_s, double(verification->checked) / std::max(verifySeconds, 1e-9), "events/s");
    return 0;
}
