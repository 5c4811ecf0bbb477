// bench_partnerpage: the Partner relationships page at 1,000 and 100,000 partners. Prints "name value
// unit" lines, each name ending in the register size:
//   startup_process_start_to_*      the real partnerdesk executable with its start-up probe, wall clock
//                                   from starting the process, median of --runs (a probe that fails,
//                                   times out or does not report exits 1)
//   page_reload_to_all_rows_loaded  PartnerPage::reload() until loadFinished (loading off the GUI thread)
//   page_heap_per_partner           heap in use (mallinfo2: every arena + mmapped blocks) after the page
//                                   loaded its rows minus before, per partner; the loading connection
//                                   (and SQLite's cache) is closed by then
//   page_filter_keystrokeNN_TEXT_to_paint  one keystroke (QTest::keyClick) into the real page's filter
//                                   box, to the end of the last paint it caused: the table's viewport
//                                   (counted with an event filter) and the box; TEXT is the text so far,
//                                   spaces as '_'. ..._matched: the rows shown after it.
//   page_filter_backspace_*, page_filter_clear_* (select all, backspace), page_sort_*_click_* (a click on
//                                   the header section): the same, to the end of the last paint
//   proxy_*                         the same keystrokes and clicks into a QLineEdit and a QTableView of the
//                                   same size and columns over a QSortFilterProxyModel on a plain table
//                                   model: the usual Qt approach doing the same work (name, tenant ID,
//                                   PartnerID and role names matched; names in the page's collation, risk
//                                   by level then name). A proxy whose rows did not change does not
//                                   repaint its viewport; its keystroke then ends with the box's paint
//                                   (..._steps_without_viewport_paint counts them). After every step the
//                                   rows shown are compared with the page's, in order; a difference is
//                                   printed and the bench exits 1.
//   proxy_heap_per_partner          heap of the plain model, the proxy and its view, per partner
//   proxy_over_page_*               ratios, printed only when both sides showed the same rows
//   repository_summaries, model_prepare_keys: the two halves of the page's load, in this process
// The text typed is the name of the partner in the middle of the register, lower case, unless --type
// is given; every prefix must match partners, or the bench exits 1. No figure is asserted on.
//   bench_partnerpage [--partners 1000,100000] [--runs 3] [--seed 42] [--type TEXT]

#include "benchpaint.h"
#include "benchregister.h"
#include "common/clock.h"
#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"

#include <QApplication>
#include <QCollator>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <malloc.h>

using namespace BenchPaint;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

void complain(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

// Heap in use: the arenas of every thread plus blocks mmapped by malloc.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// ---- the start-up probe of the real executable ----

struct Startup
{
    double firstPaint = -1;
    double firstRows = -1;
    double allRows = -1;
};

// Wall-clock time from starting the process to each line the start-up probe prints; nullopt (and why,
// on stderr) when the process fails, times out or does not print all three.
std::optional<Startup> measureStartup(const QString &app, const QString &db, const QString &home)
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
            if (line.startsWith("first_paint "))
                result.firstPaint = now;
            else if (line.startsWith("first_rows_painted "))
                result.firstRows = now;
            else if (line.startsWith("all_rows_loaded "))
                result.allRows = now;
        }
    });
    timer.start();
    process.start(app, {u"--db"_s, db, u"--lang"_s, u"en"_s});
    const bool finished = process.waitForFinished(120000);
    QCoreApplication::processEvents();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        complain(u"start-up probe: %1 did not finish within 120 s"_s.arg(app));
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        complain(u"start-up probe: %1 exited with status %2, code %3: %4"_s.arg(app)
                     .arg(int(process.exitStatus()))
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError())));
        return std::nullopt;
    }
    if (result.firstPaint < 0 || result.firstRows < 0 || result.allRows < 0) {
        complain(u"start-up probe: %1 did not report first_paint, first_rows_painted and all_rows_loaded "
                 "(got %2, %3, %4 ms)"_s.arg(app)
                     .arg(result.firstPaint)
                     .arg(result.firstRows)
                     .arg(result.allRows));
        return std::nullopt;
    }
    return result;
}

void clickSection(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint centre(
        header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

// One timed action on one side and what it showed afterwards.
struct Step
{
    QString label; // for names: the typed text so far, or what was done
    double ms = -1;
    bool viewportPainted = false;
    QStringList tenants; // the tenant IDs shown, top to bottom
};

QStringList shownTenants(const QAbstractItemModel &model, int role)
{
    QStringList tenants;
    tenants.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        tenants.append(model.index(row, 0).data(role).toString());
    return tenants;
}

// ---- the peer: the usual Qt approach over the same rows ----

enum PeerRole {
    PeerTenantRole = Qt::UserRole + 1,
    PeerPartnerIdRole,
    PeerRoleNamesRole, // display and English names of the catalogue roles held
    PeerRoleIdsRole, // their template IDs
    PeerUnknownRolesRole,
    PeerRiskKeyRole, // level, then number of reasons, as the page sorts
};

struct PeerRow
{
    QString cells[PartnerTableModel::ColumnCount];
    QString tenantId;
    QString partnerId;
    QStringList roleNames;
    QStringList roleIds;
    QString unknownRoleIds;
    qint64 riskKey = 0;
};

class PeerModel final : public QAbstractTableModel
{
public:
    explicit PeerModel(QList<PeerRow> rows)
        : m_rows(std::move(rows))
    { }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : PartnerTableModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const PeerRow &r = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return r.cells[index.column()];
        case PeerTenantRole:
            return r.tenantId;
        case PeerPartnerIdRole:
            return r.partnerId;
        case PeerRoleNamesRole:
            return r.roleNames;
        case PeerRoleIdsRole:
            return r.roleIds;
        case PeerUnknownRolesRole:
            return r.unknownRoleIds;
        case PeerRiskKeyRole:
            return r.riskKey;
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    void setHeaders(QStringList headers) { m_headers = std::move(headers); }

private:
    QList<PeerRow> m_rows;
    QStringList m_headers;
};

// Filters on name, tenant ID, PartnerID, role names (case-insensitive), role template IDs and unknown
// role IDs, as PartnerTableModel does; sorts names with the page's collation and risk by level.
class PeerProxy final : public QSortFilterProxyModel
{
public:
    PeerProxy()
        : m_collator(QLocale())
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
    }
    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        if (m_text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, PartnerTableModel::NameColumn, parent);
        if (index.data().toString().contains(m_text, Qt::CaseInsensitive)
            || index.data(PeerTenantRole).toString().contains(m_text, Qt::CaseInsensitive)
            || index.data(PeerPartnerIdRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
        for (const QString &name : index.data(PeerRoleNamesRole).toStringList()) {
            if (name.contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        for (const QString &id : index.data(PeerRoleIdsRole).toStringList()) {
            if (id.contains(m_text))
                return true;
        }
        return index.data(PeerUnknownRolesRole).toString().contains(m_text, Qt::CaseInsensitive);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == PartnerTableModel::RiskColumn) {
            const qint64 a = left.data(PeerRiskKeyRole).toLongLong();
            const qint64 b = right.data(PeerRiskKeyRole).toLongLong();
            if (a != b)
                return a < b;
            // Equal levels stay in name order whichever way the column sorts, as on the page.
            const int byName = m_collator.compare(nameOf(left), nameOf(right));
            return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
        }
        if (left.column() == PartnerTableModel::NameColumn)
            return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    QString nameOf(const QModelIndex &index) const
    {
        return index.siblingAtColumn(PartnerTableModel::NameColumn).data().toString();
    }

    QCollator m_collator;
    QString m_text;
};

QList<PeerRow> peerRowsFrom(const PartnerTableModel &model)
{
    const QList<AdminRole> catalogue = AdminRole::catalogue();
    QList<PeerRow> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const PartnerSummary *s = model.summaryAt(row);
        PeerRow r;
        for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
            r.cells[column] = model.index(row, column).data().toString();
        r.tenantId = s->tenantId;
        r.partnerId = s->partnerId;
        for (int i = 0; i < catalogue.size(); ++i) {
            if (s->roleMask & (1u << i)) {
                r.roleNames << catalogue.at(i).displayName() << catalogue.at(i).englishName();
                r.roleIds << catalogue.at(i).templateId();
            }
        }
        r.unknownRoleIds = s->unknownRoleIds;
        r.riskKey = model.index(row, PartnerTableModel::RiskColumn)
                        .data(PartnerTableModel::SortKeyRole)
                        .toLongLong();
        rows.append(std::move(r));
    }
    return rows;
}

// ---- comparing the two sides ----

// True when both showed the same rows in the same order; otherwise prints what differs.
bool sameRows(const QString &what, const Step &page, const Step &proxy)
{
    if (page.tenants == proxy.tenants)
        return true;
    QString detail;
    const qsizetype common = std::min(page.tenants.size(), proxy.tenants.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (page.tenants.at(i) != proxy.tenants.at(i)) {
            detail = u"; first difference at row %1: page %2, proxy %3"_s.arg(i).arg(
                page.tenants.at(i), proxy.tenants.at(i));
            break;
        }
    }
    complain(u"DIFFERENT ROWS %1: the page showed %2 rows, the proxy %3%4"_s.arg(what)
                 .arg(page.tenants.size())
                 .arg(proxy.tenants.size())
                 .arg(detail));
    return false;
}

QString labelOf(const QString &typed)
{
    QString label = typed;
    label.replace(u' ', u'_');
    return label;
}

// Times one action with timeToPaint and records what was shown after it; false on a timeout.
bool timeStep(Step &step, const PaintCounter &always, const PaintCounter &viewport,
    const std::function<void()> &action, const std::function<QStringList()> &shown)
{
    const Painted painted = timeToPaint(always, viewport, action);
    step.ms = painted.ms;
    step.viewportPainted = painted.viewport;
    step.tenants = shown();
    return step.ms >= 0;
}

// Types text one character at a time, then one backspace, then clears the box (select all and
// backspace). Returns the steps, or an empty list when something did not happen.
QList<Step> typeAndTime(QLineEdit *edit, const PaintCounter &viewport, const QString &text,
    const std::function<QStringList()> &shown)
{
    const PaintCounter box(edit);
    QList<Step> steps;
    edit->setFocus();
    for (qsizetype i = 0; i < text.size(); ++i) {
        Step step;
        step.label = u"keystroke%1_%2"_s.arg(i + 1, 2, 10, QChar(u'0')).arg(labelOf(text.left(i + 1)));
        if (!timeStep(
                step, box, viewport, [&] { typeCharacter(edit, text.at(i)); }, shown)
            || edit->text() != text.left(i + 1)) {
            complain(u"typing '%1': no paint, or the box holds '%2'"_s.arg(text.left(i + 1), edit->text()));
            return {};
        }
        steps.append(step);
    }
    Step backspace;
    backspace.label = u"backspace"_s;
    const bool backspaced = timeStep(
        backspace, box, viewport, [&] { QTest::keyClick(edit, Qt::Key_Backspace); }, shown);
    Step clear;
    clear.label = u"clear"_s;
    edit->selectAll();
    const bool cleared = timeStep(
        clear, box, viewport, [&] { QTest::keyClick(edit, Qt::Key_Backspace); }, shown);
    if (!backspaced || !cleared || !edit->text().isEmpty()) {
        complain(u"backspace or clear: no paint, or the box is not empty"_s);
        return {};
    }
    steps << backspace << clear;
    return steps;
}

// Clicks the Partner name header (ascending -> descending), then the Risk header.
QList<Step> sortAndTime(
    QTableView *view, const PaintCounter &viewport, const std::function<QStringList()> &shown)
{
    const PaintCounter header(view->horizontalHeader()->viewport());
    QList<Step> steps;
    for (int column : {int(PartnerTableModel::NameColumn), int(PartnerTableModel::RiskColumn)}) {
        Step step;
        step.label = column == PartnerTableModel::NameColumn ? u"sort_name_click"_s : u"sort_risk_click"_s;
        if (!timeStep(
                step, header, viewport, [&] { clickSection(view, column); }, shown)
            || !step.viewportPainted || view->horizontalHeader()->sortIndicatorSection() != column) {
            complain(u"%1: no viewport paint, or the header did not sort"_s.arg(step.label));
            return {};
        }
        step.label += view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? u"_ascending"_s
                                                                                           : u"_descending"_s;
        steps.append(step);
    }
    return steps;
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

// One register size; false when a probe, a check or a comparison failed.
bool benchSize(qint64 n, const QString &path, const QString &home, int runs, const QString &typeOption)
{
    const QString suffix = u"_"_s + QString::number(n);
    bool ok = true;

    // Start-up of the real executable, median of several runs.
    QList<double> firstPaint, firstRows, allRows;
    for (int run = 0; run < runs; ++run) {
        const std::optional<Startup> s = measureStartup(QStringLiteral(PARTNERDESK_APP), path, home);
        if (!s)
            return false;
        firstPaint.append(s->firstPaint);
        firstRows.append(s->firstRows);
        allRows.append(s->allRows);
    }
    report(u"startup_process_start_to_first_paint"_s + suffix, median(firstPaint), "ms");
    report(u"startup_process_start_to_first_rows_painted"_s + suffix, median(firstRows), "ms");
    report(u"startup_process_start_to_all_rows_loaded"_s + suffix, median(allRows), "ms");

    // The real page, on its own connection, loading as the app does.
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        complain(opened.error().message);
        return false;
    }
    SqlRegisterRepository repository(*opened.value());
    FixedClock clock(kNow);
    const UiContext context {repository,
        [path]() -> Result<std::unique_ptr<RegisterRepository>> {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!db)
                return db.error();
            return std::unique_ptr<RegisterRepository>(
                std::make_unique<SqlRegisterRepository>(std::move(db).value()));
        },
        clock};
    auto page = std::make_unique<PartnerPage>(context);
    page->setOperator(repository.operators().value().value(0));
    page->resize(1280, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        complain(u"the page was never exposed"_s);
        return false;
    }
    QTest::qWait(50);
    auto *filterEdit = page->findChild<QLineEdit *>(u"filterEdit"_s);
    if (!filterEdit) {
        complain(u"the page has no filterEdit"_s);
        return false;
    }
    QTableView *table = page->table();
    const PaintCounter pageViewport(table->viewport());

    const qint64 heapBefore = heapInUse();
    bool loaded = false;
    QObject::connect(page.get(), &PartnerPage::loadFinished, [&] { loaded = true; });
    QElapsedTimer timer;
    timer.start();
    page->reload();
    if (!QTest::qWaitFor([&] { return loaded; }, 300000) || page->model()->totalCount() != n) {
        complain(u"the page loaded %1 of %2 partners: %3"_s.arg(page->model()->totalCount())
                     .arg(n)
                     .arg(page->statusText()));
        return false;
    }
    report(u"page_reload_to_all_rows_loaded"_s + suffix, timer.nsecsElapsed() / 1e6, "ms");
    QTest::qWait(500); // the loading thread closes its connection and ends; the rows get painted
    report(u"page_heap_per_partner"_s + suffix, double(heapInUse() - heapBefore) / double(n), "bytes");

    // The text typed: the name of the partner in the middle, unless given.
    QString typed = typeOption;
    if (typed.isEmpty()) {
        const QString ending = u" "_s + QString::number(n / 2);
        for (int row = 0; row < page->model()->totalCount() && typed.isEmpty(); ++row) {
            if (page->model()->summaryAt(row)->name.endsWith(ending))
                typed = page->model()->summaryAt(row)->name.toLower();
        }
    }
    if (typed.isEmpty()) {
        complain(u"no text to type"_s);
        return false;
    }

    auto pageShown = [&] { return shownTenants(*page->model(), PartnerTableModel::TenantIdRole); };
    const QList<Step> pageTyping = typeAndTime(filterEdit, pageViewport, typed, pageShown);
    const QList<Step> pageSorts = sortAndTime(table, pageViewport, pageShown);
    if (pageTyping.isEmpty() || pageSorts.isEmpty())
        return false;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (pageTyping.at(i).tenants.isEmpty()) {
            complain(u"'%1' matches no partner: every prefix of the typed text must match rows"_s.arg(
                typed.left(i + 1)));
            ok = false;
        }
    }

    // The peer, over the same rows, with a view of the same size and columns. Its window is shown
    // empty first, so its heap figure holds the rows, the proxy and what the view keeps for them.
    QWidget peer;
    auto *peerEdit = new QLineEdit(&peer);
    auto *peerView = new QTableView(&peer);
    auto *layout = new QVBoxLayout(&peer);
    layout->addWidget(peerEdit);
    layout->addWidget(peerView);
    layout->addStretch();
    peerView->setFixedSize(table->size());
    peerView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    peerView->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    peerView->verticalHeader()->hide();
    peerView->horizontalHeader()->setStretchLastSection(true);
    peerView->setSelectionBehavior(table->selectionBehavior());
    page->hide();
    peer.resize(page->size());
    peer.show();
    if (!QTest::qWaitForWindowExposed(&peer)) {
        complain(u"the peer was never exposed"_s);
        return false;
    }
    QTest::qWait(50);
    const qint64 peerHeapBefore = heapInUse();
    auto peerModel = std::make_unique<PeerModel>(peerRowsFrom(*page->model()));
    QStringList headers;
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
        headers.append(page->model()->headerData(column, Qt::Horizontal).toString());
    peerModel->setHeaders(headers);
    auto proxy = std::make_unique<PeerProxy>();
    proxy->setSourceModel(peerModel.get());
    peerView->setModel(proxy.get());
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
        peerView->horizontalHeader()->resizeSection(column, table->horizontalHeader()->sectionSize(column));
    peerView->horizontalHeader()->setSortIndicator(PartnerTableModel::NameColumn, Qt::AscendingOrder);
    peerView->setSortingEnabled(true);
    QObject::connect(peerEdit, &QLineEdit::textChanged, proxy.get(), &PeerProxy::setText);
    QTest::qWait(50);
    report(u"proxy_heap_per_partner"_s + suffix, double(heapInUse() - peerHeapBefore) / double(n), "bytes");
    const PaintCounter peerViewport(peerView->viewport());
    auto peerShown = [&] { return shownTenants(*proxy, PeerTenantRole); };
    const QList<Step> peerTyping = typeAndTime(peerEdit, peerViewport, typed, peerShown);
    const QList<Step> peerSorts = sortAndTime(peerView, peerViewport, peerShown);
    if (peerTyping.isEmpty() || peerSorts.isEmpty())
        return false;

    // Figures, step by step, and the comparison.
    bool same = true;
    QList<double> pageKeys, peerKeys;
    int pageUnpainted = 0; // filter steps after which the viewport did not repaint (its rows unchanged)
    int peerUnpainted = 0;
    for (qsizetype i = 0; i < pageTyping.size(); ++i) {
        const Step &p = pageTyping.at(i);
        const Step &q = peerTyping.at(i);
        const QString name = u"_filter_"_s + p.label;
        report(u"page"_s + name + u"_to_paint"_s + suffix, p.ms, "ms");
        report(u"page"_s + name + u"_matched"_s + suffix, double(p.tenants.size()), "rows");
        report(u"proxy"_s + name + u"_to_paint"_s + suffix, q.ms, "ms");
        report(u"proxy"_s + name + u"_matched"_s + suffix, double(q.tenants.size()), "rows");
        same &= sameRows(u"after filter "_s + p.label + suffix, p, q);
        pageUnpainted += p.viewportPainted ? 0 : 1;
        peerUnpainted += q.viewportPainted ? 0 : 1;
        if (i < typed.size()) {
            pageKeys.append(p.ms);
            peerKeys.append(q.ms);
        }
    }
    for (qsizetype i = 0; i < pageSorts.size(); ++i) {
        const Step &p = pageSorts.at(i);
        const Step &q = peerSorts.at(i);
        report(u"page_"_s + p.label + u"_to_paint"_s + suffix, p.ms, "ms");
        report(u"proxy_"_s + q.label + u"_to_paint"_s + suffix, q.ms, "ms");
        same &= p.label == q.label && sameRows(p.label + suffix, p, q);
    }
    report(u"page_filter_keystroke_to_paint_max"_s + suffix, maxOf(pageKeys), "ms");
    report(u"page_filter_keystroke_to_paint_median"_s + suffix, median(pageKeys), "ms");
    report(u"proxy_filter_keystroke_to_paint_max"_s + suffix, maxOf(peerKeys), "ms");
    report(u"proxy_filter_keystroke_to_paint_median"_s + suffix, median(peerKeys), "ms");
    report(u"page_filter_steps_without_viewport_paint"_s + suffix, pageUnpainted, "steps");
    report(u"proxy_filter_steps_without_viewport_paint"_s + suffix, peerUnpainted, "steps");
    if (!same) {
        complain(u"the proxy and the page showed different rows: no ratios"_s);
        return false;
    }
    auto ratio = [](double proxyMs, double pageMs) { return proxyMs / std::max(pageMs, 1e-6); };
    report(u"proxy_over_page_filter_keystroke_max"_s + suffix, ratio(maxOf(peerKeys), maxOf(pageKeys)), "x");
    report(u"proxy_over_page_filter_keystroke_median"_s + suffix, ratio(median(peerKeys), median(pageKeys)),
        "x");
    const qsizetype backspace = typed.size();
    report(u"proxy_over_page_filter_backspace"_s + suffix,
        ratio(peerTyping.at(backspace).ms, pageTyping.at(backspace).ms), "x");
    report(u"proxy_over_page_filter_clear"_s + suffix,
        ratio(peerTyping.at(backspace + 1).ms, pageTyping.at(backspace + 1).ms), "x");
    report(u"proxy_over_page_sort_name"_s + suffix, ratio(peerSorts.at(0).ms, pageSorts.at(0).ms), "x");
    report(u"proxy_over_page_sort_risk"_s + suffix, ratio(peerSorts.at(1).ms, pageSorts.at(1).ms), "x");

    // Where the page's load time goes, in this process: reading the rows and preparing the keys.
    timer.restart();
    auto rows = repository.summaries();
    if (!rows || rows->size() != n) {
        complain(u"summaries() did not return %1 rows"_s.arg(n));
        return false;
    }
    report(u"repository_summaries"_s + suffix, timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    const PartnerTableModel::Prepared prepared
        = PartnerTableModel::prepare(std::move(rows).value(), kNow, QLocale());
    report(u"model_prepare_keys"_s + suffix, timer.nsecsElapsed() / 1e6, "ms");
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setCursorFlashTime(0); // no blinking cursor paints between the timed events
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(
        u"partners"_s, u"Register sizes, comma separated."_s, u"N,..."_s, u"1000,100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Start-up runs per size (median)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"SEED"_s, u"42"_s);
    const QCommandLineOption typeOption(u"type"_s,
        u"Text typed into the filter, one keystroke per character (default: the name of the partner "
        "in the middle of the register, lower case). Every prefix must match partners."_s,
        u"TEXT"_s);
    parser.addOptions({sizesOption, runsOption, seedOption, typeOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    for (const QString &sizeText : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
        const qint64 n = sizeText.toLongLong();
        if (n < 2) {
            complain(u"--partners: sizes of 2 or more"_s);
            return 2;
        }
        const QString path = dir.filePath(u"partners%1.sqlite"_s.arg(n));
        if (!BenchRegister::create(path, n, n + 1, parser.value(seedOption).toUInt()))
            return 1;
        if (!benchSize(n, path, dir.path(), runs, parser.value(typeOption)))
            return 1;
    }
    return 0;
}
