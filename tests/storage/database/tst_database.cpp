#include "audit/auditchain.h"
#include "audit/auditdescription.h"
#include "craftedregisters.h"
#include "database/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    void migratesVersionSixWithoutInventingTodos();
    void connectionPragmas();
    void refusesNewerSchemaWithoutChangingIt();
    void refusesBadFilesWithoutChangingThem_data();
    void refusesBadFilesWithoutChangingThem();
    void refusesMissingFileWhenItMustExist();
    void refusesFolder();
    void createNewRefusesExistingFile();
    void foreignKeysAreEnforced();
    void transactionRollsBackUnlessCommitted();
    void foreignFileWithWalIsLeftUnchanged_data();
    void foreignFileWithWalIsLeftUnchanged();
    void readOnlyOpenWritesNothing();
    void readOnlyRefusesOlderSchemaUnchanged();
    void newRegisterIsPrivate();
    void failedCreateLeavesNoFile();

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
        (QStringList {u"activity_imports"_s, u"audit_events"_s, u"directory_entries"_s, u"invitations"_s,
            u"operators"_s, u"organisation"_s, u"outbox"_s, u"partner_activity"_s, u"partner_events"_s,
            u"partners"_s, u"relationships"_s, u"review_items"_s, u"reviews"_s, u"settings"_s,
            u"signin_days"_s, u"signin_seen"_s, u"signins"_s, u"todos"_s}));
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
    const QString failed = TestSupport::downgradeToSchemaOne(fixture.database->connection());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const qint64 events = fixture.scalar(u"SELECT count(*) FROM audit_events"_s);
    fixture.repository.reset();
    fixture.database.reset();

    auto migrated = Database::open(fixture.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    QCOMPARE(migrated.value()->schemaVersion(), Database::latestSchemaVersion());
    SqlRegisterRepository repository(*migrated.value());
    QCOMPARE(repository.relationships()->size(), 14);
    // One event more: the register says it was upgraded, from which version.
    QCOMPARE(AuditChain::count(migrated.value()->connection()).value(), events + 1);
    QVERIFY(AuditChain::verify(migrated.value()->connection())->intact());
    const AuditEvent upgraded = repository.auditEvents({}, {}, 1).value().constFirst();
    QCOMPARE(upgraded.action, u"register.upgraded"_s);
    QCOMPARE(upgraded.before.value(u"schemaVersion"_s).toInt(), 1);
    QCOMPARE(upgraded.after.value(u"schemaVersion"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(repository.setting(u"mpsaSharing"_s).value(), QString());
}

void TestDatabase::migratesVersionSixWithoutInventingTodos()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    // Version 6 recorded a removal as done: the roles went at once, and no to-do was kept.
    Relationship contoso = *fixture.repository->relationshipForPartner(TestSupport::contosoTenant).value();
    contoso.roles.clear();
    RegisterChange change;
    change.relationships.append(contoso);
    QVERIFY(fixture.repository->apply(change).ok());
    const QString failed = TestSupport::downgradeToSchemaSix(fixture.database->connection());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const qint64 events = fixture.scalar(u"SELECT count(*) FROM audit_events"_s);
    fixture.repository.reset();
    fixture.database.reset();

    auto migrated = Database::open(fixture.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    QCOMPARE(migrated.value()->schemaVersion(), Database::latestSchemaVersion());
    {
        SqlRegisterRepository repository(*migrated.value());
        TodoQuery all;
        all.includeClosed = true;
        QCOMPARE(repository.todos(all).value().size(), 0); // none invented
        QVERIFY(repository.relationshipForPartner(TestSupport::contosoTenant).value()->roles.isEmpty());
        QCOMPARE(AuditChain::count(migrated.value()->connection()).value(), events + 1);
        QVERIFY(AuditChain::verify(migrated.value()->connection())->intact());
        const AuditEvent upgraded = repository.auditEvents({}, {}, 1).value().constFirst();
        QCOMPARE(upgraded.action, u"register.upgraded"_s);
        QCOMPARE(upgraded.before.value(u"schemaVersion"_s).toInt(), 6);
        QCOMPARE(upgraded.after.value(u"upgradeNote"_s).toString(), u"todosIntroduced"_s);
        QVERIFY2(AuditDescription::change(upgraded).contains(u"no to-do was created"_s),
            qPrintable(AuditDescription::change(upgraded)));
    }
    migrated.value().reset();
    // Reopening does not upgrade again.
    auto reopened = Database::open(fixture.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QCOMPARE(AuditChain::count(reopened.value()->connection()).value(), events + 1);
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

void TestDatabase::foreignFileWithWalIsLeftUnchanged_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("existing only") << int(Database::OpenMode::ExistingOnly);
    QTest::newRow("read-only") << int(Database::OpenMode::ReadOnly);
    QTest::newRow("create if missing") << int(Database::OpenMode::CreateIfMissing);
}

void TestDatabase::foreignFileWithWalIsLeftUnchanged()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"foreign.sqlite"_s);
    const QString failed = TestSupport::writeForeignDatabaseWithWal(path);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    const QByteArray main = digest(path);
    const QByteArray wal = digest(path + u"-wal"_s);

    auto refused = Database::open(path, Database::OpenMode(mode));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY2(refused.error().message.contains(u"not a PartnerDesk register"_s),
        qPrintable(refused.error().message));
    QCOMPARE(digest(path), main);
    QCOMPARE(digest(path + u"-wal"_s), wal);
}

void TestDatabase::readOnlyOpenWritesNothing()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    {
        QSqlQuery q(fixture.database->connection());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
    }
    fixture.repository.reset();
    fixture.database.reset();
    const QByteArray before = digest(fixture.path());

    {
        auto db = Database::open(fixture.path(), Database::OpenMode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        SqlRegisterRepository repository(*db.value());
        QCOMPARE(repository.relationships()->size(), 14);
        QVERIFY(AuditChain::verify(db.value()->connection())->intact());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"delete"_s);
        QVERIFY(!q.exec(u"UPDATE organisation SET name = 'changed'"_s));
    }
    QCOMPARE(digest(fixture.path()), before);
    QVERIFY(!QFile::exists(fixture.path() + u"-wal"_s));
}

void TestDatabase::readOnlyRefusesOlderSchemaUnchanged()
{
    TestSupport::DemoRegisterFixture fixture;
    QVERIFY(fixture.create());
    const QString failed = TestSupport::downgradeToSchemaOne(fixture.database->connection());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    {
        QSqlQuery q(fixture.database->connection());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
    }
    fixture.repository.reset();
    fixture.database.reset();
    const QByteArray before = digest(fixture.path());

    auto refused = Database::open(fixture.path(), Database::OpenMode::ReadOnly);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY2(refused.error().message.contains(u"older version of PartnerDesk"_s),
        qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"partnerdesk-cli upgrade"_s));
    QCOMPARE(digest(fixture.path()), before);
    QVERIFY(!QFile::exists(fixture.path() + u"-wal"_s));

    // Opening it to change it is the upgrade.
    auto upgraded = Database::open(fixture.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().message));
    QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::newRegisterIsPrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"data/PartnerDesk"_s);
    const QString path = folder + u"/partnerdesk.sqlite"_s;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    {
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"CREATE TABLE scratch (x)"_s));
    }
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto any = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QFile::Permissions p = QFileInfo(file).permissions();
        QVERIFY2((p & any) == 0, qPrintable(file));
        QVERIFY((p & ownerOnly) == ownerOnly);
    }
    for (const QString &created : QStringList {dir.filePath(u"data"_s), folder}) {
        const QFile::Permissions p = QFileInfo(created).permissions();
        QVERIFY2((p & any) == 0, qPrintable(created));
        QVERIFY(p & QFile::ExeOwner);
    }
    // A folder that existed before is not ours to change.
    QVERIFY(QFileInfo(dir.path()).permissions() & QFile::ReadOwner);
}

void TestDatabase::failedCreateLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"register.sqlite"_s);
    // SQLite cannot write its journal where a folder stands, so the first write fails.
    QVERIFY(QDir().mkdir(path + u"-journal"_s));
    auto failed = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(!failed.ok());
    QVERIFY2(!QFile::exists(path), "an empty file would make the next start refuse the register");
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
