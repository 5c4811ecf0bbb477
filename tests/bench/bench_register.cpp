// bench_register: creates a register of N partners and M audit events from a fixed seed and prints
// how long creation, loading the list and verifying the audit chain took, as "name value unit" lines.
//   bench_register [--partners 100000] [--events 1000000] [--seed 42] [--keep FILE]

#include "benchregister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void report(const char *name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption partnersOption(u"partners"_s, u"Partners to create."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"Audit events in total."_s, u"M"_s, u"1000000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"SEED"_s, u"42"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Write the register to FILE and keep it."_s, u"FILE"_s);
    parser.addOptions({partnersOption, eventsOption, seedOption, keepOption});
    parser.process(app);
    const qint64 partners = parser.value(partnersOption).toLongLong();
    const qint64 events = std::max(parser.value(eventsOption).toLongLong(), partners + 1);

    QTemporaryDir dir;
    const QString path
        = parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(u"bench.sqlite"_s);
    BenchRegister::Timings timings;
    if (!BenchRegister::create(path, partners, events, parser.value(seedOption).toUInt(), &timings))
        return 1;

    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened)
        return 1;
    SqlRegisterRepository repository(*opened.value());
    QElapsedTimer timer;
    timer.start();
    auto list = repository.relationships();
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    if (!list || list->size() != partners)
        return 1;
    timer.restart();
    auto summaries = repository.summaries();
    const double summariesSeconds = timer.nsecsElapsed() / 1e9;
    if (!summaries || summaries->size() != partners)
        return 1;

    timer.restart();
    auto verification = AuditChain::verify(opened.value()->connection());
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    if (!verification || !verification->intact() || verification->checked != events)
        return 1;

    report("partners", double(partners), "count");
    report("audit_events", double(events), "count");
    report("create_partners", timings.partnersSeconds, "s");
    report("create_audit_events", timings.eventsSeconds, "s");
    report("load_full_relationships", loadSeconds * 1000.0, "ms");
    report("load_partner_summaries", summariesSeconds * 1000.0, "ms");
    report("verify_audit", verifySeconds, "s");
    report("verify_audit_rate", double(events) / std::max(verifySeconds, 1e-9), "events/s");
    report("file_size", QFileInfo(path).size() / (1024.0 * 1024.0), "MiB");
    return 0;
}
