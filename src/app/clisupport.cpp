#include "clisupport.h"

#include "cli.h"
#include "printabledevice.h"

#include <QStringList>
#include <QTextStream>

using namespace Qt::StringLiterals;

int CliSupport::fail(QTextStream &err, const Error &error)
{
    err << u"partnerdesk-cli: "_s << printable(error.message) << Qt::endl;
    switch (error.kind) {
    case ErrorKind::CheckFailed:
        return Cli::CheckFailed;
    case ErrorKind::Storage:
    case ErrorKind::BadInput:
    case ErrorKind::NotAllowed:
    case ErrorKind::NotFound:
    case ErrorKind::NoError: // not an error; never passed here
        break;
    }
    return Cli::BadInput;
}

QString CliSupport::printable(const QString &text)
{
    // A lone CR could return to the start of a line and overwrite it; here even CR LF is not kept.
    QString out = PrintableDevice::printable(text);
    out.replace(u'\r', QChar(0xFFFD));
    return out;
}

bool CliSupport::confirm(QTextStream &in, QTextStream &out, const QString &question)
{
    out << question << Qt::flush;
    const QString answer = in.readLine().trimmed().toLower();
    static const QStringList yesWords {u"y"_s, u"yes"_s, u"j"_s, u"ja"_s};
    return yesWords.contains(answer);
}
