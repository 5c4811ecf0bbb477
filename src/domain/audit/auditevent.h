#pragma once
// AuditEvent: one entry of the append-only history — who did what, when, to which partner, before and after.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AuditActions {
inline constexpr char16_t RegisterCreated[] = u"register.created";
inline constexpr char16_t RelationshipAdded[] = u"relationship.added";
inline constexpr char16_t RelationshipEdited[] = u"relationship.edited";
inline constexpr char16_t RelationshipImported[] = u"relationship.imported";
inline constexpr char16_t OperatorSaved[] = u"operator.saved";
inline constexpr char16_t RelationshipReviewed[] = u"relationship.reviewed";
inline constexpr char16_t RolesRemoved[] = u"relationship.rolesRemoved";
inline constexpr char16_t EndRequested[] = u"relationship.endRequested";
inline constexpr char16_t Ended[] = u"relationship.ended";
inline constexpr char16_t MpsaSharingChanged[] = u"settings.mpsaSharingChanged";
inline constexpr char16_t InvitationReceived[] = u"invitation.received";
inline constexpr char16_t InvitationAccepted[] = u"invitation.accepted";
inline constexpr char16_t InvitationCancelled[] = u"invitation.cancelled";
inline constexpr char16_t AgreementAccepted[] = u"agreement.accepted";
inline constexpr char16_t ContactRequested[] = u"contact.requested";
inline constexpr char16_t DirectoryServiceChanged[] = u"settings.directoryServiceChanged";
inline constexpr char16_t ContactRequestsRedirected[] = u"contact.redirected";
inline constexpr char16_t RolesRemovalDecided[] = u"relationship.rolesRemovalDecided";
inline constexpr char16_t MpsaSharingDecided[] = u"settings.mpsaSharingDecided";
inline constexpr char16_t TodoDone[] = u"todo.done";
inline constexpr char16_t TodoConfirmed[] = u"todo.confirmed";
inline constexpr char16_t TodoContradicted[] = u"todo.contradicted";
inline constexpr char16_t TodoWithdrawn[] = u"todo.withdrawn";
inline constexpr char16_t RegisterUpgraded[] = u"register.upgraded";
inline constexpr char16_t ActivityImported[] = u"activity.imported"; // sign-in or audit log evidence
inline constexpr char16_t ReviewStarted[] = u"review.started";
inline constexpr char16_t ReviewDecided[] = u"review.decided";
inline constexpr char16_t ReviewSignedOff[] = u"review.signedOff";
} // namespace AuditActions

struct AuditEvent
{
    qint64 sequence = 0; // assigned by the store; 1 is the first event
    QDateTime atUtc;
    QString operatorUpn;
    QString operatorName;
    QString action; // one of AuditActions
    QString partnerTenantId; // empty for register-wide events
    QString partnerName;
    QJsonObject before;
    QJsonObject after;
    QString previousHash; // hex SHA-256 of the previous event; 64 zeros for the first
    QString hash; // hex SHA-256 over this event's canonical content and previousHash

    // The exact bytes the hash covers: compact JSON with sorted keys, times as ISO 8601 UTC with ms.
    QByteArray canonicalContent() const;
    QString computeHash() const;
    // The same, given before and after already as compact JSON (a store writes those bytes anyway).
    QByteArray canonicalContent(const QByteArray &beforeJson, const QByteArray &afterJson) const;
    QString computeHash(const QByteArray &beforeJson, const QByteArray &afterJson) const;
    static QByteArray compactJson(const QJsonObject &object);

    // An event as a store holds it: its text fields as stored UTF-8, before and after as the compact
    // JSON that was hashed. Appends the canonical content to out without parsing anything, so a
    // verifier hashes what is stored (equal to canonicalContent() of the event read back).
    struct Stored
    {
        qint64 sequence = 0;
        QByteArrayView at; // ISO 8601 UTC with milliseconds, as stored
        QByteArrayView operatorUpn;
        QByteArrayView operatorName;
        QByteArrayView action;
        QByteArrayView partnerTenantId;
        QByteArrayView partnerName;
        QByteArrayView beforeJson;
        QByteArrayView afterJson;
        QByteArrayView previousHash;
    };
    static void appendCanonicalContent(QByteArray &out, const Stored &stored);
};
