// partnerdesk-cli: headless entry point.

#include "cli.h"
#include "printabledevice.h"
#include "translations.h"

#include <QGuiApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// --lang must take effect before the parser's help text is built, so it is read ahead of the parser.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == "--lang"_L1 || a == "-lang"_L1) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith("--lang="_L1))
            return a.mid(7);
    }
    return {};
}
PrintableDevice *messageDevice = nullptr;

// Qt's warnings can quote a register's contents (an SQLite error raised by a crafted trigger).
void printableMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (messageDevice) {
        const QByteArray line = (message + u'\n').toUtf8();
        messageDevice->write(line);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    // A PDF report needs fonts, so export runs a GUI application, on the offscreen platform: the CLI
    // never opens a window. Every other command stays a plain core application.
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || qstrcmp(argv[i], "export") == 0;
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = exporting ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));

    QTextStream in(stdin);
    PrintableDevice stdoutDevice(stdout);
    PrintableDevice stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    PrintableDevice messages(stderr);
    messageDevice = &messages;
    qInstallMessageHandler(printableMessages);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(nullptr);
        messageDevice = nullptr;
    });
    Translations translations;
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    if (!requested.isEmpty() && Translations::normalise(requested).isEmpty()) {
        translations.setLanguage(Translations::systemLanguage());
        err << u"partnerdesk-cli: "_s
            << QCoreApplication::translate("Cli", "Unknown language %1; use nl or en.").arg(requested)
            << Qt::endl;
        return Cli::BadInput;
    }
    const QString saved = QSettings().value(u"language"_s).toString();
    translations.setLanguage(
        !requested.isEmpty() ? requested : (saved.isEmpty() ? Translations::systemLanguage() : saved));
    return Cli::run(QCoreApplication::arguments(), in, out, err);
}
