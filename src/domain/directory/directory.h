#pragma once
// The partner directory: the catalogue of partners an admin can search before any relationship
// exists (Find a partner), and the contact requests sent to them from the outbox.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Organisation sizes a partner serves, as flags so one entry can serve several.
namespace OrganisationSize {
enum Flag : quint8 {
    Small = 1, // 1–50 people
    Medium = 2, // 51–250
    Large = 4, // 251–1,000
    Enterprise = 8, // more than 1,000
};
inline constexpr quint8 kAll = Small | Medium | Large | Enterprise;
QList<Flag> all();
QString key(Flag size); // stable key for JSON: small, medium, large, enterprise
quint8 fromKeys(const QStringList &keys); // unknown keys are ignored
QString displayName(Flag size); // translated, with the head count
QString displayNames(quint8 sizes); // translated, joined
} // namespace OrganisationSize

struct DirectoryEntry
{
    qint64 id = 0;
    QString tenantId; // lower case
    QString partnerId; // Microsoft PartnerID, may be empty
    QString name;
    QStringList locations; // "City, Country"
    quint8 sizes = 0; // OrganisationSize flags
    QStringList keywords; // services
    QStringList industries;
    QString description;
    QString contactEmail;
    QString contactPhone;
    QString website;
};

struct DirectoryQuery
{
    QString location; // words matched at the start of words in the locations
    QString keywords; // words matched at the start of words in name, keywords and industries
    quint8 size = 0; // 0: any size
    int limit = 200;
    bool isEmpty() const { return location.trimmed().isEmpty() && keywords.trimmed().isEmpty() && size == 0; }
};

// A contact request in the outbox: written first, then delivered; the idempotency key makes a retry
// of the same request never arrive twice.
struct ContactRequest
{
    enum class State { Queued, Sent, Failed };
    static constexpr int kMaxNeedsLength = 4000;

    qint64 id = 0;
    QString idempotencyKey;
    QString partnerTenantId;
    QString partnerName;
    QString organisationName;
    quint8 organisationSize = 0; // one OrganisationSize flag
    QString contactName;
    QString email;
    QString phone; // optional
    QString needs;
    QDateTime createdUtc;
    QString createdByUpn;
    State state = State::Queued;
    int attempts = 0;
    QDateTime lastAttemptUtc;
    QDateTime sentUtc;
    QString failureReason; // the server's reason when it refused the request
    QString destination; // the directory service it was written for; empty: none was set

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
    QString stateName() const; // translated
};
