#include "invitations/invitationemail.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cctype>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxDepth = 12;
constexpr qsizetype kSliceBytes = 1024 * 1024;
// Longer than any match that may start in a slice (a link is at most 8,000 characters), so a link that
// starts in a slice ends inside the text read with it.
constexpr qsizetype kOverlapBytes = 64 * 1024; // 8,100 characters of up to 4 bytes each, and more
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

// Returns false to stop reading.
using LinkSink = std::function<bool(const QString &)>;

struct Reader
{
    LinkSink sink;
    const std::atomic<bool> *cancelled = nullptr;
    bool stopped = false;
    // In the text of a slice: matches before skip belong to a link found in the previous slice (which
    // ran into this one); reach is the furthest end of a link found in this slice.
    qsizetype skip = 0;
    qsizetype reach = 0;

    bool stop()
    {
        if (!stopped && cancelled && cancelled->load(std::memory_order_relaxed))
            stopped = true;
        return stopped;
    }
};

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && std::isspace(static_cast<unsigned char>(v.front())))
        v = v.sliced(1);
    while (!v.isEmpty() && std::isspace(static_cast<unsigned char>(v.back())))
        v.chop(1);
    return v;
}

// Calls line(view) for each line (without its '\n'); stops early when line returns false.
template<typename Fn> void forEachLine(QByteArrayView text, Fn line)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (!line(text.sliced(start, end - start), start))
            return;
        start = end + 1;
    }
}

struct Part
{
    QByteArray contentType; // lower case, e.g. "text/html"
    QByteArray boundary;
    QByteArray charset; // lower case
    QByteArray transferEncoding; // lower case
    QByteArrayView body;
};

// The value of a parameter in a header such as: text/plain; charset="utf-8"
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> pieces = header.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0 || piece.left(equals).trimmed().toLower() != name)
            continue;
        QByteArray value = piece.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

Part splitPart(QByteArrayView raw)
{
    Part part;
    QByteArrayView headers;
    if (raw.startsWith('\n')) { // a part that starts with an empty line has no headers
        part.body = raw.sliced(1);
    } else {
        const qsizetype end = raw.indexOf("\n\n");
        headers = end < 0 ? raw : raw.first(end);
        part.body = end < 0 ? QByteArrayView() : raw.sliced(end + 2);
    }
    headers = headers.first(std::min(headers.size(), kMaxHeaderBytes));

    // Only the two headers we read are unfolded and copied.
    QByteArray *current = nullptr;
    QByteArray contentType;
    QByteArray transferEncoding;
    forEachLine(headers, [&](QByteArrayView line, qsizetype) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (current)
                *current += ' ' + trimmed(line).toByteArray();
            return true;
        }
        current = nullptr;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return true;
        const QByteArray name = trimmed(line.first(colon)).toByteArray().toLower();
        if (name == "content-type")
            current = &contentType;
        else if (name == "content-transfer-encoding")
            current = &transferEncoding;
        if (current)
            *current = trimmed(line.sliced(colon + 1)).toByteArray();
        return true;
    });
    part.contentType = contentType.split(';').constFirst().trimmed().toLower();
    part.boundary = parameter(contentType, "boundary");
    part.charset = parameter(contentType, "charset").toLower();
    part.transferEncoding = transferEncoding.trimmed().toLower();
    if (part.contentType.isEmpty())
        part.contentType = "text/plain";
    return part;
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        // Soft line break: "=" at the end of a line (trailing blanks allowed).
        qsizetype j = i + 1;
        while (j < in.size() && (in.at(j) == ' ' || in.at(j) == '\t'))
            ++j;
        if (j < in.size() && in.at(j) == '\n') {
            i = j;
            continue;
        }
        if (j >= in.size()) {
            i = j;
            continue;
        }
        if (i + 2 < in.size() && std::isxdigit(static_cast<unsigned char>(in.at(i + 1)))
            && std::isxdigit(static_cast<unsigned char>(in.at(i + 2)))) {
            out += char(QByteArray::fromHex(in.sliced(i + 1, 2).toByteArray()).at(0));
            i += 2;
            continue;
        }
        out += c; // a lone "=" is kept as written
    }
    return out;
}

QString decodeEntities(const QString &html)
{
    static const QRegularExpression entity(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"_s);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt();
        else if (name == "amp"_L1)
            code = '&';
        else if (name == "lt"_L1)
            code = '<';
        else if (name == "gt"_L1)
            code = '>';
        else if (name == "quot"_L1)
            code = '"';
        else if (name == "apos"_L1)
            code = '\'';
        else if (name == "nbsp"_L1)
            code = ' ';
        if (code == 0 || code > 0x10FFFF) {
            out += m.captured(0); // unknown entity: keep as written
        } else {
            out += QString::fromUcs4(&code, 1);
        }
    }
    out += QStringView(html).mid(last);
    return out;
}

bool addLink(QString link, Reader &reader)
{
    // Sentence punctuation after a link in prose is not part of it.
    while (!link.isEmpty() && QStringView(u".,;:!?)]'\"").contains(link.back()))
        link.chop(1);
    if (link.size() > 12 && !reader.sink(link))
        reader.stopped = true;
    return !reader.stopped;
}

// The links in text whose matches start before limit (the rest is read again with the next slice).
void linksInText(const QString &text, qsizetype limit, bool html, Reader &reader)
{
    // <https://...> may be wrapped over several lines by the mail client (RFC 3986, appendix C).
    static const QRegularExpression bracketed(
        u"<\\s{0,100}((?:https?|HTTPS?)://[^<>]{1,8000})>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        u"https?://[^\\s<>\"'\\[\\]{}|^`]{1,8000}"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whitespace(u"\\s+"_s);
    static const QRegularExpression cut(u"[\\s<>\"'\\[\\]{}|^`]"_s);
    // A bare match inside a bracketed link is not found again in pieces.
    QList<std::pair<qsizetype, qsizetype>> taken;
    if (!html) {
        auto it = bracketed.globalMatch(text);
        while (it.hasNext() && !reader.stop()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() >= limit)
                break;
            taken.append({m.capturedStart(), m.capturedEnd()});
            if (m.capturedStart() < reader.skip)
                continue;
            reader.reach = std::max(reader.reach, m.capturedEnd());
            if (!addLink(m.captured(1).remove(whitespace), reader))
                return;
        }
    }
    qsizetype next = 0;
    auto it = bare.globalMatch(text);
    while (it.hasNext() && !reader.stop()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() >= limit)
            break;
        while (next < taken.size() && taken.at(next).second <= m.capturedStart())
            ++next;
        if ((next < taken.size() && taken.at(next).first <= m.capturedStart())
            || m.capturedStart() < reader.skip)
            continue;
        reader.reach = std::max(reader.reach, m.capturedEnd());
        QString link = m.captured(0);
        if (html) {
            // Entities are decoded in the link alone; one that stands for a delimiter ends it.
            link = decodeEntities(link);
            const qsizetype end = link.indexOf(cut);
            if (end >= 0)
                link.truncate(end);
        }
        if (!addLink(link, reader))
            return;
    }
}

void linksInHtml(QString &html, qsizetype limit, Reader &reader)
{
    static const QRegularExpression href(
        u"\\bhref\\s*=\\s*(?:\"([^\"]{0,8000})\"|'([^']{0,8000})'|([^\\s>]{1,8000}))"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = href.globalMatch(html);
    while (it.hasNext() && !reader.stop()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() >= limit)
            break;
        if (m.capturedStart() < reader.skip)
            continue;
        reader.reach = std::max(reader.reach, m.capturedEnd());
        QString value = m.captured(1);
        if (value.isNull())
            value = m.captured(2);
        if (value.isNull())
            value = m.captured(3);
        value = decodeEntities(value).trimmed();
        if (value.startsWith("http://"_L1, Qt::CaseInsensitive)
            || value.startsWith("https://"_L1, Qt::CaseInsensitive)) {
            if (!addLink(value, reader))
                return;
        }
    }
    // Links written out as text: tags blanked in place (same length, so limit still holds).
    static const QRegularExpression tags(u"<[^<>]{0,8000}>"_s);
    QList<std::pair<qsizetype, qsizetype>> blanks;
    auto tagIt = tags.globalMatch(html);
    while (tagIt.hasNext())
        blanks.append({tagIt.peekNext().capturedStart(), tagIt.next().capturedLength()});
    for (const auto &[start, length] : std::as_const(blanks))
        html.replace(start, length, QString(length, u' '));
    linksInText(html, limit, true, reader);
}

bool sliceable(const QByteArray &charset)
{
    // Charsets in which '\n' is one byte and never part of another character: decided by the encoding
    // Qt resolves the name to, however the name is spelled.
    if (charset.isEmpty())
        return true;
    const auto encoding = QStringConverter::encodingForName(charset.constData());
    if (!encoding)
        return !charset.contains("16") && !charset.contains("32") && !charset.startsWith("ucs");
    switch (*encoding) {
    case QStringConverter::Utf16:
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
    case QStringConverter::Utf32:
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        return false;
    default:
        return true;
    }
}

QString decodeText(QByteArrayView bytes, const QByteArray &charset)
{
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii")
        return QString::fromUtf8(bytes);
    if (auto encoding = QStringConverter::encodingForName(charset.constData())) {
        QStringDecoder decoder(*encoding);
        return decoder.decode(bytes);
    }
    // Links are ASCII; any single-byte charset reads them correctly as Latin-1.
    return QString::fromLatin1(bytes);
}

// The text of one part, a slice at a time: the slice, plus an overlap the matches that start in it
// may run into.
void readText(QByteArrayView bytes, const QByteArray &charset, bool html, Reader &reader)
{
    reader.skip = 0;
    if (!sliceable(charset)) {
        QString text = decodeText(bytes, charset);
        html ? linksInHtml(text, text.size(), reader) : linksInText(text, text.size(), false, reader);
        return;
    }
    qsizetype start = 0;
    while (start < bytes.size() && !reader.stop()) {
        qsizetype end = std::min(bytes.size(), start + kSliceBytes);
        if (end < bytes.size()) {
            const qsizetype newline = bytes.indexOf('\n', end);
            end = newline < 0 || newline - end > kSliceBytes ? end : newline + 1;
        }
        qsizetype overlapEnd = std::min(bytes.size(), end + kOverlapBytes);
        // Not inside a UTF-8 sequence.
        while (overlapEnd < bytes.size() && (static_cast<unsigned char>(bytes.at(overlapEnd)) & 0xC0) == 0x80)
            ++overlapEnd;
        while (end < bytes.size() && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
            ++end;
        const QString slice = decodeText(bytes.sliced(start, end - start), charset);
        QString text
            = slice + decodeText(bytes.sliced(end, std::max<qsizetype>(0, overlapEnd - end)), charset);
        reader.reach = 0;
        html ? linksInHtml(text, slice.size(), reader) : linksInText(text, slice.size(), false, reader);
        reader.skip = std::max<qsizetype>(0, reader.reach - slice.size());
        start = end;
    }
}

void walk(QByteArrayView raw, int depth, Reader &reader)
{
    if (depth > kMaxDepth || reader.stop())
        return;
    const Part part = splitPart(raw);
    if (part.contentType.startsWith("multipart/")) {
        if (part.boundary.isEmpty())
            return;
        const QByteArray delimiter = "--" + part.boundary;
        const QByteArray closing = delimiter + "--";
        // Body parts sit between lines that are exactly the delimiter (or it followed by "--"). Each part
        // is a view into the body: no copy per level.
        QList<QByteArrayView> pieces;
        qsizetype pieceStart = -1;
        forEachLine(part.body, [&](QByteArrayView line, qsizetype offset) {
            if (!line.startsWith(QByteArrayView(delimiter)))
                return true;
            const QByteArrayView t = trimmed(line);
            if (t != QByteArrayView(delimiter) && t != QByteArrayView(closing))
                return true;
            if (pieceStart >= 0)
                pieces.append(part.body.sliced(pieceStart, offset - pieceStart));
            const qsizetype next = offset + line.size() + 1;
            pieceStart = t == QByteArrayView(delimiter) ? std::min(next, part.body.size()) : -1;
            return !reader.stop();
        });
        if (pieceStart >= 0 && pieceStart < part.body.size())
            pieces.append(part.body.sliced(pieceStart)); // a message cut off before its closing delimiter
        for (const QByteArrayView piece : std::as_const(pieces))
            walk(piece, depth + 1, reader);
        return;
    }
    if (part.contentType == "message/rfc822") {
        walk(part.body, depth + 1, reader);
        return;
    }
    if (!part.contentType.startsWith("text/"))
        return; // attachments and images hold no links we read
    const bool html = part.contentType == "text/html";
    if (part.transferEncoding == "quoted-printable")
        readText(decodeQuotedPrintable(part.body), part.charset, html, reader);
    else if (part.transferEncoding == "base64")
        readText(QByteArray::fromBase64(part.body.toByteArray()), part.charset, html, reader);
    else
        readText(part.body, part.charset, html, reader);
}

void readMessage(QByteArray message, Reader &reader)
{
    if (message.size() > InvitationEmail::kMaxMessageBytes)
        message.truncate(InvitationEmail::kMaxMessageBytes);
    message.replace("\r\n", "\n"); // in place when the caller moved the message in
    walk(message, 0, reader);
}

} // namespace

QStringList InvitationEmail::links(QByteArray message)
{
    QStringList links;
    QSet<QString> seen;
    Reader reader;
    reader.sink = [&](const QString &link) {
        if (!seen.contains(link)) {
            seen.insert(link);
            links.append(link);
        }
        return links.size() < kMaxLinks;
    };
    readMessage(std::move(message), reader);
    return links;
}

bool InvitationEmail::looksLikeInvitation(const QString &text)
{
    static const QRegularExpression marker(
        u"partnerid|invtype|granularadminrelationships|billingaccounts/agreement|"
        "safelinks\\.protection\\.outlook\\.com|partners/invitation"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Percent-encoded links (e.g. inside Safe Links) show their markers after one decoding.
    return marker.match(text).hasMatch() || marker.match(QUrl::fromPercentEncoding(text.toUtf8())).hasMatch();
}

InvitationEmail::Found InvitationEmail::read(QByteArray message, const std::atomic<bool> *cancelled)
{
    Found found;
    QSet<QString> seenText;
    QSet<QString> valid;
    Reader reader;
    reader.cancelled = cancelled;
    // Only links that look like invitations are kept; every other link is counted out at once.
    reader.sink = [&](const QString &text) {
        if (!looksLikeInvitation(text) || seenText.contains(text))
            return true;
        if (seenText.size() < 4 * kMaxLinks)
            seenText.insert(text);
        const InvitationLink link = InvitationLink::parse(text);
        if (link.isValid()) {
            const QString key = link.url().toString();
            if (!valid.contains(key)) {
                if (valid.size() < 4 * kMaxLinks)
                    valid.insert(key);
                ++found.invitationCount;
                if (found.invitations.size() < kMaxOffered)
                    found.invitations.append(link);
            }
        } else {
            ++found.refusedCount;
            if (found.refused.size() < kMaxOffered)
                found.refused.append({text, link});
        }
        return true;
    };
    readMessage(std::move(message), reader);
    found.cancelled = cancelled && cancelled->load();
    if (found.cancelled)
        found = Found {{}, 0, {}, 0, true};
    return found;
}
