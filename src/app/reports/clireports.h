#pragma once
// CliReports: partnerdesk-cli export (the access report as CSV, PDF or JSON) and verify-report (a
// saved JSON report checked against the register).

#include <QString>

class QTextStream;
class RegisterSession;

namespace CliReports {

struct ExportRequest
{
    QString format; // csv, pdf or json; empty: from the output's extension
    QString output;
    QString review; // a review number, "none", or empty for the newest
    QString delimiter; // CSV: "," (default), ";" or "tab"
};
int exportReport(RegisterSession &session, const ExportRequest &request, QTextStream &out, QTextStream &err);
int verifyReport(RegisterSession &session, const QString &reportPath, QTextStream &out, QTextStream &err);

} // namespace CliReports
