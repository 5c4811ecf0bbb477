#pragma once
// SqlRegisterRepository: the register in SQLite. Every change and its audit events share one transaction.

#include "common/ports.h"

#include <memory>

class Database;
class RegisterNotifier;
class QSqlQuery;

struct RegisterCounts
{
    qint64 partners = 0;
    qint64 relationships = 0;
    qint64 auditEvents = 0;
};

class SqlRegisterRepository final : public RegisterRepository
{
public:
    explicit SqlRegisterRepository(Database &database);
    // Owns its connection: for a worker thread that needs its own (one QSqlDatabase per thread).
    explicit SqlRegisterRepository(std::unique_ptr<Database> database);
    ~SqlRegisterRepository() override;

    // Records the organisation and its operators in a new register, with the first audit event.
    Status initialise(const Organisation &organisation, const QList<Operator> &operators);
    bool isInitialised() const;

    Result<Organisation> organisation() const override;
    Result<QList<Operator>> operators() const override;
    Result<QList<Relationship>> relationships() const override;
    Result<std::optional<Relationship>> relationshipForPartner(const QString &partnerTenantId) const override;
    Result<QList<AuditEvent>> eventsForPartner(const QString &partnerTenantId, int limit) const override;
    Result<QList<Relationship>> apply(const RegisterChange &change) override;
    Result<QList<PartnerSummary>> summaries(int limit = -1) const override;
    Result<QList<PartnerSummary>> summariesFor(const QList<qint64> &relationshipIds) const override;
    RegisterNotifier &notifier() override;
    Result<QList<AuditEvent>> auditEvents(
        const AuditFilter &filter, const AuditCursor &after, int limit) const override;
    Result<AuditVerification> verifyAudit(const std::function<bool(qint64, qint64)> &progress) const override;
    Result<ReceiptCheck> checkReceipts(
        const QStringList &folders, const QList<AuditReceipt> &given) const override;
    Result<QString> setting(const QString &key) const override;
    Result<AuditReceipt> auditReceipt(const QDateTime &nowUtc) const override;
    Result<qint64> auditEventCount() const override;
    Result<QList<Invitation>> invitations() const override;
    Result<std::optional<Invitation>> invitation(qint64 id) const override;
    Result<QList<std::pair<QString, QString>>> findPartners(const QString &text, int limit) const override;
    Result<QList<Todo>> todos(const TodoQuery &query) const override;
    Result<std::optional<Todo>> todo(qint64 id) const override;

    Result<RegisterCounts> counts() const;
    Database &database() { return m_database; } // for the other stores that share this connection

private:
    static Relationship relationshipFromRow(const QSqlQuery &query);
    static PartnerSummary summaryFromRow(const QSqlQuery &query);
    std::unique_ptr<Database> m_owned;
    Database &m_database;
    std::shared_ptr<RegisterNotifier> m_notifier;
};
