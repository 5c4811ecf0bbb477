#pragma once
// CliSupport: what every partnerdesk-cli command shares — errors to exit codes, and text from outside
// made safe for a terminal.

#include "common/result.h"

#include <QString>

class QTextStream;

namespace CliSupport {
// Prints "partnerdesk-cli: message" and returns the exit code for the error's kind.
int fail(QTextStream &err, const Error &error);
// Control characters (C0 but tab and newline, DEL, C1) replaced, so a partner's name or a file's
// text cannot move the cursor, hide a line or rewrite the terminal.
QString printable(const QString &text);
// Asks a yes/no question; No unless the answer is y, yes, j or ja.
bool confirm(QTextStream &in, QTextStream &out, const QString &question);
} // namespace CliSupport
