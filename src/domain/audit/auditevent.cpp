#include "audit/auditevent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// A JSON string exactly as QJsonDocument writes it. Printable ASCII without quote or backslash is
// written as it is (most fields: UPNs, actions, IDs, times, hashes); anything else goes through Qt's
// own writer, so the bytes never depend on a second escaper.
void appendJsonString(QByteArray &out, const QString &text)
{
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        out += text.toLatin1();
        out += '"';
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2); // without the [ ]
}

// The same for stored UTF-8: printable ASCII is copied as it is; anything else is decoded and written
// by the same code as above, so both paths give the same bytes.
void appendJsonUtf8(QByteArray &out, QByteArrayView utf8)
{
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e || u == '"' || u == '\\') {
            appendJsonString(out, QString::fromUtf8(utf8));
            return;
        }
    }
    out += '"';
    out += utf8;
    out += '"';
}

} // namespace

void AuditEvent::appendCanonicalContent(QByteArray &out, const Stored &e)
{
    out += "{\"action\":";
    appendJsonUtf8(out, e.action);
    out += ",\"after\":";
    out += e.afterJson;
    out += ",\"at\":";
    appendJsonUtf8(out, e.at);
    out += ",\"before\":";
    out += e.beforeJson;
    out += ",\"operatorName\":";
    appendJsonUtf8(out, e.operatorName);
    out += ",\"operatorUpn\":";
    appendJsonUtf8(out, e.operatorUpn);
    out += ",\"partnerName\":";
    appendJsonUtf8(out, e.partnerName);
    out += ",\"partnerTenantId\":";
    appendJsonUtf8(out, e.partnerTenantId);
    out += ",\"prev\":";
    appendJsonUtf8(out, e.previousHash);
    out += ",\"seq\":";
    out += QByteArray::number(e.sequence);
    out += '}';
}

QByteArray AuditEvent::compactJson(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray("{}") : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray AuditEvent::canonicalContent() const
{
    return canonicalContent(compactJson(before), compactJson(after));
}

QByteArray AuditEvent::canonicalContent(const QByteArray &beforeJson, const QByteArray &afterJson) const
{
    // Compact JSON with the keys in sorted order, as QJsonDocument writes an object: the bytes are the
    // same as the first releases hashed (tst_auditevent compares both ways of writing them).
    QByteArray out;
    out.reserve(beforeJson.size() + afterJson.size() + 400);
    out += "{\"action\":";
    appendJsonString(out, action);
    out += ",\"after\":";
    out += afterJson;
    out += ",\"at\":";
    appendJsonString(out, atUtc.toUTC().toString(Qt::ISODateWithMs));
    out += ",\"before\":";
    out += beforeJson;
    out += ",\"operatorName\":";
    appendJsonString(out, operatorName);
    out += ",\"operatorUpn\":";
    appendJsonString(out, operatorUpn);
    out += ",\"partnerName\":";
    appendJsonString(out, partnerName);
    out += ",\"partnerTenantId\":";
    appendJsonString(out, partnerTenantId);
    out += ",\"prev\":";
    appendJsonString(out, previousHash);
    out += ",\"seq\":";
    out += QByteArray::number(sequence);
    out += '}';
    return out;
}

QString AuditEvent::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256).toHex());
}

QString AuditEvent::computeHash(const QByteArray &beforeJson, const QByteArray &afterJson) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(beforeJson, afterJson), QCryptographicHash::Sha256)
            .toHex());
}
