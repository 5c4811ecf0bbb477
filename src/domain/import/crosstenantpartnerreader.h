#pragma once
// CrossTenantPartnerReader: GET /policies/crossTenantAccessPolicy/partners, which a customer tenant can
// read. Each tenant with isServiceProvider true is a cloud service provider with access; one the
// register does not know is added as a service provider not yet identified.

#include "import/importrecord.h"

#include <QByteArray>

namespace CrossTenantPartnerReader {
ImportRead read(const QByteArray &content, const ImportContext &context = {});
} // namespace CrossTenantPartnerReader
