#include "audit/auditdescription.h"

#include "activity/activityfile.h"
#include "audit/auditevent.h"
#include "common/adminrole.h"
#include "relationships/gdapdetails.h"
#include "relationships/partnertype.h"
#include "relationships/relationship.h"
#include "relationships/relationshipservice.h"
#include "relationships/todo.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditDescription", text);
}

QString listOrNone(const QStringList &items)
{
    return items.isEmpty() ? QCoreApplication::translate("AuditDescription", "none") : items.join(", "_L1);
}

QString dateText(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : value.toString();
}

// One field of a snapshot as words, or an empty string when absent.
QString valueText(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (key == "decision"_L1)
        return reviewDecisionName(reviewDecisionFromKey(value.toString()));
    if (key == "todo"_L1) {
        const auto kind = todoKindFromKey(value.toString());
        return kind ? todoKindName(*kind) : value.toString();
    }
    if (key == "types"_L1 || key == "decidedTypes"_L1) {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            names.append(PartnerType::fromKey(v.toString()).displayName());
        return listOrNone(names);
    }
    if (key == "roles"_L1 || key == "decidedRoles"_L1) {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            names.append(AdminRole(v.toString()).displayName());
        return listOrNone(names);
    }
    if (key == "state"_L1) {
        switch (stateFromKey(value.toString())) {
        case Relationship::State::Active:
            return QCoreApplication::translate("AuditDescription", "active");
        case Relationship::State::EndRequested:
            return QCoreApplication::translate("AuditDescription", "end requested");
        case Relationship::State::Ended:
            return QCoreApplication::translate("AuditDescription", "ended");
        }
    }
    if (key == "gdapStatus"_L1)
        return GdapDetails::statusDisplayName(value.toString());
    if (key == "upgradeNote"_L1 && value.toString() == "todosIntroduced"_L1)
        return QCoreApplication::translate("AuditDescription",
            "From this version, decisions wait on a To do in Microsoft 365 list. Roles removed before it "
            "are kept as removed; no to-do was created for them.");
    if (key == "endRequestMethod"_L1)
        return RelationshipService::endRequestMethodName(value.toString());
    if (key == "idempotencyKey"_L1)
        return {}; // plumbing that keeps a request from being sent twice; kept in the event, not shown
    if (key == "contactRequest"_L1 && value.toString() == "queued"_L1)
        return QCoreApplication::translate("AuditDescription", "written to the outbox");
    if (key == "invitation"_L1 || key == "agreement"_L1) {
        static const QList<std::pair<QLatin1StringView, std::pair<const char *, const char *>>> names {
            {"reseller"_L1, {"InvitationLink", QT_TRANSLATE_NOOP("InvitationLink", "Reseller invitation")}},
            {"indirectReseller"_L1,
                {"InvitationLink", QT_TRANSLATE_NOOP("InvitationLink", "Indirect reseller invitation")}},
            {"delegatedAdmin"_L1,
                {"InvitationLink", QT_TRANSLATE_NOOP("InvitationLink", "Delegated admin invitation")}},
            {"gdapApproval"_L1,
                {"InvitationLink", QT_TRANSLATE_NOOP("InvitationLink", "GDAP relationship approval")}},
            {"agreementOnly"_L1,
                {"InvitationLink", QT_TRANSLATE_NOOP("InvitationLink", "Microsoft Customer Agreement only")}},
            {"received"_L1,
                {"AuditDescription", QT_TRANSLATE_NOOP("AuditDescription", "waiting for a decision")}},
            {"cancelled"_L1, {"AuditDescription", QT_TRANSLATE_NOOP("AuditDescription", "cancelled")}},
            {"accepted"_L1, {"AuditDescription", QT_TRANSLATE_NOOP("AuditDescription", "accepted")}},
            {"notAccepted"_L1, {"AuditDescription", QT_TRANSLATE_NOOP("AuditDescription", "not accepted")}},
        };
        for (const auto &[k, text] : names) {
            if (k == value.toString())
                return QCoreApplication::translate(text.first, text.second);
        }
    }
    if (key == "format"_L1) {
        for (const ActivityFile::Kind kind : {ActivityFile::Kind::SignInsJson, ActivityFile::Kind::SignInsCsv,
                 ActivityFile::Kind::AuditJson, ActivityFile::Kind::AuditCsv}) {
            if (ActivityFile::key(kind) == value.toString())
                return ActivityFile::displayName(kind);
        }
    }
    if (key == "period"_L1) {
        // A review's period, stored as from/to ISO dates.
        const QStringList ends = value.toString().split(u'/');
        const QDate from = ends.size() == 2 ? QDate::fromString(ends.at(0), Qt::ISODate) : QDate();
        const QDate to = ends.size() == 2 ? QDate::fromString(ends.at(1), Qt::ISODate) : QDate();
        if (from.isValid() && to.isValid())
            return QCoreApplication::translate("AuditDescription", "%1 to %2")
                .arg(QLocale().toString(from, QLocale::ShortFormat),
                    QLocale().toString(to, QLocale::ShortFormat));
    }
    if (key == "lastReviewed"_L1 || key == "endRequested"_L1 || key == "ended"_L1
        || key == "agreementAccepted"_L1 || key == "gdapStart"_L1 || key == "gdapEnd"_L1
        || key == "decided"_L1 || key == "done"_L1 || key == "evidenceFrom"_L1 || key == "evidenceTo"_L1)
        return dateText(value);
    if (key == "gdapDuration"_L1) {
        const int days = value.toString().mid(1).chopped(1).toInt();
        return QCoreApplication::translate("AuditDescription", "%n day(s)", nullptr, days);
    }
    if (value.isObject()) {
        const QString json
            = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return json.size() > 160 ? json.left(159) + u'…' : json;
    }
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("AuditDescription", "on")
                              : QCoreApplication::translate("AuditDescription", "off");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items.append(v.toString());
        return listOrNone(items);
    }
    return value.toVariant().toString();
}

QString label(const QString &key)
{
    static const QList<std::pair<QLatin1StringView, const char *>> labels {
        {"types"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Type")},
        {"roles"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Roles")},
        {"state"_L1, QT_TRANSLATE_NOOP("AuditDescription", "State")},
        {"gdapStatus"_L1, QT_TRANSLATE_NOOP("AuditDescription", "GDAP status")},
        {"lastReviewed"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Last reviewed")},
        {"endRequested"_L1, QT_TRANSLATE_NOOP("AuditDescription", "End requested on")},
        {"endRequestMethod"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Contacted by")},
        {"endRequestNote"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Note")},
        {"ended"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Ended on")},
        {"mpsaSharing"_L1, QT_TRANSLATE_NOOP("AuditDescription", "MPSA partners see each other's purchases")},
        {"organisation"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Organisation")},
        {"tenantId"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Tenant ID")},
        {"operators"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Operators")},
        {"invitation"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Invitation")},
        {"delegatedAdmin"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Delegated admin")},
        {"reason"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Reason")},
        {"agreement"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Agreement")},
        {"agreementId"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Agreement")},
        {"agreementVersion"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Agreement version")},
        {"agreementSha256"_L1, QT_TRANSLATE_NOOP("AuditDescription", "SHA-256 of the text shown")},
        {"name"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Name")},
        {"partnerId"_L1, QT_TRANSLATE_NOOP("AuditDescription", "PartnerID")},
        {"email"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Email")},
        {"phone"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Phone")},
        {"website"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Website")},
        {"agreementAccepted"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Agreement accepted on")},
        {"gdapId"_L1, QT_TRANSLATE_NOOP("AuditDescription", "GDAP relationship ID")},
        {"gdapName"_L1, QT_TRANSLATE_NOOP("AuditDescription", "GDAP relationship name")},
        {"gdapDuration"_L1, QT_TRANSLATE_NOOP("AuditDescription", "GDAP duration")},
        {"gdapStart"_L1, QT_TRANSLATE_NOOP("AuditDescription", "GDAP start")},
        {"gdapEnd"_L1, QT_TRANSLATE_NOOP("AuditDescription", "GDAP end")},
        {"gdapAutoExtend"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Auto-extend")},
        {"source"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Imported from")},
        {"upn"_L1, QT_TRANSLATE_NOOP("AuditDescription", "UPN")},
        {"displayName"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Name")},
        {"directoryService"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Directory service")},
        {"queuedRequests"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Queued contact requests")},
        {"contactRequest"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Contact request")},
        {"idempotencyKey"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Request key")},
        {"todo"_L1, QT_TRANSLATE_NOOP("AuditDescription", "To do in Microsoft 365")},
        {"todoId"_L1, QT_TRANSLATE_NOOP("AuditDescription", "To-do number")},
        {"decided"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Decided on")},
        {"decidedBy"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Decided by")},
        {"decidedTypes"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Types to grant")},
        {"decidedRoles"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Roles to grant")},
        {"done"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Done on")},
        {"note"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Note")},
        {"confirmedBy"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Shown by")},
        {"schemaVersion"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Schema version")},
        {"upgradeNote"_L1, QT_TRANSLATE_NOOP("AuditDescription", "About the upgrade")},
        {"format"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Kind of file")},
        {"signInsAdded"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Partner sign-ins added")},
        {"eventsAdded"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Partner activities added")},
        {"alreadyStored"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Already in the register")},
        {"evidenceFrom"_L1, QT_TRANSLATE_NOOP("AuditDescription", "File covers from")},
        {"evidenceTo"_L1, QT_TRANSLATE_NOOP("AuditDescription", "File covers until")},
        {"partnerTenants"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Partner tenants that signed in")},
        {"partnersNotInRegister"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Of them not in the register")},
        {"review"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Review")},
        {"period"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Period")},
        {"partners"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Partners")},
        {"decision"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Decision")},
        {"reviewId"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Review number")},
        {"signedOff"_L1, QT_TRANSLATE_NOOP("AuditDescription", "Signed off")},
    };
    for (const auto &[k, text] : labels) {
        if (k == key)
            return translated(text);
    }
    if (key.startsWith("importedFields."_L1))
        return QCoreApplication::translate("AuditDescription", "Other fields from the file (%1)")
            .arg(key.mid(15));
    return key;
}

} // namespace

QString AuditDescription::actionName(const QString &key)
{
    if (key == QStringView(AuditActions::RegisterCreated))
        return QCoreApplication::translate("AuditDescription", "Register created");
    if (key == QStringView(AuditActions::RelationshipAdded))
        return QCoreApplication::translate("AuditDescription", "Relationship added");
    if (key == QStringView(AuditActions::RelationshipReviewed))
        return QCoreApplication::translate("AuditDescription", "Marked as reviewed");
    if (key == QStringView(AuditActions::RelationshipEdited))
        return QCoreApplication::translate("AuditDescription", "Relationship edited");
    if (key == QStringView(AuditActions::RelationshipImported))
        return QCoreApplication::translate("AuditDescription", "Imported from a file");
    if (key == QStringView(AuditActions::OperatorSaved))
        return QCoreApplication::translate("AuditDescription", "Operator added or changed");
    if (key == QStringView(AuditActions::RolesRemoved))
        return QCoreApplication::translate("AuditDescription", "Admin roles removed");
    if (key == QStringView(AuditActions::RolesRemovalDecided))
        return QCoreApplication::translate(
            "AuditDescription", "Removal of admin roles decided (to do in Microsoft 365)");
    if (key == QStringView(AuditActions::MpsaSharingDecided))
        return QCoreApplication::translate(
            "AuditDescription", "MPSA purchase sharing change decided (to do in Microsoft 365)");
    if (key == QStringView(AuditActions::TodoDone))
        return QCoreApplication::translate("AuditDescription", "Done in Microsoft 365 (marked by an admin)");
    if (key == QStringView(AuditActions::TodoConfirmed))
        return QCoreApplication::translate(
            "AuditDescription", "Done in Microsoft 365 (confirmed by an import)");
    if (key == QStringView(AuditActions::TodoContradicted))
        return QCoreApplication::translate(
            "AuditDescription", "The tenant differs from the register (shown by an import)");
    if (key == QStringView(AuditActions::TodoWithdrawn))
        return QCoreApplication::translate("AuditDescription", "Decision withdrawn");
    if (key == QStringView(AuditActions::RegisterUpgraded))
        return QCoreApplication::translate("AuditDescription", "Register upgraded");
    if (key == QStringView(AuditActions::ActivityImported))
        return QCoreApplication::translate("AuditDescription", "Partner activity evidence imported");
    if (key == QStringView(AuditActions::ReviewStarted))
        return QCoreApplication::translate("AuditDescription", "Access review started");
    if (key == QStringView(AuditActions::ReviewDecided))
        return QCoreApplication::translate("AuditDescription", "Access review decision recorded");
    if (key == QStringView(AuditActions::ReviewSignedOff))
        return QCoreApplication::translate("AuditDescription", "Access review signed off");
    if (key == QStringView(AuditActions::EndRequested))
        return QCoreApplication::translate("AuditDescription", "End of relationship requested");
    if (key == QStringView(AuditActions::Ended))
        return QCoreApplication::translate("AuditDescription", "Partner ended the relationship");
    if (key == QStringView(AuditActions::MpsaSharingChanged))
        return QCoreApplication::translate("AuditDescription", "MPSA purchase sharing changed");
    if (key == QStringView(AuditActions::InvitationReceived))
        return QCoreApplication::translate("AuditDescription", "Invitation received");
    if (key == QStringView(AuditActions::InvitationAccepted))
        return QCoreApplication::translate("AuditDescription", "Invitation accepted, agreement accepted");
    if (key == QStringView(AuditActions::InvitationCancelled))
        return QCoreApplication::translate("AuditDescription", "Invitation cancelled");
    if (key == QStringView(AuditActions::AgreementAccepted))
        return QCoreApplication::translate("AuditDescription", "Microsoft Customer Agreement accepted");
    if (key == QStringView(AuditActions::ContactRequested))
        return QCoreApplication::translate("AuditDescription", "Contact request written");
    if (key == QStringView(AuditActions::DirectoryServiceChanged))
        return QCoreApplication::translate("AuditDescription", "Directory service changed");
    if (key == QStringView(AuditActions::ContactRequestsRedirected))
        return QCoreApplication::translate(
            "AuditDescription", "Queued contact requests sent to another directory service");
    return key;
}

QStringList AuditDescription::actionKeys()
{
    return {QString::fromUtf16(AuditActions::RegisterCreated),
        QString::fromUtf16(AuditActions::RelationshipAdded),
        QString::fromUtf16(AuditActions::RelationshipReviewed),
        QString::fromUtf16(AuditActions::RelationshipEdited),
        QString::fromUtf16(AuditActions::RelationshipImported),
        QString::fromUtf16(AuditActions::OperatorSaved), QString::fromUtf16(AuditActions::RolesRemoved),
        QString::fromUtf16(AuditActions::EndRequested), QString::fromUtf16(AuditActions::Ended),
        QString::fromUtf16(AuditActions::MpsaSharingChanged),
        QString::fromUtf16(AuditActions::RolesRemovalDecided),
        QString::fromUtf16(AuditActions::MpsaSharingDecided), QString::fromUtf16(AuditActions::TodoDone),
        QString::fromUtf16(AuditActions::TodoConfirmed), QString::fromUtf16(AuditActions::TodoContradicted),
        QString::fromUtf16(AuditActions::TodoWithdrawn), QString::fromUtf16(AuditActions::RegisterUpgraded),
        QString::fromUtf16(AuditActions::ActivityImported),
        QString::fromUtf16(AuditActions::InvitationReceived),
        QString::fromUtf16(AuditActions::InvitationAccepted),
        QString::fromUtf16(AuditActions::InvitationCancelled),
        QString::fromUtf16(AuditActions::AgreementAccepted),
        QString::fromUtf16(AuditActions::ContactRequested),
        QString::fromUtf16(AuditActions::DirectoryServiceChanged),
        QString::fromUtf16(AuditActions::ContactRequestsRedirected),
        QString::fromUtf16(AuditActions::ReviewStarted), QString::fromUtf16(AuditActions::ReviewDecided),
        QString::fromUtf16(AuditActions::ReviewSignedOff)};
}

QList<AuditDescription::FieldChange> AuditDescription::fieldChanges(
    const QJsonObject &before, const QJsonObject &after)
{
    // Fields in a fixed order, then any others, so the same change always reads the same.
    QStringList keys {u"organisation"_s, u"name"_s, u"tenantId"_s, u"partnerId"_s, u"email"_s, u"phone"_s,
        u"website"_s, u"types"_s, u"roles"_s, u"state"_s, u"agreementAccepted"_s, u"gdapId"_s, u"gdapName"_s,
        u"gdapStatus"_s, u"gdapDuration"_s, u"gdapStart"_s, u"gdapEnd"_s, u"gdapAutoExtend"_s,
        u"lastReviewed"_s, u"endRequested"_s, u"endRequestMethod"_s, u"endRequestNote"_s, u"ended"_s,
        u"mpsaSharing"_s, u"operators"_s};
    for (const QString &k : before.keys() + after.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    QList<FieldChange> changes;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue from = before.value(key);
        const QJsonValue to = after.value(key);
        if (from == to)
            continue;
        FieldChange change {label(key), valueText(key, from), valueText(key, to)};
        if (change.before != change.after)
            changes.append(change);
    }
    return changes;
}

QString AuditDescription::change(const AuditEvent &event)
{
    QStringList parts;
    const QString none = QCoreApplication::translate("AuditDescription", "none");
    for (const FieldChange &c : fieldChanges(event.before, event.after)) {
        if (event.before.isEmpty())
            parts.append(QCoreApplication::translate("AuditDescription", "%1: %2").arg(c.label, c.after));
        else
            parts.append(
                QCoreApplication::translate("AuditDescription", "%1: %2 → %3")
                    .arg(c.label, c.before.isEmpty() ? none : c.before, c.after.isEmpty() ? none : c.after));
    }
    return parts.join(u"; "_s);
}
