#pragma once
// AdminCenterPartnerReader: the partner list of the Microsoft 365 admin center page Settings > Partner
// relationships, as an admin saves it from the browser ({"partners": [{"id", "name", "aadRoles",
// "companyType", "canRemoveDap", "contractTypes", ...}]}). Undocumented: fields it does not know are
// kept as they are, never guessed at.

#include "import/importrecord.h"

#include <QByteArray>

namespace AdminCenterPartnerReader {
ImportRead read(const QByteArray &content, const ImportContext &context = {});
} // namespace AdminCenterPartnerReader
