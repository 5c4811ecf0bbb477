#pragma once
// What the sign-in and audit log readers must hold for any bytes: no crash, every kept sign-in or
// activity one the register can store (an ID, a time, a well-formed partner tenant), every rejection
// with a reason — and a file with any rejection keeps nothing the import would apply.

#include "activity/activityfile.h"
#include "common/tenantid.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

inline void checkActivityRead(const uint8_t *data, size_t size, ActivityFile::Kind kind)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ActivityFile::Options options;
    options.organisationTenantId = QStringLiteral("9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    const ActivityFile::Scan scan = ActivityFile::read(buffer, kind, options);
    for (const SignIn &s : scan.signIns) {
        if (s.id.trimmed().isEmpty() || s.createdMs == 0 || !TenantId::isValid(s.homeTenantId)
            || s.resourceTenantId != options.organisationTenantId
            || s.userPrincipalName.size() > ActivityFile::Limits::kMaxFieldChars)
            std::abort();
    }
    for (const PartnerEvent &e : scan.events) {
        if (e.id.trimmed().isEmpty() || e.activityMs == 0)
            std::abort();
    }
    for (const ImportIssue &issue : scan.rejected) {
        if (issue.reason.isEmpty() || issue.record < 0)
            std::abort();
    }
    if (scan.records < 0 || scan.skippedNotPartner < 0 || scan.skippedNotPartner > scan.records)
        std::abort();
}
