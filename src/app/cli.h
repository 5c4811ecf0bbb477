#pragma once
// Cli: partnerdesk-cli's commands (create-demo, info, list, verify-audit) for scripting and audits.

#include <QStringList>

class QTextStream;

namespace Cli {
enum ExitCode { Ok = 0, CheckFailed = 1, BadInput = 2 };
// arguments includes the program name, as QCoreApplication::arguments() gives it.
int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);
} // namespace Cli
