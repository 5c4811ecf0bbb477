#pragma once
// TenantId: recognises Entra tenant and relationship IDs (GUIDs in 8-4-4-4-12 hex form).

#include <QString>

namespace TenantId {
bool isValid(const QString &text); // the whole text is one GUID
QString find(const QString &text); // the first GUID in the text, lower case; empty if none
QString pattern(); // the GUID pattern without anchors, for composing others
} // namespace TenantId
