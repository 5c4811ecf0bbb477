#include "activity/csvrecordstream.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kProgressEvery = 8 << 20;
} // namespace

QString CsvRecordStream::Outcome::message() const
{
    switch (kind) {
    case Kind::NotUtf8:
        return QCoreApplication::translate("CsvRecordStream",
            "The file is UTF-16 text; Entra downloads are UTF-8. Download it again rather than saving it "
            "from Excel.");
    case Kind::Unterminated:
        return QCoreApplication::translate(
            "CsvRecordStream", "A quoted cell that starts on line %1 never ends: the file was cut off.")
            .arg(line);
    case Kind::TooLarge:
        return QCoreApplication::translate("CsvRecordStream", "The row on line %1 is larger than 1 MiB.")
            .arg(line);
    case Kind::ReadFailed:
        return QCoreApplication::translate(
            "CsvRecordStream", "The file could not be read to its end (at line %1).")
            .arg(line);
    case Kind::TooManyColumns:
        return QCoreApplication::translate("CsvRecordStream", "The row on line %1 has too many columns.")
            .arg(line);
    case Kind::Done:
    case Kind::Cancelled:
    case Kind::Stopped:
        break;
    }
    return {};
}

CsvRecordStream::Outcome CsvRecordStream::walk(
    QIODevice &device, qint64 maxRowBytes, qsizetype maxColumns, const Handlers &handlers)
{
    Outcome outcome;
    std::vector<char> buffer(static_cast<size_t>(kChunkBytes));
    std::vector<std::string> cells(1);
    size_t cellCount = 1;
    qint64 rowBytes = 0;
    qint64 line = 1; // where the current row starts
    qint64 lineNow = 1;
    qint64 done = 0;
    const qint64 total = device.size();
    char delimiter = 0; // read from the first row
    bool quoted = false;
    bool afterQuote = false; // a quote inside a quoted cell: the end, or the first of a doubled one
    bool first = true;

    const auto endRow = [&]() -> bool {
        cells.resize(cellCount);
        const bool go = handlers.row(cells);
        for (auto &c : cells)
            c.clear();
        cellCount = 1;
        rowBytes = 0;
        line = lineNow;
        return go;
    };

    for (;;) {
        const qint64 n = device.read(buffer.data(), kChunkBytes);
        if (n < 0) {
            outcome.kind = Outcome::Kind::ReadFailed;
            outcome.line = line;
            return outcome;
        }
        if (n == 0)
            break;
        const char *p = buffer.data();
        const char *end = p + n;
        if (first) {
            first = false;
            if (n >= 2 && ((p[0] == '\xFF' && p[1] == '\xFE') || (p[0] == '\xFE' && p[1] == '\xFF'))) {
                outcome.kind = Outcome::Kind::NotUtf8;
                return outcome;
            }
            if (n >= 3 && p[0] == '\xEF' && p[1] == '\xBB' && p[2] == '\xBF')
                p += 3;
            // The delimiter: whichever of comma and semicolon the first line has more of, outside quotes.
            int commas = 0, semicolons = 0;
            bool q = false;
            for (const char *s = p; s < end && (*s != '\n' || q); ++s) {
                if (*s == '"')
                    q = !q;
                else if (!q && *s == ',')
                    ++commas;
                else if (!q && *s == ';')
                    ++semicolons;
            }
            delimiter = semicolons > commas ? ';' : ',';
        }
        for (; p < end; ++p) {
            const char c = *p;
            if (++rowBytes > maxRowBytes) {
                outcome.kind = Outcome::Kind::TooLarge;
                outcome.line = line;
                return outcome;
            }
            if (quoted) {
                if (afterQuote) {
                    afterQuote = false;
                    if (c == '"') {
                        cells[cellCount - 1].push_back('"');
                        continue;
                    }
                    quoted = false; // the closing quote; c is handled below
                } else if (c == '"') {
                    afterQuote = true;
                    continue;
                } else {
                    if (c == '\n')
                        ++lineNow;
                    cells[cellCount - 1].push_back(c);
                    continue;
                }
            }
            if (c == delimiter) {
                if (qsizetype(cellCount) >= maxColumns) {
                    outcome.kind = Outcome::Kind::TooManyColumns;
                    outcome.line = line;
                    return outcome;
                }
                if (cells.size() <= cellCount)
                    cells.emplace_back();
                ++cellCount;
            } else if (c == '\n') {
                ++lineNow;
                std::string &last = cells[cellCount - 1];
                if (!last.empty() && last.back() == '\r')
                    last.pop_back();
                const bool blank = cellCount == 1 && cells[0].empty();
                if (!blank && !endRow()) {
                    outcome.kind = Outcome::Kind::Stopped;
                    return outcome;
                }
                if (blank) {
                    rowBytes = 0;
                    line = lineNow;
                }
            } else if (c == '"' && cells[cellCount - 1].empty()) {
                quoted = true;
            } else {
                cells[cellCount - 1].push_back(c);
            }
        }
        const qint64 before = done;
        done += n;
        if (handlers.progress && before / kProgressEvery != done / kProgressEvery
            && !handlers.progress(done, total)) {
            outcome.kind = Outcome::Kind::Cancelled;
            return outcome;
        }
    }
    if (quoted && !afterQuote) {
        outcome.kind = Outcome::Kind::Unterminated;
        outcome.line = line;
        return outcome;
    }
    std::string &last = cells[cellCount - 1];
    if (!last.empty() && last.back() == '\r')
        last.pop_back();
    if (!(cellCount == 1 && cells[0].empty()) && !endRow())
        outcome.kind = Outcome::Kind::Stopped;
    return outcome;
}
