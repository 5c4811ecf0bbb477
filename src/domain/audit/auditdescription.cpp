#include "audit/auditdescription.h"

#include "common/adminrole.h"
#include "audit/auditevent.h"
#include "relationships/gdapdetails.h"
#include "relationships/partnertype.h"
#include "relationships/relationship.h"
#include "relationships/relationshipservice.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    if (key == "types"_L1) {
        QStringList names;
        for (const QJsonValue &v : value.toArray())
            names.append(PartnerType::fromKey(v.toString()).displayName());
        return listOrNone(names);
    }
    if (key == "roles"_L1) {
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
    if (key == "endRequestMethod"_L1)
        return RelationshipService::endRequestMethodName(value.toString());
    if (key == "lastReviewed"_L1 || key == "endRequested"_L1 || key == "ended"_L1)
        return dateText(value);
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
    };
    for (const auto &[k, text] : labels) {
        if (k == key)
            return translated(text);
    }
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
    if (key == QStringView(AuditActions::RolesRemoved))
        return QCoreApplication::translate("AuditDescription", "Admin roles removed");
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
    return key;
}

QStringList AuditDescription::actionKeys()
{
    return {QString::fromUtf16(AuditActions::RegisterCreated),
        QString::fromUtf16(AuditActions::RelationshipAdded),
        QString::fromUtf16(AuditActions::RelationshipReviewed),
        QString::fromUtf16(AuditActions::RolesRemoved), QString::fromUtf16(AuditActions::EndRequested),
        QString::fromUtf16(AuditActions::Ended), QString::fromUtf16(AuditActions::MpsaSharingChanged),
        QString::fromUtf16(AuditActions::InvitationReceived),
        QString::fromUtf16(AuditActions::InvitationAccepted),
        QString::fromUtf16(AuditActions::InvitationCancelled),
        QString::fromUtf16(AuditActions::AgreementAccepted),
        QString::fromUtf16(AuditActions::ContactRequested),
        QString::fromUtf16(AuditActions::DirectoryServiceChanged)};
}

QString AuditDescription::change(const AuditEvent &event)
{
    // Fields in a fixed order, then any others, so the same change always reads the same.
    QStringList keys {u"types"_s, u"roles"_s, u"state"_s, u"gdapStatus"_s, u"lastReviewed"_s,
        u"endRequested"_s, u"endRequestMethod"_s, u"endRequestNote"_s, u"ended"_s, u"mpsaSharing"_s,
        u"organisation"_s, u"tenantId"_s, u"operators"_s};
    for (const QString &k : event.before.keys() + event.after.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = event.before.value(key);
        const QJsonValue after = event.after.value(key);
        if (before == after)
            continue;
        const QString from = valueText(key, before);
        const QString to = valueText(key, after);
        if (from == to)
            continue;
        if (event.before.isEmpty())
            parts.append(QCoreApplication::translate("AuditDescription", "%1: %2").arg(label(key), to));
        else
            parts.append(
                QCoreApplication::translate("AuditDescription", "%1: %2 → %3")
                    .arg(label(key),
                        from.isEmpty() ? QCoreApplication::translate("AuditDescription", "none") : from,
                        to.isEmpty() ? QCoreApplication::translate("AuditDescription", "none") : to));
    }
    return parts.join(u"; "_s);
}
