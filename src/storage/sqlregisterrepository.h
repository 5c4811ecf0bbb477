#pragma once
// SqlRegisterRepository: the register in SQLite. Every change and its audit events share one transaction.

#include "ports.h"

class Database;
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

    // Records the organisation and its operators in a new register, with the first audit event.
    Status initialise(const Organisation &organisation, const QList<Operator> &operators);
    bool isInitialised() const;

    Result<Organisation> organisation() const override;
    Result<QList<Operator>> operators() const override;
    Result<QList<Relationship>> relationships() const override;
    Result<std::optional<Relationship>> relationshipForPartner(const QString &partnerTenantId) const override;
    Result<QList<AuditEvent>> eventsForPartner(const QString &partnerTenantId, int limit) const override;
    Result<QList<Relationship>> apply(const RegisterChange &change) override;

    Result<RegisterCounts> counts() const;

private:
    static Relationship relationshipFromRow(const QSqlQuery &query);
    Database &m_database;
};
