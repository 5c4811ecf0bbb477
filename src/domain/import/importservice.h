#pragma once
// ImportService: files admins already have into the register — dry run first, then applied whole or
// not at all, one audit event per changed relationship. Matching is by partner tenant ID (and GDAP
// relationship ID), so the same file twice changes nothing the second time.

#include "common/result.h"
#include "import/importplan.h"
#include "import/importrecord.h"

#include <QByteArray>
#include <QString>

#include <functional>

class Clock;
class RegisterRepository;
struct Operator;

class ImportService
{
public:
    ImportService(RegisterRepository &repository, const Clock &clock);

    static constexpr qint64 kMaxFileBytes = qint64(256) << 20;

    struct Options
    {
        QString partnerTenantId; // Graph relationship files: the partner they came from
        QString partnerName; // and its name, when the register does not know it yet
    };
    // done/total in bytes or records; returning false cancels (the result is then a BadInput error).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads the file (at most kMaxFileBytes) and plans it. Nothing is changed.
    Result<ImportPlan> planFile(
        const QString &path, const Options &options, const Progress &progress = {}) const;
    Result<ImportPlan> plan(const QString &fileName, const QByteArray &content, const Options &options,
        const Progress &progress = {}) const;

    // Applies a plan in one transaction. Refused while any record is rejected, and when the register
    // changed since the plan was made. Needs Global or Billing Administrator.
    Result<QList<Relationship>> apply(const Operator &actor, const ImportPlan &plan);

private:
    // Which to-dos the file shows done (open ones) or contradicts (done ones): into the plan.
    Status weighEvidence(ImportPlan &plan, const QList<ImportedRecord> &records) const;
    RegisterRepository &m_repository;
    const Clock &m_clock;
};
