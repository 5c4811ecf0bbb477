#include "printabledevice.h"

using namespace Qt::StringLiterals;

PrintableDevice::PrintableDevice(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

PrintableDevice::~PrintableDevice()
{
    pass(QString(), true);
}

QString PrintableDevice::printable(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QChar &c = out[i];
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || (u == u'\r' && i + 1 < out.size() && out.at(i + 1) == u'\n'))
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

qint64 PrintableDevice::writeData(const char *data, qint64 size)
{
    pass(m_decoder.decode(QByteArrayView(data, size)), false);
    return size;
}

void PrintableDevice::pass(QString text, bool final)
{
    if (m_pendingReturn) {
        text.prepend(u'\r');
        m_pendingReturn = false;
    }
    if (!final && text.endsWith(u'\r')) {
        text.chop(1);
        m_pendingReturn = true;
    }
    if (text.isEmpty())
        return;
    m_file.write(printable(text).toUtf8());
    m_file.flush();
}
