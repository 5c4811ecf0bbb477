// bench_partnerpage: the Partner relationships page at 1,000 and 100,000 partners. Prints "name value
// unit" lines: start-up to first paint (the real partnerdesk executable), filter keystrokes and sorts
// on the GUI thread, resident memory per partner, and the same filter and sorts through a
// QSortFilterProxyModel over a plain table model, measured in the same run, with the ratio.
//   bench_partnerpage [--partners 1000,100000] [--runs 3] [--seed 42]

#include "benchregister.h"
#include "partners/partnertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

double residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The usual Qt approach: display strings in a plain model, a proxy does the rest.
class PlainModel final : public QAbstractTableModel
{
public:
    explicit PlainModel(QList<QStringList> rows)
        : m_rows(std::move(rows))
    { }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 7; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return m_rows.at(index.row()).at(index.column());
    }

private:
    QList<QStringList> m_rows;
};

struct Startup
{
    double firstPaint = 0;
    double firstRows = 0;
    double allRows = 0;
};

// Wall-clock time from starting the process to each line the start-up probe prints.
Startup measureStartup(const QString &app, const QString &db, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PARTNERDESK_STARTUP_PROBE"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    process.setProcessEnvironment(env);
    Startup result;
    QElapsedTimer timer;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        const double now = timer.nsecsElapsed() / 1e6;
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            if (line.startsWith("first_paint"))
                result.firstPaint = now;
            else if (line.startsWith("first_rows_painted"))
                result.firstRows = now;
            else if (line.startsWith("all_rows_loaded"))
                result.allRows = now;
        }
    });
    timer.start();
    process.start(app, {u"--db"_s, db, u"--lang"_s, u"en"_s});
    process.waitForFinished(120000);
    QCoreApplication::processEvents();
    return result;
}

template<typename Apply> QList<double> timeKeystrokes(const QString &text, Apply apply)
{
    QList<double> times;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        apply(text.left(i));
        QCoreApplication::processEvents();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

template<typename Apply> double timeOnce(Apply apply)
{
    QElapsedTimer timer;
    timer.start();
    apply();
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(
        u"partners"_s, u"Register sizes, comma separated."_s, u"N,..."_s, u"1000,100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Start-up runs per size (median)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"SEED"_s, u"42"_s);
    parser.addOptions({sizesOption, runsOption, seedOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QMap<qint64, double> startupOf;
    for (const QString &sizeText : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        const qint64 n = sizeText.toLongLong();
        const QString suffix = u"_"_s + QString::number(n);
        const QString path = dir.filePath(u"partners%1.sqlite"_s.arg(n));
        if (!BenchRegister::create(path, n, n + 1, parser.value(seedOption).toUInt()))
            return 1;

        // Start-up of the real executable, median of several runs.
        QList<double> firstPaint, firstRows, allRows;
        for (int run = 0; run < runs; ++run) {
            const Startup s = measureStartup(QStringLiteral(PARTNERDESK_APP), path, dir.path());
            firstPaint.append(s.firstPaint);
            firstRows.append(s.firstRows);
            allRows.append(s.allRows);
        }
        report(u"startup_first_paint"_s + suffix, median(firstPaint), "ms");
        report(u"startup_first_rows_painted"_s + suffix, median(firstRows), "ms");
        report(u"startup_all_rows_loaded"_s + suffix, median(allRows), "ms");
        startupOf.insert(n, median(firstPaint));

        // Our model on the GUI thread, with a real view.
        const double rssBefore = residentKiB();
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened)
            return 1;
        SqlRegisterRepository repository(*opened.value());
        QElapsedTimer timer;
        timer.start();
        auto rows = repository.summaries();
        if (!rows || rows->size() != n)
            return 1;
        const double loadMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        PartnerTableModel::Prepared prepared
            = PartnerTableModel::prepare(std::move(rows).value(), kNow, QLocale());
        const double prepareMs = timer.nsecsElapsed() / 1e6;
        auto model = std::make_unique<PartnerTableModel>();
        auto view = std::make_unique<QTableView>();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->setModel(model.get());
        view->resize(1000, 700);
        view->show();
        model->setPrepared(std::move(prepared));
        QCoreApplication::processEvents();
        const double rssAfter = residentKiB();
        report(u"load_rows"_s + suffix, loadMs, "ms");
        report(u"prepare_keys_off_gui_thread"_s + suffix, prepareMs, "ms");
        report(u"memory_per_partner"_s + suffix, (rssAfter - rssBefore) * 1024.0 / double(n), "bytes");

        const QString typed = u"contoso 12"_s;
        auto ours = [&](const QString &text) { model->setFilter({text, -1, false}); };
        const QList<double> keystrokes = timeKeystrokes(typed, ours);
        const double widen = timeOnce([&] { model->setFilter({u"contoso 1"_s, -1, false}); });
        const double clear = timeOnce([&] { model->setFilter({}); });
        const double sortName
            = timeOnce([&] { model->sort(PartnerTableModel::NameColumn, Qt::DescendingOrder); });
        const double sortRisk
            = timeOnce([&] { model->sort(PartnerTableModel::RiskColumn, Qt::DescendingOrder); });
        const double ourFilter = *std::max_element(keystrokes.begin(), keystrokes.end());
        report(u"filter_keystroke_max"_s + suffix, ourFilter, "ms");
        report(u"filter_keystroke_median"_s + suffix, median(keystrokes), "ms");
        report(u"filter_backspace"_s + suffix, widen, "ms");
        report(u"filter_clear"_s + suffix, clear, "ms");
        report(u"sort_name"_s + suffix, sortName, "ms");
        report(u"sort_risk"_s + suffix, sortRisk, "ms");

        // The usual approach over the same rows, in the same run.
        QList<QStringList> plainRows;
        plainRows.reserve(n);
        model->setFilter({});
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
                cells.append(model->index(row, column).data().toString());
            plainRows.append(cells);
        }
        view.reset();
        model.reset();
        PlainModel plain(std::move(plainRows));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&plain);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortLocaleAware(true);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        QTableView proxyView;
        proxyView.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        proxyView.setModel(&proxy);
        proxyView.resize(1000, 700);
        proxyView.show();
        QCoreApplication::processEvents();
        const QList<double> proxyKeys
            = timeKeystrokes(typed, [&](const QString &text) { proxy.setFilterFixedString(text); });
        proxy.setFilterFixedString({});
        const double proxySortName = timeOnce([&] { proxy.sort(0, Qt::DescendingOrder); });
        const double proxySortRisk = timeOnce([&] { proxy.sort(6, Qt::DescendingOrder); });
        const double proxyFilter = *std::max_element(proxyKeys.begin(), proxyKeys.end());
        report(u"proxy_filter_keystroke_max"_s + suffix, proxyFilter, "ms");
        report(u"proxy_filter_keystroke_median"_s + suffix, median(proxyKeys), "ms");
        report(u"proxy_sort_name"_s + suffix, proxySortName, "ms");
        report(u"proxy_sort_risk"_s + suffix, proxySortRisk, "ms");
        report(u"ratio_filter_max"_s + suffix, proxyFilter / std::max(ourFilter, 1e-6), "x");
        report(
            u"ratio_filter_median"_s + suffix, median(proxyKeys) / std::max(median(keystrokes), 1e-6), "x");
        report(u"ratio_sort_name"_s + suffix, proxySortName / std::max(sortName, 1e-6), "x");
        report(u"ratio_sort_risk"_s + suffix, proxySortRisk / std::max(sortRisk, 1e-6), "x");
    }
    if (startupOf.size() >= 2) {
        report(u"startup_first_paint_ratio_largest_to_smallest"_s,
            startupOf.last() / std::max(startupOf.first(), 1e-6), "x");
    }
    return 0;
}
