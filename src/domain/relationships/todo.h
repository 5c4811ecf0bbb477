#pragma once
// Todo: a step still to take in Microsoft 365 after a decision recorded in the register. The register
// does not change the tenant: a decision (remove roles, accept and authorize, the end of a
// relationship, MPSA sharing) changes what the tenant is known to hold only when its to-do is marked
// done, or when an import shows the tenant in the decided state.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

struct Relationship;

struct Todo
{
    enum class Kind {
        RemoveRoles, // remove the partner's admin roles in the admin center
        Authorize, // accept the invitation in the admin center (the link), granting its types and roles
        ConfirmEnd, // check that the partner ended the relationship
        MpsaSharing, // turn sharing of MPSA purchases on or off
    };
    enum class Status {
        Open,
        Done, // an admin confirmed it was done in Microsoft 365
        Confirmed, // an imported file showed the tenant in the decided state
        Withdrawn, // the decision was reversed before it was done
    };

    qint64 id = 0; // 0 until stored
    Kind kind = Kind::RemoveRoles;
    Status status = Status::Open;
    qint64 relationshipId = 0; // 0 for register-wide steps (MPSA sharing)
    QString partnerTenantId;
    QString partnerName;
    QDateTime decidedUtc;
    QString decidedByUpn;
    QString decidedByName;
    // What was decided, by kind: Authorize {types, roles, link}; MpsaSharing {enabled}.
    QJsonObject decision;
    QDateTime closedUtc; // when it was done, confirmed or withdrawn
    QString closedByUpn; // who marked it done, withdrew it, or imported the file that confirmed it
    QString closedByName;
    QString closeNote; // the admin's note, or the file that confirmed it
    // Evidence imported after the to-do was closed shows the tenant differs from the register.
    QDateTime contradictedUtc;
    QString contradictedBy; // the file

    bool isOpen() const { return status == Status::Open; }
    bool isContradicted() const { return contradictedUtc.isValid(); }
    // Whole days since the decision; 0 on the day itself.
    qint64 ageDays(const QDateTime &nowUtc) const;
    // "Remove the admin roles of Contoso in the Microsoft 365 admin center" (translated).
    QString step() const;
    // The state of things while it is open: "Removal decided on 1 Dec 2026 by Anna de Vries — still to
    // do in Microsoft 365" (translated, dates in the current locale).
    QString pendingText() const;
    QUrl adminCenterUrl() const;

    // The relationship as it is once the step was taken (the decided change, applied to the known
    // state); MpsaSharing leaves it as it is.
    Relationship appliedTo(const Relationship &known, const QDateTime &doneUtc) const;
    // Whether a relationship, as imported, shows the step taken.
    bool isShownDoneBy(const Relationship &imported) const;

    friend bool operator==(const Todo &, const Todo &) = default;
};

namespace TodoRules {
inline constexpr int kOverdueDays = 7; // an open to-do older than this needs attention
inline constexpr int kMaxNoteLength = 2000;
} // namespace TodoRules

QString todoKindKey(Todo::Kind kind);
std::optional<Todo::Kind> todoKindFromKey(const QString &key);
QString todoStatusKey(Todo::Status status);
Todo::Status todoStatusFromKey(const QString &key);
QString todoKindName(Todo::Kind kind); // translated, short: "Remove roles"
QString todoStatusName(Todo::Status status); // translated
