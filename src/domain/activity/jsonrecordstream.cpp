#include "activity/jsonrecordstream.h"

#include <QCoreApplication>
#include <QIODevice>

// Each record is checked by RapidJSON in place, where it skips spaces and copies strings 16 bytes at
// a time (SSE2 is part of every x86-64 CPU).
#if defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr size_t kSimdPadding = 16; // NULs after a record parsed in place (see EndObject)

// The first '"' or '\\' from p on (end when none): most of a record's bytes are inside strings.
inline const char *toQuoteOrBackslash(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask
            = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}
constexpr qint64 kProgressEvery = 8 << 20;

// A RapidJSON input stream over a QIODevice, read in chunks. While a record is open it keeps the
// record's bytes; it ends the input ('\0') once a record or a value outside records grows too large.
class ChunkStream
{
public:
    using Ch = char;

    ChunkStream(QIODevice &device, qint64 maxValueBytes, const JsonRecordStream::Handlers &handlers)
        : m_device(device)
        , m_max(maxValueBytes)
        , m_handlers(handlers)
        , m_total(device.size())
    {
        m_buffer.resize(kChunkBytes);
        m_data = m_buffer.data();
    }

    // The fast path is a pointer compare, inlined into the parser's loops; refilling is out of line.
    Ch Peek()
    {
        if (m_pos < m_end) [[likely]]
            return m_data[m_pos];
        return refill() ? m_data[m_pos] : '\0';
    }
    Ch Take()
    {
        if (m_pos < m_end) [[likely]]
            return m_data[m_pos++];
        if (!refill())
            return '\0';
        return m_data[m_pos++];
    }
    size_t Tell() const { return size_t(m_base + m_pos); }
    // Unused by a non-in-situ parse; declared for the stream concept.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

    qint64 position() const { return m_base + m_pos; }
    bool atEnd() const { return m_eof && m_pos == m_end; }
    bool tooLarge() const { return m_tooLarge; }
    bool cancelled() const { return m_cancelled; }
    bool readFailed() const { return m_readFailed; }

    void beginRecord() // the record's '{' was just taken
    {
        m_recording = true;
        m_record.clear();
        m_recordStart = m_pos - 1;
        m_recordOffset = m_base + m_recordStart;
    }
    qint64 recordOffset() const { return m_recordOffset; } // where the open record starts in the file
    std::string &recordBuffer() { return m_record; } // the record ended last, to check in place
    std::string_view endRecord() // the record's '}' was just taken
    {
        m_record.append(m_buffer.data() + m_recordStart, size_t(m_pos - m_recordStart));
        m_recording = false;
        return m_record;
    }
    void dropRecord() { m_recording = false; }

    // Reads the rest of a record whose '{' was just taken, up to (not including) its closing '}',
    // following strings and nesting only: the parser then sees "{}" and the record's own bytes are
    // checked whole afterwards (see RecordCheck). Far faster than parsing every member here. False
    // when the input ends first, or the record nests deeper than maxDepth.
    bool skipToRecordEnd(int maxDepth)
    {
        int depth = 1;
        bool inString = false;
        bool escaped = false;
        for (;;) {
            if (m_pos == m_end && !refill())
                return false;
            const char *p = m_data + m_pos;
            const char *const end = m_data + m_end;
            while (p < end) {
                if (inString && !escaped)
                    p = toQuoteOrBackslash(p, end);
                if (p == end)
                    break;
                const char c = *p++;
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"')
                        inString = false;
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    if (++depth > maxDepth) {
                        m_pos = p - m_data;
                        m_tooDeep = true;
                        return false;
                    }
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        m_pos = p - 1 - m_data; // the closing bracket is left for the parser
                        return true;
                    }
                }
            }
            m_pos = m_end;
        }
    }
    bool tooDeep() const { return m_tooDeep; }
    void markEvent() { m_lastEvent = position(); }
    qint64 maxBytes() const { return m_max; }

private:
    [[gnu::noinline]] bool refill()
    {
        if (m_eof || m_tooLarge || m_cancelled || m_tooDeep)
            return false;
        if (m_recording) {
            m_record.append(m_buffer.data() + m_recordStart, size_t(m_end - m_recordStart));
            m_recordStart = 0;
            if (qint64(m_record.size()) > m_max) {
                m_tooLarge = true;
                return false;
            }
        } else if (position() - m_lastEvent > m_max) {
            m_tooLarge = true;
            return false;
        }
        m_base += m_end;
        m_pos = m_end = 0;
        const qint64 n = m_device.read(m_buffer.data(), kChunkBytes);
        if (n < 0)
            m_readFailed = true;
        if (n <= 0) {
            m_eof = true;
            return false;
        }
        m_end = n;
        if (m_handlers.progress && m_base / kProgressEvery != (m_base + n) / kProgressEvery
            && !m_handlers.progress(m_base, m_total)) {
            m_cancelled = true;
            m_end = 0;
            return false;
        }
        return true;
    }

    QIODevice &m_device;
    const qint64 m_max;
    const JsonRecordStream::Handlers &m_handlers;
    const qint64 m_total;
    std::vector<char> m_buffer;
    const char *m_data = nullptr;
    qint64 m_base = 0; // bytes before the buffer
    qint64 m_pos = 0;
    qint64 m_end = 0;
    bool m_eof = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_readFailed = false;
    bool m_tooDeep = false;
    bool m_recording = false;
    qint64 m_recordStart = 0;
    qint64 m_recordOffset = 0;
    std::string m_record;
    qint64 m_lastEvent = 0;
};

// What each open object or array is: a page (an object with a "value" array), an array of records,
// a record, or a value inside a record.
enum class Frame : quint8 { Candidate, Page, Records, TopArray, Record, Inner };

// Deeper than this is no Entra record (a sign-in nests four levels): refused before the parser's own
// recursion could exhaust the stack.
constexpr size_t kMaxDepth = 64;

// Checks one record's bytes as JSON, in place, and reads its time member: what the walk skipped
// over (see ChunkStream::skipToRecordEnd). A record with a "value" list is a page out of place.
class RecordCheck : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordCheck>
{
public:
    explicit RecordCheck(const JsonRecordStream::Handlers &handlers)
        : m_handlers(handlers)
    { }

    bool StartObject()
    {
        ++m_depth;
        m_keyIsTime = m_keyIsValue = false;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --m_depth;
        return true;
    }
    bool StartArray()
    {
        if (m_depth == 1 && m_keyIsValue) {
            m_pageInside = true;
            return false;
        }
        ++m_depth;
        m_keyIsTime = m_keyIsValue = false;
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        --m_depth;
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        const std::string_view key(text, length);
        m_keyIsTime = m_depth == 1 && !m_handlers.timeKey.empty() && key == m_handlers.timeKey;
        m_keyIsValue = m_depth == 1 && key == "value";
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (m_keyIsTime && m_handlers.time)
            m_handlers.time(std::string_view(text, length));
        m_keyIsTime = m_keyIsValue = false;
        return true;
    }
    bool Default()
    {
        m_keyIsTime = m_keyIsValue = false;
        return true;
    }
    bool pageInside() const { return m_pageInside; }

private:
    const JsonRecordStream::Handlers &m_handlers;
    int m_depth = 0;
    bool m_keyIsTime = false;
    bool m_keyIsValue = false;
    bool m_pageInside = false;
};

class Walker : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Walker>
{
public:
    enum class Problem { None, Stopped, TooDeep, Shape, RecordTooLarge, InvalidRecord };

    Walker(ChunkStream &stream, const JsonRecordStream::Handlers &handlers)
        : m_stream(stream)
        , m_handlers(handlers)
    { }

    bool StartObject()
    {
        m_stream.markEvent();
        if (m_frames.size() >= kMaxDepth)
            return fail(Problem::TooDeep);
        if (m_keyIsValue)
            return fail(Problem::Shape); // "value" of a page is an array of records
        m_keyIsTime = false;
        const Frame parent = m_frames.empty() ? Frame::TopArray : m_frames.back();
        Frame frame = Frame::Inner;
        if (parent == Frame::Records
            || (parent == Frame::TopArray && !m_frames.empty() && m_topArrayHoldsRecords)) {
            // A record where records are listed: its bytes are read past here and checked whole.
            m_frames.push_back(Frame::Record);
            m_stream.beginRecord();
            if (!m_stream.skipToRecordEnd(int(kMaxDepth)) && m_stream.tooDeep())
                return fail(Problem::TooDeep);
            return true; // at the end of input the parser reports the record cut off
        }
        if (m_frames.empty() || parent == Frame::TopArray) {
            frame = Frame::Candidate; // a page or a record: its members tell
            m_stream.beginRecord();
        }
        m_frames.push_back(frame);
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        m_stream.markEvent();
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        if (frame == Frame::Record || frame == Frame::Candidate) {
            const qint64 offset = m_stream.recordOffset();
            const std::string_view bytes = m_stream.endRecord();
            if (qint64(bytes.size()) > m_stream.maxBytes())
                return fail(Problem::RecordTooLarge);
            ++m_records;
            if (m_handlers.record && !m_handlers.record(bytes, m_records))
                return fail(Problem::Stopped);
            if (frame == Frame::Candidate && !m_frames.empty() && m_frames.back() == Frame::TopArray)
                m_topArrayHoldsRecords = true; // a list of records: the rest are read the fast way
            if (frame == Frame::Record) {
                // Checked after the handler has read it: the check parses in place.
                RecordCheck check(m_handlers);
                // RapidJSON skips spaces in aligned 16-byte loads, up to 15 bytes past the record's
                // end: those bytes must be the record's own (NULs), not whatever follows the buffer.
                std::string &buffer = m_stream.recordBuffer();
                buffer.append(kSimdPadding, '\0');
                rapidjson::InsituStringStream in(buffer.data());
                const rapidjson::ParseResult result = m_checker.Parse<rapidjson::kParseInsituFlag>(in, check);
                if (check.pageInside()) {
                    m_problemOffset = offset;
                    return fail(Problem::Shape);
                }
                if (result.IsError()) {
                    m_problemOffset = offset + qint64(result.Offset());
                    return fail(Problem::InvalidRecord);
                }
            }
        }
        return true;
    }
    bool StartArray()
    {
        m_stream.markEvent();
        if (m_frames.size() >= kMaxDepth)
            return fail(Problem::TooDeep);
        Frame frame = Frame::Inner;
        if (m_frames.empty()) {
            frame = Frame::TopArray;
        } else if (m_frames.back() == Frame::Records || m_frames.back() == Frame::TopArray) {
            return fail(Problem::Shape); // a list holds records (objects), not lists
        } else if ((m_frames.back() == Frame::Candidate || m_frames.back() == Frame::Page) && m_keyIsValue) {
            if (m_frames.back() == Frame::Candidate) {
                m_stream.dropRecord();
                m_frames.back() = Frame::Page;
            }
            frame = Frame::Records;
        }
        m_keyIsValue = m_keyIsTime = false;
        m_frames.push_back(frame);
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        m_stream.markEvent();
        m_frames.pop_back();
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_stream.markEvent();
        const std::string_view key(text, length);
        const Frame frame = m_frames.back();
        m_keyIsValue = (frame == Frame::Candidate || frame == Frame::Page) && key == "value";
        m_keyIsTime = (frame == Frame::Candidate || frame == Frame::Record) && !m_handlers.timeKey.empty()
            && key == m_handlers.timeKey;
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        m_stream.markEvent();
        if (!scalarAllowed())
            return fail(Problem::Shape);
        if (m_keyIsTime && m_handlers.time)
            m_handlers.time(std::string_view(text, length));
        m_keyIsTime = m_keyIsValue = false;
        return true;
    }
    bool Default() // numbers, booleans, null
    {
        m_stream.markEvent();
        if (!scalarAllowed())
            return fail(Problem::Shape);
        m_keyIsTime = m_keyIsValue = false;
        return true;
    }

    qint64 records() const { return m_records; }
    Problem problem() const { return m_problem; }
    qint64 problemOffset() const { return m_problemOffset; }
    bool inRecord() const
    {
        for (Frame f : m_frames) {
            if (f == Frame::Record || f == Frame::Candidate)
                return true;
        }
        return false;
    }
    void reset() // between documents (several pages one after another)
    {
        m_frames.clear();
        m_keyIsValue = m_keyIsTime = false;
        m_topArrayHoldsRecords = false;
    }

private:
    // A lone value where records are listed, or a page's "value" that is not a list of records.
    bool scalarAllowed() const
    {
        if (m_keyIsValue)
            return false;
        return !m_frames.empty() && m_frames.back() != Frame::Records && m_frames.back() != Frame::TopArray;
    }
    bool fail(Problem problem)
    {
        m_problem = problem;
        return false;
    }

    ChunkStream &m_stream;
    const JsonRecordStream::Handlers &m_handlers;
    std::vector<Frame> m_frames;
    bool m_keyIsValue = false;
    bool m_keyIsTime = false;
    qint64 m_records = 0;
    Problem m_problem = Problem::None;
    qint64 m_problemOffset = 0;
    bool m_topArrayHoldsRecords = false;
    rapidjson::Reader m_checker;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

QString JsonRecordStream::Outcome::message() const
{
    switch (kind) {
    case Kind::Empty:
        return QCoreApplication::translate("JsonRecordStream", "The file holds no JSON.");
    case Kind::Truncated:
        return QCoreApplication::translate("JsonRecordStream",
            "The file ends in the middle of the JSON (after %1 bytes): it was cut off. Download it again.")
            .arg(byteOffset);
    case Kind::Invalid:
        return QCoreApplication::translate("JsonRecordStream", "The file is not valid JSON at byte %1.")
            .arg(byteOffset);
    case Kind::TooDeep:
        return QCoreApplication::translate(
            "JsonRecordStream", "The JSON is nested too deeply at byte %1; Entra records never are.")
            .arg(byteOffset);
    case Kind::NotRecords:
        return QCoreApplication::translate("JsonRecordStream",
            "At byte %1 the file holds something other than records: a list of objects, or pages with a "
            "\"value\" list of objects, was expected.")
            .arg(byteOffset);
    case Kind::TooLarge:
        return record > 0 ? QCoreApplication::translate(
                   "JsonRecordStream", "Record %1 is larger than 1 MiB; a sign-in or audit record never is.")
                                .arg(record)
                          : QCoreApplication::translate(
                              "JsonRecordStream", "The file holds a value larger than 1 MiB at byte %1.")
                                .arg(byteOffset);
    case Kind::Done:
    case Kind::Cancelled:
    case Kind::Stopped:
        break;
    }
    return {};
}

JsonRecordStream::Outcome JsonRecordStream::walk(
    QIODevice &device, qint64 maxValueBytes, const Handlers &handlers)
{
    ChunkStream stream(device, maxValueBytes, handlers);
    Walker walker(stream, handlers);
    rapidjson::Reader reader;
    Outcome outcome;
    // A UTF-8 byte order mark, as Windows tools write one.
    if (stream.Peek() == '\xEF') {
        stream.Take();
        if (stream.Take() != '\xBB' || stream.Take() != '\xBF') {
            outcome.kind = Outcome::Kind::Invalid;
            return outcome;
        }
    }
    bool any = false;
    for (;;) {
        while (isSpace(stream.Peek()))
            stream.Take();
        if (stream.atEnd() || stream.tooLarge() || stream.cancelled())
            break;
        walker.reset();
        const rapidjson::ParseResult result = reader.Parse<rapidjson::kParseStopWhenDoneFlag>(stream, walker);
        any = true;
        if (result.IsError()) {
            outcome.records = walker.records();
            outcome.byteOffset = qint64(result.Offset());
            if (walker.problem() == Walker::Problem::Stopped)
                outcome.kind = Outcome::Kind::Stopped;
            else if (walker.problem() == Walker::Problem::TooDeep)
                outcome.kind = Outcome::Kind::TooDeep;
            else if (walker.problem() == Walker::Problem::InvalidRecord) {
                outcome.kind = Outcome::Kind::Invalid;
                outcome.byteOffset = walker.problemOffset();
                outcome.record = walker.records();
            } else if (walker.problem() == Walker::Problem::Shape) {
                outcome.kind = Outcome::Kind::NotRecords;
                if (walker.problemOffset() > 0)
                    outcome.byteOffset = walker.problemOffset();
                outcome.record = walker.inRecord() ? walker.records() + 1 : 0;
            } else if (walker.problem() == Walker::Problem::RecordTooLarge) {
                outcome.kind = Outcome::Kind::TooLarge;
                outcome.record = walker.records() + 1;
            } else if (stream.cancelled())
                outcome.kind = Outcome::Kind::Cancelled;
            else if (stream.tooLarge()) {
                outcome.kind = Outcome::Kind::TooLarge;
                outcome.record = walker.inRecord() ? walker.records() + 1 : 0;
            } else if (stream.atEnd() && !stream.readFailed())
                outcome.kind = Outcome::Kind::Truncated;
            else
                outcome.kind = Outcome::Kind::Invalid;
            return outcome;
        }
    }
    outcome.records = walker.records();
    outcome.byteOffset = stream.position();
    if (stream.cancelled())
        outcome.kind = Outcome::Kind::Cancelled;
    else if (stream.tooLarge())
        outcome.kind = Outcome::Kind::TooLarge;
    else if (stream.readFailed())
        outcome.kind = Outcome::Kind::Invalid;
    else if (!any)
        outcome.kind = Outcome::Kind::Empty;
    return outcome;
}
