// Receipts outside the register: closing a register after a change leaves one; verify-audit finds a
// register that lost its newest events, one rewritten with fresh hashes, and one replaced by an older
// copy; a register without a receipt says so; another register's receipts are ignored with a note;
// receipts written by two processes at once stay whole lines.
#include "audit/auditchain.h"
#include "audit/receiptbook.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aChangeLeavesAReceiptThatMatches();
    void deletedNewestEventsAreFound();
    void aRewrittenChainIsFound();
    void anOlderCopyIsFound();
    void noReceiptIsSaidSo();
    void receiptGivenOnTheCommandLine();
    void twoProcessesAtOnceWriteWholeLines();
    void aSecondFolderGetsACopy();

private:
    QString db(const QString &name) const { return m_dir->filePath(name); }
    CliRun cli(const QStringList &arguments) const { return runCli(*m_dir, arguments, "y\n"); }
    QString receiptsFile() const { return m_dir->filePath(u"data/PartnerDesk/PartnerDesk/receipts.txt"_s); }
    // A demo register changed once through the CLI, so a receipt exists.
    void changedDemo(const QString &path);
    // Runs SQL on the register as whoever holds the file could, triggers dropped.
    void tamper(const QString &path, const QStringList &statements);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliReceipts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliReceipts::changedDemo(const QString &path)
{
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, path}).exitCode, 0);
    QCOMPARE(cli({u"remove-roles"_s, u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s, u"--db"_s, path, u"--yes"_s})
                 .exitCode,
        0);
}

void TestCliReceipts::tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        sql.setDatabaseName(path);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        for (const QString &statement :
            QStringList {u"DROP TRIGGER audit_events_no_update"_s, u"DROP TRIGGER audit_events_no_delete"_s}
                + statements)
            QVERIFY2(q.exec(statement), qPrintable(statement + u": "_s + q.lastError().text()));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

void TestCliReceipts::aChangeLeavesAReceiptThatMatches()
{
    // A receipts file someone left readable by others is made private by the next receipt.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data/PartnerDesk/PartnerDesk"_s)));
    {
        QFile planted(receiptsFile());
        QVERIFY(planted.open(QIODevice::WriteOnly));
        QVERIFY(planted.setPermissions(
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    changedDemo(db(u"a.sqlite"_s));
    QFile file(receiptsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY(AuditReceipt::parse(QString::fromUtf8(lines.constFirst())).has_value());
    // Reading changes nothing, so it leaves no receipt; nor does opening it to write and changing nothing.
    QCOMPARE(cli({u"upgrade"_s, u"--db"_s, db(u"a.sqlite"_s)}).exitCode, 0);
    QCOMPARE(cli({u"todo"_s, u"done"_s, u"99"_s, u"--yes"_s, u"--db"_s, db(u"a.sqlite"_s)}).exitCode, 2);
    const CliRun verified = cli({u"verify-audit"_s, u"--db"_s, db(u"a.sqlite"_s)});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains(u"Receipts that match: 1;"_s), qPrintable(verified.out));
    QVERIFY(file.seek(0));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 1);
    const CliRun receipt = cli({u"receipt"_s, u"--db"_s, db(u"a.sqlite"_s)});
    QCOMPARE(receipt.exitCode, 0);
    QCOMPARE(AuditReceipt::parse(receipt.out.trimmed())->hash,
        AuditReceipt::parse(QString::fromUtf8(lines.constFirst()))->hash);
}

void TestCliReceipts::deletedNewestEventsAreFound()
{
    const QString path = db(u"b.sqlite"_s);
    changedDemo(path);
    QCOMPARE(
        cli({u"todo"_s, u"done"_s, u"1"_s, u"--db"_s, path, u"--yes"_s}).exitCode, 0); // event 17, receipt 2
    tamper(path, {u"DELETE FROM audit_events WHERE seq >= 16"_s});
    const CliRun run = cli({u"verify-audit"_s, u"--db"_s, path});
    // The chain that is left is intact; only the receipts know it was longer.
    QVERIFY2(run.out.contains(u"The audit history is intact: 15 events verified."_s), qPrintable(run.out));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Events 16–17 are missing: the receipt of"_s), qPrintable(run.err));
}

void TestCliReceipts::aRewrittenChainIsFound()
{
    const QString path = db(u"c.sqlite"_s);
    changedDemo(path);
    // The forger edits event 3 and writes every hash from there on afresh: the chain is intact again.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forger"_s);
        sql.setDatabaseName(path);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_update"_s));
        QVERIFY(q.exec(u"SELECT "_s + AuditChain::selectColumns() + u" FROM audit_events ORDER BY seq"_s));
        QList<AuditEvent> events;
        while (q.next())
            events.append(AuditChain::fromRow(q));
        q.finish();
        QString previous = AuditChain::genesisHash();
        for (AuditEvent &e : events) {
            if (e.sequence == 3)
                e.partnerName = u"Someone else"_s;
            e.previousHash = previous;
            e.hash = e.computeHash();
            previous = e.hash;
            QVERIFY(q.prepare(
                u"UPDATE audit_events SET partner_name = ?, before_json = ?, after_json = ?, prev_hash = ?, "
                "hash = ? WHERE seq = ?"_s));
            q.addBindValue(e.partnerName);
            q.addBindValue(QString::fromUtf8(AuditEvent::compactJson(e.before)));
            q.addBindValue(QString::fromUtf8(AuditEvent::compactJson(e.after)));
            q.addBindValue(e.previousHash);
            q.addBindValue(e.hash);
            q.addBindValue(e.sequence);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"forger"_s);
    const CliRun run = cli({u"verify-audit"_s, u"--db"_s, path});
    QVERIFY2(run.out.contains(u"The audit history is intact: 16 events verified."_s), qPrintable(run.out));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"The history was rewritten: event 16 is not the one the receipt of"_s),
        qPrintable(run.err));
}

void TestCliReceipts::anOlderCopyIsFound()
{
    const QString path = db(u"d.sqlite"_s);
    changedDemo(path);
    QVERIFY(QFile::copy(path, db(u"d-old.sqlite"_s)));
    QCOMPARE(cli({u"todo"_s, u"withdraw"_s, u"1"_s, u"--db"_s, path, u"--yes"_s}).exitCode, 0);
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(db(u"d-old.sqlite"_s), path));
    const CliRun run = cli({u"verify-audit"_s, u"--db"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Event 17 is missing: the receipt of"_s), qPrintable(run.err));
}

void TestCliReceipts::noReceiptIsSaidSo()
{
    // Made, never changed through a session: no receipt; and receipts of another register lie around.
    changedDemo(db(u"other.sqlite"_s));
    QCOMPARE(cli({u"init"_s, u"--db"_s, db(u"e.sqlite"_s), u"--organisation"_s, u"Het Anker"_s, u"--tenant"_s,
                     u"11111111-2222-4333-8444-555555555555"_s, u"--operator"_s, u"it@anker.example"_s,
                     u"--name"_s, u"Iris"_s, u"--role"_s, u"Global Administrator"_s})
                 .exitCode,
        0);
    const CliRun run = cli({u"verify-audit"_s, u"--db"_s, db(u"e.sqlite"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"1 receipt from elsewhere ignored (written for another register)."_s),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(u"No receipt of this register was found"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"cannot tell whether its newest events were removed"_s));
    QVERIFY(!run.out.contains(u"Receipts that match"_s));
}

void TestCliReceipts::receiptGivenOnTheCommandLine()
{
    const QString path = db(u"f.sqlite"_s);
    changedDemo(path);
    const QString receipt = cli({u"receipt"_s, u"--db"_s, path}).out.trimmed();
    QVERIFY(QFile::remove(receiptsFile())); // only the pasted one is left
    QVERIFY(cli({u"verify-audit"_s, u"--db"_s, path}).out.contains(u"No receipt of this register"_s));
    const CliRun pasted
        = cli({u"verify-audit"_s, u"--db"_s, path, u"--receipt"_s, u"Ticket 12: "_s + receipt});
    QCOMPARE(pasted.exitCode, 0);
    QVERIFY2(pasted.out.contains(u"Receipts that match: 1;"_s), qPrintable(pasted.out));
    tamper(path, {u"DELETE FROM audit_events WHERE seq = 16"_s});
    QCOMPARE(cli({u"verify-audit"_s, u"--db"_s, path, u"--receipt"_s, receipt}).exitCode, 1);
    const CliRun garbage
        = cli({u"verify-audit"_s, u"--db"_s, path, u"--receipt"_s, u"PartnerDesk receipt v1 seq=x"_s});
    QCOMPARE(garbage.exitCode, 2);
    QVERIFY(garbage.err.contains(u"--receipt needs a receipt"_s));
}

void TestCliReceipts::twoProcessesAtOnceWriteWholeLines()
{
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, db(u"g1.sqlite"_s)}).exitCode, 0);
    QCOMPARE(cli({u"create-demo"_s, u"--db"_s, db(u"g2.sqlite"_s)}).exitCode, 0);
    constexpr int rounds = 15;
    for (int round = 0; round < rounds; ++round) {
        QList<std::shared_ptr<QProcess>> running;
        for (const QString &name : {u"g1.sqlite"_s, u"g2.sqlite"_s}) {
            auto process = std::make_shared<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, m_dir->path());
            env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
            env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
            process->setProcessEnvironment(env);
            // A change each time (the name alternates), so each close leaves a receipt.
            process->start(QStringLiteral(PARTNERDESK_CLI),
                {u"operator"_s, u"chloe.bakker@hetbaken.example"_s, u"--name"_s, u"Chloé %1"_s.arg(round),
                    u"--db"_s, db(name)});
            running.append(process);
        }
        for (const auto &process : running) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
        }
    }
    const ReceiptBook::Read book = ReceiptBook::read({m_dir->filePath(u"data/PartnerDesk/PartnerDesk"_s)});
    QCOMPARE(book.unreadableLines, 0);
    QCOMPARE(book.receipts.size(), 2 * rounds);
}

void TestCliReceipts::aSecondFolderGetsACopy()
{
    // The folder an admin chose in Settings (a share, a USB stick), as the window stores it.
    const QString second = m_dir->filePath(u"usb stick/receipts"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config/PartnerDesk"_s)));
    QFile settings(m_dir->filePath(u"config/PartnerDesk/PartnerDesk.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[General]\nreceiptFolder=" + second.toUtf8() + "\n");
    settings.close();
    changedDemo(db(u"h.sqlite"_s));
    const ReceiptBook::Read copy = ReceiptBook::read({second});
    QCOMPARE(copy.receipts.size(), 1);
    QCOMPARE(ReceiptBook::read({m_dir->filePath(u"data/PartnerDesk/PartnerDesk"_s)}).receipts, copy.receipts);
    QCOMPARE(QFileInfo(second).permissions() & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
    // With the data folder's copy gone, the second one still tells.
    QVERIFY(QFile::remove(receiptsFile()));
    tamper(db(u"h.sqlite"_s), {u"DELETE FROM audit_events WHERE seq = 16"_s});
    const CliRun run = cli({u"verify-audit"_s, u"--db"_s, db(u"h.sqlite"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Event 16 is missing"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliReceipts)
#include "tst_clireceipts.moc"
