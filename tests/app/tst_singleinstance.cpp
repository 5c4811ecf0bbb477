// One window per register: a second start hands its arguments to the window already open and exits 0;
// a lock left by a crashed window is taken over; two registers open side by side; a message that
// breaks the limits is refused. Real processes of the real partnerdesk executable, real local sockets.

#include "instance/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

const QString NewTenant = u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s;
const QString Link = u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
                     "0d9e8f7a-1234-4abc-9def-0123456789ab&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s;

bool answers(const QString &serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    const bool connected = socket.waitForConnected(200);
    socket.abort();
    return connected;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyIsTheRegistersPath();
    void secondStartHandsItsLinkToTheFirst();
    void runningWindowOpensTheForwardedLink();
    void staleLockAfterCrashIsTakenOver();
    void twoRegistersSideBySide();
    void liveLockHolderIsNotTakenOver();
    void tooManyArgumentsAreRefusedBeforeContact();
    void hostileMessagesAreRefused();

private:
    QProcess *startApp(const QStringList &arguments, const QString &workingDirectory = {});
    int runApp(const QStringList &arguments, const QString &workingDirectory = {});
    QString cli(const QStringList &arguments);
    QString registerPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<QProcess *> m_running;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The lock and the socket live in the runtime folder: this test's own, private (0700) one, for the
    // test and for the programs it starts.
    const QString run = m_dir.filePath(u"run"_s);
    QVERIFY(QDir().mkpath(run));
    QVERIFY(QFile::setPermissions(run, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(run));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"XDG_RUNTIME_DIR"_s, run);
    m_env.insert(u"HOME"_s, m_dir.path());
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const QString &name : {u"a.partnerdesk"_s, u"b.partnerdesk"_s}) {
        QProcess demo;
        demo.setProcessEnvironment(m_env);
        demo.start(QStringLiteral(PARTNERDESK_CLI), {u"create-demo"_s, u"--db"_s, registerPath(name)});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
    }
}

void TestSingleInstance::init()
{
    // Each test starts with no lock and no socket left by the one before.
    for (const QString &name : {u"a.partnerdesk"_s, u"b.partnerdesk"_s}) {
        const SingleInstance names(registerPath(name));
        QFile::remove(names.lockFileName());
        QFile::remove(names.serverName());
    }
}

void TestSingleInstance::cleanup()
{
    for (QProcess *process : std::as_const(m_running)) {
        process->kill();
        process->waitForFinished(10000);
        delete process;
    }
    m_running.clear();
}

QProcess *TestSingleInstance::startApp(const QStringList &arguments, const QString &workingDirectory)
{
    auto *process = new QProcess;
    process->setProcessEnvironment(m_env);
    if (!workingDirectory.isEmpty())
        process->setWorkingDirectory(workingDirectory);
    process->start(QStringLiteral(PARTNERDESK_APP), arguments);
    m_running << process;
    return process;
}

// Runs partnerdesk to its end while this process's event loop keeps answering (it may be the window
// the program hands its arguments to).
int TestSingleInstance::runApp(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess *process = startApp(arguments, workingDirectory);
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, 60000))
        return -1;
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

QString TestSingleInstance::cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(PARTNERDESK_CLI), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestSingleInstance::keyIsTheRegistersPath()
{
    const QString plain = SingleInstance::keyFor(registerPath(u"a.partnerdesk"_s));
    QCOMPARE(SingleInstance::keyFor(m_dir.path() + u"/./run/../a.partnerdesk"_s), plain);
    QVERIFY(QFile::link(m_dir.path(), m_dir.filePath(u"linked"_s)) || QFileInfo(m_dir.filePath(u"linked"_s)).isSymLink());
    QCOMPARE(SingleInstance::keyFor(m_dir.filePath(u"linked/a.partnerdesk"_s)), plain);
    QVERIFY(SingleInstance::keyFor(registerPath(u"b.partnerdesk"_s)) != plain);
    // The names are in the private runtime folder.
    const SingleInstance names(registerPath(u"a.partnerdesk"_s));
    QVERIFY(names.serverName().startsWith(m_dir.filePath(u"run/partnerdesk-"_s)));
    QVERIFY(names.lockFileName().startsWith(m_dir.filePath(u"run/partnerdesk-"_s)));
}

void TestSingleInstance::secondStartHandsItsLinkToTheFirst()
{
    SingleInstance first(registerPath(u"a.partnerdesk"_s));
    QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
    QList<QStringList> received;
    first.setReceiver([&received](const QStringList &arguments) { received << arguments; });

    // A link, and an email named relative to the second start's own working folder.
    const QString folder = m_dir.filePath(u"mail"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile email(folder + u"/invite.eml"_s);
    QVERIFY(email.open(QIODevice::WriteOnly));
    email.write("Subject: invitation\r\n\r\n" + Link.toUtf8() + "\r\n");
    email.close();
    QCOMPARE(runApp({u"--db"_s, registerPath(u"a.partnerdesk"_s), Link, u"invite.eml"_s}, folder), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first(), QStringList({Link, QFileInfo(email).absoluteFilePath()}));

    // A start without arguments only brings the window forward: handed over, nothing to open.
    QCOMPARE(runApp({u"--db"_s, registerPath(u"a.partnerdesk"_s)}), 0);
    QCOMPARE(received.size(), 2);
    QVERIFY(received.last().isEmpty());
}

void TestSingleInstance::runningWindowOpensTheForwardedLink()
{
    QProcess *window = startApp({u"--db"_s, registerPath(u"a.partnerdesk"_s), u"--lang"_s, u"en"_s});
    const SingleInstance names(registerPath(u"a.partnerdesk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(answers(names.serverName()), 60000);
    QVERIFY(!cli({u"--db"_s, registerPath(u"a.partnerdesk"_s), u"history"_s, u"--limit"_s, u"3"_s, u"--format"_s, u"json"_s}).contains(NewTenant));

    QCOMPARE(runApp({u"--db"_s, registerPath(u"a.partnerdesk"_s), Link}), 0);
    // The window that was open recorded the invitation as received (the second start did not).
    QTRY_VERIFY_WITH_TIMEOUT(
        cli({u"--db"_s, registerPath(u"a.partnerdesk"_s), u"history"_s, u"--limit"_s, u"3"_s, u"--format"_s, u"json"_s}).contains(NewTenant),
        20000);
    QCOMPARE(window->state(), QProcess::Running);
    QVERIFY(window->readAllStandardError().contains("a second start handed over 1 argument(s)"));
}

void TestSingleInstance::staleLockAfterCrashIsTakenOver()
{
    QProcess *window = startApp({u"--db"_s, registerPath(u"a.partnerdesk"_s)});
    const SingleInstance names(registerPath(u"a.partnerdesk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(answers(names.serverName()), 60000);
    window->kill(); // SIGKILL: no clean-up, as in a crash
    QVERIFY(window->waitForFinished(10000));
    QVERIFY(QFile::exists(names.lockFileName()));
    QVERIFY(QFile::exists(names.serverName()));
    QVERIFY(!answers(names.serverName()));

    SingleInstance next(registerPath(u"a.partnerdesk"_s));
    QCOMPARE(next.claim({}, 2000), SingleInstance::Role::Primary);
    QList<QStringList> received;
    next.setReceiver([&received](const QStringList &arguments) { received << arguments; });
    QCOMPARE(runApp({u"--db"_s, registerPath(u"a.partnerdesk"_s), Link}), 0);
    QCOMPARE(received, QList<QStringList>({QStringList {Link}}));
}

void TestSingleInstance::twoRegistersSideBySide()
{
    SingleInstance first(registerPath(u"a.partnerdesk"_s));
    QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
    QList<QStringList> received;
    first.setReceiver([&received](const QStringList &arguments) { received << arguments; });

    QProcess *other = startApp({u"--db"_s, registerPath(u"b.partnerdesk"_s)});
    const SingleInstance names(registerPath(u"b.partnerdesk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(answers(names.serverName()), 60000);
    QCOMPARE(other->state(), QProcess::Running);
    QVERIFY(received.isEmpty());
    QVERIFY(names.serverName() != first.serverName());
}

void TestSingleInstance::liveLockHolderIsNotTakenOver()
{
    // A process that is alive holds the lock (written as QLockFile writes it) but does not answer, as
    // a window stuck at start-up would: a second start waits, then says so; it never takes the lock
    // over, however old the lock is.
    QProcess holder;
    holder.start(u"sleep"_s, {u"60"_s});
    QVERIFY(holder.waitForStarted());
    const SingleInstance names(registerPath(u"b.partnerdesk"_s));
    QFile lock(names.lockFileName());
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(holder.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QTest::qWait(300);

    SingleInstance second(registerPath(u"b.partnerdesk"_s));
    QCOMPARE(second.claim({Link}, 1000), SingleInstance::Role::Failed);
    QVERIFY(second.errorString().contains(u"already open on this register (process %1)"_s.arg(holder.processId())));
    QVERIFY(QFile::exists(names.lockFileName()));
    holder.kill();
    holder.waitForFinished();

    // Once that process is gone, its lock is stale and the next start takes it.
    SingleInstance third(registerPath(u"b.partnerdesk"_s));
    QCOMPARE(third.claim({}, 1000), SingleInstance::Role::Primary);
}

void TestSingleInstance::tooManyArgumentsAreRefusedBeforeContact()
{
    SingleInstance instance(registerPath(u"a.partnerdesk"_s));
    QStringList many;
    for (int i = 0; i <= SingleInstance::MaxArguments; ++i)
        many << Link;
    QCOMPARE(instance.claim(many), SingleInstance::Role::Failed);
    QVERIFY(instance.errorString().contains(u"at most 32"_s));
    QVERIFY(!QFile::exists(instance.lockFileName()));
    SingleInstance longOne(registerPath(u"a.partnerdesk"_s));
    QCOMPARE(longOne.claim({QString(SingleInstance::MaxArgumentLength + 1, u'x')}), SingleInstance::Role::Failed);
}

void TestSingleInstance::hostileMessagesAreRefused()
{
    SingleInstance first(registerPath(u"a.partnerdesk"_s));
    QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
    QList<QStringList> received;
    first.setReceiver([&received](const QStringList &arguments) { received << arguments; });

    const auto send = [&first](const QByteArray &message) {
        QLocalSocket socket;
        socket.connectToServer(first.serverName());
        if (!socket.waitForConnected(2000))
            return QByteArray("no connection");
        socket.write(message);
        socket.flush();
        // The window answers or hangs up; either way the socket ends up closed.
        if (!QTest::qWaitFor([&socket] { return socket.state() == QLocalSocket::UnconnectedState; }, 5000))
            return QByteArray("still connected");
        return socket.readAll();
    };
    const auto framed = [](const QByteArray &payload) -> QByteArray {
        QByteArray message(4, '\0');
        qToBigEndian(quint32(payload.size()), message.data());
        message += payload;
        return message;
    };
    // A length far over the limit, invalid UTF-8, one argument too many: hung up on, nothing opened.
    QCOMPARE(send(QByteArray("\xff\xff\xff\xffx", 5)), QByteArray());
    QCOMPARE(send(framed("\xc3\x28")), QByteArray());
    QByteArray many;
    for (int i = 0; i <= SingleInstance::MaxArguments; ++i)
        many += i == 0 ? QByteArray("a") : QByteArray("\0a", 2);
    QCOMPARE(send(framed(many)), QByteArray());
    QVERIFY(received.isEmpty());
    // A well-formed one is answered and handed on.
    QCOMPARE(send(framed(Link.toUtf8())), QByteArray(1, '\x06'));
    QCOMPARE(received, QList<QStringList>({QStringList {Link}}));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
