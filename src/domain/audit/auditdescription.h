#pragma once
// AuditDescription: an audit event in words — the action's name and a readable before → after.

#include <QJsonObject>
#include <QList>
#include <QString>

struct AuditEvent;

namespace AuditDescription {
QString actionName(const QString &actionKey); // translated; the key itself when unknown
QStringList actionKeys(); // every action the app writes, for filters
QString change(const AuditEvent &event); // translated, e.g. "Roles: Global Administrator → none"

struct FieldChange
{
    QString label; // translated field name
    QString before; // in words; empty when the field was not set
    QString after;
};
// The fields that differ between two snapshots, in words, in a fixed order.
QList<FieldChange> fieldChanges(const QJsonObject &before, const QJsonObject &after);
} // namespace AuditDescription
