#include "import/admincenterpartnerreader.h"

#include "common/tenantid.h"
#include "import/importvalues.h"
#include "relationships/relationshiprules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ImportRead AdminCenterPartnerReader::read(const QByteArray &content, const ImportContext &context)
{
    ImportRead result;
    QList<QJsonObject> objects;
    if (const QString error = ImportValues::jsonRecords(content, u"partners"_s, objects); !error.isEmpty()) {
        result.rejected.append({0, {}, error});
        return result;
    }
    QHash<QString, int> seen;
    for (qsizetype n = 0; n < objects.size(); ++n) {
        const QJsonObject &o = objects.at(n);
        const int record = int(n + 1);
        if (n % ImportLimits::kCancelCheckEvery == 0 && context.cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (const QString oversized = ImportValues::oversizedRecord(o); !oversized.isEmpty()) {
            result.rejected.append({record, {}, oversized});
            continue;
        }
        auto reject = [&](const QString &field, const QString &reason) {
            result.rejected.append({record, field, reason});
        };
        const QString tenant = o.value(u"id"_s).toString().toLower();
        if (!TenantId::isValid(tenant)) {
            reject(u"id"_s,
                tenant.isEmpty() ? QCoreApplication::translate(
                    "AdminCenterPartnerReader", "The partner has no id (its tenant ID).")
                                 : QCoreApplication::translate(
                                     "AdminCenterPartnerReader", "\"%1\" is not a tenant ID (a GUID).")
                                       .arg(tenant.left(60)));
            continue;
        }
        if (const auto first = seen.constFind(tenant); first != seen.cend()) {
            reject(u"id"_s,
                QCoreApplication::translate("AdminCenterPartnerReader",
                    "The partner %1 appears twice in the file (first as record %2).")
                    .arg(tenant)
                    .arg(*first));
            continue;
        }
        seen.insert(tenant, record);
        ImportedRecord r;
        r.record = record;
        r.tenantId = tenant;
        const QJsonValue name = o.value(u"name"_s);
        if (!name.isString() || name.toString().trimmed().isEmpty()) {
            reject(u"name"_s,
                QCoreApplication::translate("AdminCenterPartnerReader", "The partner has no name."));
            continue;
        }
        r.name = name.toString().trimmed();
        const QJsonValue roles = o.value(u"aadRoles"_s);
        if (!roles.isUndefined() && !roles.isNull()) {
            if (!roles.isArray()) {
                reject(u"aadRoles"_s,
                    QCoreApplication::translate(
                        "AdminCenterPartnerReader", "aadRoles is not a list of role template IDs."));
                continue;
            }
            if (roles.toArray().size() > RelationshipRules::kMaxRoles) {
                reject(u"aadRoles"_s,
                    QCoreApplication::translate(
                        "AdminCenterPartnerReader", "A partner holds at most %1 admin roles here.")
                        .arg(RelationshipRules::kMaxRoles));
                continue;
            }
            QList<AdminRole> list;
            bool bad = false;
            for (const QJsonValue &v : roles.toArray()) {
                const QString id = v.toString().trimmed();
                if (!TenantId::isValid(id)) {
                    reject(u"aadRoles"_s,
                        QCoreApplication::translate(
                            "AdminCenterPartnerReader", "\"%1\" is not a role template ID (a GUID).")
                            .arg(id.left(60)));
                    bad = true;
                    break;
                }
                if (!list.contains(AdminRole(id.toLower())))
                    list.append(AdminRole(id.toLower()));
            }
            if (bad)
                continue;
            r.roles = list;
        }
        const QJsonValue contracts = o.value(u"contractTypes"_s);
        if (contracts.isArray() && contracts.toArray().size() > RelationshipRules::kMaxTypes) {
            reject(u"contractTypes"_s,
                QCoreApplication::translate(
                    "AdminCenterPartnerReader", "A partner has at most %1 partner types.")
                    .arg(RelationshipRules::kMaxTypes));
            continue;
        }
        if (contracts.isArray()) {
            QList<PartnerType> types;
            for (const QJsonValue &v : contracts.toArray()) {
                if (!v.isString())
                    continue; // kept below with the other fields
                const PartnerType type = PartnerType::fromKey(v.toString().left(100));
                if (!types.contains(type))
                    types.append(type);
            }
            if (!types.isEmpty())
                r.types = types;
        }
        QJsonObject kept = o;
        for (const QString &key : {u"id"_s, u"name"_s, u"aadRoles"_s})
            kept.remove(key);
        if (QJsonDocument(kept).toJson(QJsonDocument::Compact).size() > ImportValues::kMaxKeptFieldsBytes) {
            reject({},
                QCoreApplication::translate(
                    "AdminCenterPartnerReader", "The partner's other fields are larger than %1 KB.")
                    .arg(ImportValues::kMaxKeptFieldsBytes / 1024));
            continue;
        }
        if (!kept.isEmpty())
            r.importedFields.insert(u"adminCenter"_s, kept);
        result.records.append(r);
    }
    return result;
}
