// The install tree: `cmake --install` into a temporary prefix puts every file where the Debian package
// and the desktop expect it, under the one application id; the icons have their sizes; the man pages
// name every command and option the programs' --help shows; the metainfo's newest release and the
// changelog's are this version.

#include <QDir>
#include <QDirIterator>
#include <QDomDocument>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = QStringLiteral(PARTNERDESK_APP_ID);

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

// The names --help lists: the commands (two spaces, a word, two spaces) and every long option.
QStringList helpNames(const QString &help)
{
    QStringList names;
    static const QRegularExpression command(u"^  ([a-z][a-z-]+)  "_s, QRegularExpression::MultilineOption);
    static const QRegularExpression option(u"(--[a-z][a-z-]+)"_s);
    bool inCommands = false;
    for (const QString &line : help.split(u'\n')) {
        if (!line.startsWith(u' '))
            inCommands = line == u"Commands:"_s;
        if (inCommands) {
            const auto m = command.match(line);
            if (m.hasMatch())
                names << m.captured(1);
        }
    }
    for (auto it = option.globalMatch(help); it.hasNext();)
        names << it.next().captured(1);
    names.removeDuplicates();
    return names;
}

} // namespace

class TestInstallTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesAreWhereThePackageExpectsThem();
    void desktopEntryUsesTheAppId();
    void metainfoNamesTheAppAndThisRelease();
    void iconsHaveTheirSizes();
    void manPagesNameEveryCommandAndOption_data();
    void manPagesNameEveryCommandAndOption();
    void changelogIsThisVersion();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QTemporaryDir m_prefix;
};

void TestInstallTree::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    int code = -1;
    run(QStringLiteral(CMAKE_COMMAND), {u"--install"_s, QStringLiteral(PARTNERDESK_BUILD_DIR), u"--prefix"_s, m_prefix.path()},
        &code);
    QCOMPARE(code, 0);
}

void TestInstallTree::filesAreWhereThePackageExpectsThem()
{
    const QStringList expected {
        u"bin/partnerdesk"_s,
        u"bin/partnerdesk-cli"_s,
        u"share/applications/%1.desktop"_s.arg(AppId),
        u"share/metainfo/%1.metainfo.xml"_s.arg(AppId),
        u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(AppId),
        u"share/man/man1/partnerdesk.1.gz"_s,
        u"share/man/man1/partnerdesk-cli.1.gz"_s,
        u"share/doc/partnerdesk/copyright"_s,
        u"share/doc/partnerdesk/changelog.gz"_s,
    };
    for (const QString &file : expected)
        QVERIFY2(QFileInfo(installed(file)).isFile(), qPrintable(file));
    QVERIFY(QFileInfo(installed(u"bin/partnerdesk"_s)).isExecutable());
    QVERIFY(QFileInfo(installed(u"bin/partnerdesk-cli"_s)).isExecutable());
    // Nothing else in the tree: every file installed is one the package means to ship.
    QStringList all;
    QDirIterator it(m_prefix.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all << QDir(m_prefix.path()).relativeFilePath(it.next());
    for (const QString &file : std::as_const(all)) {
        const bool png = QRegularExpression(u"^share/icons/hicolor/\\d+x\\d+/apps/"_s + QRegularExpression::escape(AppId)
                                            + u"\\.png$"_s)
                             .match(file)
                             .hasMatch();
        QVERIFY2(expected.contains(file) || png, qPrintable(file));
    }
}

void TestInstallTree::desktopEntryUsesTheAppId()
{
    QFile file(installed(u"share/applications/%1.desktop"_s.arg(AppId)));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> entry;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(lines.first(), u"[Desktop Entry]"_s);
    for (const QString &line : lines)
        entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    QCOMPARE(entry.value(u"Icon"_s), AppId);
    QCOMPARE(entry.value(u"Exec"_s), u"partnerdesk %U"_s);
    QVERIFY(entry.value(u"MimeType"_s).split(u';').contains(u"message/rfc822"_s));
    QVERIFY(!entry.value(u"Comment[nl]"_s).isEmpty());
    QVERIFY(!entry.value(u"Keywords[nl]"_s).isEmpty());
    // The running window says the same id, so the desktop finds its entry and icon.
    int code = -1;
    const QByteArray version = run(installed(u"bin/partnerdesk"_s), {u"--version"_s}, &code);
    QCOMPARE(code, 0);
    QVERIFY(version.contains(PARTNERDESK_VERSION));
}

void TestInstallTree::metainfoNamesTheAppAndThisRelease()
{
    QFile file(installed(u"share/metainfo/%1.metainfo.xml"_s.arg(AppId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&file));
    const QDomElement component = doc.documentElement();
    QCOMPARE(component.firstChildElement(u"id"_s).text(), AppId);
    QCOMPARE(component.firstChildElement(u"launchable"_s).text(), AppId + u".desktop"_s);
    const QDomElement newest = component.firstChildElement(u"releases"_s).firstChildElement(u"release"_s);
    QCOMPARE(newest.attribute(u"version"_s), QStringLiteral(PARTNERDESK_VERSION));
    // The description in both languages.
    bool dutch = false;
    const QDomNodeList paragraphs = component.firstChildElement(u"description"_s).elementsByTagName(u"p"_s);
    for (int i = 0; i < paragraphs.size(); ++i)
        dutch = dutch || paragraphs.at(i).toElement().attribute(u"xml:lang"_s) == u"nl"_s;
    QVERIFY(dutch);
}

void TestInstallTree::iconsHaveTheirSizes()
{
    const QDir hicolor(installed(u"share/icons/hicolor"_s));
    const QStringList folders = hicolor.entryList({u"*x*"_s}, QDir::Dirs);
    QVERIFY(folders.contains(u"48x48"_s));
    QVERIFY(folders.contains(u"256x256"_s));
    for (const QString &folder : folders) {
        const int size = folder.section(u'x', 0, 0).toInt();
        const QImage image(hicolor.filePath(folder + u"/apps/"_s + AppId + u".png"_s));
        QVERIFY2(!image.isNull(), qPrintable(folder));
        QCOMPARE(image.size(), QSize(size, size));
        // Drawn, not blank: the middle pixel is opaque.
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
}

void TestInstallTree::manPagesNameEveryCommandAndOption_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("partnerdesk") << u"partnerdesk"_s;
    QTest::newRow("partnerdesk-cli") << u"partnerdesk-cli"_s;
}

void TestInstallTree::manPagesNameEveryCommandAndOption()
{
    QFETCH(QString, program);
    int code = -1;
    const QString help = QString::fromUtf8(run(installed(u"bin/"_s + program), {u"--lang"_s, u"en"_s, u"--help"_s}, &code));
    QCOMPARE(code, 0);
    const QStringList names = helpNames(help);
    QVERIFY(names.size() > 5);
    // The page as man shows it (groff, plain ASCII, no hyphenation).
    QProcess man;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MANWIDTH"_s, u"200"_s);
    env.insert(u"MAN_KEEP_FORMATTING"_s, u"0"_s);
    man.setProcessEnvironment(env);
    man.start(u"man"_s, {u"--warnings"_s, u"-E"_s, u"ascii"_s, u"-l"_s, installed(u"share/man/man1/%1.1.gz"_s.arg(program))});
    QVERIFY(man.waitForFinished(60000));
    QCOMPARE(man.exitCode(), 0);
    const QByteArray warnings = man.readAllStandardError();
    QVERIFY2(warnings.isEmpty(), warnings.constData());
    // Bold and underlining by overstrike removed.
    QString page = QString::fromLatin1(man.readAllStandardOutput());
    page.remove(QRegularExpression(u".\\x08"_s));
    QVERIFY(page.contains(u"SYNOPSIS"_s));
    for (const QString &name : names)
        QVERIFY2(page.contains(name), qPrintable(program + u": "_s + name));
}

void TestInstallTree::changelogIsThisVersion()
{
    QProcess gunzip;
    gunzip.start(u"gzip"_s, {u"-dc"_s, installed(u"share/doc/partnerdesk/changelog.gz"_s)});
    QVERIFY(gunzip.waitForFinished(10000));
    const QString first = QString::fromUtf8(gunzip.readAllStandardOutput()).section(u'\n', 0, 0);
    QCOMPARE(first, u"partnerdesk (%1) unstable; urgency=medium"_s.arg(QStringLiteral(PARTNERDESK_VERSION)));
}

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_installtree.moc"
