#pragma once
// Relationship: what a partner is to the organisation — its types, the admin roles it holds, the
// agreement record and, for GDAP, its time-bound details.

#include "common/adminrole.h"
#include "relationships/agreement.h"
#include "relationships/gdapdetails.h"
#include "relationships/partner.h"
#include "relationships/partnertype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

struct Relationship
{
    enum class State {
        Active,
        EndRequested, // the partner was asked to end it; only the partner can
        Ended,
    };

    qint64 id = 0; // 0 until stored
    Partner partner;
    QList<PartnerType> types;
    QList<AdminRole> roles;
    AgreementAcceptance agreement;
    GdapDetails gdap;
    State state = State::Active;
    QDateTime partnerSinceUtc;
    QDateTime lastReviewedUtc;
    // The partner was asked to end the relationship (only the partner can), and how.
    QDateTime endRequestedUtc;
    QString endRequestMethod; // EndRequest method key: email, phone, meeting, other
    QString endRequestNote;
    QDateTime endedUtc; // the partner ended it; it stays in the register as history
    // Fields an imported file held that PartnerDesk does not interpret, kept as they were.
    QJsonObject importedFields;

    bool holdsRole(const AdminRole &role) const { return roles.contains(role); }
    bool hasPrivilegedRole() const;
    QString typesDisplay() const; // translated, comma separated
    QString rolesDisplay() const; // translated, comma separated

    friend bool operator==(const Relationship &, const Relationship &) = default;
};

QString stateKey(Relationship::State state);
Relationship::State stateFromKey(const QString &key);
