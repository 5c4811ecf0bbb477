// bench_directory: the Find a partner search over a generated directory catalogue, typed one keystroke
// at a time, through the FTS5 index (what the app uses) and through a scan of the same table that
// applies the index's matching rules itself (a query word matches the start of a word, case and
// diacritics ignored; location words in the locations, keyword words in name, keywords or
// industries; first 200 in name order). Prints "name value unit" lines, each starting entries_N_:
//   replace_catalogue                      writing the catalogue and building the index
//   TYPING_fts_search_max|median           SqlDirectoryRepository::search() per keystroke
//   TYPING_scan_search_max|median          the scan per keystroke
//   TYPING_page_fts_keystroke_to_paint_max|median   a keystroke (QTest::keyClick) into the real
//                                          FindPartnerPage's box, to the end of the last paint it caused
//                                          (the results table's viewport, counted with an event filter,
//                                          and the box); the page searches with the index
//   TYPING_page_scan_keystroke_to_paint_max|median  the same page searching with the scan
//   TYPING_rows_last_keystroke, TYPING_rows_all_keystrokes   rows found
//   keystroke_*_p95|max, scan_over_fts_*   over all typings
//   fallback_like_scan_keystrokes_with_other_rows   keystrokes for which the app's own fallback
//                                          (searchByScan, LIKE '%word%', used without FTS5) returns other
//                                          rows than the index; not timed, as it does other work
// After every keystroke the index's and the scan's rows are compared, and the rows each page shows;
// a difference is printed with what differs and the bench exits 1. No figure is asserted on.
//   bench_directory [--entries 10000,500000] [--seed 2026]

#include "benchpaint.h"
#include "benchregister.h"
#include "common/clock.h"
#include "common/registernotifier.h"
#include "directory/directorygenerator.h"
#include "directory/findpartnerpage.h"
#include "directory/sqldirectoryrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace BenchPaint;

namespace {

void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

void complain(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// ---- the scan, with the index's matching rules ----

// Case-folded, without diacritics: what tokenize='unicode61 remove_diacritics 2' keeps of a text.
QString folded(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii &= c.unicode() < 0x80;
    if (ascii)
        return text.toCaseFolded();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

// The words of a search box, as SqlDirectoryRepository::ftsTerms splits them, folded.
QStringList queryWords(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (QString &word : words)
        word = folded(word);
    return words;
}

// True when some word of the folded text begins with the folded word.
bool someWordBegins(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

bool allWordsBegin(const QString &text, const QStringList &words)
{
    return std::all_of(words.begin(), words.end(), [&](const QString &w) { return someWordBegins(text, w); });
}

// Reads the catalogue in rowid (name) order and keeps the first query.limit entries that match.
Result<QList<DirectoryEntry>> scanSearch(
    const Database &database, const SqlDirectoryRepository &directory, const DirectoryQuery &query)
{
    const QStringList locationWords = queryWords(query.location);
    const QStringList keywordWords = queryWords(query.keywords);
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.tenant_id, e.locations, e.name, e.keywords, e.industries FROM directory_entries e "
              "WHERE (:size = 0 OR (e.sizes & :size) != 0) ORDER BY e.id"_s);
    q.bindValue(u":size"_s, int(query.size));
    if (!q.exec())
        return Error {ErrorKind::Storage, q.lastError().text()};
    QStringList tenants;
    while (tenants.size() < query.limit && q.next()) {
        if (!locationWords.isEmpty() && !allWordsBegin(folded(q.value(1).toString()), locationWords))
            continue;
        if (!keywordWords.isEmpty()
            && !allWordsBegin(
                folded(q.value(2).toString() + u'\n' + q.value(3).toString() + u'\n' + q.value(4).toString()),
                keywordWords))
            continue;
        tenants.append(q.value(0).toString());
    }
    q.finish();
    QList<DirectoryEntry> found;
    found.reserve(tenants.size());
    for (const QString &tenant : std::as_const(tenants)) {
        auto entry = directory.entryForTenant(tenant);
        if (!entry || !entry.value())
            return Error {ErrorKind::Storage, u"entry %1 vanished"_s.arg(tenant)};
        found.append(*entry.value());
    }
    return found;
}

// The catalogue as the page sees it, searched with the scan.
class ScanDirectory final : public DirectoryRepository
{
public:
    ScanDirectory(const Database &database, SqlDirectoryRepository &inner)
        : m_database(database)
        , m_inner(inner)
    { }
    Result<QList<DirectoryEntry>> search(const DirectoryQuery &query) const override
    {
        return scanSearch(m_database, m_inner, query);
    }
    Result<std::optional<DirectoryEntry>> entryForTenant(const QString &tenantId) const override
    {
        return m_inner.entryForTenant(tenantId);
    }
    Result<qint64> entryCount() const override { return m_inner.entryCount(); }
    Status replaceCatalogue(const QList<DirectoryEntry> &entries) override
    {
        return m_inner.replaceCatalogue(entries);
    }
    Result<QList<ContactRequest>> contactRequests() const override { return m_inner.contactRequests(); }
    Result<QList<ContactRequest>> enqueue(
        const QList<ContactRequest> &requests, const QList<AuditEvent> &events) override
    {
        return m_inner.enqueue(requests, events);
    }
    Status recordDelivery(const ContactRequest &request) override { return m_inner.recordDelivery(request); }
    Result<int> redirectQueued(const QString &destination, const AuditEvent &event) override
    {
        return m_inner.redirectQueued(destination, event);
    }

private:
    const Database &m_database;
    SqlDirectoryRepository &m_inner;
};

// ---- typings ----

struct Typing
{
    const char *name;
    QString location; // typed into the location box, one character per keystroke
    QString keywords; // then typed into the keywords box
    quint8 size;
};

// The query after each keystroke of a typing, as the page builds it.
QList<DirectoryQuery> keystrokes(const Typing &typing)
{
    QList<DirectoryQuery> queries;
    DirectoryQuery query;
    query.size = typing.size;
    query.limit = 200;
    for (qsizetype i = 1; i <= typing.location.size(); ++i) {
        query.location = typing.location.left(i);
        queries.append(query);
    }
    for (qsizetype i = 1; i <= typing.keywords.size(); ++i) {
        query.keywords = typing.keywords.left(i);
        queries.append(query);
    }
    return queries;
}

QString describe(const DirectoryQuery &q)
{
    return u"location '%1', keywords '%2', size %3"_s.arg(q.location, q.keywords).arg(q.size);
}

QStringList tenantsOf(const QList<DirectoryEntry> &entries)
{
    QStringList tenants;
    for (const DirectoryEntry &e : entries)
        tenants.append(e.tenantId);
    return tenants;
}

// True when both lists are equal; otherwise prints what differs.
bool same(const QString &what, const QString &leftName, const QStringList &left, const QString &rightName,
    const QStringList &right)
{
    if (left == right)
        return true;
    QString detail;
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i)) {
            detail = u"; first difference at row %1: %2 %3, %4 %5"_s.arg(i).arg(
                leftName, left.value(i, u"(none)"_s), rightName, right.value(i, u"(none)"_s));
            break;
        }
    }
    complain(u"DIFFERENT ROWS for %1: %2 %3 rows, %4 %5 rows%6"_s.arg(what, leftName)
                 .arg(left.size())
                 .arg(rightName)
                 .arg(right.size())
                 .arg(detail));
    return false;
}

// ---- the page ----

struct PageRun
{
    QList<double> ms; // per keystroke
    QList<QStringList> shown; // tenant IDs in the table after each keystroke
};

QStringList shownOn(const FindPartnerPage &page)
{
    QStringList tenants;
    for (int row = 0; row < page.table()->rowCount(); ++row)
        tenants.append(page.table()->item(row, 0)->data(Qt::UserRole + 1).toString());
    return tenants;
}

// Types the typing into the page's boxes (emptied first, the size chosen, untimed); nullopt on a
// keystroke that painted nothing.
std::optional<PageRun> typeInto(FindPartnerPage &page, const Typing &typing)
{
    page.locationEdit()->clear();
    page.keywordsEdit()->clear();
    page.sizeCombo()->setCurrentIndex(std::max(0, page.sizeCombo()->findData(int(typing.size))));
    const PaintCounter viewport(page.table()->viewport());
    PageRun run;
    for (QLineEdit *edit : {page.locationEdit(), page.keywordsEdit()}) {
        const QString text = edit == page.locationEdit() ? typing.location : typing.keywords;
        const PaintCounter box(edit);
        edit->setFocus();
        for (QChar c : text) {
            const Painted painted = timeToPaint(box, viewport, [&] { typeCharacter(edit, c); });
            if (painted.ms < 0) {
                complain(u"%1: a keystroke in %2 painted nothing"_s.arg(
                    QString::fromLatin1(typing.name), edit->objectName()));
                return std::nullopt;
            }
            run.ms.append(painted.ms);
            run.shown.append(shownOn(page));
        }
    }
    return run;
}

bool benchSize(int count, quint32 seed, const QList<Typing> &typings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    if (!BenchRegister::create(path, 0, 0, seed))
        return false;
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        complain(db.error().message);
        return false;
    }
    SqlRegisterRepository repository(*db.value());
    SqlDirectoryRepository directory(*db.value(), repository.notifier());
    if (!directory.hasFullTextIndex()) {
        complain(u"FTS5 is not available in this SQLite"_s);
        return false;
    }
    const QList<DirectoryEntry> entries = DirectoryGenerator::generate(count, seed);
    QElapsedTimer timer;
    timer.start();
    if (Status s = directory.replaceCatalogue(entries); !s) {
        complain(s.error().message);
        return false;
    }
    const QString prefix = u"entries_%1_"_s.arg(count);
    report(prefix + u"replace_catalogue"_s, timer.nsecsElapsed() / 1e6, "ms");
    ScanDirectory scanDirectory(*db.value(), directory);

    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
    auto opener = []() -> Result<std::unique_ptr<RegisterRepository>> {
        return Error {ErrorKind::Storage, u"not used"_s};
    };
    const Operator admin = repository.operators().value().value(0);
    FindPartnerPage ftsPage(UiContext {repository, opener, clock, &directory});
    FindPartnerPage scanPage(UiContext {repository, opener, clock, &scanDirectory});

    bool agree = true;
    int fallbackDiffers = 0;
    QList<double> allFts, allScan, allFtsPage, allScanPage;
    for (const Typing &typing : typings) {
        const QString name = prefix + QString::fromLatin1(typing.name);
        const QList<DirectoryQuery> queries = keystrokes(typing);

        // The searches alone, one after the other per keystroke, and their rows compared.
        QList<double> fts, scan;
        QList<QStringList> found;
        qint64 rowsAll = 0;
        for (const DirectoryQuery &q : queries) {
            timer.restart();
            auto viaIndex = directory.search(q);
            fts.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            auto viaScan = scanSearch(*db.value(), directory, q);
            scan.append(timer.nsecsElapsed() / 1e6);
            if (!viaIndex || !viaScan) {
                complain(u"search failed for %1: %2"_s.arg(
                    describe(q), viaIndex ? viaScan.error().message : viaIndex.error().message));
                return false;
            }
            found.append(tenantsOf(viaIndex.value()));
            rowsAll += viaIndex->size();
            agree &= same(describe(q), u"index"_s, found.last(), u"scan"_s, tenantsOf(viaScan.value()));
            auto viaLike = directory.searchByScan(q);
            if (!viaLike || tenantsOf(viaLike.value()) != found.last())
                ++fallbackDiffers;
        }

        // The page, searching with each, keystroke to paint.
        std::optional<PageRun> ftsRun, scanRun;
        for (FindPartnerPage *page : {&ftsPage, &scanPage}) {
            page->setOperator(admin);
            page->resize(1280, 800);
            page->show();
            if (!QTest::qWaitForWindowExposed(page)) {
                complain(u"the page was never exposed"_s);
                return false;
            }
            (page == &ftsPage ? ftsRun : scanRun) = typeInto(*page, typing);
            page->hide();
        }
        if (!ftsRun || !scanRun)
            return false;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const QString what = u"the page after %1"_s.arg(describe(queries.at(i)));
            agree &= same(what, u"page with index"_s, ftsRun->shown.at(i), u"search"_s, found.at(i));
            agree &= same(
                what, u"page with index"_s, ftsRun->shown.at(i), u"page with scan"_s, scanRun->shown.at(i));
        }

        report(name + u"_fts_search_max"_s, percentile(fts, 1.0), "ms");
        report(name + u"_fts_search_median"_s, percentile(fts, 0.5), "ms");
        report(name + u"_scan_search_max"_s, percentile(scan, 1.0), "ms");
        report(name + u"_scan_search_median"_s, percentile(scan, 0.5), "ms");
        report(name + u"_page_fts_keystroke_to_paint_max"_s, percentile(ftsRun->ms, 1.0), "ms");
        report(name + u"_page_fts_keystroke_to_paint_median"_s, percentile(ftsRun->ms, 0.5), "ms");
        report(name + u"_page_scan_keystroke_to_paint_max"_s, percentile(scanRun->ms, 1.0), "ms");
        report(name + u"_page_scan_keystroke_to_paint_median"_s, percentile(scanRun->ms, 0.5), "ms");
        report(name + u"_rows_last_keystroke"_s, double(found.last().size()), "rows");
        report(name + u"_rows_all_keystrokes"_s, double(rowsAll), "rows");
        allFts += fts;
        allScan += scan;
        allFtsPage += ftsRun->ms;
        allScanPage += scanRun->ms;
    }
    report(prefix + u"keystroke_fts_search_max"_s, percentile(allFts, 1.0), "ms");
    report(prefix + u"keystroke_fts_search_p95"_s, percentile(allFts, 0.95), "ms");
    report(prefix + u"keystroke_scan_search_max"_s, percentile(allScan, 1.0), "ms");
    report(prefix + u"keystroke_scan_search_p95"_s, percentile(allScan, 0.95), "ms");
    report(prefix + u"keystroke_page_fts_to_paint_max"_s, percentile(allFtsPage, 1.0), "ms");
    report(prefix + u"keystroke_page_fts_to_paint_p95"_s, percentile(allFtsPage, 0.95), "ms");
    report(prefix + u"keystroke_page_scan_to_paint_max"_s, percentile(allScanPage, 1.0), "ms");
    report(prefix + u"keystroke_page_scan_to_paint_p95"_s, percentile(allScanPage, 0.95), "ms");
    report(prefix + u"fallback_like_scan_keystrokes_with_other_rows"_s, fallbackDiffers, "keystrokes");
    if (!agree) {
        complain(u"the index and the scan returned different rows: no ratios"_s);
        return false;
    }
    report(prefix + u"scan_over_fts_search_max"_s, percentile(allScan, 1.0) / percentile(allFts, 1.0), "x");
    report(prefix + u"scan_over_fts_page_to_paint_max"_s,
        percentile(allScanPage, 1.0) / percentile(allFtsPage, 1.0), "x");
    return true;
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
    for (const QString &sizeText : parser.value(entriesOption).split(u',', Qt::SkipEmptyParts)) {
        if (!benchSize(sizeText.toInt(), parser.value(seedOption).toUInt(), typings))
            return 1;
    }
    return 0;
}
