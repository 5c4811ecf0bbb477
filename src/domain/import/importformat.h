#pragma once
// ImportFormat: which kind of file an import was given, recognised from its content (never its name).

#include <QByteArrayView>
#include <QString>

namespace ImportFormat {
enum class Kind {
    Unknown,
    Csv, // a partner list with a header row
    GraphRelationships, // Microsoft Graph delegatedAdminRelationship JSON (the partner's export)
    CrossTenantPartners, // GET /policies/crossTenantAccessPolicy/partners
    AdminCenterPartners, // the admin center's own partner list ({"partners": [...]})
};
Kind detect(QByteArrayView content);
QString displayName(Kind kind); // translated
QString key(Kind kind); // stable: csv, graph, crossTenant, adminCenter, unknown
} // namespace ImportFormat
