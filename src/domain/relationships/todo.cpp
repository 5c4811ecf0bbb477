#include "relationships/todo.h"

#include "relationships/relationship.h"
#include "relationships/relationshipservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString adminCenterPartners()
{
    return u"https://admin.microsoft.com/AdminPortal/Home#/partners"_s;
}

QString shortDate(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

QList<PartnerType> decidedTypes(const QJsonObject &decision)
{
    QList<PartnerType> types;
    for (const QJsonValue &v : decision.value("types"_L1).toArray())
        types.append(PartnerType::fromKey(v.toString()));
    return types;
}

QList<AdminRole> decidedRoles(const QJsonObject &decision)
{
    QList<AdminRole> roles;
    for (const QJsonValue &v : decision.value("roles"_L1).toArray())
        roles.append(AdminRole(v.toString()));
    return roles;
}

bool grantsAccess(const QString &gdapStatus)
{
    return gdapStatus == "active"_L1 || gdapStatus == "activating"_L1;
}

} // namespace

qint64 Todo::ageDays(const QDateTime &nowUtc) const
{
    if (!decidedUtc.isValid() || nowUtc < decidedUtc)
        return 0;
    return decidedUtc.secsTo(nowUtc) / 86400;
}

QString Todo::step() const
{
    switch (kind) {
    case Kind::RemoveRoles:
        return QCoreApplication::translate(
            "Todo", "Remove the admin roles of %1 in the Microsoft 365 admin center.")
            .arg(partnerName);
    case Kind::Authorize:
        return QCoreApplication::translate(
            "Todo", "Open the invitation link of %1 and accept it in the Microsoft 365 admin center.")
            .arg(partnerName);
    case Kind::ConfirmEnd:
        return QCoreApplication::translate(
            "Todo", "Check in the Microsoft 365 admin center that %1 has ended the relationship.")
            .arg(partnerName);
    case Kind::MpsaSharing:
        return decision.value("enabled"_L1).toBool()
            ? QCoreApplication::translate(
                "Todo", "Turn on sharing of MPSA purchases in the Microsoft 365 admin center.")
            : QCoreApplication::translate(
                "Todo", "Turn off sharing of MPSA purchases in the Microsoft 365 admin center.");
    }
    return {};
}

QString Todo::pendingText() const
{
    const QString on = shortDate(decidedUtc);
    const QString by = decidedByName.isEmpty() ? decidedByUpn : decidedByName;
    switch (kind) {
    case Kind::RemoveRoles:
        return QCoreApplication::translate(
            "Todo", "Removal decided on %1 by %2 — still to do in Microsoft 365")
            .arg(on, by);
    case Kind::Authorize:
        return QCoreApplication::translate(
            "Todo", "Authorization decided on %1 by %2 — still to do in Microsoft 365")
            .arg(on, by);
    case Kind::ConfirmEnd:
        return QCoreApplication::translate(
            "Todo", "End requested on %1 by %2 — not yet confirmed in Microsoft 365")
            .arg(on, by);
    case Kind::MpsaSharing:
        return QCoreApplication::translate(
            "Todo", "Change decided on %1 by %2 — still to do in Microsoft 365")
            .arg(on, by);
    }
    return {};
}

QUrl Todo::adminCenterUrl() const
{
    if (kind == Kind::Authorize) {
        const QUrl link(decision.value("link"_L1).toString(), QUrl::StrictMode);
        if (link.isValid() && link.scheme() == "https"_L1)
            return link;
    }
    return QUrl(adminCenterPartners());
}

Relationship Todo::appliedTo(const Relationship &known, const QDateTime &doneUtc) const
{
    Relationship after = known;
    switch (kind) {
    case Kind::RemoveRoles:
        return RelationshipService::withoutAdminRoles(known);
    case Kind::Authorize:
        for (const PartnerType &type : decidedTypes(decision)) {
            if (!after.types.contains(type))
                after.types.append(type);
        }
        if (after.types.contains(PartnerType(PartnerType::Kind::ResellerAndDelegatedAdministrator)))
            after.types.removeAll(PartnerType(PartnerType::Kind::Reseller));
        for (const AdminRole &role : decidedRoles(decision)) {
            if (!after.roles.contains(role))
                after.roles.append(role);
        }
        if (after.gdap.status == "approvalPending"_L1)
            after.gdap.status = u"active"_s;
        return after;
    case Kind::ConfirmEnd:
        after.state = Relationship::State::Ended;
        after.endedUtc = doneUtc;
        return after;
    case Kind::MpsaSharing:
        return after;
    }
    return after;
}

bool Todo::isShownDoneBy(const Relationship &imported) const
{
    switch (kind) {
    case Kind::RemoveRoles:
        return imported.roles.isEmpty()
            && (!imported.gdap.isPresent() || !grantsAccess(imported.gdap.status));
    case Kind::Authorize: {
        for (const AdminRole &role : decidedRoles(decision)) {
            if (!imported.roles.contains(role))
                return false;
        }
        for (const PartnerType &type : decidedTypes(decision)) {
            const bool covered = imported.types.contains(type)
                || (type.kind() == PartnerType::Kind::Reseller
                    && imported.types.contains(
                        PartnerType(PartnerType::Kind::ResellerAndDelegatedAdministrator)));
            if (!covered)
                return false;
        }
        return !decision.value("gdapApproval"_L1).toBool() || grantsAccess(imported.gdap.status);
    }
    case Kind::ConfirmEnd:
        return imported.state == Relationship::State::Ended
            || (imported.gdap.isPresent()
                && (imported.gdap.status == "terminated"_L1 || imported.gdap.status == "expired"_L1)
                && imported.roles.isEmpty());
    case Kind::MpsaSharing:
        return false; // no file PartnerDesk reads carries the setting
    }
    return false;
}

QString todoKindKey(Todo::Kind kind)
{
    switch (kind) {
    case Todo::Kind::RemoveRoles:
        return u"removeRoles"_s;
    case Todo::Kind::Authorize:
        return u"authorize"_s;
    case Todo::Kind::ConfirmEnd:
        return u"confirmEnd"_s;
    case Todo::Kind::MpsaSharing:
        return u"mpsaSharing"_s;
    }
    return {};
}

std::optional<Todo::Kind> todoKindFromKey(const QString &key)
{
    for (Todo::Kind kind :
        {Todo::Kind::RemoveRoles, Todo::Kind::Authorize, Todo::Kind::ConfirmEnd, Todo::Kind::MpsaSharing}) {
        if (todoKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString todoStatusKey(Todo::Status status)
{
    switch (status) {
    case Todo::Status::Open:
        return u"open"_s;
    case Todo::Status::Done:
        return u"done"_s;
    case Todo::Status::Confirmed:
        return u"confirmed"_s;
    case Todo::Status::Withdrawn:
        return u"withdrawn"_s;
    }
    return {};
}

Todo::Status todoStatusFromKey(const QString &key)
{
    if (key == "done"_L1)
        return Todo::Status::Done;
    if (key == "confirmed"_L1)
        return Todo::Status::Confirmed;
    if (key == "withdrawn"_L1)
        return Todo::Status::Withdrawn;
    return Todo::Status::Open;
}

QString todoKindName(Todo::Kind kind)
{
    switch (kind) {
    case Todo::Kind::RemoveRoles:
        return QCoreApplication::translate("Todo", "Remove roles");
    case Todo::Kind::Authorize:
        return QCoreApplication::translate("Todo", "Accept invitation");
    case Todo::Kind::ConfirmEnd:
        return QCoreApplication::translate("Todo", "Confirm end");
    case Todo::Kind::MpsaSharing:
        return QCoreApplication::translate("Todo", "MPSA sharing");
    }
    return {};
}

QString todoStatusName(Todo::Status status)
{
    switch (status) {
    case Todo::Status::Open:
        return QCoreApplication::translate("Todo", "Open");
    case Todo::Status::Done:
        return QCoreApplication::translate("Todo", "Done");
    case Todo::Status::Confirmed:
        return QCoreApplication::translate("Todo", "Confirmed by import");
    case Todo::Status::Withdrawn:
        return QCoreApplication::translate("Todo", "Withdrawn");
    }
    return {};
}
