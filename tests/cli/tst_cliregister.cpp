// partnerdesk-cli init, operators, operator and import, run as the real executable on real files.

#include "clirunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initCreatesAnEmptyRegister();
    void initRefusesBadInput_data();
    void initRefusesBadInput();
    void operatorsAreAddedByAGlobalAdministratorOnly();
    void importDryRunChangesNothing();
    void importAsksAndNoIsTheDefault();
    void importYesAppliesAndTheSameFileTwiceChangesNothing();
    void importOfEveryFormatOnANewRegister();
    void importWithRejectedRecordsAppliesNothingAndExitsTwo();
    void importOfAnUnreadableFileExitsTwo();
    void importRefusedForHelpdesk();
    void terminalEscapesFromAFileAreNotPrinted();
    void ownListsReadBackUnchangedInBothLanguages_data();
    void ownListsReadBackUnchangedInBothLanguages();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(*m_dir, arguments, input);
    }
    QString registerPath() const { return m_dir->filePath(u"school.sqlite"_s); }
    QString data(const QString &name) const { return QStringLiteral(PARTNERDESK_IMPORT_DATA) + u'/' + name; }
    qint64 scalar(const QString &sql) const;
    QString write(const QString &name, const QByteArray &content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString kTenant = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;
const QString kAnna = u"anna@hetbaken.example"_s;
} // namespace

void TestCliRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const CliRun run = cli({u"init"_s, u"--db"_s, registerPath(), u"--organisation"_s, u"Het Baken College"_s,
        u"--tenant"_s, kTenant.toUpper(), u"--operator"_s, kAnna, u"--name"_s, u"Anna de Vries"_s,
        u"--role"_s, u"Global Administrator"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Het Baken College"_s), qPrintable(run.out));
}

qint64 TestCliRegister::scalar(const QString &sql) const
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(registerPath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

QString TestCliRegister::write(const QString &name, const QByteArray &content) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

void TestCliRegister::initCreatesAnEmptyRegister()
{
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_events WHERE action = 'register.created'"_s), 1);
    const CliRun info = cli({u"info"_s, u"--db"_s, registerPath()});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(kTenant)); // stored lower case
    QVERIFY(info.out.contains(u"Anna de Vries <anna@hetbaken.example>"_s));
    const CliRun again
        = cli({u"init"_s, u"--db"_s, registerPath(), u"--organisation"_s, u"X"_s, u"--tenant"_s, kTenant,
            u"--operator"_s, kAnna, u"--name"_s, u"A"_s, u"--role"_s, u"Global Administrator"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(u"already exists"_s));
}

void TestCliRegister::initRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QStringList good {u"--organisation"_s, u"De Linde"_s, u"--tenant"_s, kTenant, u"--operator"_s,
        kAnna, u"--name"_s, u"Anna"_s, u"--role"_s, u"Global Administrator"_s};
    auto with = [&](const QString &option, const QString &value) {
        QStringList a = good;
        a[a.indexOf(option) + 1] = value;
        return a;
    };
    QTest::newRow("tenant not a GUID") << with(u"--tenant"_s, u"9c8b7a6d"_s) << u"tenant ID must be a GUID"_s;
    QTest::newRow("no organisation name") << with(u"--organisation"_s, u" "_s) << u"organisation's name"_s;
    QTest::newRow("UPN without domain") << with(u"--operator"_s, u"anna"_s) << u"user principal name"_s;
    QTest::newRow("unknown role") << with(u"--role"_s, u"Chief"_s) << u"Unknown role Chief"_s;
    QTest::newRow("first operator not Global")
        << with(u"--role"_s, u"Billing Administrator"_s) << u"must be a Global Administrator"_s;
    QStringList noRole = good.mid(0, 8);
    QTest::newRow("no role") << noRole << u"needs --role"_s;
}

void TestCliRegister::initRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    const CliRun run = cli(QStringList {u"init"_s, u"--db"_s, path} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCliRegister::operatorsAreAddedByAGlobalAdministratorOnly()
{
    const CliRun add = cli({u"operator"_s, u"bram@hetbaken.example"_s, u"--db"_s, registerPath(), u"--name"_s,
        u"Bram Jansen"_s, u"--role"_s, u"Billing Administrator"_s});
    QCOMPARE(add.exitCode, 0);
    const CliRun list = cli({u"operators"_s, u"--db"_s, registerPath()});
    QVERIFY(list.out.contains(u"Bram Jansen <bram@hetbaken.example>: Billing Administrator"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_events WHERE action = 'operator.saved'"_s), 1);

    const CliRun refused
        = cli({u"operator"_s, u"chloe@hetbaken.example"_s, u"--db"_s, registerPath(), u"--as"_s,
            u"bram@hetbaken.example"_s, u"--name"_s, u"Chloé"_s, u"--role"_s, u"Helpdesk Administrator"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(u"Requires Global Administrator"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM operators"_s), 2);

    // The last Global Administrator keeps the role: otherwise nobody could manage operators again.
    const CliRun demote
        = cli({u"operator"_s, kAnna, u"--db"_s, registerPath(), u"--role"_s, u"Billing Administrator"_s});
    QCOMPARE(demote.exitCode, 2);
    QVERIFY(demote.err.contains(u"at least one Global Administrator"_s));
    const CliRun rename
        = cli({u"operator"_s, kAnna, u"--db"_s, registerPath(), u"--name"_s, u"Anna van Dijk"_s});
    QCOMPARE(rename.exitCode, 0);
    QVERIFY(rename.out.contains(u"Anna van Dijk <anna@hetbaken.example>: Global Administrator"_s));
}

void TestCliRegister::importDryRunChangesNothing()
{
    const CliRun run
        = cli({u"import"_s, u"--db"_s, registerPath(), u"--dry-run"_s, data(u"partners-en.csv"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"added 2, updated 0, unchanged 0, rejected 0"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(
        u"added     Margie's Travel ICT, Utrecht (11112222-3333-4444-8555-666677778888), record 3"_s));
    QVERIFY(run.out.contains(u"note: Columns ignored: Account manager."_s));
    QVERIFY(!run.out.contains(u"[y/N]"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 0);
}

void TestCliRegister::importAsksAndNoIsTheDefault()
{
    const CliRun run = cli({u"import"_s, u"--db"_s, registerPath(), data(u"partners-en.csv"_s)}, "\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Apply these changes to the register? [y/N]"_s));
    QVERIFY(run.out.contains(u"Nothing was imported"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 0);
    const CliRun yes = cli({u"import"_s, u"--db"_s, registerPath(), data(u"partners-en.csv"_s)}, "ja\n");
    QCOMPARE(yes.exitCode, 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 2);
}

void TestCliRegister::importYesAppliesAndTheSameFileTwiceChangesNothing()
{
    const CliRun first
        = cli({u"import"_s, u"--db"_s, registerPath(), u"--yes"_s, data(u"admincenter-partners.json"_s)});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains(u"Imported"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM relationships"_s), 3);
    const qint64 events = scalar(u"SELECT count(*) FROM audit_events"_s);
    const CliRun second
        = cli({u"import"_s, u"--db"_s, registerPath(), u"--yes"_s, data(u"admincenter-partners.json"_s)});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains(u"added 0, updated 0, unchanged 3, rejected 0"_s));
    QVERIFY(second.out.contains(u"nothing to change"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_events"_s), events);
}

void TestCliRegister::importOfEveryFormatOnANewRegister()
{
    const CliRun run = cli({u"import"_s, u"--db"_s, registerPath(), u"--yes"_s, data(u"partners-en.csv"_s),
        data(u"crosstenant-partners.json"_s), data(u"admincenter-partners.json"_s)});
    QCOMPARE(run.exitCode, 0);
    const CliRun graph = cli({u"import"_s, u"--db"_s, registerPath(), u"--yes"_s, u"--partner"_s,
        u"f2a3b4c5-6666-4777-9888-9999aaaabbbb"_s, data(u"gdap-relationships.json"_s)});
    QCOMPARE(graph.exitCode, 0);
    // The service provider the cross-tenant file found is now known by its GDAP relationship.
    QVERIFY2(graph.out.contains(u"added 0, updated 1, unchanged 0, rejected 0"_s), qPrintable(graph.out));
    QVERIFY(graph.out.contains(u"GDAP relationship name: none → Woodgrove security operations"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM relationships"_s), 6);
    QCOMPARE(scalar(u"SELECT count(*) FROM relationships WHERE gdap_relationship_id IS NOT NULL"_s), 1);
    const CliRun noPartner
        = cli({u"import"_s, u"--db"_s, registerPath(), u"--dry-run"_s, data(u"gdap-relationships.json"_s)});
    QCOMPARE(noPartner.exitCode, 2);
    QVERIFY(noPartner.err.contains(u"which partner"_s));
}

void TestCliRegister::importWithRejectedRecordsAppliesNothingAndExitsTwo()
{
    const QString bad = write(u"bad.csv"_s,
        "Name;Tenant ID;Roles\r\nGood;44445555-6666-4777-8888-999900001111;\r\nBad;not-a-guid;\r\n");
    const CliRun run = cli({u"import"_s, u"--db"_s, registerPath(), u"--yes"_s, bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains(u"added 1, updated 0, unchanged 0, rejected 1"_s));
    QVERIFY2(run.out.contains(
                 u"rejected  bad.csv, record 3, field Tenant ID: \"not-a-guid\" is not a tenant ID"_s),
        qPrintable(run.out));
    QVERIFY(run.err.contains(u"Nothing was imported"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 0);
}

void TestCliRegister::importOfAnUnreadableFileExitsTwo()
{
    const QString notJson = write(u"broken.json"_s, "{\"partners\": [ {\"id\": ");
    const CliRun run
        = cli({u"import"_s, u"--db"_s, registerPath(), u"--yes"_s, notJson, data(u"partners-en.csv"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"broken.json cannot be imported: The file is not valid JSON"_s));
    // The next file on the command line is still read and applied on its own.
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 2);
    const CliRun missing = cli({u"import"_s, u"--db"_s, registerPath(), m_dir->filePath(u"nothing.csv"_s)});
    QCOMPARE(missing.exitCode, 2);
}

void TestCliRegister::importRefusedForHelpdesk()
{
    QCOMPARE(cli({u"operator"_s, u"chloe@hetbaken.example"_s, u"--db"_s, registerPath(), u"--name"_s,
                     u"Chloé"_s, u"--role"_s, u"Helpdesk Administrator"_s})
                 .exitCode,
        0);
    const CliRun run = cli({u"import"_s, u"--db"_s, registerPath(), u"--as"_s, u"chloe@hetbaken.example"_s,
        u"--yes"_s, data(u"partners-en.csv"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"Requires Global Administrator or Billing Administrator"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM partners"_s), 0);
    const CliRun look = cli({u"import"_s, u"--db"_s, registerPath(), u"--as"_s, u"chloe@hetbaken.example"_s,
        u"--dry-run"_s, data(u"partners-en.csv"_s)});
    QCOMPARE(look.exitCode, 0); // looking is allowed
}

void TestCliRegister::terminalEscapesFromAFileAreNotPrinted()
{
    const QString hostile = write(u"hostile.json"_s,
        "{\"partners\":[{\"id\":\"55556666-7777-4888-8999-000011112222\",\"name\":\"Evil\\u001b[2K\\u001b[1A "
        "Co\"},"
        "{\"id\":\"\\u001b[2K\\u001b[1Aspoofed\",\"name\":\"Spoof\"}]}");
    const CliRun run = cli({u"import"_s, u"--db"_s, registerPath(), u"--dry-run"_s, hostile});
    QVERIFY(!run.out.contains(QChar(0x1b)));
    QVERIFY(!run.err.contains(QChar(0x1b)));
    QVERIFY2(run.out.contains(u"rejected"_s), qPrintable(run.out)); // and the name itself is refused
    QVERIFY2(run.out.contains(u"\uFFFD[2k\uFFFD[1aspoofed"_s), qPrintable(run.out)); // shown, but defused
}

void TestCliRegister::ownListsReadBackUnchangedInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Dutch") << u"nl"_s;
}

void TestCliRegister::ownListsReadBackUnchangedInBothLanguages()
{
    QFETCH(QString, language);
    // The demo register has every partner type, unknown types and roles, and GDAP.
    const QString demo = m_dir->filePath(u"demo.sqlite"_s);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, demo}).exitCode, 0);
    const CliRun list = cli({u"list"_s, u"--db"_s, demo, u"--format"_s, u"csv"_s, u"--lang"_s, language});
    QCOMPARE(list.exitCode, 0);
    const QString csv = write(u"own.csv"_s, list.out.toUtf8());
    const CliRun again = cli({u"import"_s, u"--db"_s, demo, u"--dry-run"_s, csv});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"added 0, updated 0, unchanged 14, rejected 0"_s), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cliregister.moc"
