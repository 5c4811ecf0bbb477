#pragma once
// RelationshipService: the use cases that change a relationship. Each checks the policy itself, so no
// screen, command or import can skip it, and hands the change with its audit event to the store.

#include "common/result.h"
#include "relationships/todo.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class Clock;
class RegisterRepository;
struct Operator;
struct Relationship;

class RelationshipService
{
public:
    RelationshipService(RegisterRepository &repository, const Clock &clock);

    Result<Relationship> markReviewed(const Operator &actor, const QString &partnerTenantId);

    // A partner typed in by hand (id 0) or changed in the form: every field checked against
    // RelationshipRules (the error names the field to fix), one audit event with before and after.
    // The tenant ID is the partner's key and an accepted agreement is a record: neither changes here.
    Result<Relationship> save(const Operator &actor, const Relationship &edited);
    // Records the decision to remove every admin role of each partner, in one transaction: one to-do
    // and one audit event per partner. The roles stay what the tenant holds until the to-do is done.
    Result<QList<Relationship>> removeRoles(const Operator &actor, const QStringList &partnerTenantIds);

    // Records that the partner was asked to end the relationship; only the partner can end it, so a
    // to-do waits for that to be seen in Microsoft 365.
    struct EndRequest
    {
        QDate contactedOn; // not in the future
        QString method; // one of endRequestMethods()
        QString note; // at most kMaxNoteLength characters
    };
    static constexpr int kMaxNoteLength = 2000;
    static QStringList endRequestMethods(); // email, phone, meeting, other
    static QString endRequestMethodName(const QString &method); // translated
    Result<Relationship> requestEnd(
        const Operator &actor, const QString &partnerTenantId, const EndRequest &request);
    // The partner confirmed it ended the relationship (its to-do is done with it); it stays in the
    // register as history.
    Result<Relationship> markEnded(const Operator &actor, const QString &partnerTenantId);

    // Register-wide: may MPSA partners see each other's purchases (off until someone decides). The
    // value is what the tenant is known to have; a decision to change it is a to-do until done, and
    // deciding back withdraws it.
    Result<bool> mpsaSharing() const;
    Result<std::optional<Todo>> pendingMpsaSharing() const;
    Status setMpsaSharing(const Operator &actor, bool enabled);

    // The relationship as it is after its admin roles are taken away (DOMAIN.md: "Remove roles").
    static Relationship withoutAdminRoles(const Relationship &relationship);

private:
    // Checks the policy for managing and finds the partner's relationship.
    Result<Relationship> managedRelationship(const Operator &actor, const QString &partnerTenantId) const;
    Result<Relationship> applyOne(const Operator &actor, const QString &action, const Relationship &before,
        const Relationship &after, const std::optional<Todo> &todo = std::nullopt);
    // The partner's open to-do of a kind (empty tenant ID: register-wide).
    Result<std::optional<Todo>> openTodo(const QString &partnerTenantId, Todo::Kind kind) const;
    RegisterRepository &m_repository;
    const Clock &m_clock;
};
