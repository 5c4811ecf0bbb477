#pragma once
// CsvRecordStream: walks a CSV file (RFC 4180: quoted cells may hold delimiters, quotes and line
// breaks) as a stream, row by row; the delimiter (comma or semicolon) is read from the first row.
// Memory stays at one row, whatever the file's size.

#include <QString>

#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace CsvRecordStream {

struct Handlers
{
    // Each row (the header first) as UTF-8 cells; returning false stops the walk.
    std::function<bool(const std::vector<std::string> &cells)> row;
    std::function<bool(qint64 done, qint64 total)> progress; // returning false cancels
};

struct Outcome
{
    enum class Kind { Done, Cancelled, Stopped, NotUtf8, Unterminated, TooLarge, TooManyColumns, ReadFailed };
    Kind kind = Kind::Done;
    qint64 line = 0; // the line the problem starts on
    QString message() const; // translated
};

Outcome walk(QIODevice &device, qint64 maxRowBytes, qsizetype maxColumns, const Handlers &handlers);

} // namespace CsvRecordStream
