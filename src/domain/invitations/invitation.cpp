#include "invitations/invitation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Invitation::Status Invitation::effectiveStatus(const QDateTime &nowUtc) const
{
    if (status == Status::Received && parsed().kind() == InvitationLink::Kind::GdapApproval
        && receivedUtc.isValid() && receivedUtc.daysTo(nowUtc) > kGdapApprovalDays)
        return Status::Expired;
    return status;
}

QString Invitation::statusKey(Status status)
{
    switch (status) {
    case Status::Received:
        return u"received"_s;
    case Status::Accepted:
        return u"accepted"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Expired:
        return u"expired"_s;
    }
    return u"received"_s;
}

Invitation::Status Invitation::statusFromKey(const QString &key)
{
    if (key == "accepted"_L1)
        return Status::Accepted;
    if (key == "cancelled"_L1)
        return Status::Cancelled;
    if (key == "expired"_L1)
        return Status::Expired;
    return Status::Received;
}

QString Invitation::statusName(const QDateTime &nowUtc) const
{
    switch (effectiveStatus(nowUtc)) {
    case Status::Received:
        return QCoreApplication::translate("Invitation", "Pending");
    case Status::Accepted:
        return QCoreApplication::translate("Invitation", "Accepted");
    case Status::Cancelled:
        return QCoreApplication::translate("Invitation", "Cancelled");
    case Status::Expired:
        return QCoreApplication::translate("Invitation", "Expired");
    }
    return {};
}
