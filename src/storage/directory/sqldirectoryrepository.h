#pragma once
// SqlDirectoryRepository: the partner directory catalogue and the outbox in the register. Searches use
// an FTS5 index over name, locations, keywords and industries (prefix matching, diacritics ignored);
// where SQLite lacks FTS5 the same search runs as a LIKE scan.

#include "common/ports.h"

class Database;
class RegisterNotifier;

class SqlDirectoryRepository final : public DirectoryRepository
{
public:
    enum class Index { FullText, ScanOnly };
    SqlDirectoryRepository(Database &database, RegisterNotifier &notifier, Index index = Index::FullText);

    bool hasFullTextIndex() const { return m_fts; }

    Result<QList<DirectoryEntry>> search(const DirectoryQuery &query) const override;
    Result<QList<DirectoryEntry>> searchByScan(const DirectoryQuery &query) const; // LIKE '%term%'
    Result<std::optional<DirectoryEntry>> entryForTenant(const QString &tenantId) const override;
    Result<qint64> entryCount() const override;
    Status replaceCatalogue(const QList<DirectoryEntry> &entries) override;

    Result<QList<ContactRequest>> contactRequests() const override;
    Result<QList<ContactRequest>> enqueue(
        const QList<ContactRequest> &requests, const QList<AuditEvent> &events) override;
    Status recordDelivery(const ContactRequest &request) override;
    Result<int> redirectQueued(const QString &destination, const AuditEvent &event) override;

    // The words of a search box, as FTS5 prefix terms: "clou sec" -> "clou"* AND "sec"*.
    static QString ftsTerms(const QString &text);

private:
    Database &m_database;
    RegisterNotifier &m_notifier;
    bool m_fts = false;
};
