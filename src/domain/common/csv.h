#pragma once
// Csv: RFC 4180 rows that are safe to open in a spreadsheet (no formula injection).

#include <QString>
#include <QStringList>

namespace Csv {
// Quotes the cell and neutralises a leading =, +, -, @, tab or carriage return with an apostrophe,
// so a partner named "=HYPERLINK(...)" stays text in Excel or LibreOffice.
QString cell(const QString &text);
QString row(const QStringList &cells); // joined with commas, ended with CRLF
QString row(const QStringList &cells, QChar delimiter); // joined with delimiter (Dutch Excel: ';')
} // namespace Csv
