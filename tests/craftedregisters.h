#pragma once
// Register files made the way a test needs them: a current register turned back into what the first
// release (schema 1) wrote, and another program's SQLite file whose newest pages are still in its -wal.
// Needs only QtSql, so the CLI tests can use it on files the CLI made.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace TestSupport {

// Returns an empty string on success, else the statement that failed and why.
inline QString downgradeToSchemaOne(const QSqlDatabase &db)
{
    using namespace Qt::StringLiterals;
    QSqlQuery q(db);
    for (const QString &sql :
        {u"DROP TABLE review_items"_s, u"DROP TABLE reviews"_s, u"DROP TABLE activity_imports"_s,
            u"DROP TABLE partner_events"_s, u"DROP TABLE partner_activity"_s, u"DROP TABLE signin_days"_s,
            u"DROP TABLE signin_seen"_s, u"DROP TABLE signins"_s, u"DROP INDEX todos_status_decided"_s,
            u"DROP INDEX todos_relationship_status"_s, u"DROP TABLE todos"_s,
            u"DROP INDEX relationships_gdap_relationship_id"_s,
            u"ALTER TABLE relationships DROP COLUMN gdap_relationship_id"_s,
            u"ALTER TABLE relationships DROP COLUMN imported_fields_json"_s,
            u"DROP INDEX audit_events_operator"_s, u"DROP INDEX audit_events_action"_s,
            u"DROP TABLE invitations"_s, u"DROP TABLE directory_fts"_s, u"DROP TABLE directory_entries"_s,
            u"DROP TABLE outbox"_s, u"DROP INDEX audit_events_time"_s, u"DROP INDEX audit_events_partner"_s,
            u"CREATE INDEX audit_events_partner ON audit_events (partner_tenant_id COLLATE NOCASE, seq)"_s,
            u"CREATE INDEX audit_events_at ON audit_events (at_utc)"_s, u"DROP TABLE settings"_s,
            u"ALTER TABLE relationships DROP COLUMN end_requested_utc"_s,
            u"ALTER TABLE relationships DROP COLUMN end_request_method"_s,
            u"ALTER TABLE relationships DROP COLUMN end_request_note"_s,
            u"ALTER TABLE relationships DROP COLUMN ended_utc"_s, u"PRAGMA user_version = 1"_s}) {
        if (!q.exec(sql))
            return sql + u": "_s + q.lastError().text();
    }
    return {};
}

// A register as version 6 wrote it: no to-do list yet (decisions were recorded as done). Returns an
// empty string on success, else what failed.
inline QString downgradeToSchemaSix(const QSqlDatabase &db)
{
    using namespace Qt::StringLiterals;
    QSqlQuery q(db);
    for (const QString &sql :
        {u"DROP TABLE review_items"_s, u"DROP TABLE reviews"_s, u"DROP TABLE activity_imports"_s,
            u"DROP TABLE partner_events"_s, u"DROP TABLE partner_activity"_s, u"DROP TABLE signin_days"_s,
            u"DROP TABLE signin_seen"_s, u"DROP TABLE signins"_s, u"DROP INDEX todos_status_decided"_s,
            u"DROP INDEX todos_relationship_status"_s, u"DROP TABLE todos"_s, u"PRAGMA user_version = 6"_s}) {
        if (!q.exec(sql))
            return sql + u": "_s + q.lastError().text();
    }
    return {};
}

// Another program's database in WAL mode, copied to path while that program had it open (as a file
// taken from a running system would be): its table is still only in path's -wal. Returns an empty
// string on success, else what failed.
inline QString writeForeignDatabaseWithWal(const QString &path)
{
    using namespace Qt::StringLiterals;
    const QString source = path + u".source"_s;
    QString failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign-with-wal"_s);
        db.setDatabaseName(source);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA wal_autocheckpoint = 0"_s,
                 u"CREATE TABLE mail (body TEXT)"_s, u"INSERT INTO mail VALUES ('still in the log')"_s}) {
            if (failed.isEmpty() && !q.exec(sql))
                failed = sql + u": "_s + q.lastError().text();
        }
        if (failed.isEmpty()
            && (!QFile::copy(source, path) || !QFile::copy(source + u"-wal"_s, path + u"-wal"_s)))
            failed = u"copying the files failed"_s;
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign-with-wal"_s);
    return failed;
}

} // namespace TestSupport
