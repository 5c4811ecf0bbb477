#include "clisupport.h"

#include "cli.h"

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
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n')
            continue;
        // Controls, and the format characters that reorder or hide text (bidi overrides, zero width).
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = QChar(0xFFFD);
            break;
        default:
            break;
        }
    }
    return out;
}

bool CliSupport::confirm(QTextStream &in, QTextStream &out, const QString &question)
{
    out << question << Qt::flush;
    const QString answer = in.readLine().trimmed().toLower();
    static const QStringList yesWords {u"y"_s, u"yes"_s, u"j"_s, u"ja"_s};
    return yesWords.contains(answer);
}
