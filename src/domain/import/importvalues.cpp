#include "import/importvalues.h"

#include "common/tenantid.h"
#include "import/importrecord.h"
#include "relationships/relationshiprules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr std::array<char16_t, 32> kCp1252High {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,;|\\n]"_s);
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

// Pages within an array are one level deep at most; records are objects.
bool collect(const QJsonValue &value, const QString &arrayKey, QList<QJsonObject> &records, int depth)
{
    if (records.size() > ImportLimits::kMaxRecords)
        return false;
    if (value.isArray()) {
        if (depth > 1)
            return true;
        for (const QJsonValue &element : value.toArray()) {
            if (!collect(element, arrayKey, records, depth + 1))
                return false;
        }
        return true;
    }
    if (!value.isObject())
        return true;
    const QJsonObject object = value.toObject();
    if (object.value(arrayKey).isArray()) {
        for (const QJsonValue &element : object.value(arrayKey).toArray()) {
            if (element.isObject())
                records.append(element.toObject());
            if (records.size() > ImportLimits::kMaxRecords)
                return false;
        }
        return true;
    }
    records.append(object);
    return true;
}

} // namespace

namespace {

int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    return int(bytes.first(std::min(offset, bytes.size())).count('\n')) + 1;
}

// The first byte that is not part of valid UTF-8, or -1; and whether valid multi-byte sequences occur.
qsizetype firstInvalidUtf8(QByteArrayView bytes, bool *hasMultiByte)
{
    *hasMultiByte = false;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int length = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (length == 0 || i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        if (length > 1)
            *hasMultiByte = true;
        i += length;
    }
    return -1;
}

} // namespace

QString ImportValues::decodeText(const QByteArray &bytes, QString *encoding, QString *error)
{
    auto refuse = [&](const QString &reason) {
        *error = reason;
        return QString();
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        *encoding = u"UTF-16"_s;
        QString text = decoder(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError() || bytes.size() % 2 != 0 || text.contains(QChar(0xFFFD)))
            return refuse(QCoreApplication::translate("ImportValues", "The file is not valid UTF-16 text."));
        return text;
    }
    const QByteArrayView body = bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    bool multiByte = false;
    const qsizetype invalid = firstInvalidUtf8(body, &multiByte);
    if (invalid < 0) {
        *encoding = u"UTF-8"_s;
        return QString::fromUtf8(body);
    }
    if (multiByte || bytes.startsWith("\xEF\xBB\xBF")) {
        return refuse(QCoreApplication::translate("ImportValues",
            "The file is UTF-8 text with a byte that is not UTF-8 on line %1; save it again as UTF-8.")
                          .arg(lineOfOffset(body, invalid)));
    }
    *encoding = u"Windows-1252"_s;
    QString text = fromCp1252(body.toByteArray());
    if (const qsizetype bad = text.indexOf(QChar(0xFFFD)); bad >= 0) {
        return refuse(QCoreApplication::translate("ImportValues",
            "Line %1 holds a byte that is text in neither UTF-8 nor Windows-1252.")
                          .arg(lineOfOffset(body, bad)));
    }
    return text;
}

std::optional<QDateTime> ImportValues::parseUtc(const QString &input, bool allowDate)
{
    QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    static const QRegularExpression dateTime(QRegularExpression::anchoredPattern(
        u"(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})"_s),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = dateTime.match(text);
    if (m.hasMatch()) {
        // Graph writes up to seven fraction digits; Qt reads milliseconds.
        QString zone = m.captured(4).toUpper();
        if (zone.size() == 5)
            zone.insert(3, u':');
        QString time = m.captured(2);
        if (time.size() == 5)
            time += ":00"_L1;
        const QString ms = QString(m.captured(3) + "000"_L1).left(3);
        const QDateTime t = QDateTime::fromString(
            m.captured(1) + u'T' + time + u'.' + ms + zone, Qt::ISODateWithMs);
        if (t.isValid() && t.toUTC().date().year() >= 2000 && t.toUTC().date().year() <= 2100)
            return t.toUTC();
        return std::nullopt;
    }
    if (!allowDate)
        return std::nullopt;
    QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        date = QDate::fromString(text, u"dd-MM-yyyy"_s);
    if (!date.isValid() || date.year() < 2000 || date.year() > 2100)
        return std::nullopt;
    return QDateTime(date, QTime(12, 0), Qt::UTC);
}

namespace {

QString letters(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

// The Dutch names PartnerDesk's own Dutch lists write (and Microsoft's Dutch pages use), so a list
// exported in Dutch reads back as the same types.
PartnerType fromDutchName(const QString &name)
{
    using Kind = PartnerType::Kind;
    static const QList<std::pair<QString, Kind>> names {
        {u"wederverkoper"_s, Kind::Reseller}, {u"gedelegeerdebeheerder"_s, Kind::DelegatedAdministrator},
        {u"wederverkopergedelegeerdebeheerder"_s, Kind::ResellerAndDelegatedAdministrator},
        {u"adviseur"_s, Kind::Advisor}, {u"mpsapartner"_s, Kind::MpsaPartner},
        {u"lobpartnerlineofbusiness"_s, Kind::LobPartner}, {u"lobpartner"_s, Kind::LobPartner},
        {u"partnermetgdaptoegang"_s, Kind::GdapPartner}, {u"indirectewederverkoper"_s, Kind::IndirectReseller},
        {u"indirecteprovider"_s, Kind::IndirectProvider},
        {u"onafhankelijkesoftwareleverancier"_s, Kind::IndependentSoftwareVendor}};
    const QString wanted = letters(name);
    for (const auto &[dutch, kind] : names) {
        if (dutch == wanted)
            return PartnerType(kind);
    }
    return PartnerType::fromKey(name);
}

} // namespace

QList<PartnerType> ImportValues::typesFromText(const QString &text)
{
    QList<PartnerType> types;
    // More than the rules allow is refused later; the list is not built any longer than that.
    for (const QString &part : splitList(text).mid(0, RelationshipRules::kMaxTypes + 1)) {
        PartnerType type = PartnerType::fromKey(part);
        if (!type.isKnown())
            type = fromDutchName(part);
        if (!types.contains(type))
            types.append(type);
    }
    return types;
}

std::optional<QList<AdminRole>> ImportValues::rolesFromText(const QString &text, QString *bad)
{
    QList<AdminRole> roles;
    QSet<QString> seen;
    auto add = [&](const AdminRole &role) {
        if (roles.size() <= RelationshipRules::kMaxRoles && !seen.contains(role.templateId())) {
            seen.insert(role.templateId());
            roles.append(role);
        }
    };
    for (const QString &part : splitList(text)) {
        if (TenantId::isValid(part)) {
            add(AdminRole(part.toLower()));
            continue;
        }
        const AdminRole named = AdminRole::find(part);
        if (named.isKnown()) {
            add(named);
            continue;
        }
        // Template IDs separated by spaces, as PartnerDesk's own CSV writes them.
        const QStringList words = part.split(u' ', Qt::SkipEmptyParts);
        const bool allIds = !words.isEmpty()
            && std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return TenantId::isValid(w); });
        if (!allIds) {
            if (bad)
                *bad = part;
            return std::nullopt;
        }
        for (const QString &w : words)
            add(AdminRole(w.toLower()));
    }
    return roles;
}

QString ImportValues::jsonRecords(const QByteArray &data, const QString &arrayKey, QList<QJsonObject> &records)
{
    qsizetype pos = 0;
    const qsizetype size = data.size();
    if (data.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    int documents = 0;
    while (true) {
        while (pos < size && (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\r' || data[pos] == '\n'))
            ++pos;
        if (pos >= size)
            break;
        // A view, not a copy: several pages one after another are parsed in place.
        const QByteArray rest = QByteArray::fromRawData(data.constData() + pos, size - pos);
        QJsonParseError error {};
        QJsonDocument document = QJsonDocument::fromJson(rest, &error);
        qsizetype consumed = rest.size();
        if (error.error == QJsonParseError::GarbageAtEnd && error.offset > 0) {
            consumed = error.offset;
            document = QJsonDocument::fromJson(QByteArray::fromRawData(rest.constData(), consumed), &error);
        }
        if (error.error != QJsonParseError::NoError) {
            return QCoreApplication::translate("ImportValues", "The file is not valid JSON: %1 (at byte %2).")
                .arg(error.errorString())
                .arg(pos + error.offset);
        }
        ++documents;
        if (!collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), arrayKey,
                records, 0)
            || documents > ImportLimits::kMaxRecords) {
            return QCoreApplication::translate("ImportValues", "The file holds more than %1 records; split it.")
                .arg(ImportLimits::kMaxRecords);
        }
        pos += consumed;
    }
    if (documents == 0)
        return QCoreApplication::translate("ImportValues", "The file is empty.");
    return {};
}

QString ImportValues::oversizedRecord(const QJsonObject &record)
{
    if (QJsonDocument(record).toJson(QJsonDocument::Compact).size() <= ImportLimits::kMaxRecordBytes)
        return {};
    return QCoreApplication::translate("ImportValues", "The record is larger than %1 KB.")
        .arg(ImportLimits::kMaxRecordBytes / 1024);
}

QString ImportValues::jsonText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}
