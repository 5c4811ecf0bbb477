// partnerdesk: the window. Parses the command line, opens the register, wires the layers together.

#include "activity/sqlactivityrepository.h"
#include "common/clock.h"
#include "database/database.h"
#include "directory/directoryrefresher.h"
#include "directory/outboxsender.h"
#include "directory/sqldirectoryrepository.h"
#include "instance/singleinstance.h"
#include "partners/partnerpage.h"
#include "printabledevice.h"
#include "register/sqlregisterrepository.h"
#include "registersession.h"
#include "review/sqlreviewrepository.h"
#include "shell/firststartdialog.h"
#include "shell/mainwindow.h"
#include "startupprobe.h"
#include "translations.h"
#include "widgets/focusstyle.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

QString argumentValue(int argc, char *argv[], const char *name)
{
    const QByteArray option = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QByteArray(option + '=')))
            return QString::fromLocal8Bit(arg.mid(option.size() + 1));
    }
    return {};
}

// The message may quote a register's contents (operator UPNs, a file name): plain text in the box, and
// no control characters on the terminal.
void showError(bool headless, const QString &message)
{
    QTextStream(stderr) << u"partnerdesk: "_s << PrintableDevice::printable(message) << Qt::endl;
    if (!headless) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "PartnerDesk"), message);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // A picture of the window needs no display: render it offscreen. Nor do --help and --version
    // (read in a terminal without one, and by the build when it writes the man page).
    const bool screenshot = !argumentValue(argc, argv, "screenshot").isEmpty();
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        textOnly = textOnly || arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version";
    }
    if ((screenshot || textOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationName(u"PartnerDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(u"PartnerDesk"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(PARTNERDESK_APP_ID));
    QApplication::setWindowIcon(Icons::icon(Icons::Icon::Application));
    FocusStyle::install(); // a focus ring people can see, in the first-start dialog too

    Translations translations;
    QSettings settings;
    const QString requested = argumentValue(argc, argv, "lang");
    const QString saved = settings.value(u"language"_s).toString();
    QString language = Translations::normalise(requested);
    if (language.isEmpty())
        language = Translations::normalise(saved);
    if (language.isEmpty())
        language = Translations::systemLanguage();
    translations.setLanguage(language);
    if (!requested.isEmpty() && Translations::normalise(requested).isEmpty()) {
        showError(screenshot,
            QCoreApplication::translate("main", "Unknown language %1; use nl or en.").arg(requested));
        return BadInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "PartnerDesk: a register of your organisation's Microsoft partner relationships."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        QCoreApplication::translate("main",
            "Open the register FILE instead of the "
            "default one."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption asOption(u"as"_s,
        QCoreApplication::translate("main", "Act as the operator with this UPN."),
        QCoreApplication::translate("main", "UPN"));
    const QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Language: nl or en."),
        QCoreApplication::translate("main", "LANGUAGE"));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QCoreApplication::translate("main", "Write a picture of the main window to FILE (PNG) and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption pageOption(u"page"_s,
        QCoreApplication::translate("main",
            "Open on this page: overview, partners, review, todo, invitations, find, history or settings."),
        QCoreApplication::translate("main", "PAGE"));
    const QCommandLineOption partnerOption(u"partner"_s,
        QCoreApplication::translate("main", "Select the partner with this tenant ID (for --screenshot)."),
        QCoreApplication::translate("main", "TENANT-ID"));
    parser.addOptions({dbOption, asOption, langOption, screenshotOption, pageOption, partnerOption});
    parser.addPositionalArgument(u"invitation"_s,
        QCoreApplication::translate("main",
            "An invitation link, or a saved email (.eml) holding one, to open on the Invitations page."),
        QCoreApplication::translate("main", "[LINK | EMAIL-FILE]"));
    parser.process(app);

    SystemClock clock;
    const bool explicitPath = parser.isSet(dbOption);
    const QString path = explicitPath ? parser.value(dbOption) : RegisterSession::defaultPath();

    // One window per register: a second start hands its links and emails to the window already open
    // (files by their full path, as the other window has its own working folder) and ends.
    QStringList forwarded;
    for (const QString &argument : parser.positionalArguments())
        forwarded << (QFileInfo(argument).isFile() ? QFileInfo(argument).absoluteFilePath() : argument);
    SingleInstance instance(path);
    if (!screenshot && !StartupProbe::requested()) {
        switch (instance.claim(forwarded)) {
        case SingleInstance::Role::Forwarded:
            return Ok;
        case SingleInstance::Role::Failed:
            showError(false, instance.errorString());
            return Failed;
        case SingleInstance::Role::Primary:
            break;
        }
    }
    // First start with a window to ask in: the demo, or the organisation's own register.
    if (!explicitPath && !screenshot && !StartupProbe::requested() && !QFileInfo::exists(path)) {
        Database::makePrivatePath(QFileInfo(path).absolutePath()); // it holds contact details: 0700
        FirstStartDialog first;
        while (true) {
            if (first.exec() != QDialog::Accepted)
                return Ok;
            if (first.wantsDemo())
                break;
            const Status created
                = RegisterSession::createRegister(path, first.organisation(), first.firstOperator(), clock);
            if (created)
                break;
            first.showProblem(created.error().field, created.error().message);
        }
    }
    auto opened = RegisterSession::open(path, explicitPath, RegisterSession::WhenMissing::CreateDemo, clock);
    if (!opened) {
        showError(screenshot, opened.error().message);
        return BadInput;
    }
    RegisterSession &session = *opened.value();
    if (Status s = session.selectOperator(parser.value(asOption)); !s) {
        showError(screenshot, s.error().message);
        return BadInput;
    }

    // The partner directory and the network clients that refresh it and deliver the outbox.
    SqlDirectoryRepository directory(session.database(), session.repository().notifier());
    QNetworkAccessManager network;
    DirectoryRefresher refresher(directory, network);
    OutboxSender sender(directory, network, clock);
    SqlActivityRepository activity(session.database(), session.repository().notifier());
    SqlReviewRepository reviews(session.database(), session.repository().notifier());
    // A report in another language than the window's: that language's catalogues on top for the
    // moment it takes, then the window's language (and date format) back.
    const auto inLanguage = [&translations](const QString &language, const std::function<void()> &work) {
        if (Translations::normalise(language) == translations.language()) {
            work();
            return;
        }
        const QLocale before;
        {
            Translations scoped;
            scoped.setLanguage(language);
            work();
        }
        QLocale::setDefault(before);
    };
    MainWindow window(UiContext {session.repository(), session.repositoryOpener(), clock, &directory,
        &refresher, &sender, &RegisterSession::receiptFolders, &activity, session.activityOpener(), &reviews,
        session.database().path(), inLanguage});
    window.setOperators(session.operators(), session.actor().upn);
    window.setCurrentLanguage(translations.language());
    QObject::connect(&window, &MainWindow::languageRequested, &window, [&](const QString &lang) {
        if (translations.setLanguage(lang)) {
            QSettings().setValue(u"language"_s, translations.language());
            window.setCurrentLanguage(translations.language());
        }
    });
    QObject::connect(&window, &MainWindow::operatorChanged, &window, [&](const Operator &op) {
        (void)session.reloadOperators(); // one may have been added in Settings
        (void)session.selectOperator(op.upn);
    });

    if (parser.isSet(pageOption)) {
        static const QStringList pages {u"overview"_s, u"partners"_s, u"review"_s, u"todo"_s,
            u"invitations"_s, u"find"_s, u"history"_s, u"settings"_s};
        const qsizetype page = pages.indexOf(parser.value(pageOption).trimmed().toLower());
        if (page < 0) {
            showError(screenshot,
                QCoreApplication::translate("main", "There is no page %1; choose one of: %2.")
                    .arg(parser.value(pageOption).left(40), pages.join(u", "_s)));
            return BadInput;
        }
        window.showPage(MainWindow::Page(page));
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.resize(1280, 760);
        window.show();
        // Wait for the partner list so the picture shows it, not the loading state.
        if (window.partnerPage()->isLoading()) {
            QEventLoop loop;
            QObject::connect(window.partnerPage(), &PartnerPage::loadFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (parser.isSet(partnerOption))
            window.partnerPage()->selectPartner(parser.value(partnerOption).trimmed().toLower());
        QCoreApplication::processEvents();
        if (!window.grab().save(file, "PNG")) {
            showError(true,
                QCoreApplication::translate("main", "The picture could not be written to %1.")
                    .arg(QDir::toNativeSeparators(file)));
            return Failed;
        }
        QTextStream(stdout) << QDir(file).absolutePath() << Qt::endl;
        return Ok;
    }
    if (StartupProbe::requested()) {
        // The probe times the partner list from process start, as it has since it was written (the
        // overview, the first page otherwise, is not part of that figure).
        window.showPage(MainWindow::PartnersPage);
        new StartupProbe(window, sinceMain);
    }
    window.show();
    // partnerdesk URL: open the window at that invitation (recorded as received, ready for review);
    // the same for what a later start on this register hands over, with the window brought forward.
    const auto open = [&window](const QStringList &arguments) {
        for (const QString &argument : arguments) {
            if (QFileInfo(argument).isFile())
                window.openInvitationEmail(argument);
            else
                window.openInvitation(argument);
        }
    };
    open(forwarded);
    instance.setReceiver([&window, open](const QStringList &arguments) {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
        qInfo().noquote() << "partnerdesk: a second start handed over" << arguments.size() << "argument(s)";
        open(arguments);
    });
    return app.exec();
}
