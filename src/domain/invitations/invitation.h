#pragma once
// Invitation: a partner's invitation link as received, and what became of it. Cancelled invitations
// are kept; a GDAP request not approved within 90 days counts as expired.

#include "invitations/invitationlink.h"

#include <QDateTime>
#include <QString>

struct Invitation
{
    enum class Status { Received, Accepted, Cancelled, Expired };
    static constexpr int kGdapApprovalDays = 90;

    qint64 id = 0; // 0 until stored
    QString link; // as pasted, re-parsed on load
    QDateTime receivedUtc;
    Status status = Status::Received; // as stored: Received, Accepted or Cancelled
    QDateTime decidedUtc;
    QString decidedByUpn;
    QString note; // why it was cancelled, or the partner's name given when accepting

    InvitationLink parsed() const { return InvitationLink::parse(link); }
    // Received, but a GDAP request older than 90 days is Expired.
    Status effectiveStatus(const QDateTime &nowUtc) const;
    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key);
    QString statusName(const QDateTime &nowUtc) const; // translated
};
