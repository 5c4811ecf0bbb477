#pragma once
// Ports: what the domain needs from storage. Storage implements them; services and screens use them.

#include "auditevent.h"
#include "operator.h"
#include "organisation.h"
#include "partnersummary.h"
#include "relationship.h"
#include "result.h"

#include <QList>

#include <optional>

// One change to the register: relationships to insert or update and the audit events that describe
// them. A store applies a change whole or not at all.
struct RegisterChange
{
    QList<Relationship> relationships; // id 0 = insert (with its partner), otherwise update
    QList<AuditEvent> events; // sequence and hashes are assigned by the store
};

class RegisterNotifier;

class RegisterRepository
{
public:
    virtual ~RegisterRepository() = default;

    virtual Result<Organisation> organisation() const = 0;
    virtual Result<QList<Operator>> operators() const = 0;
    virtual Result<QList<Relationship>> relationships() const = 0;
    virtual Result<std::optional<Relationship>> relationshipForPartner(
        const QString &partnerTenantId) const = 0;
    virtual Result<QList<AuditEvent>> eventsForPartner(const QString &partnerTenantId, int limit) const = 0;

    // Compact rows for lists, ordered by name without case; limit < 0 means all.
    virtual Result<QList<PartnerSummary>> summaries(int limit = -1) const = 0;
    virtual Result<QList<PartnerSummary>> summariesFor(const QList<qint64> &relationshipIds) const = 0;

    // Emits after each committed change. Repositories opened on the same register in one process
    // share it, so a change made through any of them reaches every view.
    virtual RegisterNotifier &notifier() = 0;

    // Applies the change in one transaction; returns the stored relationships (with ids).
    virtual Result<QList<Relationship>> apply(const RegisterChange &change) = 0;
};
