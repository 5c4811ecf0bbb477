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

namespace {
// What can move the cursor, rewrite a line or reorder what is shown. Joiners and soft hyphens, which
// names in many scripts need, pass.
bool unsafe(char32_t c, char32_t next)
{
    if (c == U'\t' || c == U'\n' || (c == U'\r' && next == U'\n'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) // bidi marks, embeddings, overrides and isolates
        || (c >= 0xE0000 && c <= 0xE007F) // tag characters: invisible text
        || (c >= 0xD800 && c <= 0xDFFF); // a broken surrogate
}
} // namespace

QString PrintableDevice::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar unit = text.at(i);
        char32_t c = unit.unicode();
        qsizetype units = 1;
        if (unit.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            units = 2;
        }
        const char32_t next = i + units < n ? text.at(i + units).unicode() : 0;
        if (unsafe(c, next))
            out += QChar(0xFFFD); // a broken surrogate is one unit, unsafe on its own
        else
            out += QStringView(text).mid(i, units);
        i += units - 1;
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
