#pragma once
// ImportValues: the parsing every import reader shares — text encodings, dates that carry their
// zone, role and type lists, and the records of Graph-style JSON pages.

#include "common/adminrole.h"
#include "relationships/partnertype.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ImportValues {
inline constexpr qsizetype kMaxFieldLength = 4096; // any one cell or JSON string
inline constexpr qsizetype kMaxKeptFieldsBytes = 16 * 1024; // fields kept without interpreting them

// UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; encoding receives its name.
// Refused (error set, empty result) when the bytes are text in none of them: mostly UTF-8 with a
// stray byte (read as Windows-1252 every accented name would change), broken UTF-16, or bytes
// Windows-1252 does not define.
QString decodeText(const QByteArray &bytes, QString *encoding, QString *error);

// A date and time with its zone (Z or ±hh:mm), in UTC; with allowDate also a bare date
// (2026-11-24 or 24-11-2026), taken as noon UTC. nullopt when it is neither, or outside the years
// 2000 to 2100 (no partner relationship is older, and a later date is a typing error).
std::optional<QDateTime> parseUtc(const QString &text, bool allowDate = false);

// "Reseller; Delegated administrator" → the types; unknown names are kept as text.
QList<PartnerType> typesFromText(const QString &text);
// Role names (English, as the catalogue has them) or template IDs separated by , ; | or newlines.
// On a value that is neither, nullopt and bad receives it.
std::optional<QList<AdminRole>> rolesFromText(const QString &text, QString *bad);

// The objects of a Graph-style JSON file: one object, an array, a page {key: [...]}, several pages
// one after another or in an array. Returns the reason when the file is not JSON of that shape.
QString jsonRecords(const QByteArray &data, const QString &arrayKey, QList<QJsonObject> &records);

// A record larger than ImportLimits::kMaxRecordBytes as compact JSON: the reason, else empty.
QString oversizedRecord(const QJsonObject &record);

// A string field of a JSON object: the trimmed text, or empty when absent or not a string.
QString jsonText(const QJsonObject &object, const QString &key);
} // namespace ImportValues
