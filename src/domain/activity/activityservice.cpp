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

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

QString isoOrEmpty(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

constexpr qsizetype kIdBatch = 500;

int clampInt(qint64 n)
{
    return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(n);
}

} // namespace

QString ActivityPlan::summary() const
{
    if (ActivityFile::isSignIns(scan.kind)) {
        return QCoreApplication::translate(
                   "ActivityService", "%n record(s) read", nullptr, clampInt(scan.records))
            + u", "_s
            + QCoreApplication::translate(
                "ActivityService", "%n new partner sign-in(s)", nullptr, int(scan.signIns.size()))
            + u", "_s
            + QCoreApplication::translate(
                "ActivityService", "%n already in the register", nullptr, clampInt(alreadyStored))
            + u", "_s
            + QCoreApplication::translate("ActivityService", "%n passed over", nullptr,
                clampInt(scan.skippedNotPartner + scan.skippedOtherTenant));
    }
    return QCoreApplication::translate(
               "ActivityService", "%n record(s) read", nullptr, clampInt(scan.records))
        + u", "_s
        + QCoreApplication::translate(
            "ActivityService", "%n new partner lifecycle event(s)", nullptr, int(scan.events.size()))
        + u", "_s
        + QCoreApplication::translate(
            "ActivityService", "%n already in the register", nullptr, clampInt(alreadyStored));
}

QStringList ActivityPlan::lines() const
{
    QStringList out;
    for (const ImportIssue &issue : scan.rejected) {
        QString where = issue.record > 0
            ? QCoreApplication::translate("ActivityService", "Record %1").arg(issue.record)
            : QCoreApplication::translate("ActivityService", "File");
        if (!issue.field.isEmpty())
            where += u" ("_s + issue.field + u')';
        out.append(where + u": "_s + issue.reason);
    }
    for (const Todo &todo : confirms)
        out.append(QCoreApplication::translate("ActivityService", "Shows done in Microsoft 365: %1")
                       .arg(todo.step()));
    for (const auto &[tenant, name] : notInRegister) {
        out.append(
            QCoreApplication::translate(
                "ActivityService", "Service provider with access, not in your register: %1 (%2)")
                .arg(name.isEmpty() ? QCoreApplication::translate("ActivityService", "name not given") : name,
                    tenant));
    }
    if (scan.skippedNotPartner > 0 && ActivityFile::isSignIns(scan.kind))
        out.append(QCoreApplication::translate("ActivityService",
            "%n record(s) passed over: sign-ins of your own people or guests, not of a service provider.",
            nullptr, clampInt(scan.skippedNotPartner)));
    else if (scan.skippedNotPartner > 0)
        out.append(QCoreApplication::translate("ActivityService",
            "%n record(s) passed over: not about a partner.", nullptr, clampInt(scan.skippedNotPartner)));
    if (scan.skippedOtherTenant > 0)
        out.append(QCoreApplication::translate("ActivityService",
            "%n partner sign-in(s) into another tenant passed over.", nullptr,
            clampInt(scan.skippedOtherTenant)));
    return out;
}

ActivityService::ActivityService(
    ActivityRepository &activity, RegisterRepository &registerRepository, const Clock &clock)
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
        return badInput(QCoreApplication::translate("ActivityService", "Cannot open %1: %2")
                            .arg(shown, file.errorString()));
    if (file.size() > ActivityFile::Limits::kMaxFileBytes)
        return badInput(QCoreApplication::translate(
            "ActivityService", "%1 is larger than 8 GiB; download a shorter period.")
                            .arg(shown));
    const ActivityFile::Kind kind = ActivityFile::detect(file.peek(1 << 20));
    if (kind == ActivityFile::Kind::Unknown)
        return badInput(QCoreApplication::translate(
            "ActivityService", "%1 is not an Entra sign-in or audit log (JSON or CSV).")
                            .arg(shown));
    const auto organisation = m_register.organisation();
    if (!organisation)
        return organisation.error();

    ActivityFile::Options options;
    options.organisationTenantId = organisation->tenantId.toLower();
    options.latestMs = m_clock.nowUtc().toMSecsSinceEpoch() + 24 * 3600 * qint64(1000);
    options.progress = progress;
    ActivityPlan plan;
    plan.fileName = shown;
    plan.scan = ActivityFile::read(file, kind, options);
    if (plan.scan.cancelled)
        return badInput(
            QCoreApplication::translate("ActivityService", "Reading %1 was cancelled; nothing was imported.")
                .arg(shown));
    ActivityFile::Scan &scan = plan.scan;
    if (ActivityFile::isSignIns(kind) && scan.rejected.isEmpty() && scan.signIns.isEmpty()
        && scan.skippedOtherTenant > 0) {
        scan.rejected.append({0, u"resourceTenantId"_s,
            QCoreApplication::translate(
                "ActivityService", "This is the sign-in log of tenant %1, not of your organisation (%2).")
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
    if (Status s
        = fresh(scan.signIns, [&](const QStringList &ids) { return m_activity.storedSignInIds(ids); });
        !s)
        return s.error();
    seen.clear();
    if (Status s = fresh(scan.events, [&](const QStringList &ids) { return m_activity.storedEventIds(ids); });
        !s)
        return s.error();

    // Open "check that the partner ended it" steps the audit log (this file or an earlier one) shows done.
    const auto removesPartner = [](const PartnerEvent &e, const Todo &todo) {
        return e.activity.contains("remove partner"_L1, Qt::CaseInsensitive)
            && (e.result.isEmpty() || e.result.compare("success"_L1, Qt::CaseInsensitive) == 0)
            && e.activityMs > todo.decidedUtc.toMSecsSinceEpoch();
    };
    const auto open = m_register.todos(TodoQuery {});
    if (!open)
        return open.error();
    for (const Todo &todo : open.value()) {
        if (todo.kind != Todo::Kind::ConfirmEnd || !todo.isOpen())
            continue;
        const QString tenant = todo.partnerTenantId.toLower();
        bool shown = std::any_of(scan.events.cbegin(), scan.events.cend(),
            [&](const PartnerEvent &e) { return e.partnerTenantId == tenant && removesPartner(e, todo); });
        if (!shown) {
            const auto stored = m_activity.partnerEvents(tenant);
            if (!stored)
                return stored.error();
            shown = std::any_of(stored->cbegin(), stored->cend(),
                [&](const PartnerEvent &e) { return removesPartner(e, todo); });
        }
        if (shown)
            plan.confirms.append(todo);
    }

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
        return badInput(QCoreApplication::translate("ActivityService",
            "Nothing was imported from %1: %n record(s) rejected. Download the log again.", nullptr,
            int(plan.scan.rejected.size()))
                            .arg(plan.fileName));
    }
    if (!plan.hasNew())
        return ActivityStored {};
    ActivityStored stored;
    if (!plan.scan.signIns.isEmpty() || !plan.scan.events.isEmpty()) {
        AuditEvent event;
        event.atUtc = m_clock.nowUtc();
        event.operatorUpn = actor.upn;
        event.operatorName = actor.displayName;
        event.action = QString::fromUtf16(AuditActions::ActivityImported);
        event.after
            = QJsonObject {{u"source"_s, plan.fileName}, {u"format"_s, ActivityFile::key(plan.scan.kind)},
                {u"signInsAdded"_s, plan.scan.signIns.size()}, {u"eventsAdded"_s, plan.scan.events.size()},
                {u"alreadyStored"_s, plan.alreadyStored}, {u"evidenceFrom"_s, isoOrEmpty(plan.scan.firstMs)},
                {u"evidenceTo"_s, isoOrEmpty(plan.scan.lastMs)}, {u"partnerTenants"_s, plan.partners.size()},
                {u"partnersNotInRegister"_s, plan.notInRegister.size()}};
        ActivityBatch batch;
        batch.signIns = plan.scan.signIns;
        batch.events = plan.scan.events;
        batch.fromMs = plan.scan.firstMs;
        batch.toMs = plan.scan.lastMs;
        batch.signInLog = ActivityFile::isSignIns(plan.scan.kind);
        auto kept = m_activity.store(batch, event);
        if (!kept)
            return kept.error();
        stored = kept.value();
    }
    if (plan.confirms.isEmpty())
        return stored;

    // The audit log shows the partner removed: the to-do is confirmed and the relationship ended.
    RegisterChange change;
    const QDateTime now = m_clock.nowUtc();
    for (Todo todo : plan.confirms) {
        const auto current = m_register.todo(todo.id);
        if (!current)
            return current.error();
        if (!current.value() || !current.value()->isOpen())
            continue; // closed since the dry run (by hand, or by another import)
        todo = *current.value();
        const auto relationship = m_register.relationshipForPartner(todo.partnerTenantId);
        if (!relationship)
            return relationship.error();
        if (relationship.value())
            change.relationships.append(todo.appliedTo(*relationship.value(), now));
        todo.status = Todo::Status::Confirmed;
        todo.closedUtc = now;
        todo.closedByUpn = actor.upn;
        todo.closedByName = actor.displayName;
        todo.closeNote = plan.fileName;
        change.todos.append(todo);
        AuditEvent confirmed;
        confirmed.atUtc = now;
        confirmed.operatorUpn = actor.upn;
        confirmed.operatorName = actor.displayName;
        confirmed.action = QString::fromUtf16(AuditActions::TodoConfirmed);
        confirmed.partnerTenantId = todo.partnerTenantId;
        confirmed.partnerName = todo.partnerName;
        confirmed.before = QJsonObject {{u"state"_s, stateKey(Relationship::State::EndRequested)}};
        confirmed.after = QJsonObject {{u"todo"_s, todoKindKey(todo.kind)}, {u"todoId"_s, todo.id},
            {u"confirmedBy"_s, plan.fileName}, {u"state"_s, stateKey(Relationship::State::Ended)}};
        change.events.append(confirmed);
        ++stored.confirmed;
    }
    if (!change.todos.isEmpty()) {
        if (auto applied = m_register.apply(change); !applied)
            return applied.error();
    }
    return stored;
}
