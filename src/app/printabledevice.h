#pragma once
// PrintableDevice: what partnerdesk-cli writes to the terminal passes through here, so no text from a
// register, a file or an email can carry a control character (an escape sequence, a lone carriage
// return, a bidi override) to the terminal, whichever command printed it. Tab, newline and CR LF pass.
// Qt's own messages (qWarning and friends) are routed through it too (climain.cpp).

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

class PrintableDevice : public QIODevice
{
public:
    explicit PrintableDevice(FILE *stream);
    ~PrintableDevice() override;

    // Replaces C0 and C1 controls (but tab, newline and CR before LF), DEL, line separators, bidi
    // controls, tag characters and broken surrogates with U+FFFD; joiners and soft hyphens pass.
    static QString printable(const QString &text);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void pass(QString text, bool final);

    QFile m_file;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    bool m_pendingReturn = false; // a CR at the end of a write, kept until we know whether LF follows
};
