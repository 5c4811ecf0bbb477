#pragma once
// JsonRecordStream: walks a JSON file of records — a Graph page {"value": [...]}, several pages (one
// after another, or in an array), or a bare array — as a stream, validating the whole syntax, and
// hands over each record's own bytes. Memory stays at one record, whatever the file's size.

#include <QString>

#include <functional>
#include <string_view>

class QIODevice;

namespace JsonRecordStream {

struct Handlers
{
    // Each record (a JSON object) as its bytes, numbered from 1; returning false stops the walk.
    std::function<bool(std::string_view record, qint64 number)> record;
    // The value of a record's own member named timeKey (a string), before the record is handed over.
    std::function<void(std::string_view time)> time;
    std::string_view timeKey;
    // done/total bytes, now and then; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct Outcome
{
    enum class Kind { Done, Cancelled, Stopped, Empty, Truncated, Invalid, TooLarge, TooDeep, NotRecords };
    Kind kind = Kind::Done;
    qint64 byteOffset = 0; // where the problem is
    qint64 record = 0; // the record it is in (0: outside records)
    qint64 records = 0; // records handed over
    QString message() const; // translated, for Empty/Truncated/Invalid/TooLarge
};

// Reads the device to its end. maxValueBytes bounds one record and any single value outside one.
Outcome walk(QIODevice &device, qint64 maxValueBytes, const Handlers &handlers);

} // namespace JsonRecordStream
