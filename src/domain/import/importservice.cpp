#include "import/importservice.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/tenantid.h"
#include "import/admincenterpartnerreader.h"
#include "import/crosstenantpartnerreader.h"
#include "import/csvpartnerreader.h"
#include "import/graphrelationshipreader.h"
#include "relationships/relationshipjson.h"
#include "relationships/relationshiprules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

Error cancelled()
{
    return badInput(QCoreApplication::translate("ImportService", "The import was cancelled; nothing was changed."));
}

Relationship merged(const Relationship &before, const ImportedRecord &record, bool isNew, const QDateTime &now,
    const QString &fileName)
{
    Relationship after = before;
    if (isNew) {
        after.partner.tenantId = record.tenantId;
        after.partnerSinceUtc = record.partnerSinceUtc.isValid() ? record.partnerSinceUtc : now;
        after.partner.name = record.name.isEmpty() ? record.newPartnerName : record.name;
    } else if (!record.name.isEmpty()) {
        after.partner.name = record.name;
    }
    auto setIfGiven = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    setIfGiven(after.partner.partnerId, record.partnerId);
    setIfGiven(after.partner.email, record.email);
    setIfGiven(after.partner.phone, record.phone);
    setIfGiven(after.partner.website, record.website);
    if (record.types)
        after.types = *record.types;
    for (const PartnerType &type : record.addTypes) {
        if (!after.types.contains(type))
            after.types.append(type);
    }
    if (record.roles)
        after.roles = *record.roles;
    // An accepted agreement is a record of who accepted what; a file never overwrites it.
    if (record.agreementAcceptedUtc.isValid() && !before.agreement.isAccepted()) {
        after.agreement = AgreementAcceptance {};
        // Who accepted is not in the file: the record says where the date came from.
        after.agreement.acceptedByName = QCoreApplication::translate("ImportService", "as reported in %1").arg(fileName.left(120));
        // A bare date is read as noon; accepted today means accepted by now.
        after.agreement.acceptedAtUtc = record.agreementAcceptedUtc.date() == now.date()
            ? std::min(record.agreementAcceptedUtc, now)
            : record.agreementAcceptedUtc;
        after.agreement.agreementId = u"MCA"_s;
    }
    if (record.gdap)
        after.gdap = *record.gdap;
    for (auto it = record.importedFields.constBegin(); it != record.importedFields.constEnd(); ++it)
        after.importedFields.insert(it.key(), it.value());
    return after;
}

QString dayText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

Status ImportService::weighEvidence(ImportPlan &plan, const QList<ImportedRecord> &records) const
{
    QHash<QString, const ImportedRecord *> byTenant;
    for (const ImportedRecord &record : records)
        byTenant.insert(record.tenantId, &record);
    TodoQuery query;
    query.includeClosed = true;
    auto todos = m_repository.todos(query);
    if (!todos)
        return todos.error();
    if (todos->isEmpty())
        return Done {};
    QHash<QString, const ImportChange *> planned;
    for (const ImportChange &change : std::as_const(plan.changes)) {
        if (change.kind != ImportChange::Kind::Added)
            planned.insert(change.after.partner.tenantId.toLower(), &change);
    }
    for (const Todo &todo : todos.value()) {
        const ImportChange *change = planned.value(todo.partnerTenantId.toLower());
        if (change == nullptr)
            continue;
        const ImportedRecord *record = byTenant.value(todo.partnerTenantId.toLower());
        if (todo.isOpen()) {
            // Only what the file itself says counts: a file without roles confirms no removal.
            const bool saysRoles = record && record->roles.has_value();
            const bool saysGdap = record && record->gdap.has_value();
            const bool saysTypes = record && (record->types.has_value() || !record->addTypes.isEmpty());
            // An acceptance is shown done only by a file that speaks of each thing it granted.
            const bool authorized = (todo.decision.value("roles"_L1).toArray().isEmpty() || saysRoles)
                && (todo.decision.value("types"_L1).toArray().isEmpty() || saysTypes)
                && (!todo.decision.value("gdapApproval"_L1).toBool() || saysGdap);
            const bool evidence = todo.kind == Todo::Kind::RemoveRoles ? saysRoles
                : todo.kind == Todo::Kind::Authorize                   ? authorized
                                                                        : saysGdap;
            if (evidence && todo.isShownDoneBy(change->after)) {
                plan.confirms.append(todo);
                plan.notes.append(QCoreApplication::translate("ImportService", "%1 shows this step done, so its to-do will close: %2")
                                      .arg(plan.fileName, todo.step()));
            }
        } else if (todo.status == Todo::Status::Done || todo.status == Todo::Status::Confirmed) {
            const bool rolesBack = todo.kind == Todo::Kind::RemoveRoles && record && record->roles.has_value()
                && !record->roles->isEmpty();
            // Roles granted again by a later decision (an accepted invitation) are no contradiction.
            const bool grantedSince = std::any_of(todos->cbegin(), todos->cend(), [&](const Todo &other) {
                return other.kind == Todo::Kind::Authorize && other.status != Todo::Status::Withdrawn
                    && other.partnerTenantId.compare(todo.partnerTenantId, Qt::CaseInsensitive) == 0
                    && other.decidedUtc > todo.closedUtc;
            });
            if (rolesBack && !grantedSince && !todo.isContradicted()) {
                plan.contradicts.append(todo);
                plan.notes.append(QCoreApplication::translate("ImportService",
                    "The tenant differs from the register: %1 holds admin roles again, though their removal was "
                    "marked done on %2.")
                                      .arg(todo.partnerName, dayText(todo.closedUtc)));
            }
        }
    }
    return Done {};
}

ImportService::ImportService(RegisterRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{ }

Result<ImportPlan> ImportService::planFile(const QString &path, const Options &options, const Progress &progress) const
{
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return badInput(QCoreApplication::translate("ImportService", "%1 is not a file that can be read.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QCoreApplication::translate("ImportService", "%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return badInput(QCoreApplication::translate("ImportService", "%1 is larger than %2 MB; PartnerDesk imports files up to that size.")
                            .arg(shown)
                            .arg(kMaxFileBytes >> 20));
    QByteArray content;
    const qint64 total = file.size();
    content.reserve(total);
    constexpr qint64 chunk = qint64(4) << 20;
    while (!file.atEnd()) {
        const QByteArray part = file.read(chunk);
        if (part.isEmpty() && file.error() != QFileDevice::NoError)
            return badInput(QCoreApplication::translate("ImportService", "%1 cannot be read: %2").arg(path, file.errorString()));
        if (content.size() + part.size() > kMaxFileBytes)
            return badInput(QCoreApplication::translate("ImportService", "%1 is larger than %2 MB; PartnerDesk imports files up to that size.")
                                .arg(shown)
                                .arg(kMaxFileBytes >> 20));
        content.append(part);
        if (part.isEmpty())
            break;
        if (progress && !progress(content.size(), total))
            return cancelled();
    }
    return plan(shown, content, options, progress);
}

Result<ImportPlan> ImportService::plan(
    const QString &fileName, const QByteArray &content, const Options &options, const Progress &progress) const
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.format = ImportFormat::detect(content);
    if (plan.format == ImportFormat::Kind::Unknown) {
        return badInput(QCoreApplication::translate("ImportService", "%1 is not a file PartnerDesk can import: expected a CSV partner list, Graph GDAP "
                           "relationships, cross-tenant access partners or the admin center's partner list.")
                            .arg(fileName));
    }
    auto organisation = m_repository.organisation();
    if (!organisation)
        return organisation.error();
    if (!options.partnerTenantId.trimmed().isEmpty() && plan.format != ImportFormat::Kind::GraphRelationships) {
        return badInput(QCoreApplication::translate("ImportService", "%1 is a %2, which names its partners itself; a partner is given only with GDAP "
                           "relationship files.")
                            .arg(fileName, ImportFormat::displayName(plan.format)));
    }
    ImportContext context;
    context.organisationTenantId = organisation->tenantId;
    context.cancelled = [&progress] { return progress && !progress(-1, -1); };

    ImportRead read;
    switch (plan.format) {
    case ImportFormat::Kind::Csv:
        read = CsvPartnerReader::read(content, context);
        break;
    case ImportFormat::Kind::GraphRelationships: {
        const QString partner = options.partnerTenantId.trimmed();
        if (partner.isEmpty())
            return badInput(QCoreApplication::translate("ImportService", "%1 holds GDAP relationships, which do not name the partner: say which partner "
                               "it came from (its tenant ID).")
                                .arg(fileName));
        if (!TenantId::isValid(partner))
            return badInput(QCoreApplication::translate("ImportService", "\"%1\" is not a tenant ID (a GUID).").arg(partner.left(60)));
        context.partnerTenantId = partner.toLower();
        context.partnerName = options.partnerName;
        read = GraphRelationshipReader::read(content, context);
        break;
    }
    case ImportFormat::Kind::CrossTenantPartners:
        read = CrossTenantPartnerReader::read(content, context);
        break;
    case ImportFormat::Kind::AdminCenterPartners:
        read = AdminCenterPartnerReader::read(content, context);
        break;
    case ImportFormat::Kind::Unknown:
        break;
    }
    if (read.cancelled)
        return cancelled();
    plan.rejected = read.rejected;
    plan.notes = read.notes;
    const bool unreadable = std::any_of(
        read.rejected.cbegin(), read.rejected.cend(), [](const ImportIssue &i) { return i.record == 0; });
    if (unreadable)
        return badInput(QCoreApplication::translate("ImportService", "%1 cannot be imported: %2").arg(fileName, read.rejected.constFirst().reason));

    auto existing = m_repository.relationships();
    if (!existing)
        return existing.error();
    QHash<QString, const Relationship *> byTenant;
    QHash<QString, const Relationship *> byGdapId;
    byTenant.reserve(existing->size());
    for (const Relationship &r : existing.value()) {
        byTenant.insert(r.partner.tenantId.toLower(), &r);
        if (!r.gdap.relationshipId.isEmpty())
            byGdapId.insert(r.gdap.relationshipId.toLower(), &r);
    }

    QHash<QString, int> seen;
    const QDateTime now = m_clock.nowUtc();
    const qint64 total = read.records.size();
    plan.changes.reserve(read.records.size());
    for (qsizetype i = 0; i < read.records.size(); ++i) {
        const ImportedRecord &record = read.records.at(i);
        if (progress && i % 1000 == 999 && !progress(i + 1, total))
            return cancelled();
        auto reject = [&](const QString &field, const QString &reason) {
            plan.rejected.append({record.record, field, reason});
        };
        if (const auto first = seen.constFind(record.tenantId); first != seen.cend()) {
            reject(QString::fromUtf16(RelationshipFields::TenantId),
                QCoreApplication::translate("ImportService", "The partner %1 appears twice in the file (first as record %2).").arg(record.tenantId).arg(*first));
            continue;
        }
        seen.insert(record.tenantId, record.record);
        const QString zeros = u"00000000-0000-0000-0000-000000000000"_s;
        if (record.tenantId.compare(organisation->tenantId, Qt::CaseInsensitive) == 0 || record.tenantId == zeros) {
            reject(QString::fromUtf16(RelationshipFields::TenantId),
                record.tenantId == zeros ? QCoreApplication::translate("ImportService", "The tenant ID of all zeros is not a partner's tenant.")
                                         : QCoreApplication::translate("ImportService", "%1 is your own organisation's tenant, not a partner's.").arg(record.tenantId));
            continue;
        }
        const Relationship *found = byTenant.value(record.tenantId);
        const bool isNew = found == nullptr;
        if (isNew && record.name.isEmpty() && record.newPartnerName.isEmpty()) {
            reject(QString::fromUtf16(RelationshipFields::Name),
                QCoreApplication::translate("ImportService", "The partner %1 is not in the register yet and the file gives no name for it.").arg(record.tenantId));
            continue;
        }
        // No GDAP relationship of the file may belong to another partner: the kept one or the others.
        QStringList gdapIds = record.gdapIds;
        if (record.gdap && !record.gdap->relationshipId.isEmpty() && !gdapIds.contains(record.gdap->relationshipId))
            gdapIds.append(record.gdap->relationshipId);
        bool stolen = false;
        for (const QString &id : std::as_const(gdapIds)) {
            const Relationship *owner = byGdapId.value(id);
            if (owner && owner->partner.tenantId.compare(record.tenantId, Qt::CaseInsensitive) != 0) {
                reject(QString::fromUtf16(RelationshipFields::GdapId),
                    QCoreApplication::translate("ImportService", "The GDAP relationship %1 belongs to %2 in the register, not to this partner.")
                        .arg(id, owner->partner.name));
                stolen = true;
                break;
            }
        }
        if (stolen)
            continue;
        const Relationship before = isNew ? Relationship {} : *found;
        const Relationship after = merged(before, record, isNew, now, fileName);
        const QList<FieldProblem> problems = RelationshipRules::check(after, now);
        for (const FieldProblem &problem : problems)
            reject(problem.field, problem.reason);
        if (!problems.isEmpty())
            continue;
        ImportChange change;
        change.record = record.record;
        change.before = before;
        change.after = after;
        if (isNew) {
            change.kind = ImportChange::Kind::Added;
        } else {
            const QJsonObject from = RelationshipJson::editSnapshot(before);
            const QJsonObject to = RelationshipJson::editSnapshot(after);
            if (from != to) {
                change.kind = ImportChange::Kind::Updated;
                change.fields = AuditDescription::fieldChanges(from, to);
            }
        }
        plan.changes.append(change);
    }
    if (progress && !progress(total, total))
        return cancelled();
    if (Status s = weighEvidence(plan, read.records); !s)
        return s.error();
    // In file order, whichever check found them; a file of errors lists the first ones and counts the rest.
    std::stable_sort(plan.rejected.begin(), plan.rejected.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.record < b.record; });
    if (plan.rejected.size() > ImportLimits::kMaxRejectionsListed) {
        const qsizetype more = plan.rejected.size() - ImportLimits::kMaxRejectionsListed;
        plan.rejected.resize(ImportLimits::kMaxRejectionsListed + 1);
        plan.rejected.last() = ImportIssue {0, {}, QCoreApplication::translate("ImportService", "and %n more record(s) rejected.", nullptr, int(more))};
    }
    return plan;
}

Result<QList<Relationship>> ImportService::apply(const Operator &actor, const ImportPlan &plan)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    if (!plan.rejected.isEmpty()) {
        return badInput(QCoreApplication::translate("ImportService", "Nothing was imported from %1: %n rejected record(s). Correct the file and "
                           "import it again.",
            nullptr, int(plan.rejected.size()))
                            .arg(plan.fileName));
    }
    if (!plan.hasChanges())
        return QList<Relationship> {};

    auto current = m_repository.relationships();
    if (!current)
        return current.error();
    QHash<QString, const Relationship *> byTenant;
    for (const Relationship &r : current.value())
        byTenant.insert(r.partner.tenantId.toLower(), &r);

    RegisterChange change;
    const QDateTime now = m_clock.nowUtc();
    const Error changedSince = badInput(
        QCoreApplication::translate("ImportService", "The register changed since the dry run of %1; run the import again to see what it would do now.")
            .arg(plan.fileName));
    for (const ImportChange &c : plan.changes) {
        if (c.kind == ImportChange::Kind::Unchanged)
            continue;
        const Relationship *stored = byTenant.value(c.after.partner.tenantId.toLower());
        const bool added = c.kind == ImportChange::Kind::Added;
        if (added ? stored != nullptr : (stored == nullptr || !(*stored == c.before)))
            return changedSince;
        change.relationships.append(c.after);
        AuditEvent event;
        event.atUtc = now;
        event.operatorUpn = actor.upn;
        event.operatorName = actor.displayName;
        event.action = QString::fromUtf16(AuditActions::RelationshipImported);
        event.partnerTenantId = c.after.partner.tenantId;
        event.partnerName = c.after.partner.name;
        if (!added)
            event.before = RelationshipJson::editSnapshot(c.before);
        event.after = RelationshipJson::editSnapshot(c.after);
        event.after.insert(u"source"_s, plan.fileName);
        change.events.append(event);
    }
    // The to-dos the file weighed on, as they are now: each still open (or still done), or the
    // register changed since the dry run.
    auto evidenceEvent = [&](const QString &action, const Todo &todo) {
        AuditEvent event;
        event.atUtc = now;
        event.operatorUpn = actor.upn;
        event.operatorName = actor.displayName;
        event.action = action;
        event.partnerTenantId = todo.partnerTenantId;
        event.partnerName = todo.partnerName;
        event.after = QJsonObject {{u"todo"_s, todoKindKey(todo.kind)}, {u"todoId"_s, todo.id},
            {u"confirmedBy"_s, plan.fileName}};
        return event;
    };
    for (Todo todo : plan.confirms) {
        auto stored = m_repository.todo(todo.id);
        if (!stored)
            return stored.error();
        if (!stored.value() || !stored.value()->isOpen())
            return changedSince;
        todo = *stored.value();
        if (todo.kind == Todo::Kind::ConfirmEnd) {
            // The file shows the relationship ended: the register records it as ended now.
            auto it = std::find_if(change.relationships.begin(), change.relationships.end(), [&](const Relationship &r) {
                return r.partner.tenantId.compare(todo.partnerTenantId, Qt::CaseInsensitive) == 0;
            });
            if (it != change.relationships.end()) {
                *it = todo.appliedTo(*it, now);
            } else if (const Relationship *known = byTenant.value(todo.partnerTenantId.toLower())) {
                change.relationships.append(todo.appliedTo(*known, now));
            }
        }
        todo.status = Todo::Status::Confirmed;
        todo.closedUtc = now;
        todo.closedByUpn = actor.upn;
        todo.closedByName = actor.displayName;
        todo.closeNote = plan.fileName;
        change.todos.append(todo);
        AuditEvent confirmed = evidenceEvent(QString::fromUtf16(AuditActions::TodoConfirmed), todo);
        if (todo.kind == Todo::Kind::ConfirmEnd) {
            confirmed.before.insert(u"state"_s, stateKey(Relationship::State::EndRequested));
            confirmed.after.insert(u"state"_s, stateKey(Relationship::State::Ended));
        }
        change.events.append(confirmed);
    }
    for (Todo todo : plan.contradicts) {
        auto stored = m_repository.todo(todo.id);
        if (!stored)
            return stored.error();
        if (!stored.value() || stored.value()->isOpen() || stored.value()->isContradicted())
            return changedSince;
        todo = *stored.value();
        todo.contradictedUtc = now;
        todo.contradictedBy = plan.fileName;
        change.todos.append(todo);
        change.events.append(evidenceEvent(QString::fromUtf16(AuditActions::TodoContradicted), todo));
    }
    return m_repository.apply(change);
}
