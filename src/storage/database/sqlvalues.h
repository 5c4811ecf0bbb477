#pragma once
// SqlValues: how the register stores times and text: UTC times as ISO 8601 with milliseconds (NULL when
// absent), and NOT NULL text columns as "" rather than NULL.

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace SqlValues {

inline QVariant isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toUTC().toString(Qt::ISODateWithMs))
                         : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the register's text columns are NOT NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace SqlValues
