#pragma once
// ImportedRecord: what one record of an imported file says about a partner relationship. Empty
// text, unset optionals and invalid times are "not given": the register keeps what it has.

#include "relationships/relationship.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

struct ImportedRecord
{
    int record = 0; // where it is in the file: the CSV line, or the n-th JSON record
    QString tenantId; // the partner's tenant ID, lower case; always given
    QString name;
    QString partnerId;
    QString email;
    QString phone;
    QString website;
    QString newPartnerName; // used only when the partner is new and the file gives no name
    std::optional<QList<PartnerType>> types; // replaces the types
    QList<PartnerType> addTypes; // added to the types the register has
    std::optional<QList<AdminRole>> roles; // replaces the roles (an empty list: no roles)
    QDateTime agreementAcceptedUtc;
    std::optional<GdapDetails> gdap;
    QDateTime partnerSinceUtc;
    QJsonObject importedFields; // merged by top-level key (one key per kind of file)
    QStringList gdapIds; // every GDAP relationship the record stands for (Graph files)
};

struct ImportIssue
{
    int record = 0; // 0: the file as a whole
    QString field; // the column or field as the file names it; may be empty
    QString reason; // translated, one sentence

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

// What a reader found in one file.
struct ImportRead
{
    QList<ImportedRecord> records;
    QList<ImportIssue> rejected;
    QStringList notes; // translated remarks: columns ignored, entries skipped
    bool cancelled = false; // the context's cancelled() said so; the rest is incomplete
};

// What a reader needs to know besides the file.
struct ImportContext
{
    QString organisationTenantId; // the register's own tenant
    QString partnerTenantId; // Graph relationship files name the customer, not the partner
    QString partnerName;
    std::function<bool()> cancelled = [] { return false; }; // asked every few thousand records
};

namespace ImportLimits {
inline constexpr qsizetype kMaxRecords = 200000; // records (rows, objects) in one file
inline constexpr qsizetype kMaxRejectionsListed = 1000; // the rest are counted
inline constexpr qsizetype kMaxRecordBytes = 64 * 1024; // one JSON record, as compact JSON
inline constexpr int kCancelCheckEvery = 2000;
} // namespace ImportLimits
