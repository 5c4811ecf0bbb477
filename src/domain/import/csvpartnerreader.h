#pragma once
// CsvPartnerReader: a partner list as CSV with a header row — column names in English or Dutch, in
// any order, separated by commas, semicolons or tabs; extra columns are ignored with a note.

#include "import/importrecord.h"

#include <QByteArray>

namespace CsvPartnerReader {
inline constexpr int kMaxColumns = 200;
ImportRead read(const QByteArray &content, const ImportContext &context = {});
} // namespace CsvPartnerReader
