#pragma once
// Turns a current register back into what the first release (schema 1) wrote, for migration and
// read-only tests. Needs only QtSql, so the CLI tests can use it on a file the CLI made.

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
    for (const QString &sql : {u"DROP INDEX relationships_gdap_relationship_id"_s,
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

} // namespace TestSupport
