#pragma once
// GraphRelationshipReader: Microsoft Graph delegatedAdminRelationship JSON as a partner exports it
// (one object, a value page, or several pages; resellerDelegatedAdminRelationship too). It names the
// customer but not the partner, so the context says which partner the file came from.

#include "import/importrecord.h"

#include <QByteArray>

namespace GraphRelationshipReader {
// The register keeps one GDAP record per partner: of several relationships the one that still grants
// access and ends last; the roles are those of every relationship that grants access, and the others
// are kept under importedFields.
ImportRead read(const QByteArray &content, const ImportContext &context);
// Statuses in which the roles of a relationship are held in the tenant (unknown ones count as held).
bool grantsAccess(const QString &status);
} // namespace GraphRelationshipReader
