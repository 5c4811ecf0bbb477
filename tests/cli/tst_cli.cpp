// Runs the real partnerdesk-cli executable against registers in temporary directories.

#include "clirunner.h"
#include "craftedregisters.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void createDemoRefusesExistingFile();
    void createDemoNeedsDb();
    void info();
    void listTable();
    void listJson();
    void listCsvIsSafe();
    void verifyAuditIntact();
    void verifyAuditNamesFirstAlteredEvent();
    void badRegisterFiles_data();
    void badRegisterFiles();
    void readOnlyCommandsLeaveForeignWalFileUnchanged();
    void readOnlyCommandsLeaveOlderRegisterUnchanged();
    void unknownOperatorListsOperators();
    void knownOperatorIsAccepted();
    void badArguments_data();
    void badArguments();
    void dutchOutput();
    void removeRolesAsksAndNoIsDefault();
    void removeRolesYes();
    void todoDoneAndWithdraw();
    void removeRolesRefusedForHelpdesk();
    void history();
    void inspectLink();
    void inspectEmail();
    void terminalGetsNoControlCharacters();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QString demoPath() const { return m_dir.filePath(u"demo.sqlite"_s); }

    QTemporaryDir m_dir;
};

TestCli::Run TestCli::cli(const QStringList &arguments, const QByteArray &input) const
{
    const CliRun run = runCli(m_dir, arguments, input);
    return {run.exitCode, run.out, run.err};
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run run = cli({u"create-demo"_s, u"--db"_s, demoPath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"demo.sqlite"_s));
    QVERIFY(run.err.isEmpty());
    QVERIFY(QFile::exists(demoPath()));
}

void TestCli::helpAndVersion()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command : {u"create-demo"_s, u"info"_s, u"list"_s, u"verify-audit"_s,
             u"remove-roles"_s, u"history"_s, u"--db"_s, u"--as"_s, u"--yes"_s, u"--partner"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(u"0.1"_s));
}

void TestCli::createDemoRefusesExistingFile()
{
    QFile f(demoPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();
    const Run run = cli({u"create-demo"_s, u"--db"_s, demoPath()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"already exists"_s));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
}

void TestCli::createDemoNeedsDb()
{
    const Run run = cli({u"create-demo"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--db"_s));
}

void TestCli::info()
{
    const Run run = cli({u"info"_s, u"--db"_s, demoPath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Het Baken College"_s));
    QVERIFY(run.out.contains(u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s));
    QVERIFY(run.out.contains(QRegularExpression(u"Schema version:\\s+9\\b"_s)));
    QVERIFY(run.out.contains(QRegularExpression(u"Partners:\\s+14\\b"_s)));
    QVERIFY(run.out.contains(QRegularExpression(u"Relationships:\\s+14\\b"_s)));
    QVERIFY(run.out.contains(QRegularExpression(u"Audit events:\\s+15\\b"_s)));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"info-check"_s);
    db.setDatabaseName(demoPath());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s) && q.next());
        QVERIFY(run.out.contains(q.value(0).toString()));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"info-check"_s);
}

void TestCli::listTable()
{
    const Run run = cli({u"list"_s, u"--db"_s, demoPath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Contoso Onderwijs ICT"_s));
    QVERIFY(run.out.contains(u"Reseller & delegated administrator"_s));
    QVERIFY(run.out.contains(u"Global Administrator, Helpdesk Administrator"_s));
    QVERIFY(run.out.contains(u"14 relationships"_s));
}

void TestCli::listJson()
{
    const Run run = cli({u"list"_s, u"--db"_s, demoPath(), u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 14);
    QJsonObject contoso;
    QJsonObject woodgrove;
    for (const QJsonValue &v : array) {
        const QString name = v[u"partner"_s][u"name"_s].toString();
        if (name == "Contoso Onderwijs ICT"_L1)
            contoso = v.toObject();
        if (name == "Woodgrove Security"_L1)
            woodgrove = v.toObject();
    }
    QCOMPARE(contoso[u"partner"_s][u"tenantId"_s].toString(), u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s);
    QCOMPARE(contoso[u"types"_s].toArray(), QJsonArray {u"resellerAndDelegatedAdministrator"_s});
    QCOMPARE(
        contoso[u"roles"_s][0][u"roleDefinitionId"_s].toString(), u"62e90394-69f5-4237-9190-012177145e10"_s);
    QCOMPARE(contoso[u"roles"_s][0][u"name"_s].toString(), u"Global Administrator"_s);
    QCOMPARE(contoso[u"agreement"_s][u"status"_s].toString(), u"accepted"_s);
    QVERIFY(contoso[u"gdap"_s].isNull());
    QCOMPARE(woodgrove[u"gdap"_s][u"status"_s].toString(), u"active"_s);
    QCOMPARE(woodgrove[u"gdap"_s][u"duration"_s].toString(), u"P180D"_s);
    QVERIFY(!woodgrove[u"gdap"_s][u"endDateTime"_s].toString().isEmpty());
}

void TestCli::listCsvIsSafe()
{
    // A partner whose name is a spreadsheet formula must come out as text.
    const QString path = m_dir.filePath(u"formula.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"formula"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE partners SET name = '=HYPERLINK(\"http://evil.example\",\"x\")' "
                       "WHERE name = 'Adatum Apps'"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"formula"_s);
    const Run run = cli({u"list"_s, u"--db"_s, path, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15);
    QVERIFY(lines.first().startsWith(u"\"Partner name\",\"Partner tenant ID\""_s));
    QVERIFY(run.out.contains(u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""_s));
    QVERIFY(!run.out.contains(u"\"=HYPERLINK"_s));
}

void TestCli::verifyAuditIntact()
{
    const Run run = cli({u"verify-audit"_s, u"--db"_s, demoPath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"intact: 15 events"_s));
}

void TestCli::verifyAuditNamesFirstAlteredEvent()
{
    const QString path = m_dir.filePath(u"tampered.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_update"_s));
        QVERIFY(q.exec(u"UPDATE audit_events SET operator_name = 'Mallory' WHERE seq = 9"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const Run run = cli({u"verify-audit"_s, u"--db"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"broken at event 9"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"altered"_s));
}

void TestCli::badRegisterFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // empty name: the file is not created
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << u"does not exist"_s;
    QTest::newRow("not sqlite") << QByteArray("hello, world\n") << u"not an SQLite database"_s;
    QByteArray corrupt(8192, '\x33');
    corrupt.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    QTest::newRow("corrupt") << corrupt << u"PartnerDesk register"_s;
}

void TestCli::badRegisterFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".db"_s);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    for (const QString &command : {u"info"_s, u"list"_s, u"verify-audit"_s}) {
        const Run run = cli({command, u"--db"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(path));
        QCOMPARE(run.err.count(u'\n'), 1);
    }
    if (content.isEmpty()) {
        QVERIFY(!QFile::exists(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
}

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList readOnlyCommands {
    u"info"_s, u"list"_s, u"history"_s, u"verify-audit"_s, u"operators"_s, u"todo"_s};
} // namespace

void TestCli::readOnlyCommandsLeaveForeignWalFileUnchanged()
{
    const QString path = m_dir.filePath(u"foreign-with-wal.sqlite"_s);
    const QString failed = TestSupport::writeForeignDatabaseWithWal(path);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QByteArray main = fileBytes(path);
    const QByteArray wal = fileBytes(path + u"-wal"_s);
    QVERIFY(!wal.isEmpty());
    for (const QString &command : readOnlyCommands + QStringList {u"import"_s, u"upgrade"_s}) {
        const Run run = cli({command, u"--db"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"not a PartnerDesk register"_s), qPrintable(command + run.err));
        QVERIFY2(fileBytes(path) == main, qPrintable(command));
        QVERIFY2(fileBytes(path + u"-wal"_s) == wal, qPrintable(command));
    }
}

void TestCli::readOnlyCommandsLeaveOlderRegisterUnchanged()
{
    const QString path = m_dir.filePath(u"older.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const QString failed = TestSupport::downgradeToSchemaOne(db);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    const QByteArray before = fileBytes(path);
    for (const QString &command : readOnlyCommands) {
        const Run run = cli({command, u"--db"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"older version of PartnerDesk"_s), qPrintable(command + run.err));
        QVERIFY2(run.err.contains(u"partnerdesk-cli upgrade --db"_s), qPrintable(run.err));
        QVERIFY2(fileBytes(path) == before, qPrintable(command));
        QVERIFY2(!QFile::exists(path + u"-wal"_s), qPrintable(command));
    }
    const Run upgrade = cli({u"upgrade"_s, u"--db"_s, path});
    QCOMPARE(upgrade.exitCode, 0);
    QVERIFY2(upgrade.out.contains(u"schema version 9"_s), qPrintable(upgrade.out));
    const Run info = cli({u"info"_s, u"--db"_s, path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QRegularExpression(u"Relationships:\\s+14\\b"_s)));
}

void TestCli::unknownOperatorListsOperators()
{
    const Run run = cli({u"info"_s, u"--db"_s, demoPath(), u"--as"_s, u"mallory@evil.example"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"mallory@evil.example"_s));
    QVERIFY(run.err.contains(u"anna.devries@hetbaken.example"_s));
    QVERIFY(run.err.contains(u"bram.jansen@hetbaken.example"_s));
    QVERIFY(run.err.contains(u"chloe.bakker@hetbaken.example"_s));
}

void TestCli::knownOperatorIsAccepted()
{
    const Run run = cli({u"info"_s, u"--db"_s, demoPath(), u"--as"_s, u"Chloe.Bakker@hetbaken.example"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Chloé Bakker <chloe.bakker@hetbaken.example>"_s));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList {} << u"No command"_s;
    QTest::newRow("unknown command") << QStringList {u"explode"_s} << u"Unknown command explode"_s;
    QTest::newRow("two commands") << QStringList {u"info"_s, u"list"_s} << u"one command"_s;
    QTest::newRow("unknown option") << QStringList {u"info"_s, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("bad format") << QStringList {u"list"_s, u"--format"_s, u"xml"_s}
                                << u"Unknown format xml"_s;
    QTest::newRow("bad language") << QStringList {u"info"_s, u"--lang"_s, u"fr"_s}
                                  << u"Unknown language fr"_s;
    QTest::newRow("no default register") << QStringList {u"info"_s} << u"no register yet"_s;
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    if (arguments.value(0) == "list"_L1)
        arguments << u"--db"_s << demoPath();
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCli::dutchOutput()
{
    const Run run = cli({u"list"_s, u"--db"_s, demoPath(), u"--lang"_s, u"nl"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Wederverkoper & gedelegeerde beheerder"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Globale beheerder"_s));
    QVERIFY(run.out.contains(u"14 relaties"_s));
    const Run missing = cli({u"info"_s, u"--db"_s, m_dir.filePath(u"nope.sqlite"_s), u"--lang"_s, u"nl"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"bestaat niet"_s), qPrintable(missing.err));
}

void TestCli::removeRolesAsksAndNoIsDefault()
{
    const QString path = m_dir.filePath(u"remove-no.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    const QString contoso = u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s;
    for (const QByteArray &answer :
        {QByteArray("\n"), QByteArray("n\n"), QByteArray("whatever\n"), QByteArray()}) {
        const Run run = cli({u"remove-roles"_s, contoso, u"--db"_s, path}, answer);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Remove roles? [y/N]"_s));
        QVERIFY(run.out.contains(u"Contoso Onderwijs ICT: Global Administrator, Helpdesk Administrator"_s));
        QVERIFY(run.out.contains(u"No roles were removed."_s));
    }
    const Run list = cli({u"list"_s, u"--db"_s, path});
    QVERIFY(list.out.contains(u"Reseller & delegated administrator"_s));
    const Run yes = cli({u"remove-roles"_s, contoso, u"--db"_s, path}, "y\n");
    QCOMPARE(yes.exitCode, 0);
    QVERIFY(yes.out.contains(u"admin.microsoft.com"_s));
}

void TestCli::removeRolesYes()
{
    const QString path = m_dir.filePath(u"remove-yes.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    const Run run = cli({u"remove-roles"_s, u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s,
        u"b7e4d2c1-2222-4333-9444-555566667777"_s, u"--db"_s, path, u"--yes"_s, u"--as"_s,
        u"bram.jansen@hetbaken.example"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(u"[y/N]"_s));
    const QJsonArray all
        = QJsonDocument::fromJson(cli({u"list"_s, u"--db"_s, path, u"--format"_s, u"json"_s}).out.toUtf8())
              .array();
    int pending = 0;
    for (const QJsonValue &v : all) {
        const QString name = v[u"partner"_s][u"name"_s].toString();
        // Decided, not done: the roles the tenant holds stay, with the step still to do beside them.
        if (name == "Contoso Onderwijs ICT"_L1 || name == "Northwind Beheer B.V."_L1) {
            QVERIFY(!v[u"roles"_s].toArray().isEmpty());
            const QJsonArray open = v[u"openTodos"_s].toArray();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.at(0)[u"kind"_s].toString(), u"removeRoles"_s);
            QCOMPARE(open.at(0)[u"decidedByUpn"_s].toString(), u"bram.jansen@hetbaken.example"_s);
            ++pending;
        } else {
            QVERIFY2(v[u"openTodos"_s].toArray().isEmpty(), qPrintable(name));
        }
    }
    QCOMPARE(pending, 2);
    const Run unknown
        = cli({u"remove-roles"_s, u"00000000-0000-4000-8000-000000000000"_s, u"--db"_s, path, u"--yes"_s});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(cli({u"remove-roles"_s, u"--db"_s, path, u"--yes"_s}).exitCode, 2);
}

void TestCli::todoDoneAndWithdraw()
{
    const QString path = m_dir.filePath(u"todo.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    const QString contoso = u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s;
    const QString northwind = u"b7e4d2c1-2222-4333-9444-555566667777"_s;
    QCOMPARE(cli({u"todo"_s, u"--db"_s, path}).out.trimmed(),
        u"Nothing is waiting to be done in Microsoft 365."_s);
    QCOMPARE(cli({u"remove-roles"_s, contoso, northwind, u"--db"_s, path, u"--yes"_s}).exitCode, 0);

    const Run listed = cli({u"todo"_s, u"--db"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray todos = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(todos.size(), 2);
    qint64 contosoTodo = 0;
    qint64 northwindTodo = 0;
    for (const QJsonValue &t : todos) {
        QCOMPARE(t[u"status"_s].toString(), u"open"_s);
        QCOMPARE(
            t[u"adminCenterUrl"_s].toString(), u"https://admin.microsoft.com/AdminPortal/Home#/partners"_s);
        (t[u"partnerTenantId"_s].toString() == contoso ? contosoTodo : northwindTodo)
            = t[u"id"_s].toInteger();
    }
    QVERIFY(contosoTodo > 0 && northwindTodo > 0);
    const Run table = cli({u"todo"_s, u"--db"_s, path});
    QVERIFY2(table.out.contains(
                 u"Remove the admin roles of Contoso Onderwijs ICT in the Microsoft 365 admin center."_s),
        qPrintable(table.out));

    // A Helpdesk Administrator may look, not mark done.
    const Run helpdesk = cli({u"todo"_s, u"done"_s, QString::number(contosoTodo), u"--db"_s, path, u"--yes"_s,
        u"--as"_s, u"chloe.bakker@hetbaken.example"_s});
    QCOMPARE(helpdesk.exitCode, 2);
    QVERIFY(helpdesk.err.contains(u"Requires Global Administrator or Billing Administrator"_s));
    // Asked first; No is the default.
    const Run no = cli({u"todo"_s, u"done"_s, QString::number(contosoTodo), u"--db"_s, path}, "\n");
    QCOMPARE(no.exitCode, 0);
    QVERIFY(no.out.contains(u"Nothing was changed."_s));

    const Run done = cli({u"todo"_s, u"done"_s, QString::number(contosoTodo), u"--db"_s, path, u"--yes"_s,
        u"--note"_s, u"Removed in the admin center, ticket 4711"_s});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.startsWith(u"Marked done: Remove the admin roles of Contoso"_s), qPrintable(done.out));
    QCOMPARE(
        cli({u"todo"_s, u"done"_s, QString::number(contosoTodo), u"--db"_s, path, u"--yes"_s}).exitCode, 2);
    QCOMPARE(
        cli({u"todo"_s, u"withdraw"_s, QString::number(northwindTodo), u"--db"_s, path, u"--yes"_s}).exitCode,
        0);
    QCOMPARE(cli({u"todo"_s, u"done"_s, u"x"_s, u"--db"_s, path, u"--yes"_s}).exitCode, 2);
    QCOMPARE(cli({u"todo"_s, u"frobnicate"_s, u"--db"_s, path}).exitCode, 2);

    const QJsonArray all
        = QJsonDocument::fromJson(cli({u"list"_s, u"--db"_s, path, u"--format"_s, u"json"_s}).out.toUtf8())
              .array();
    for (const QJsonValue &v : all) {
        const QString tenant = v[u"partner"_s][u"tenantId"_s].toString();
        if (tenant == contoso) {
            QVERIFY(v[u"roles"_s].toArray().isEmpty()); // done: the tenant no longer holds them
            QCOMPARE(v[u"types"_s].toArray(), QJsonArray {u"reseller"_s});
        }
        if (tenant == northwind)
            QVERIFY(!v[u"roles"_s].toArray().isEmpty()); // withdrawn: nothing changes
        QVERIFY(v[u"openTodos"_s].toArray().isEmpty());
    }
    const Run closed = cli({u"todo"_s, u"--all"_s, u"--db"_s, path, u"--format"_s, u"csv"_s});
    QVERIFY2(closed.out.contains(u"Removed in the admin center, ticket 4711"_s), qPrintable(closed.out));
    QVERIFY(closed.out.contains(u"Withdrawn"_s));
    const Run history = cli({u"history"_s, u"--partner"_s, contoso, u"--db"_s, path, u"--limit"_s, u"2"_s});
    QVERIFY2(history.out.contains(u"Done in Microsoft 365 (marked by an admin)"_s), qPrintable(history.out));
    QVERIFY(history.out.contains(u"Removal of admin roles decided (to do in Microsoft 365)"_s));
}

void TestCli::removeRolesRefusedForHelpdesk()
{
    const QString path = m_dir.filePath(u"remove-helpdesk.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    const Run run = cli({u"remove-roles"_s, u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s, u"--db"_s, path,
        u"--yes"_s, u"--as"_s, u"chloe.bakker@hetbaken.example"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"Requires Global Administrator or Billing Administrator"_s));
    QVERIFY(cli({u"list"_s, u"--db"_s, path}).out.contains(u"Reseller & delegated administrator"_s));
}

void TestCli::history()
{
    const Run table = cli({u"history"_s, u"--db"_s, demoPath(), u"--limit"_s, u"0"_s});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(u'\n'), 15);
    QVERIFY(table.out.contains(u"Register created"_s));
    const Run json = cli({u"history"_s, u"--db"_s, demoPath(), u"--format"_s, u"json"_s, u"--partner"_s,
        u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][u"action"_s].toString(), u"relationship.added"_s);
    QCOMPARE(events[0][u"hash"_s].toString().size(), 64);
    const Run csv = cli({u"history"_s, u"--db"_s, demoPath(), u"--format"_s, u"csv"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 3);
    QCOMPARE(cli({u"history"_s, u"--db"_s, demoPath(), u"--limit"_s, u"-1"_s}).exitCode, 2);
}

void TestCli::inspectLink()
{
    const QString dap
        = u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
          "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10&msppId=4810231&DAP=true#/BillingAccounts/partner-invitation"_s;
    const Run text = cli({u"inspect-link"_s, u"<"_s + dap + u">"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s));
    QVERIFY(text.out.contains(u"4810231"_s));
    QVERIFY(text.out.contains(u"62e90394-69f5-4237-9190-012177145e10"_s));
    QVERIFY(text.out.contains(u"high risk"_s));
    const Run json = cli({u"inspect-link"_s, dap, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object[u"kind"_s].toString(), u"reseller"_s);
    QCOMPARE(object[u"delegatedAdmin"_s].toBool(), true);
    QCOMPARE(object[u"rolesGranted"_s].toArray().size(), 2);
    const Run refused = cli({u"inspect-link"_s,
        QString(dap).replace(u"admin.microsoft.com"_s, u"admin.microsoft.com.evil.example"_s)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(u"does not point to Microsoft's admin center"_s));
    QCOMPARE(refused.err.count(u'\n'), 1);
    const Run refusedJson = cli({u"inspect-link"_s, u"http://example.com"_s, u"--json"_s});
    QCOMPARE(refusedJson.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(refusedJson.out.toUtf8()).object()[u"valid"_s].toBool(), false);
    QCOMPARE(cli({u"inspect-link"_s}).exitCode, 2);
}

void TestCli::inspectEmail()
{
    const QByteArray link
        = "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
          "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10&msppId=0&DAP=false#/BillingAccounts/partner-invitation";
    QByteArray html = "<p><a href=\"" + link + "\">Accept</a></p>";
    html.replace("&", "&amp;");
    const QByteArray mail
        = "From: sales@contoso.example\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n"
          "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + html.toBase64() + "\r\n--b1--\r\n";
    const QString path = m_dir.filePath(u"invitation.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mail);
    file.close();

    const Run text = cli({u"inspect-link"_s, u"--eml"_s, path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"no admin roles"_s));
    const Run json = cli({u"inspect-link"_s, u"--eml"_s, path, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray invitations
        = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"invitations"_s].toArray();
    QCOMPARE(invitations.size(), 1);
    QCOMPARE(invitations.at(0)[u"kind"_s].toString(), u"reseller"_s);

    const QString plain = m_dir.filePath(u"lunch.eml"_s);
    QFile other(plain);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("Subject: lunch\r\n\r\nhttps://example.org/menu\r\n");
    other.close();
    const Run none = cli({u"inspect-link"_s, u"--eml"_s, plain});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(u"holds no invitation link"_s));
    QCOMPARE(cli({u"inspect-link"_s, u"--eml"_s, m_dir.filePath(u"missing.eml"_s)}).exitCode, 2);
    QCOMPARE(cli({u"inspect-link"_s, u"--eml"_s, path, QString::fromLatin1(link)}).exitCode, 2);
}

void TestCli::terminalGetsNoControlCharacters()
{
    // A refused link in a quoted-printable email whose =1B sequences would erase the "Refused link" line.
    const QString mailPath = m_dir.filePath(u"escape.eml"_s);
    {
        QFile mail(mailPath);
        QVERIFY(mail.open(QIODevice::WriteOnly));
        mail.write(
            "Subject: invitation\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            "https://admin.microsoft.com/Adminportal/Home?invType=3DBogus&partnerId=3D3f2c1a9e-5b7d=\r\n"
            "-4c21-9e1a-0d4b6c8e2f10=1B[2K=1B[1A=C2=9B2K=E2=80=AEsafe\r\n");
    }
    const Run email = cli({u"inspect-link"_s, u"--eml"_s, mailPath});
    QCOMPARE(email.exitCode, 2);
    QVERIFY2(email.err.contains(u"Refused link"_s), qPrintable(email.err));

    // A crafted register: names with escape sequences, a lone carriage return and a bidi override.
    const QString path = m_dir.filePath(u"escapes.sqlite"_s);
    QVERIFY(QFile::copy(demoPath(), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"escapes"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"UPDATE partners SET name = ? WHERE tenant_id = ?"_s));
        q.addBindValue(u"Contoso\x1b]0;owned\x07\x1b[2K\rTrusted\u202Etxt.exe"_s);
        q.addBindValue(u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"escapes"_s);
    const QList<Run> runs {email, cli({u"list"_s, u"--db"_s, path}),
        cli({u"list"_s, u"--db"_s, path, u"--format"_s, u"csv"_s}),
        cli({u"history"_s, u"--db"_s, path, u"--limit"_s, u"0"_s}),
        cli({u"history"_s, u"--db"_s, path, u"--format"_s, u"csv"_s})};
    for (const Run &run : runs) {
        for (const QString &text : {run.out, run.err}) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                const bool crlf = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
                if (c == u'\n' || c == u'\t' || crlf)
                    continue;
                QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                    qPrintable(u"U+%1 at %2 in: %3"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'))
                                   .arg(i)
                                   .arg(text.left(400))));
            }
        }
    }
    QVERIFY2(runs.at(1).out.contains(u"Contoso"_s) && runs.at(1).out.contains(u"Trusted"_s),
        qPrintable(runs.at(1).out));
    QVERIFY(runs.at(2).out.contains(u"\r\n"_s)); // CSV keeps its CR LF
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
