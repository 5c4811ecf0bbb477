// Runs the real partnerdesk executable headless: the picture scripts/run writes without a display,
// first start creating the demo register, and refusals of bad input.

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartCreatesDemoRegisterAndWritesPicture();
    void badRegisterIsRefusedUnchanged();
    void unknownOperatorIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QString &program, const QStringList &arguments) const;
    QTemporaryDir m_home;
};

TestAppExecutable::Run TestAppExecutable::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestAppExecutable::firstStartCreatesDemoRegisterAndWritesPicture()
{
    const QString register_ = m_home.filePath(u"data/PartnerDesk/PartnerDesk/partnerdesk.sqlite"_s);
    QVERIFY(!QFile::exists(register_));
    const QString picture = m_home.filePath(u"window.png"_s);
    const Run app = run(QStringLiteral(PARTNERDESK_APP), {u"--screenshot"_s, picture, u"--lang"_s, u"nl"_s});
    QCOMPARE(app.exitCode, 0);
    QVERIFY(app.out.contains(u"window.png"_s));
    QImage image(picture);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    QVERIFY(QFile::exists(register_));

    // The CLI finds the same default register.
    const Run cli = run(QStringLiteral(PARTNERDESK_CLI), {u"info"_s});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY(cli.out.contains(u"Het Baken College"_s));
}

void TestAppExecutable::badRegisterIsRefusedUnchanged()
{
    const QString path = m_home.filePath(u"notes.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a register\n");
    f.close();
    const Run app = run(
        QStringLiteral(PARTNERDESK_APP), {u"--db"_s, path, u"--screenshot"_s, m_home.filePath(u"x.png"_s)});
    QCOMPARE(app.exitCode, 2);
    QVERIFY2(app.err.contains(u"notes.txt"_s) && app.err.contains(u"not an SQLite database"_s),
        qPrintable(app.err));
    QVERIFY(!QFile::exists(m_home.filePath(u"x.png"_s)));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a register\n"));
}

void TestAppExecutable::unknownOperatorIsRefused()
{
    const QString db = m_home.filePath(u"demo.sqlite"_s);
    QCOMPARE(run(QStringLiteral(PARTNERDESK_CLI), {u"create-demo"_s, u"--db"_s, db}).exitCode, 0);
    const Run app = run(QStringLiteral(PARTNERDESK_APP),
        {u"--db"_s, db, u"--as"_s, u"nobody@example.test"_s, u"--screenshot"_s, m_home.filePath(u"y.png"_s)});
    QCOMPARE(app.exitCode, 2);
    QVERIFY(app.err.contains(u"anna.devries@hetbaken.example"_s));
}

QTEST_GUILESS_MAIN(TestAppExecutable)
#include "tst_appexecutable.moc"
