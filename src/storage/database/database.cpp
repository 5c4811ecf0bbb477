#include "database/database.h"

#include "audit/auditchain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "partnerdesk.storage.database", QtInfoMsg)

namespace {

Error badFile(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

QStringList migrationFiles()
{
    QDir dir(u":/storage/migrations"_s);
    return dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

struct HeaderFacts
{
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads the 100-byte SQLite header without letting SQLite touch the file, so a file we refuse is
// never changed (not even by a journal-mode switch).
Result<HeaderFacts> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badFile(QCoreApplication::translate("Database", "The register %1 cannot be read: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return badFile(
            QCoreApplication::translate("Database", "%1 is an empty file, not a PartnerDesk register.")
                .arg(QDir::toNativeSeparators(path)));
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return badFile(QCoreApplication::translate(
            "Database", "%1 is not a PartnerDesk register: it is not an SQLite database.")
                           .arg(QDir::toNativeSeparators(path)));
    }
    HeaderFacts facts;
    facts.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    facts.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    return facts;
}

Status checkFacts(const QString &path, quint32 applicationId, quint32 userVersion)
{
    const QString native = QDir::toNativeSeparators(path);
    if (applicationId != quint32(Database::kApplicationId))
        return badFile(QCoreApplication::translate(
            "Database", "%1 is an SQLite database but not a PartnerDesk register.")
                           .arg(native));
    if (userVersion > quint32(Database::latestSchemaVersion())) {
        return badFile(QCoreApplication::translate("Database",
            "%1 was written by a newer version of PartnerDesk (schema version %2; this version reads up to "
            "%3). "
            "It was left unchanged.")
                           .arg(native)
                           .arg(userVersion)
                           .arg(Database::latestSchemaVersion()));
    }
    return Done {};
}

// SQLite gives the -wal and -shm files the mode of the register, so creating it 0600 first covers all three.
bool createPrivateFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner);
}

Error noDriver()
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate(
            "Database", "The SQLite driver for Qt (QSQLITE) is not installed; run scripts/install-deps.")};
}

Error sqlError(const QString &path, const QSqlError &error)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("Database", "The register %1 could not be used: %2.")
            .arg(QDir::toNativeSeparators(path), error.text())};
}

} // namespace

bool Database::makePrivatePath(const QString &folder)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(dir);) {
        missing.prepend(dir);
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            break;
        dir = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        if (!QDir().mkdir(path, ownerOnly) && !QFileInfo(path).isDir())
            return false;
        QFile::setPermissions(path, ownerOnly); // whatever the umask made of it
    }
    return QFileInfo(folder).isDir();
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QString native = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return badFile(QCoreApplication::translate("Database", "No register file was given."));
    const QFileInfo info(path);
    const bool existed = info.exists();
    if ((mode == OpenMode::ExistingOnly || mode == OpenMode::ReadOnly) && !existed)
        return badFile(
            QCoreApplication::translate("Database", "The register %1 does not exist.").arg(native));
    if (mode == OpenMode::CreateNew && existed)
        return badFile(QCoreApplication::translate(
            "Database", "%1 already exists; PartnerDesk does not overwrite files.")
                           .arg(native));
    if (existed) {
        if (info.isDir())
            return badFile(
                QCoreApplication::translate("Database", "%1 is a folder, not a register file.").arg(native));
        auto facts = readHeader(path);
        if (!facts)
            return facts.error();
        // With a non-empty write-ahead log the newest header may still be in the log (another connection
        // has not checkpointed yet); check() reads it through a read-only connection.
        const QFileInfo wal(path + u"-wal"_s);
        const bool headerMayBeStale = wal.exists() && wal.size() > 0;
        if (!headerMayBeStale) {
            if (Status s = checkFacts(path, facts->applicationId, facts->userVersion); !s)
                return s.error();
        }
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return noDriver();
        if (!Database::makePrivatePath(info.absolutePath()))
            return badFile(
                QCoreApplication::translate("Database", "The folder for the register %1 cannot be created.")
                    .arg(native));
        if (!createPrivateFile(path))
            return badFile(
                QCoreApplication::translate("Database", "The register %1 cannot be created.").arg(native));
    }

    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return noDriver();
    static std::atomic<int> counter {0};
    const QString name = u"partnerdesk-%1"_s.arg(++counter);
    std::unique_ptr<Database> database(new Database(path, name));
    // A register this open created and could not finish is removed, so the next start does not meet
    // an empty file that is "not a PartnerDesk register".
    auto removeCreated = qScopeGuard([&database, &path, existed] {
        if (existed)
            return;
        database.reset();
        for (const QString &file :
            QStringList {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s})
            QFile::remove(file);
    });
    // An existing file is opened read-only until it is known to be a register this version may change:
    // a read-write connection would merge a -wal into a foreign file before we could refuse it.
    if (Status s = database->connect(existed); !s)
        return s.error();
    int version = 0;
    if (Status s = database->check(mode, existed, &version); !s)
        return s.error();
    if (existed && mode != OpenMode::ReadOnly) {
        if (Status s = database->connect(false); !s)
            return s.error();
    }
    if (mode != OpenMode::ReadOnly) {
        if (Status s = database->configure(version, existed); !s)
            return s.error();
    }
    removeCreated.dismiss();
    return database;
}

Status Database::connect(bool readOnly)
{
    {
        QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
        old.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (readOnly)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return sqlError(m_path, db.lastError());
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA busy_timeout = 5000"_s))
        return sqlError(m_path, q.lastError());
    return Done {};
}

Status Database::check(OpenMode mode, bool fileExisted, int *version)
{
    QSqlQuery q(connection());
    // Reading the schema proves the file is a readable, undamaged database before anything is written.
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next()) {
        return badFile(
            QCoreApplication::translate("Database", "The register %1 is damaged or unreadable: %2.")
                .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    }
    const int tableCount = q.value(0).toInt();
    q.exec(u"PRAGMA application_id"_s);
    const quint32 applicationId = q.next() ? q.value(0).toUInt() : 0;
    q.exec(u"PRAGMA user_version"_s);
    *version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (fileExisted) {
        // A WAL file may hold a newer header than the main file we checked before opening.
        if (Status s = checkFacts(m_path, applicationId, quint32(*version)); !s)
            return s;
    } else if (tableCount != 0) {
        return badFile(QCoreApplication::translate("Database", "%1 is not a PartnerDesk register.")
                           .arg(QDir::toNativeSeparators(m_path)));
    }
    if (mode == OpenMode::ReadOnly && *version < latestSchemaVersion()) {
        return badFile(QCoreApplication::translate("Database",
            "%1 was written by an older version of PartnerDesk (schema version %2; this version uses %3) "
            "and was left unchanged. Upgrade it first: open it in PartnerDesk, or run "
            "partnerdesk-cli upgrade --db FILE.")
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(*version)
                           .arg(latestSchemaVersion()));
    }
    return Done {};
}

Status Database::configure(int version, bool fileExisted)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return sqlError(m_path, q.lastError());
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s) || !q.exec(u"PRAGMA synchronous = NORMAL"_s))
        return sqlError(m_path, q.lastError());
    q.finish();

    if (version < latestSchemaVersion()) {
        if (Status s = migrate(version); !s)
            return s;
    }
    m_new = !fileExisted;
    return Done {};
}

Status Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return sqlError(m_path, db.lastError());
    const QStringList files = migrationFiles();
    QSqlQuery q(db);
    for (int v = fromVersion; v < files.size(); ++v) {
        QFile file(u":/storage/migrations/"_s + files.at(v));
        if (!file.open(QIODevice::ReadOnly))
            return Error {ErrorKind::Storage,
                QCoreApplication::translate("Database", "Migration %1 is missing from this build.")
                    .arg(files.at(v))};
        const QString script = QString::fromUtf8(file.readAll());
        const QStringList statements = script.split(u"\n--;\n"_s, Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                qCWarning(lcDatabase) << "migration" << files.at(v) << "failed:" << q.lastError().text();
                return sqlError(m_path, q.lastError());
            }
        }
        qCDebug(lcDatabase) << "applied migration" << files.at(v);
    }
    // An existing register says in its history that it was upgraded, and what that means for it.
    if (fromVersion > 0) {
        AuditEvent event;
        event.atUtc = QDateTime::currentDateTimeUtc();
        event.operatorUpn = u"partnerdesk"_s;
        event.operatorName = u"PartnerDesk"_s;
        event.action = QString::fromUtf16(AuditActions::RegisterUpgraded);
        event.before = QJsonObject {{u"schemaVersion"_s, fromVersion}};
        event.after = QJsonObject {{u"schemaVersion"_s, int(files.size())}};
        if (fromVersion < 7 && files.size() >= 7)
            event.after.insert(u"upgradeNote"_s, u"todosIntroduced"_s);
        QList<AuditEvent> events {event};
        if (Status s = AuditChain::append(db, events); !s)
            return s;
    }
    // PRAGMA does not take bound parameters; both values are integers computed here, not input.
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(files.size()))
        || !q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)))
        return sqlError(m_path, q.lastError());
    if (!transaction.commit())
        return sqlError(m_path, db.lastError());
    return Done {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_begun = m_db.transaction();
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

bool ScopedTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    m_done = m_db.commit();
    return m_done;
}
