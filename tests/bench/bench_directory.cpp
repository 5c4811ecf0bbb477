// bench_directory: keystroke-to-results on the Find a partner search over a generated directory
// catalogue, through the FTS5 index and through a plain LIKE '%term%' scan of the same catalogue in
// the same run. Prints "name value unit" lines.
//   bench_directory [--entries 10000,500000] [--seed 2026]

#include "common/registernotifier.h"
#include "database/database.h"
#include "directory/directorygenerator.h"
#include "directory/sqldirectoryrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

struct Typing
{
    const char *name;
    QString location; // typed into the location box, one character per keystroke
    QString keywords; // then typed into the keywords box
    quint8 size;
};

// Times every keystroke of each typing: one search with the text so far, as the page does.
QList<double> keystrokes(const std::function<Result<QList<DirectoryEntry>>(const DirectoryQuery &)> &search,
    const Typing &typing, qint64 *rows)
{
    QList<double> times;
    DirectoryQuery query;
    query.size = typing.size;
    query.limit = 200;
    auto once = [&] {
        QElapsedTimer timer;
        timer.start();
        auto found = search(query);
        times.append(timer.nsecsElapsed() / 1e6);
        if (found)
            *rows += found->size();
    };
    for (int i = 1; i <= typing.location.size(); ++i) {
        query.location = typing.location.left(i);
        once();
    }
    for (int i = 1; i <= typing.keywords.size(); ++i) {
        query.keywords = typing.keywords.left(i);
        once();
    }
    return times;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entriesOption(
        u"entries"_s, u"Catalogue sizes, comma separated."_s, u"N,N"_s, u"10000,500000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed."_s, u"SEED"_s, u"2026"_s);
    parser.addOptions({entriesOption, seedOption});
    parser.process(app);

    const QList<Typing> typings {
        {"common_keyword", QString(), u"security"_s, 0},
        {"location_then_keyword", u"rotterdam"_s, u"intune"_s, 0},
        {"rare_combination", u"liège"_s, u"copilot healthcare"_s, OrganisationSize::Enterprise},
        {"no_match", QString(), u"zyxwvut"_s, 0},
    };
    for (const QString &sizeText : parser.value(entriesOption).split(u',')) {
        const int count = sizeText.toInt();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"bench.sqlite"_s), Database::OpenMode::CreateNew);
        if (!db) {
            QTextStream(stderr) << db.error().message << Qt::endl;
            return 1;
        }
        RegisterNotifier notifier;
        SqlDirectoryRepository directory(*db.value(), notifier);
        if (!directory.hasFullTextIndex()) {
            QTextStream(stderr) << "FTS5 is not available in this SQLite" << Qt::endl;
            return 1;
        }
        const QList<DirectoryEntry> entries
            = DirectoryGenerator::generate(count, parser.value(seedOption).toUInt());
        QElapsedTimer timer;
        timer.start();
        if (Status s = directory.replaceCatalogue(entries); !s) {
            QTextStream(stderr) << s.error().message << Qt::endl;
            return 1;
        }
        const QString prefix = u"entries_%1_"_s.arg(count);
        report(prefix + u"replace_catalogue"_s, timer.nsecsElapsed() / 1e6, "ms");

        QList<double> allFts;
        QList<double> allScan;
        for (const Typing &typing : typings) {
            qint64 ftsRows = 0;
            qint64 scanRows = 0;
            const QList<double> fts
                = keystrokes([&](const DirectoryQuery &q) { return directory.search(q); }, typing, &ftsRows);
            const QList<double> scan = keystrokes(
                [&](const DirectoryQuery &q) { return directory.searchByScan(q); }, typing, &scanRows);
            const QString name = prefix + QString::fromLatin1(typing.name);
            report(name + u"_fts_max"_s, percentile(fts, 1.0), "ms");
            report(name + u"_fts_median"_s, percentile(fts, 0.5), "ms");
            report(name + u"_like_max"_s, percentile(scan, 1.0), "ms");
            report(name + u"_like_median"_s, percentile(scan, 0.5), "ms");
            report(name + u"_rows_fts"_s, double(ftsRows), "rows");
            allFts += fts;
            allScan += scan;
        }
        report(prefix + u"keystroke_fts_max"_s, percentile(allFts, 1.0), "ms");
        report(prefix + u"keystroke_fts_p95"_s, percentile(allFts, 0.95), "ms");
        report(prefix + u"keystroke_like_max"_s, percentile(allScan, 1.0), "ms");
        report(prefix + u"keystroke_like_p95"_s, percentile(allScan, 0.95), "ms");
        report(
            prefix + u"like_over_fts_max_ratio"_s, percentile(allScan, 1.0) / percentile(allFts, 1.0), "x");
    }
    return 0;
}
