#include "invitations/invitationemail.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cctype>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxDepth = 12;

struct Part
{
    QByteArray contentType; // lower case, e.g. "text/html"
    QByteArray boundary;
    QByteArray charset; // lower case
    QByteArray transferEncoding; // lower case
    QByteArray body;
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

Part splitPart(const QByteArray &raw)
{
    Part part;
    qsizetype end = raw.indexOf("\n\n");
    const qsizetype headerEnd = end < 0 ? raw.size() : end;
    // A part that starts with an empty line has no headers.
    const QByteArray headers = raw.startsWith('\n') ? QByteArray() : raw.left(headerEnd);
    part.body = raw.startsWith('\n') ? raw.mid(1) : (end < 0 ? QByteArray() : raw.mid(end + 2));

    QList<QByteArray> unfolded;
    for (const QByteArray &line : headers.split('\n')) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !unfolded.isEmpty())
            unfolded.last() += ' ' + line.trimmed();
        else
            unfolded.append(line);
    }
    for (const QByteArray &line : std::as_const(unfolded)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type") {
            part.contentType = value.split(';').constFirst().trimmed().toLower();
            part.boundary = parameter(value, "boundary");
            part.charset = parameter(value, "charset").toLower();
        } else if (name == "content-transfer-encoding") {
            part.transferEncoding = value.toLower();
        }
    }
    if (part.contentType.isEmpty())
        part.contentType = "text/plain";
    return part;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
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
            out += char(QByteArray::fromHex(in.mid(i + 1, 2)).at(0));
            i += 2;
            continue;
        }
        out += c; // a lone "=" is kept as written
    }
    return out;
}

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
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

void addLink(QString link, QStringList &links, QSet<QString> &seen)
{
    // Sentence punctuation after a link in prose is not part of it.
    while (!link.isEmpty() && QStringView(u".,;:!?)]'\"").contains(link.back()))
        link.chop(1);
    if (link.size() > 12 && !seen.contains(link)) {
        seen.insert(link);
        links.append(link);
    }
}

void linksInText(const QString &text, QStringList &links, QSet<QString> &seen)
{
    // <https://...> may be wrapped over several lines by the mail client (RFC 3986, appendix C).
    static const QRegularExpression bracketed(
        u"<\\s*((?:https?|HTTPS?)://[^<>]{1,8000})>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        u"https?://[^\\s<>\"'\\[\\]{}|^`]{1,8000}"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression whitespace(u"\\s+"_s);
    QString rest = text; // without the bracketed links, so a wrapped one is not found again in pieces
    auto it = bracketed.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        addLink(m.captured(1).remove(whitespace), links, seen);
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    auto bareIt = bare.globalMatch(rest);
    while (bareIt.hasNext())
        addLink(bareIt.next().captured(0), links, seen);
}

void linksInHtml(const QString &html, QStringList &links, QSet<QString> &seen)
{
    static const QRegularExpression href(u"\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = href.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(1);
        if (value.isNull())
            value = m.captured(2);
        if (value.isNull())
            value = m.captured(3);
        value = decodeEntities(value).trimmed();
        if (value.startsWith("http://"_L1, Qt::CaseInsensitive)
            || value.startsWith("https://"_L1, Qt::CaseInsensitive))
            addLink(value, links, seen);
    }
    // Links written out as text in the HTML.
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    linksInText(decodeEntities(text.replace(tags, u" "_s)), links, seen);
}

void walk(const QByteArray &raw, int depth, QStringList &links, QSet<QString> &seen)
{
    if (depth > kMaxDepth)
        return;
    const Part part = splitPart(raw);
    if (part.contentType.startsWith("multipart/")) {
        if (part.boundary.isEmpty())
            return;
        const QByteArray delimiter = "--" + part.boundary;
        // Body parts sit between lines that are exactly the delimiter (or it followed by "--").
        QList<QByteArray> pieces;
        QByteArray current;
        bool inside = false;
        for (const QByteArray &line : part.body.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed == delimiter || trimmed == delimiter + "--") {
                if (inside)
                    pieces.append(current);
                current.clear();
                inside = trimmed == delimiter;
                continue;
            }
            if (inside)
                current += line + '\n';
        }
        if (inside && !current.isEmpty())
            pieces.append(current); // a message cut off before its closing delimiter
        for (const QByteArray &piece : std::as_const(pieces))
            walk(piece, depth + 1, links, seen);
        return;
    }
    if (part.contentType == "message/rfc822") {
        walk(part.body, depth + 1, links, seen);
        return;
    }
    if (!part.contentType.startsWith("text/"))
        return; // attachments and images hold no links we read
    QByteArray bytes = part.body;
    if (part.transferEncoding == "quoted-printable")
        bytes = decodeQuotedPrintable(bytes);
    else if (part.transferEncoding == "base64")
        bytes = QByteArray::fromBase64(bytes);
    const QString text = decodeText(bytes, part.charset);
    if (part.contentType == "text/html")
        linksInHtml(text, links, seen);
    else
        linksInText(text, links, seen);
}

} // namespace

QStringList InvitationEmail::links(const QByteArray &message)
{
    QByteArray normalised = message.left(kMaxMessageBytes);
    normalised.replace("\r\n", "\n");
    QStringList links;
    QSet<QString> seen;
    walk(normalised, 0, links, seen);
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

InvitationEmail::Found InvitationEmail::read(const QByteArray &message)
{
    Found found;
    QSet<QString> valid;
    for (const QString &text : links(message)) {
        const InvitationLink link = InvitationLink::parse(text);
        if (link.isValid()) {
            const QString key = link.url().toString();
            if (!valid.contains(key)) {
                valid.insert(key);
                found.invitations.append(link);
            }
        } else if (looksLikeInvitation(text)) {
            found.refused.append({text, link});
        }
    }
    return found;
}
