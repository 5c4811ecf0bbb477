#include "import/graphrelationshipreader.h"

#include "common/tenantid.h"
#include "import/importvalues.h"
#include "relationships/relationshiprules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    int record = 0;
    GdapDetails gdap;
    QList<AdminRole> roles;
    QDateTime createdUtc;
    QJsonObject kept;
};

constexpr qsizetype kMaxRelationshipsPerPartner = 200;
const QStringList kStatuses {u"created"_s, u"approvalPending"_s, u"approved"_s, u"activating"_s, u"active"_s,
    u"expiring"_s, u"expired"_s, u"terminationRequested"_s, u"terminating"_s, u"terminated"_s,
    u"unknownFutureValue"_s};

bool isRelationshipId(const QString &id)
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(
        TenantId::pattern() + u"(?:-"_s + TenantId::pattern() + u")?"_s));
    return shape.match(id).hasMatch();
}

} // namespace

bool GraphRelationshipReader::grantsAccess(const QString &status)
{
    static const QStringList notYetOrNoMore {u"created"_s, u"approvalPending"_s, u"approved"_s,
        u"expired"_s, u"terminated"_s};
    return !notYetOrNoMore.contains(status);
}

ImportRead GraphRelationshipReader::read(const QByteArray &content, const ImportContext &context)
{
    ImportRead result;
    QList<QJsonObject> objects;
    if (const QString error = ImportValues::jsonRecords(content, u"value"_s, objects); !error.isEmpty()) {
        result.rejected.append({0, {}, error});
        return result;
    }
    QList<Parsed> parsed;
    QHash<QString, int> seenIds;
    int assignments = 0;
    for (qsizetype n = 0; n < objects.size(); ++n) {
        const QJsonObject &o = objects.at(n);
        const int record = int(n + 1);
        auto reject = [&](const QString &field, const QString &reason) {
            result.rejected.append({record, field, reason});
        };
        if (n % ImportLimits::kCancelCheckEvery == 0 && context.cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (const QString oversized = ImportValues::oversizedRecord(o); !oversized.isEmpty()) {
            reject({}, oversized);
            continue;
        }
        if (o.contains(u"accessContainer"_s)) {
            ++assignments; // an access assignment: its roles are already those of its relationship
            continue;
        }
        const QString id = o.value(u"id"_s).toString().toLower();
        if (id.isEmpty()) {
            reject(u"id"_s, QCoreApplication::translate("GraphRelationshipReader", "The relationship has no id."));
            continue;
        }
        if (!isRelationshipId(id)) {
            reject(u"id"_s, QCoreApplication::translate("GraphRelationshipReader", "\"%1\" is not a GDAP relationship id (a GUID, or two joined by a hyphen).").arg(id.left(80)));
            continue;
        }
        if (const auto first = seenIds.constFind(id); first != seenIds.cend()) {
            reject(u"id"_s, QCoreApplication::translate("GraphRelationshipReader", "The relationship %1 appears twice in the file (first as record %2).").arg(id).arg(*first));
            continue;
        }
        seenIds.insert(id, record);
        const QString customer = ImportValues::jsonText(o.value(u"customer"_s).toObject(), u"tenantId"_s).toLower();
        if (customer.isEmpty()) {
            reject(u"customer.tenantId"_s, QCoreApplication::translate("GraphRelationshipReader", "The relationship does not name its customer's tenant."));
            continue;
        }
        if (customer.compare(context.organisationTenantId, Qt::CaseInsensitive) != 0) {
            reject(u"customer.tenantId"_s,
                QCoreApplication::translate("GraphRelationshipReader", "This relationship is with another customer (tenant %1), not with this register's organisation.")
                    .arg(customer.left(40)));
            continue;
        }
        Parsed p;
        p.record = record;
        p.gdap.relationshipId = id;
        p.gdap.name = ImportValues::jsonText(o, u"displayName"_s);
        p.gdap.status = ImportValues::jsonText(o, u"status"_s);
        if (p.gdap.status.isEmpty()) {
            reject(u"status"_s, QCoreApplication::translate("GraphRelationshipReader", "The relationship has no status."));
            continue;
        }
        if (p.gdap.status.size() > 64) {
            reject(u"status"_s, QCoreApplication::translate("GraphRelationshipReader", "The status is longer than 64 characters."));
            continue;
        }
        const QString duration = ImportValues::jsonText(o, u"duration"_s);
        const auto days = RelationshipRules::durationDays(duration);
        if (!days) {
            reject(u"duration"_s, QCoreApplication::translate("GraphRelationshipReader", "\"%1\" is not an ISO 8601 duration such as P730D.").arg(duration.left(40)));
            continue;
        }
        p.gdap.durationDays = *days;
        const QJsonValue autoExtend = o.value(u"autoExtendDuration"_s);
        if (!autoExtend.isUndefined() && !autoExtend.isNull()) {
            const auto extend = RelationshipRules::durationDays(autoExtend.toString());
            if (!extend || (*extend != 0 && *extend != RelationshipRules::kAutoExtendDays)) {
                reject(u"autoExtendDuration"_s, QCoreApplication::translate("GraphRelationshipReader", "Auto-extend is either P180D or PT0S, not \"%1\".")
                                                    .arg(autoExtend.toString().left(40)));
                continue;
            }
            p.gdap.autoExtend = *extend != 0;
        }
        // Missing roles are not "no roles": a file that does not say cannot take roles away.
        const QJsonValue unifiedRoles = o.value(u"accessDetails"_s).toObject().value(u"unifiedRoles"_s);
        if (!unifiedRoles.isArray()) {
            reject(u"accessDetails.unifiedRoles"_s,
                QCoreApplication::translate("GraphRelationshipReader", "The relationship does not list its roles (accessDetails.unifiedRoles)."));
            continue;
        }
        if (unifiedRoles.toArray().size() > RelationshipRules::kMaxRoles) {
            reject(u"accessDetails.unifiedRoles"_s,
                QCoreApplication::translate("GraphRelationshipReader", "A relationship has at most %1 admin roles.").arg(RelationshipRules::kMaxRoles));
            continue;
        }
        bool bad = false;
        for (const QJsonValue &role : unifiedRoles.toArray()) {
            const QString roleId = ImportValues::jsonText(role.toObject(), u"roleDefinitionId"_s);
            if (!TenantId::isValid(roleId)) {
                reject(u"accessDetails.unifiedRoles"_s, QCoreApplication::translate("GraphRelationshipReader", "\"%1\" is not a role template ID (a GUID).").arg(roleId.left(60)));
                bad = true;
                break;
            }
            const AdminRole r(roleId.toLower());
            if (!p.roles.contains(r)) // at most kMaxRoles: checked above
                p.roles.append(r);
        }
        if (bad)
            continue;
        auto time = [&](const QString &key, QDateTime &out) {
            const QJsonValue value = o.value(key);
            if (value.isUndefined() || value.isNull())
                return true;
            const auto t = ImportValues::parseUtc(value.toString());
            if (!t) {
                reject(key, QCoreApplication::translate("GraphRelationshipReader", "\"%1\" is not a date and time with its zone (such as 2026-11-24T09:30:00Z).")
                                .arg(value.toString().left(40)));
                return false;
            }
            out = *t;
            return true;
        };
        QDateTime modified;
        if (!time(u"createdDateTime"_s, p.createdUtc) || !time(u"activatedDateTime"_s, p.gdap.startUtc)
            || !time(u"endDateTime"_s, p.gdap.endUtc) || !time(u"lastModifiedDateTime"_s, modified))
            continue;
        // Kept as evidence, each only in its documented shape.
        const QString provider = ImportValues::jsonText(o, u"indirectProviderTenantId"_s);
        if (TenantId::isValid(provider))
            p.kept.insert(u"indirectProviderTenantId"_s, provider.toLower());
        if (o.value(u"isPartnerConsentPending"_s).isBool())
            p.kept.insert(u"isPartnerConsentPending"_s, o.value(u"isPartnerConsentPending"_s));
        const QString type = ImportValues::jsonText(o, u"@odata.type"_s);
        if (type == "#microsoft.graph.delegatedAdminRelationship"_L1 || type == "#microsoft.graph.resellerDelegatedAdminRelationship"_L1)
            p.kept.insert(u"@odata.type"_s, type);
        // Every relationship's name and status pass the rules, not only the one the register keeps.
        if (p.gdap.name.size() > RelationshipRules::kMaxGdapNameLength || !RelationshipRules::isPlainText(p.gdap.name)) {
            reject(u"displayName"_s, QCoreApplication::translate("GraphRelationshipReader",
                "The relationship name is longer than %1 characters or not plain text.").arg(RelationshipRules::kMaxGdapNameLength));
            continue;
        }
        for (const QString &known : kStatuses) {
            if (p.gdap.status.compare(known, Qt::CaseInsensitive) == 0)
                p.gdap.status = known; // Graph's own spelling
        }
        static const QRegularExpression statusWord(QRegularExpression::anchoredPattern(u"[A-Za-z]{1,64}"_s));
        if (!statusWord.match(p.gdap.status).hasMatch()) {
            reject(u"status"_s, QCoreApplication::translate("GraphRelationshipReader", "The status \"%1\" is not a single word such as active.")
                                    .arg(p.gdap.status.left(40)));
            continue;
        }
        parsed.append(p);
        if (parsed.size() > kMaxRelationshipsPerPartner) {
            result.rejected.append({0, {}, QCoreApplication::translate("GraphRelationshipReader",
                "The file holds more than %1 GDAP relationships for one partner.").arg(kMaxRelationshipsPerPartner)});
            return result;
        }
    }
    if (assignments > 0)
        result.notes.append(QCoreApplication::translate("GraphRelationshipReader", "%n access assignment(s) read; their roles are those of their relationships.", nullptr, assignments));
    if (parsed.isEmpty())
        return result;

    // One GDAP record per partner: the relationship that still grants access and ends last.
    auto better = [](const Parsed &a, const Parsed &b) {
        const bool ga = GraphRelationshipReader::grantsAccess(a.gdap.status);
        const bool gb = GraphRelationshipReader::grantsAccess(b.gdap.status);
        if (ga != gb)
            return ga;
        return a.gdap.endUtc > b.gdap.endUtc;
    };
    const Parsed *chosen = &parsed.constFirst();
    for (const Parsed &p : parsed) {
        if (better(p, *chosen))
            chosen = &p;
    }
    ImportedRecord record;
    record.record = chosen->record;
    record.tenantId = context.partnerTenantId.toLower();
    // The name given names a new partner; one already in the register keeps its own.
    record.newPartnerName = context.partnerName.trimmed();
    record.addTypes = {PartnerType(PartnerType::Kind::GdapPartner)};
    record.gdap = chosen->gdap;
    record.partnerSinceUtc = chosen->createdUtc;
    QList<AdminRole> held;
    QJsonArray others;
    for (const Parsed &p : parsed) {
        record.gdapIds.append(p.gdap.relationshipId);
        if (GraphRelationshipReader::grantsAccess(p.gdap.status)) {
            for (const AdminRole &role : p.roles) {
                if (!held.contains(role) && held.size() <= RelationshipRules::kMaxRoles)
                    held.append(role);
            }
        }
        if (&p != chosen) {
            others.append(QJsonObject {{u"id"_s, p.gdap.relationshipId}, {u"displayName"_s, p.gdap.name},
                {u"status"_s, p.gdap.status},
                {u"endDateTime"_s, p.gdap.endUtc.isValid() ? p.gdap.endUtc.toString(Qt::ISODate) : QString()}});
        }
        if (p.createdUtc.isValid() && (!record.partnerSinceUtc.isValid() || p.createdUtc < record.partnerSinceUtc))
            record.partnerSinceUtc = p.createdUtc;
    }
    record.roles = held;
    QJsonObject kept = chosen->kept;
    if (!others.isEmpty()) {
        kept.insert(u"otherRelationships"_s, others);
        result.notes.append(QCoreApplication::translate("GraphRelationshipReader", "%n other GDAP relationship(s) of this partner kept as background; the register "
                               "shows %1 and the roles of every relationship that grants access.",
            nullptr, int(others.size()))
                                .arg(chosen->gdap.name.isEmpty() ? chosen->gdap.relationshipId : chosen->gdap.name));
    }
    if (!kept.isEmpty())
        record.importedFields.insert(u"graph"_s, kept);
    result.records.append(record);
    return result;
}
