#include "activity/activityservice.h"

#include "activity/activityrepository.h"
#include "common/clock.h"
#include "common/operator.h"
#include "common/policy.h"
#include "common/ports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ActivityService", text, nullptr, n);
}

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

QString isoOrEmpty(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

constexpr qsizetype kIdBatch = 500;

} // namespace

QString ActivityPlan::summary() const
{
    if (ActivityFile::isSignIns(scan.kind)) {
        return tr("%n record(s) read", int(qMin<qint64>(scan.records, INT_MAX)))
            + u", "_s + tr("%n new partner sign-in(s)", int(scan.signIns.size())) + u", "_s
            + tr("%n already in the register", int(qMin<qint64>(alreadyStored, INT_MAX))) + u", "_s
            + tr("%n passed over", int(qMin<qint64>(scan.skippedNotPartner + scan.skippedOtherTenant, INT_MAX)));
    }
    return tr("%n record(s) read", int(qMin<qint64>(scan.records, INT_MAX))) + u", "_s
        + tr("%n new partner activities", int(scan.events.size())) + u", "_s
        + tr("%n already in the register", int(qMin<qint64>(alreadyStored, INT_MAX)));
}

QStringList ActivityPlan::lines() const
{
    QStringList out;
    for (const ImportIssue &issue : scan.rejected) {
        QString where = issue.record > 0 ? tr("Record %1").arg(issue.record) : tr("File");
        if (!issue.field.isEmpty())
            where += u" ("_s + issue.field + u')';
        out.append(where + u": "_s + issue.reason);
    }
    for (const auto &[tenant, name] : notInRegister) {
        out.append(tr("Service provider with access, not in your register: %1 (%2)")
                       .arg(name.isEmpty() ? tr("name not given") : name, tenant));
    }
    if (scan.skippedNotPartner > 0)
        out.append(tr("%n sign-in(s) or record(s) of other kinds (not a service provider's) passed over.",
            int(qMin<qint64>(scan.skippedNotPartner, INT_MAX))));
    if (scan.skippedOtherTenant > 0)
        out.append(tr("%n partner sign-in(s) into another tenant passed over.",
            int(qMin<qint64>(scan.skippedOtherTenant, INT_MAX))));
    return out;
}

ActivityService::ActivityService(ActivityRepository &activity, RegisterRepository &registerRepository, const Clock &clock)
    : m_activity(activity)
    , m_register(registerRepository)
    , m_clock(clock)
{ }

ActivityFile::Kind ActivityService::detectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ActivityFile::Kind::Unknown;
    return ActivityFile::detect(file.peek(1 << 20));
}

Result<ActivityPlan> ActivityService::planFile(
    const QString &path, const std::function<bool(qint64, qint64)> &progress) const
{
    QFile file(path);
    const QString shown = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("Cannot open %1: %2").arg(shown, file.errorString()));
    if (file.size() > ActivityFile::Limits::kMaxFileBytes)
        return badInput(tr("%1 is larger than 8 GiB; download a shorter period.").arg(shown));
    const ActivityFile::Kind kind = ActivityFile::detect(file.peek(1 << 20));
    if (kind == ActivityFile::Kind::Unknown)
        return badInput(tr("%1 is not an Entra sign-in or audit log (JSON or CSV).").arg(shown));
    const auto organisation = m_register.organisation();
    if (!organisation)
        return organisation.error();

    ActivityFile::Options options;
    options.organisationTenantId = organisation->tenantId.toLower();
    options.progress = progress;
    ActivityPlan plan;
    plan.fileName = shown;
    plan.scan = ActivityFile::read(file, kind, options);
    if (plan.scan.cancelled)
        return badInput(tr("Reading %1 was cancelled; nothing was imported.").arg(shown));
    ActivityFile::Scan &scan = plan.scan;
    if (ActivityFile::isSignIns(kind) && scan.rejected.isEmpty() && scan.signIns.isEmpty()
        && scan.skippedOtherTenant > 0) {
        scan.rejected.append({0, u"resourceTenantId"_s,
            tr("This is the sign-in log of tenant %1, not of your organisation (%2).")
                .arg(scan.otherTenantId, options.organisationTenantId)});
    }
    if (!scan.rejected.isEmpty())
        return plan;

    // New to the register, and the first of any the file repeats.
    QSet<QString> seen;
    const auto fresh = [&](auto &items, auto stored) -> Status {
        using Item = typename std::decay_t<decltype(items)>::value_type;
        QList<Item> kept;
        for (qsizetype i = 0; i < items.size(); i += kIdBatch) {
            QStringList ids;
            for (qsizetype j = i; j < qMin(items.size(), i + kIdBatch); ++j)
                ids.append(items.at(j).id);
            const auto known = stored(ids);
            if (!known)
                return known.error();
            for (qsizetype j = i; j < qMin(items.size(), i + kIdBatch); ++j) {
                Item &item = items[j];
                if (known->contains(item.id) || seen.contains(item.id)) {
                    ++plan.alreadyStored;
                    continue;
                }
                seen.insert(item.id);
                kept.append(std::move(item));
            }
        }
        items = std::move(kept);
        return Done {};
    };
    if (Status s = fresh(scan.signIns, [&](const QStringList &ids) { return m_activity.storedSignInIds(ids); }); !s)
        return s.error();
    seen.clear();
    if (Status s = fresh(scan.events, [&](const QStringList &ids) { return m_activity.storedEventIds(ids); }); !s)
        return s.error();

    const auto summaries = m_register.summaries();
    if (!summaries)
        return summaries.error();
    QSet<QString> registered;
    for (const PartnerSummary &s : summaries.value())
        registered.insert(s.tenantId.toLower());
    QSet<QString> listed;
    for (const SignIn &s : scan.signIns) {
        if (listed.contains(s.homeTenantId))
            continue;
        listed.insert(s.homeTenantId);
        plan.partners.append({s.homeTenantId, s.homeTenantName});
        if (!registered.contains(s.homeTenantId))
            plan.notInRegister.append({s.homeTenantId, s.homeTenantName});
    }
    return plan;
}

Result<ActivityStored> ActivityService::apply(const Operator &actor, const ActivityPlan &plan)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    if (!plan.canApply()) {
        return badInput(tr("Nothing was imported from %1: %n record(s) rejected. Download the log again.",
            int(plan.scan.rejected.size()))
                            .arg(plan.fileName));
    }
    if (!plan.hasNew())
        return ActivityStored {};
    AuditEvent event;
    event.atUtc = m_clock.nowUtc();
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.action = QString::fromUtf16(AuditActions::ActivityImported);
    event.after = QJsonObject {{u"source"_s, plan.fileName}, {u"format"_s, ActivityFile::key(plan.scan.kind)},
        {u"signInsAdded"_s, plan.scan.signIns.size()}, {u"eventsAdded"_s, plan.scan.events.size()},
        {u"alreadyStored"_s, plan.alreadyStored}, {u"evidenceFrom"_s, isoOrEmpty(plan.scan.firstMs)},
        {u"evidenceTo"_s, isoOrEmpty(plan.scan.lastMs)}, {u"partnerTenants"_s, plan.partners.size()},
        {u"partnersNotInRegister"_s, plan.notInRegister.size()}};
    ActivityBatch batch;
    batch.signIns = plan.scan.signIns;
    batch.events = plan.scan.events;
    batch.fromMs = plan.scan.firstMs;
    batch.toMs = plan.scan.lastMs;
    return m_activity.store(batch, event);
}
