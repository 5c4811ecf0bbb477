#include "import/importvalues.h"

#include "common/tenantid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

void collect(const QJsonValue &value, const QString &arrayKey, QList<QJsonObject> &records)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collect(element, arrayKey, records);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.value(arrayKey).isArray()) {
        for (const QJsonValue &element : object.value(arrayKey).toArray()) {
            if (element.isObject())
                records.append(element.toObject());
        }
        return;
    }
    records.append(object);
}

} // namespace

QString ImportValues::decodeText(const QByteArray &bytes, QString *encoding)
{
    auto name = [&](const QString &n) {
        if (encoding)
            *encoding = n;
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        name(u"UTF-16"_s);
        return QString(decoder(QByteArrayView(bytes).sliced(2)));
    }
    const QByteArrayView body = bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(body);
    if (!utf8.hasError()) {
        name(u"UTF-8"_s);
        return text;
    }
    name(u"Windows-1252"_s);
    return fromCp1252(body.toByteArray());
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
        if (t.isValid())
            return t.toUTC();
        return std::nullopt;
    }
    if (!allowDate)
        return std::nullopt;
    QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        date = QDate::fromString(text, u"dd-MM-yyyy"_s);
    if (!date.isValid())
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
    for (const QString &part : splitList(text)) {
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
    auto add = [&](const AdminRole &role) {
        if (!roles.contains(role))
            roles.append(role);
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
        collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), arrayKey,
            records);
        pos += consumed;
    }
    if (documents == 0)
        return QCoreApplication::translate("ImportValues", "The file is empty.");
    return {};
}

QString ImportValues::jsonText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}
