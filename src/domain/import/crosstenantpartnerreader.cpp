#include "import/crosstenantpartnerreader.h"

#include "common/tenantid.h"
#include "import/importvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

ImportRead CrossTenantPartnerReader::read(const QByteArray &content, const ImportContext &context)
{
    ImportRead result;
    QList<QJsonObject> objects;
    if (const QString error = ImportValues::jsonRecords(content, u"value"_s, objects); !error.isEmpty()) {
        result.rejected.append({0, {}, error});
        return result;
    }
    QHash<QString, int> seen;
    int notProviders = 0;
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
        const QString tenant = o.value(u"tenantId"_s).toString().toLower();
        if (!TenantId::isValid(tenant)) {
            result.rejected.append({record, u"tenantId"_s,
                tenant.isEmpty()
                    ? QCoreApplication::translate("CrossTenantPartnerReader", "The entry has no tenantId.")
                    : QCoreApplication::translate(
                        "CrossTenantPartnerReader", "\"%1\" is not a tenant ID (a GUID).")
                          .arg(tenant.left(60))});
            continue;
        }
        if (const auto first = seen.constFind(tenant); first != seen.cend()) {
            result.rejected.append({record, u"tenantId"_s,
                QCoreApplication::translate("CrossTenantPartnerReader",
                    "The tenant %1 appears twice in the file (first as record %2).")
                    .arg(tenant)
                    .arg(*first)});
            continue;
        }
        seen.insert(tenant, record);
        const QJsonValue provider = o.value(u"isServiceProvider"_s);
        if (!provider.isBool() && !provider.isNull() && !provider.isUndefined()) {
            result.rejected.append({record, u"isServiceProvider"_s,
                QCoreApplication::translate(
                    "CrossTenantPartnerReader", "isServiceProvider is neither true nor false.")});
            continue;
        }
        if (!provider.toBool()) {
            ++notProviders;
            continue;
        }
        QJsonObject kept = o;
        kept.remove(u"tenantId"_s);
        kept.remove(u"@odata.context"_s);
        if (QJsonDocument(kept).toJson(QJsonDocument::Compact).size() > ImportValues::kMaxKeptFieldsBytes) {
            result.rejected.append({record, {},
                QCoreApplication::translate(
                    "CrossTenantPartnerReader", "The entry's settings are larger than %1 KB.")
                    .arg(ImportValues::kMaxKeptFieldsBytes / 1024)});
            continue;
        }
        ImportedRecord r;
        r.record = record;
        r.tenantId = tenant;
        r.newPartnerName = QCoreApplication::translate(
            "CrossTenantPartnerReader", "Service provider %1 (not yet identified)")
                               .arg(tenant.left(8));
        r.importedFields.insert(u"crossTenantAccess"_s, kept);
        result.records.append(r);
    }
    if (notProviders > 0)
        result.notes.append(QCoreApplication::translate("CrossTenantPartnerReader",
            "%n tenant(s) skipped: not a service provider.", nullptr, notProviders));
    return result;
}
