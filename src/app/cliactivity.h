#pragma once
// CliActivity: partnerdesk-cli's commands for the evidence of what partners do — importing Entra
// sign-in and audit logs (through `import`), `activity` per partner tenant, and `demo-signins`, a
// made-up sign-in log for the demo register.

#include <QString>

class QTextStream;
class RegisterSession;

namespace CliActivity {

// One sign-in or audit log: the dry run, then (unless dryRun) stored after a yes.
int importFile(RegisterSession &session, const QString &path, bool dryRun, bool yes, QTextStream &in,
    QTextStream &out, QTextStream &err);

struct ActivityRequest
{
    QString partnerTenantId; // empty: every partner tenant that signed in
    QString days; // the longer window, as given (default 90)
    QString format; // table, json or csv
};
int activity(RegisterSession &session, const ActivityRequest &request, QTextStream &out, QTextStream &err);

// Writes the demo register's sign-in log (Graph JSON, or the Entra CSV) ending now.
int writeDemoSignIns(const QString &output, const QString &format, QTextStream &out, QTextStream &err);

} // namespace CliActivity
