#pragma once
// AuditDescription: an audit event in words — the action's name and a readable before → after.

#include <QString>

struct AuditEvent;

namespace AuditDescription {
QString actionName(const QString &actionKey); // translated; the key itself when unknown
QStringList actionKeys(); // every action the app writes, for filters
QString change(const AuditEvent &event); // translated, e.g. "Roles: Global Administrator → none"
} // namespace AuditDescription
