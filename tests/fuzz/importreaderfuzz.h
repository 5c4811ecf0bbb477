#pragma once
// What every import reader must hold for any bytes: no crash, and each record it returns is one the
// register could take — a well-formed tenant ID, and every rejection with a reason.

#include "common/tenantid.h"
#include "import/importrecord.h"

#include <cstdlib>

inline void checkImportRead(const ImportRead &read)
{
    for (const ImportedRecord &record : read.records) {
        if (!TenantId::isValid(record.tenantId) || record.record <= 0)
            std::abort();
        if (record.roles) {
            for (const AdminRole &role : *record.roles) {
                if (!TenantId::isValid(role.templateId()))
                    std::abort();
            }
        }
    }
    for (const ImportIssue &issue : read.rejected) {
        if (issue.reason.isEmpty() || issue.record < 0)
            std::abort();
    }
}
