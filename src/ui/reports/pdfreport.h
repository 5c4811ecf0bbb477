#pragma once
// PdfReport: a Report as a PDF an auditor can read and check — title, organisation, period, who made
// it and when; the overview charts; a summary table; each partner's record; page numbers; and the
// verification block with the commands that check it against the register. QtGui only (QPdfWriter
// and QTextDocument), so the CLI renders it as the window does.

#include "common/result.h"
#include "reports/report.h"

#include <QString>

namespace PdfReport {

struct Options
{
    QString registerPath; // for the verification commands
    QString jsonPath; // the JSON export of the same report, when one is written alongside
    QString jsonSha256; // its SHA-256 (hex), so the PDF names the very file that checks it
};

// The document as HTML (every text from the register escaped; nothing read as markup).
QString html(const Report &report, const Options &options);
// Writes the PDF through a temporary file in the same folder (0600), renamed into place when whole.
Status write(const Report &report, const QString &path, const Options &options);

} // namespace PdfReport
