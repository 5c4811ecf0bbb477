#include "directory/sqldirectoryrepository.h"

#include "audit/auditchain.h"
#include "common/registernotifier.h"
#include "database/database.h"
#include "database/sqlvalues.h"

#include <QCollator>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kListSeparator = u"; "_s;
const QString kColumns = u"e.id, e.tenant_id, e.partner_id, e.name, e.locations, e.sizes, e.keywords, "
                         "e.industries, e.description, e.contact_email, e.contact_phone, e.website"_s;
const QString kOutboxColumns
    = u"id, idempotency_key, partner_tenant_id, partner_name, organisation_name, "
      "organisation_size, contact_name, email, phone, needs, created_utc, "
      "created_by_upn, state, attempts, last_attempt_utc, sent_utc, failure_reason, destination"_s;

Error storageError(const QSqlError &error)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate(
            "SqlDirectoryRepository", "The register could not be read or written: %1.")
            .arg(error.text())};
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(kListSeparator);
}

DirectoryEntry entryFromRow(const QSqlQuery &q)
{
    DirectoryEntry e;
    e.id = q.value(0).toLongLong();
    e.tenantId = q.value(1).toString();
    e.partnerId = q.value(2).toString();
    e.name = q.value(3).toString();
    e.locations = splitList(q.value(4).toString());
    e.sizes = quint8(q.value(5).toInt());
    e.keywords = splitList(q.value(6).toString());
    e.industries = splitList(q.value(7).toString());
    e.description = q.value(8).toString();
    e.contactEmail = q.value(9).toString();
    e.contactPhone = q.value(10).toString();
    e.website = q.value(11).toString();
    return e;
}

using SqlValues::fromIso;
using SqlValues::isoOrNull;
using SqlValues::text;

ContactRequest requestFromRow(const QSqlQuery &q)
{
    ContactRequest r;
    r.id = q.value(0).toLongLong();
    r.idempotencyKey = q.value(1).toString();
    r.partnerTenantId = q.value(2).toString();
    r.partnerName = q.value(3).toString();
    r.organisationName = q.value(4).toString();
    r.organisationSize = quint8(q.value(5).toInt());
    r.contactName = q.value(6).toString();
    r.email = q.value(7).toString();
    r.phone = q.value(8).toString();
    r.needs = q.value(9).toString();
    r.createdUtc = fromIso(q.value(10));
    r.createdByUpn = q.value(11).toString();
    r.state = ContactRequest::stateFromKey(q.value(12).toString());
    r.attempts = q.value(13).toInt();
    r.lastAttemptUtc = fromIso(q.value(14));
    r.sentUtc = fromIso(q.value(15));
    r.failureReason = q.value(16).toString();
    r.destination = q.value(17).toString();
    return r;
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

// LIKE pattern for a word anywhere, with the wildcards in the word itself escaped.
QString likeAnywhere(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

SqlDirectoryRepository::SqlDirectoryRepository(Database &database, RegisterNotifier &notifier, Index index)
    : m_database(database)
    , m_notifier(notifier)
{
    if (index == Index::ScanOnly)
        return;
    QSqlQuery q(m_database.connection());
    // The index is created on first use; a SQLite without FTS5 refuses this and searches scan instead.
    m_fts = q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS directory_fts USING fts5(name, locations, keywords, "
                   "industries, content='directory_entries', content_rowid='id', "
                   "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"_s);
    if (m_fts
        && q.exec(u"SELECT (SELECT count(*) FROM directory_entries) > 0 AND "
                  "(SELECT count(*) FROM directory_fts_docsize) = 0"_s)
        && q.next() && q.value(0).toBool()) {
        m_fts = q.exec(u"INSERT INTO directory_fts(directory_fts) VALUES ('rebuild')"_s);
    }
}

QString SqlDirectoryRepository::ftsTerms(const QString &text)
{
    QStringList terms;
    for (const QString &word : words(text))
        terms.append(u'"' + word + u"\"*"_s); // words hold letters and digits only: no quote to escape
    return terms.join(u" AND "_s);
}

Result<QList<DirectoryEntry>> SqlDirectoryRepository::search(const DirectoryQuery &query) const
{
    if (!m_fts)
        return searchByScan(query);
    const QString location = ftsTerms(query.location);
    const QString keywords = ftsTerms(query.keywords);
    QStringList parts;
    if (!location.isEmpty())
        parts.append(u"locations : ("_s + location + u')');
    if (!keywords.isEmpty())
        parts.append(u"{name keywords industries} : ("_s + keywords + u')');
    QSqlQuery q(m_database.connection());
    if (parts.isEmpty()) {
        q.prepare(u"SELECT "_s + kColumns
            + u" FROM directory_entries e WHERE (:size = 0 OR (e.sizes & :size) != 0) ORDER BY e.id LIMIT :limit"_s);
    } else {
        // The index returns rows in rowid order, which is name order (see replaceCatalogue), so the
        // first page is found without sorting every match.
        q.prepare(u"SELECT "_s + kColumns
            + u" FROM directory_fts f JOIN directory_entries e ON e.id = f.rowid WHERE directory_fts MATCH "
              u":match "
              "AND (:size = 0 OR (e.sizes & :size) != 0) ORDER BY f.rowid LIMIT :limit"_s);
        q.bindValue(u":match"_s, parts.join(u" AND "_s));
    }
    q.bindValue(u":size"_s, int(query.size));
    q.bindValue(u":limit"_s, query.limit);
    if (!q.exec())
        return storageError(q.lastError());
    QList<DirectoryEntry> found;
    while (q.next())
        found.append(entryFromRow(q));
    return found;
}

Result<QList<DirectoryEntry>> SqlDirectoryRepository::searchByScan(const DirectoryQuery &query) const
{
    QStringList conditions {u"(:size = 0 OR (e.sizes & :size) != 0)"_s};
    QStringList values;
    for (const QString &word : words(query.location)) {
        conditions.append(u"e.locations LIKE ? ESCAPE '\\'"_s);
        values.append(likeAnywhere(word));
    }
    for (const QString &word : words(query.keywords)) {
        conditions.append(
            u"(e.name LIKE ? ESCAPE '\\' OR e.keywords LIKE ? ESCAPE '\\' OR e.industries LIKE ? "
            "ESCAPE '\\')"_s);
        values << likeAnywhere(word) << likeAnywhere(word) << likeAnywhere(word);
    }
    QSqlQuery q(m_database.connection());
    // Positional and named placeholders do not mix: the size goes in as a literal integer, not text.
    QString sql = u"SELECT "_s + kColumns + u" FROM directory_entries e WHERE "_s
        + conditions.join(u" AND "_s) + u" ORDER BY e.id LIMIT "_s
        + QString::number(std::max(0, query.limit));
    sql.replace(u":size"_s, QString::number(int(query.size)));
    q.prepare(sql);
    for (const QString &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError());
    QList<DirectoryEntry> found;
    while (q.next())
        found.append(entryFromRow(q));
    return found;
}

Result<std::optional<DirectoryEntry>> SqlDirectoryRepository::entryForTenant(const QString &tenantId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM directory_entries e WHERE e.tenant_id = ? LIMIT 1"_s);
    q.addBindValue(tenantId.trimmed().toLower());
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return std::optional<DirectoryEntry>();
    return std::optional<DirectoryEntry>(entryFromRow(q));
}

Result<qint64> SqlDirectoryRepository::entryCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT count(*) FROM directory_entries"_s) || !q.next())
        return storageError(q.lastError());
    return q.value(0).toLongLong();
}

Status SqlDirectoryRepository::replaceCatalogue(const QList<DirectoryEntry> &entries)
{
    // Stored in name order, so rowid order is name order and searches need no sort.
    QList<const DirectoryEntry *> ordered;
    ordered.reserve(entries.size());
    for (const DirectoryEntry &e : entries)
        ordered.append(&e);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(ordered.begin(), ordered.end(), [&](const DirectoryEntry *a, const DirectoryEntry *b) {
        return collator.compare(a->name, b->name) < 0;
    });

    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM directory_entries"_s))
        return storageError(q.lastError());
    q.prepare(u"INSERT INTO directory_entries (tenant_id, partner_id, name, locations, sizes, keywords, "
              "industries, description, contact_email, contact_phone, website) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const DirectoryEntry *e : std::as_const(ordered)) {
        q.addBindValue(e->tenantId.trimmed().toLower());
        q.addBindValue(text(e->partnerId));
        q.addBindValue(text(e->name));
        q.addBindValue(e->locations.join(kListSeparator));
        q.addBindValue(int(e->sizes));
        q.addBindValue(e->keywords.join(kListSeparator));
        q.addBindValue(e->industries.join(kListSeparator));
        q.addBindValue(text(e->description));
        q.addBindValue(text(e->contactEmail));
        q.addBindValue(text(e->contactPhone));
        q.addBindValue(text(e->website));
        if (!q.exec())
            return storageError(q.lastError());
    }
    if (m_fts && !q.exec(u"INSERT INTO directory_fts(directory_fts) VALUES ('rebuild')"_s))
        return storageError(q.lastError());
    if (!transaction.commit())
        return storageError(db.lastError());
    Q_EMIT m_notifier.directoryChanged();
    return Done {};
}

Result<QList<ContactRequest>> SqlDirectoryRepository::contactRequests() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT "_s + kOutboxColumns + u" FROM outbox ORDER BY id DESC"_s))
        return storageError(q.lastError());
    QList<ContactRequest> requests;
    while (q.next())
        requests.append(requestFromRow(q));
    return requests;
}

Result<QList<ContactRequest>> SqlDirectoryRepository::enqueue(
    const QList<ContactRequest> &requests, const QList<AuditEvent> &events)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (idempotency_key, partner_tenant_id, partner_name, organisation_name, "
              "organisation_size, contact_name, email, phone, needs, created_utc, created_by_upn, state, "
              "destination) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)"_s);
    QList<ContactRequest> stored;
    for (ContactRequest r : requests) {
        q.addBindValue(r.idempotencyKey);
        q.addBindValue(r.partnerTenantId);
        q.addBindValue(text(r.partnerName));
        q.addBindValue(text(r.organisationName));
        q.addBindValue(int(r.organisationSize));
        q.addBindValue(text(r.contactName));
        q.addBindValue(text(r.email));
        q.addBindValue(text(r.phone));
        q.addBindValue(text(r.needs));
        q.addBindValue(isoOrNull(r.createdUtc));
        q.addBindValue(text(r.createdByUpn));
        q.addBindValue(text(r.destination));
        if (!q.exec())
            return storageError(q.lastError());
        r.id = q.lastInsertId().toLongLong();
        r.state = ContactRequest::State::Queued;
        stored.append(r);
    }
    QList<AuditEvent> audit = events;
    if (Status s = AuditChain::append(db, audit); !s)
        return s.error();
    if (!transaction.commit())
        return storageError(db.lastError());
    Q_EMIT m_notifier.outboxChanged();
    Q_EMIT m_notifier.historyChanged();
    return stored;
}

Result<int> SqlDirectoryRepository::redirectQueued(const QString &destination, const AuditEvent &event)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET destination = ? WHERE state = 'queued' AND destination <> ?"_s);
    q.addBindValue(destination);
    q.addBindValue(destination);
    if (!q.exec())
        return storageError(q.lastError());
    const int moved = q.numRowsAffected();
    if (moved > 0) {
        QList<AuditEvent> audit {event};
        if (Status s = AuditChain::append(db, audit); !s)
            return s.error();
    }
    if (!transaction.commit())
        return storageError(db.lastError());
    if (moved > 0) {
        Q_EMIT m_notifier.outboxChanged();
        Q_EMIT m_notifier.historyChanged();
    }
    return moved;
}

Status SqlDirectoryRepository::recordDelivery(const ContactRequest &request)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET state = ?, attempts = ?, last_attempt_utc = ?, sent_utc = ?, "
              "failure_reason = ? WHERE id = ?"_s);
    q.addBindValue(ContactRequest::stateKey(request.state));
    q.addBindValue(request.attempts);
    q.addBindValue(isoOrNull(request.lastAttemptUtc));
    q.addBindValue(isoOrNull(request.sentUtc));
    q.addBindValue(text(request.failureReason));
    q.addBindValue(request.id);
    if (!q.exec())
        return storageError(q.lastError());
    Q_EMIT m_notifier.outboxChanged();
    return Done {};
}
