#include "audit/auditchain.h"
#include "database/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigratesFromEmpty();
    void reopensWithoutMigratingAgain();
    void migratesVersionOneRegisterKeepingData();
    void connectionPragmas();
    void refusesNewerSchemaWithoutChangingIt();
    void refusesBadFilesWithoutChangingThem_data();
    void refusesBadFilesWithoutChangingThem();
    void refusesMissingFileWhenItMustExist();
    void refusesFolder();
    void createNewRefusesExistingFile();
    void foreignKeysAreEnforced();
    void transactionRollsBackUnlessCommitted();

private:
    static QByteArray digest(const QString &path);
};

QByteArray TestDatabase::digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestDatabase::createsAndMigratesFromEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/folder/register.sqlite"_s);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QVERIFY(db.value()->isNew());
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QCOMPARE(tables,
        (QStringList {u"audit_events"_s, u"directory_entries"_s, u"invitations"_s, u"operators"_s,
            u"organisation"_s, u"outbox"_s, u"partners"_s, u"relationships"_s, u"settings"_s}));
    QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
}

void TestDatabase::reopensWithoutMigratingAgain()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    const qint64 partners = fixture.scalar(u"SELECT count(*) FROM partners"_s);
    QVERIFY(partners > 0);
    fixture.repository.reset();
    fixture.database.reset();

    auto reopened = Database::open(fixture.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QVERIFY(!reopened.value()->isNew());
    QSqlQuery q(reopened.value()->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM partners"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), partners);
}

void TestDatabase::migratesVersionOneRegisterKeepingData()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    // Turn it back into a schema-1 register, as the first release wrote it.
    {
        QSqlQuery q(fixture.database->connection());
        for (const QString &sql :
            {u"DROP INDEX relationships_gdap_relationship_id"_s,
                u"ALTER TABLE relationships DROP COLUMN gdap_relationship_id"_s,
                u"ALTER TABLE relationships DROP COLUMN imported_fields_json"_s,
                u"DROP INDEX audit_events_operator"_s, u"DROP INDEX audit_events_action"_s,
                u"DROP TABLE invitations"_s, u"DROP TABLE directory_fts"_s, u"DROP TABLE directory_entries"_s,
                u"DROP TABLE outbox"_s, u"DROP INDEX audit_events_time"_s,
                u"DROP INDEX audit_events_partner"_s,
                u"CREATE INDEX audit_events_partner ON audit_events (partner_tenant_id COLLATE NOCASE, seq)"_s,
                u"CREATE INDEX audit_events_at ON audit_events (at_utc)"_s, u"DROP TABLE settings"_s,
                u"ALTER TABLE relationships DROP COLUMN end_requested_utc"_s,
                u"ALTER TABLE relationships DROP COLUMN end_request_method"_s,
                u"ALTER TABLE relationships DROP COLUMN end_request_note"_s,
                u"ALTER TABLE relationships DROP COLUMN ended_utc"_s, u"PRAGMA user_version = 1"_s})
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }
    const qint64 events = fixture.scalar(u"SELECT count(*) FROM audit_events"_s);
    fixture.repository.reset();
    fixture.database.reset();

    auto migrated = Database::open(fixture.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    QCOMPARE(migrated.value()->schemaVersion(), Database::latestSchemaVersion());
    SqlRegisterRepository repository(*migrated.value());
    QCOMPARE(repository.relationships()->size(), 14);
    QCOMPARE(AuditChain::count(migrated.value()->connection()).value(), events);
    QVERIFY(AuditChain::verify(migrated.value()->connection())->intact());
    QCOMPARE(repository.setting(u"mpsaSharing"_s).value(), QString());
}

void TestDatabase::connectionPragmas()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"r.sqlite"_s), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
}

void TestDatabase::refusesNewerSchemaWithoutChangingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 5)));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
    }
    const QByteArray before = digest(path);
    auto refused = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY2(refused.error().message.contains(u"newer version of PartnerDesk"_s),
        qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(path));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestDatabase::refusesBadFilesWithoutChangingThem_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << u"empty file"_s;
    QTest::newRow("text file") << QByteArray("name,tenant\nContoso,123\n") << u"not an SQLite database"_s;
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) << u"not an SQLite database"_s;
    QByteArray corrupt(4096, '\x5a');
    corrupt.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    QTest::newRow("corrupt sqlite") << corrupt << u"PartnerDesk register"_s;
}

void TestDatabase::refusesBadFilesWithoutChangingThem()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    for (auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::CreateIfMissing}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::BadInput);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"bad.sqlite"_s));
    }
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"bad.sqlite"_s});
}

void TestDatabase::refusesMissingFileWhenItMustExist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.sqlite"_s);
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(u"does not exist"_s));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::refusesFolder()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(u"folder"_s));
}

void TestDatabase::createNewRefusesExistingFile()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    auto again = Database::open(fixture.path(), Database::OpenMode::CreateNew);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"already exists"_s));
}

void TestDatabase::foreignKeysAreEnforced()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    QSqlQuery q(fixture.database->connection());
    QVERIFY(!q.exec(u"INSERT INTO relationships (partner_id) VALUES (987654)"_s));
    QVERIFY(q.lastError().text().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive));
    QVERIFY(!q.exec(u"DELETE FROM partners"_s)); // relationships still refer to them
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    const qint64 before = fixture.scalar(u"SELECT count(*) FROM partners"_s);
    {
        ScopedTransaction t(fixture.database->connection());
        QVERIFY(t.begun());
        QSqlQuery q(fixture.database->connection());
        QVERIFY(q.exec(u"INSERT INTO partners (tenant_id, name) VALUES ('x', 'Uncommitted')"_s));
    }
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM partners"_s), before);
    {
        ScopedTransaction t(fixture.database->connection());
        QSqlQuery q(fixture.database->connection());
        QVERIFY(q.exec(u"INSERT INTO partners (tenant_id, name) VALUES ('y', 'Committed')"_s));
        QVERIFY(t.commit());
    }
    QCOMPARE(fixture.scalar(u"SELECT count(*) FROM partners"_s), before + 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
