#pragma once
// ReportCsv: a Report as one spreadsheet row per partner — UTF-8 with a byte order mark (so Excel
// reads it as UTF-8), a header row, RFC 4180 quoting, formula-looking cells neutralised, and the
// delimiter of the reader's spreadsheet (Dutch Excel expects ';').

#include "reports/report.h"

#include <QByteArray>

namespace ReportCsv {
QByteArray write(const Report &report, QChar delimiter = u',');
}
