#pragma once
// ActivityFile: the Entra log files PartnerDesk reads as evidence — recognised from their first bytes,
// read as a stream (a whole-tenant download can hold millions of records, few of them partners').

#include "activity/signin.h"
#include "import/importrecord.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace ActivityFile {

enum class Kind {
    Unknown,
    SignInsJson, // Graph signIn: a {"value": [...]} page, several pages, or a bare array
    SignInsCsv, // the Entra admin center's sign-in download
    AuditJson, // Graph directoryAudit, the same shapes
    AuditCsv, // the Entra admin center's audit log download
};
Kind detect(QByteArrayView head); // from the first bytes (up to 1 MiB) of a file
bool isSignIns(Kind kind);
QString displayName(Kind kind); // translated
QString key(Kind kind); // stable: signInsJson, signInsCsv, auditJson, auditCsv, unknown

// What a file holds for the register: the organisation's partner evidence and what was passed over.
struct Scan
{
    Kind kind = Kind::Unknown;
    QList<SignIn> signIns; // service-provider sign-ins into the organisation's tenant
    QList<PartnerEvent> events; // partner lifecycle activities
    qint64 records = 0; // every record read
    qint64 skippedNotPartner = 0; // other access types (the tenant's own people, guests, ...)
    qint64 skippedOtherTenant = 0; // partner sign-ins into another tenant
    QString otherTenantId; // the first such tenant, for the message
    qint64 firstMs = 0; // the period the file covers: its oldest and newest record of any kind
    qint64 lastMs = 0;
    QList<ImportIssue> rejected; // any entry: nothing of the file is used
    qint64 keptChars = 0; // the size of what is kept, bounded by Limits::kMaxKeptChars
    bool cancelled = false;
};

struct Options
{
    QString organisationTenantId; // lower case
    qint64 latestMs = 0; // no time in a log is later than this; 0: a day from now
    // done/total in bytes; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
};

namespace Limits {
inline constexpr qint64 kMaxFileBytes = qint64(8) << 30; // 8 GiB: read as a stream, never whole
inline constexpr qint64 kMaxRecordBytes = 1 << 20; // one record, or one value outside records
inline constexpr qsizetype kMaxFieldChars = 2048; // a kept field (a UPN, an app name, ...)
inline constexpr qsizetype kMaxKept = 2000000; // partner sign-ins or events from one file
inline constexpr qsizetype kMaxColumns = 512; // CSV
inline constexpr qint64 kMaxKeptChars = qint64(256) << 20; // all kept text of one file
inline constexpr qint64 kEarliestMs = 946684800000; // 2000-01-01T00:00:00Z: no Entra log is older
} // namespace Limits

// Reads the whole device (from its current position) as the kind given.
Scan read(QIODevice &device, Kind kind, const Options &options);

// Parses an Entra time ("2026-11-20T08:15:22Z", with fractions or an offset). A time without a zone
// is refused unless assumeUtc (a CSV column whose header says UTC). Returns 0 when not a time.
qint64 parseUtcMs(QStringView text, bool assumeUtc);

} // namespace ActivityFile
