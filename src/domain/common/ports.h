#pragma once
// Ports: what the domain needs from storage. Storage implements them; services and screens use them.

#include "audit/auditevent.h"
#include "audit/auditfilter.h"
#include "audit/auditreceipt.h"
#include "common/operator.h"
#include "common/organisation.h"
#include "common/result.h"
#include "directory/directory.h"
#include "invitations/invitation.h"
#include "relationships/partnersummary.h"
#include "relationships/relationship.h"
#include "relationships/todo.h"

#include <QHash>
#include <QList>

#include <functional>

#include <optional>

// One change to the register: relationships to insert or update and the audit events that describe
// them. A store applies a change whole or not at all.
struct RegisterChange
{
    QList<Relationship> relationships; // id 0 = insert (with its partner), otherwise update
    QList<AuditEvent> events; // sequence and hashes are assigned by the store
    QHash<QString, QString> settings; // register-wide settings to set (see SettingKeys)
    QList<Invitation> invitations; // id 0 = insert, otherwise update its status
    QList<Operator> operators; // added, or changed when the UPN is already there
    // Steps still to take in Microsoft 365: id 0 = insert (its relationship id may be 0 when the
    // relationship is new in this change: it gets the id of the relationship with the same partner),
    // otherwise update its status, closing fields and contradiction.
    QList<Todo> todos;
};

// Which to-dos to list: open ones, or all; of one partner or of the whole register.
struct TodoQuery
{
    bool includeClosed = false;
    QString partnerTenantId; // empty: every partner and the register-wide ones
};

namespace SettingKeys {
inline constexpr char16_t MpsaSharing[] = u"mpsaSharing"; // "true" / "false"
inline constexpr char16_t DirectoryService[] = u"directoryService"; // base URL; empty: none
} // namespace SettingKeys

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

    // The history, newest first by time (then by sequence): matching events after the cursor.
    virtual Result<QList<AuditEvent>> auditEvents(
        const AuditFilter &filter, const AuditCursor &after, int limit) const = 0;
    // Recomputes the hash chain; progress(done, total) may return false to cancel.
    virtual Result<AuditVerification> verifyAudit(
        const std::function<bool(qint64, qint64)> &progress) const = 0;
    // Compares the history with the receipts kept in folders (receipts.txt in each) and those given.
    virtual Result<ReceiptCheck> checkReceipts(
        const QStringList &folders, const QList<AuditReceipt> &given) const = 0;
    // The receipt of the register as it is now (its newest audit event), and how many events it holds.
    virtual Result<AuditReceipt> auditReceipt(const QDateTime &nowUtc) const = 0;
    virtual Result<qint64> auditEventCount() const = 0;
    // Partners whose name or tenant ID starts with text (case-insensitive), as (tenant ID, name).
    virtual Result<QList<std::pair<QString, QString>>> findPartners(const QString &text, int limit) const = 0;
    // Invitations, newest first; and one by id.
    virtual Result<QList<Invitation>> invitations() const = 0;
    virtual Result<std::optional<Invitation>> invitation(qint64 id) const = 0;
    // To-dos, newest decision first; and one by id.
    virtual Result<QList<Todo>> todos(const TodoQuery &query) const = 0;
    virtual Result<std::optional<Todo>> todo(qint64 id) const = 0;
    // A register-wide setting; empty when never set.
    virtual Result<QString> setting(const QString &key) const = 0;

    // Applies the change in one transaction; returns the stored relationships (with ids).
    virtual Result<QList<Relationship>> apply(const RegisterChange &change) = 0;
};

// The partner directory catalogue and the outbox of contact requests.
class DirectoryRepository
{
public:
    virtual ~DirectoryRepository() = default;

    // Matching entries in name order, at most query.limit (all entries when the query is empty).
    virtual Result<QList<DirectoryEntry>> search(const DirectoryQuery &query) const = 0;
    virtual Result<std::optional<DirectoryEntry>> entryForTenant(const QString &tenantId) const = 0;
    virtual Result<qint64> entryCount() const = 0;
    // Replaces the whole catalogue in one transaction: on any failure the old one stays.
    virtual Status replaceCatalogue(const QList<DirectoryEntry> &entries) = 0;

    // The outbox, newest first.
    virtual Result<QList<ContactRequest>> contactRequests() const = 0;
    // Stores new requests (id 0) with their audit events in one transaction; returns them with ids.
    virtual Result<QList<ContactRequest>> enqueue(
        const QList<ContactRequest> &requests, const QList<AuditEvent> &events)
        = 0;
    // Records a delivery attempt's outcome (state, attempts, times, reason) of a stored request.
    virtual Status recordDelivery(const ContactRequest &request) = 0;
    // Queued requests written for another directory service (or none) are to go to destination: one
    // transaction with the audit event (written only when a request moved); returns how many moved.
    virtual Result<int> redirectQueued(const QString &destination, const AuditEvent &event) = 0;
};
