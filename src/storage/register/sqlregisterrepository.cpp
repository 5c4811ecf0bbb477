#include "register/sqlregisterrepository.h"

#include "audit/auditchain.h"
#include "audit/receiptbook.h"
#include "common/registernotifier.h"
#include "database/database.h"
#include "database/sqlvalues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

Error storageError(const QSqlError &error)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("SqlRegisterRepository", "The register could not be read or written: %1.")
            .arg(error.text())};
}

using SqlValues::fromIso;
using SqlValues::isoOrNull;
using SqlValues::text;

QString jsonArray(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString typesJson(const QList<PartnerType> &types)
{
    QStringList keys;
    for (const PartnerType &t : types)
        keys.append(t.key());
    return jsonArray(keys);
}

QString rolesJson(const QList<AdminRole> &roles)
{
    QStringList ids;
    for (const AdminRole &r : roles)
        ids.append(r.templateId());
    return jsonArray(ids);
}

QList<AdminRole> rolesFromJson(const QString &text)
{
    QList<AdminRole> roles;
    for (const QString &id : stringsFromJson(text))
        roles.append(AdminRole(id));
    return roles;
}

const QString kRelationshipColumns
    = u"r.id, p.tenant_id, p.name, p.partner_id, p.email, p.phone, p.website, "
      "r.types_json, r.roles_json, r.state, r.partner_since_utc, r.last_reviewed_utc, "
      "r.agreement_accepted_by_name, r.agreement_accepted_by_upn, "
      "r.agreement_accepted_utc, r.agreement_id, r.agreement_version, "
      "r.agreement_sha256, r.gdap_name, r.gdap_status, r.gdap_duration_days, "
      "r.gdap_start_utc, r.gdap_end_utc, r.gdap_auto_extend, r.end_requested_utc, r.end_request_method, "
      "r.end_request_note, r.ended_utc, r.gdap_relationship_id, r.imported_fields_json "
      "FROM relationships r JOIN partners p ON p.id = r.partner_id"_s;

// Fast path for the JSON arrays of keys and GUIDs this store writes: ["a","b"]. Anything with escapes
// goes through the full JSON parser.
QStringList stringArray(const QString &text)
{
    if (text.contains(u'\\'))
        return stringsFromJson(text);
    QStringList out;
    qsizetype i = text.indexOf(u'"');
    while (i >= 0) {
        const qsizetype end = text.indexOf(u'"', i + 1);
        if (end < 0)
            break;
        out.append(text.mid(i + 1, end - i - 1));
        i = text.indexOf(u'"', end + 1);
    }
    return out;
}

qint64 msOrZero(const QVariant &value)
{
    if (value.isNull())
        return 0;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

const QString kSummaryColumns
    = u"r.id, p.tenant_id, p.name, p.partner_id, r.types_json, r.roles_json, "
      "r.agreement_accepted_utc, r.partner_since_utc, r.last_reviewed_utc, r.gdap_end_utc, "
      "r.gdap_status, r.state, "
      "(SELECT group_concat(t.kind) FROM todos t WHERE t.relationship_id = r.id AND t.status = 'open'), "
      "(SELECT min(t.decided_utc) FROM todos t WHERE t.relationship_id = r.id AND t.status = 'open'), "
      "EXISTS (SELECT 1 FROM todos t WHERE t.relationship_id = r.id AND t.contradicted_utc IS NOT NULL), "
      "(SELECT min(from_ms) FROM activity_imports WHERE kind = 'signIns'), "
      "(SELECT max(to_ms) FROM activity_imports WHERE kind = 'signIns'), "
      "a.first_ms, a.last_ms, a.failed_last30, a.newest_country_first_ms "
      "FROM relationships r JOIN partners p ON p.id = r.partner_id "
      "LEFT JOIN partner_activity a ON a.home_tenant_id = p.tenant_id"_s;

const QString kTodoColumns
    = u"id, kind, status, relationship_id, partner_tenant_id, partner_name, decided_utc, decided_by_upn, "
      "decided_by_name, decision_json, closed_utc, closed_by_upn, closed_by_name, close_note, "
      "contradicted_utc, contradicted_by FROM todos"_s;

Todo todoFromRow(const QSqlQuery &q)
{
    Todo t;
    t.id = q.value(0).toLongLong();
    t.kind = todoKindFromKey(q.value(1).toString()).value_or(Todo::Kind::RemoveRoles);
    t.status = todoStatusFromKey(q.value(2).toString());
    t.relationshipId = q.value(3).toLongLong();
    t.partnerTenantId = q.value(4).toString();
    t.partnerName = q.value(5).toString();
    t.decidedUtc = fromIso(q.value(6));
    t.decidedByUpn = q.value(7).toString();
    t.decidedByName = q.value(8).toString();
    const QString decision = q.value(9).toString();
    if (decision.size() > 2)
        t.decision = QJsonDocument::fromJson(decision.toUtf8()).object();
    t.closedUtc = fromIso(q.value(10));
    t.closedByUpn = q.value(11).toString();
    t.closedByName = q.value(12).toString();
    t.closeNote = q.value(13).toString();
    t.contradictedUtc = fromIso(q.value(14));
    t.contradictedBy = q.value(15).toString();
    return t;
}

// One notifier per register file in this process, living in the main thread, so repositories opened on
// the same file (the window's and a worker's) tell the same listeners.
// Shared by every repository open on the file; the last one to close releases it.
std::shared_ptr<RegisterNotifier> notifierFor(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<RegisterNotifier>> notifiers;
    QMutexLocker lock(&mutex);
    std::weak_ptr<RegisterNotifier> &slot = notifiers[QFileInfo(path).absoluteFilePath()];
    if (auto existing = slot.lock())
        return existing;
    auto *created = new RegisterNotifier;
    if (QCoreApplication::instance())
        created->moveToThread(QCoreApplication::instance()->thread());
    // A worker thread may hold the last reference: let the owning thread delete it.
    std::shared_ptr<RegisterNotifier> shared(created, [](RegisterNotifier *n) {
        if (n->thread() == QThread::currentThread())
            delete n;
        else
            n->deleteLater();
    });
    slot = shared;
    return shared;
}

} // namespace

SqlRegisterRepository::SqlRegisterRepository(Database &database)
    : m_database(database)
{ }

SqlRegisterRepository::SqlRegisterRepository(std::unique_ptr<Database> database)
    : m_owned(std::move(database))
    , m_database(*m_owned)
{ }

SqlRegisterRepository::~SqlRegisterRepository() = default;

RegisterNotifier &SqlRegisterRepository::notifier()
{
    if (!m_notifier)
        m_notifier = notifierFor(m_database.path());
    return *m_notifier;
}

PartnerSummary SqlRegisterRepository::summaryFromRow(const QSqlQuery &q)
{
    PartnerSummary s;
    s.id = q.value(0).toLongLong();
    s.tenantId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.partnerId = q.value(3).toString();
    QStringList other;
    for (const QString &key : stringArray(q.value(4).toString())) {
        const PartnerType type = PartnerType::fromKey(key);
        if (type.isKnown())
            s.typeMask |= 1u << int(type.kind());
        else
            other.append(type.key());
    }
    s.otherTypes = other.join(", "_L1);
    QStringList unknown;
    for (const QString &id : stringArray(q.value(5).toString())) {
        const int index = AdminRole(id).catalogueIndex();
        if (index >= 0)
            s.roleMask |= 1u << index;
        else
            unknown.append(id);
    }
    s.unknownRoleIds = unknown.join(", "_L1);
    s.agreementAcceptedMs = msOrZero(q.value(6));
    s.partnerSinceMs = msOrZero(q.value(7));
    s.lastReviewedMs = msOrZero(q.value(8));
    s.gdapEndMs = msOrZero(q.value(9));
    s.gdapStatus = q.value(10).toString();
    s.state = stateFromKey(q.value(11).toString());
    for (const QString &kind : q.value(12).toString().split(u',', Qt::SkipEmptyParts)) {
        if (const auto k = todoKindFromKey(kind))
            s.pendingKinds |= quint8(1u << int(*k));
    }
    s.oldestPendingMs = msOrZero(q.value(13));
    s.tenantDiffers = q.value(14).toInt() != 0;
    s.activity.evidenceFromMs = q.value(15).toLongLong();
    s.activity.evidenceToMs = q.value(16).toLongLong();
    s.activity.firstSignInMs = q.value(17).toLongLong();
    s.activity.lastSignInMs = q.value(18).toLongLong();
    s.activity.failedLast30 = q.value(19).toInt();
    s.activity.newestCountryFirstMs = q.value(20).toLongLong();
    return s;
}

Result<QList<PartnerSummary>> SqlRegisterRepository::summaries(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kSummaryColumns + u" ORDER BY p.name COLLATE NOCASE, r.id LIMIT ?"_s);
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!q.exec())
        return storageError(q.lastError());
    QList<PartnerSummary> list;
    while (q.next())
        list.append(summaryFromRow(q));
    return list;
}

Result<QList<PartnerSummary>> SqlRegisterRepository::summariesFor(const QList<qint64> &relationshipIds) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kSummaryColumns + u" WHERE r.id = ?"_s);
    QList<PartnerSummary> list;
    for (qint64 id : relationshipIds) {
        q.addBindValue(id);
        if (!q.exec())
            return storageError(q.lastError());
        if (q.next())
            list.append(summaryFromRow(q));
        q.finish();
    }
    return list;
}

Relationship SqlRegisterRepository::relationshipFromRow(const QSqlQuery &q)
{
    Relationship r;
    r.id = q.value(0).toLongLong();
    r.partner.tenantId = q.value(1).toString();
    r.partner.name = q.value(2).toString();
    r.partner.partnerId = q.value(3).toString();
    r.partner.email = q.value(4).toString();
    r.partner.phone = q.value(5).toString();
    r.partner.website = q.value(6).toString();
    for (const QString &key : stringsFromJson(q.value(7).toString()))
        r.types.append(PartnerType::fromKey(key));
    r.roles = rolesFromJson(q.value(8).toString());
    r.state = stateFromKey(q.value(9).toString());
    r.partnerSinceUtc = fromIso(q.value(10));
    r.lastReviewedUtc = fromIso(q.value(11));
    r.agreement.acceptedByName = q.value(12).toString();
    r.agreement.acceptedByUpn = q.value(13).toString();
    r.agreement.acceptedAtUtc = fromIso(q.value(14));
    r.agreement.agreementId = q.value(15).toString();
    r.agreement.agreementVersion = q.value(16).toString();
    r.agreement.textSha256 = q.value(17).toString();
    r.gdap.name = q.value(18).toString();
    r.gdap.status = q.value(19).toString();
    r.gdap.durationDays = q.value(20).toInt();
    r.gdap.startUtc = fromIso(q.value(21));
    r.gdap.endUtc = fromIso(q.value(22));
    r.gdap.autoExtend = q.value(23).toInt() != 0;
    r.endRequestedUtc = fromIso(q.value(24));
    r.endRequestMethod = q.value(25).toString();
    r.endRequestNote = q.value(26).toString();
    r.endedUtc = fromIso(q.value(27));
    r.gdap.relationshipId = q.value(28).toString();
    const QString imported = q.value(29).toString();
    if (imported.size() > 2)
        r.importedFields = QJsonDocument::fromJson(imported.toUtf8()).object();
    return r;
}

Status SqlRegisterRepository::initialise(const Organisation &organisation, const QList<Operator> &operators)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO organisation (id, name, tenant_id, created_utc, default_operator_upn) "
              "VALUES (1, ?, ?, ?, ?)"_s);
    q.addBindValue(text(organisation.name));
    q.addBindValue(text(organisation.tenantId));
    q.addBindValue(isoOrNull(organisation.createdUtc));
    q.addBindValue(text(organisation.defaultOperatorUpn));
    if (!q.exec())
        return storageError(q.lastError());
    q.prepare(u"INSERT INTO operators (upn, display_name, roles_json) VALUES (?, ?, ?)"_s);
    QJsonArray operatorList;
    for (const Operator &op : operators) {
        q.addBindValue(text(op.upn));
        q.addBindValue(text(op.displayName));
        q.addBindValue(rolesJson(op.roles));
        if (!q.exec())
            return storageError(q.lastError());
        operatorList.append(op.upn);
    }
    AuditEvent created;
    created.atUtc = organisation.createdUtc;
    created.operatorUpn = organisation.defaultOperatorUpn;
    for (const Operator &op : operators) {
        if (op.upn.compare(organisation.defaultOperatorUpn, Qt::CaseInsensitive) == 0)
            created.operatorName = op.displayName;
    }
    created.action = QString::fromUtf16(AuditActions::RegisterCreated);
    created.after = QJsonObject {{u"organisation"_s, organisation.name},
        {u"tenantId"_s, organisation.tenantId}, {u"operators"_s, operatorList}};
    QList<AuditEvent> events {created};
    if (Status s = AuditChain::append(db, events); !s)
        return s;
    if (!transaction.commit())
        return storageError(db.lastError());
    return Done {};
}

bool SqlRegisterRepository::isInitialised() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(u"SELECT 1 FROM organisation WHERE id = 1"_s) && q.next();
}

Result<Organisation> SqlRegisterRepository::organisation() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            u"SELECT name, tenant_id, created_utc, default_operator_upn FROM organisation WHERE id = 1"_s))
        return storageError(q.lastError());
    if (!q.next()) {
        return Error {ErrorKind::Storage,
            QCoreApplication::translate(
                "SqlRegisterRepository", "The register has no organisation recorded.")};
    }
    return Organisation {
        q.value(0).toString(), q.value(1).toString(), fromIso(q.value(2)), q.value(3).toString()};
}

Result<QList<Operator>> SqlRegisterRepository::operators() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            u"SELECT upn, display_name, roles_json FROM operators ORDER BY display_name COLLATE NOCASE"_s))
        return storageError(q.lastError());
    QList<Operator> list;
    while (q.next())
        list.append(
            Operator {q.value(0).toString(), q.value(1).toString(), rolesFromJson(q.value(2).toString())});
    return list;
}

Result<QList<Relationship>> SqlRegisterRepository::relationships() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + kRelationshipColumns + u" ORDER BY p.name COLLATE NOCASE, r.id"_s))
        return storageError(q.lastError());
    QList<Relationship> list;
    while (q.next())
        list.append(relationshipFromRow(q));
    return list;
}

Result<std::optional<Relationship>> SqlRegisterRepository::relationshipForPartner(
    const QString &partnerTenantId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kRelationshipColumns + u" WHERE p.tenant_id = ? ORDER BY r.id LIMIT 1"_s);
    q.addBindValue(partnerTenantId.trimmed());
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return std::optional<Relationship>();
    return std::optional<Relationship>(relationshipFromRow(q));
}

Result<QList<AuditEvent>> SqlRegisterRepository::eventsForPartner(
    const QString &partnerTenantId, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + AuditChain::selectColumns()
        + u" FROM audit_events WHERE partner_tenant_id = ? COLLATE NOCASE ORDER BY seq DESC LIMIT ?"_s);
    q.addBindValue(partnerTenantId);
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    QList<AuditEvent> events;
    while (q.next())
        events.append(AuditChain::fromRow(q));
    return events;
}

Result<QList<Relationship>> SqlRegisterRepository::apply(const RegisterChange &change)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());

    QSqlQuery upsertPartner(db);
    upsertPartner.prepare(
        u"INSERT INTO partners (tenant_id, name, partner_id, email, phone, website) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name, "
        "partner_id = excluded.partner_id, email = excluded.email, phone = excluded.phone, "
        "website = excluded.website RETURNING id"_s);
    QSqlQuery insertRelationship(db);
    insertRelationship.prepare(
        u"INSERT INTO relationships (partner_id, types_json, roles_json, state, partner_since_utc, "
        "last_reviewed_utc, agreement_accepted_by_name, agreement_accepted_by_upn, agreement_accepted_utc, "
        "agreement_id, agreement_version, agreement_sha256, gdap_name, gdap_status, gdap_duration_days, "
        "gdap_start_utc, gdap_end_utc, gdap_auto_extend, end_requested_utc, end_request_method, "
        "end_request_note, ended_utc, gdap_relationship_id, imported_fields_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    QSqlQuery updateRelationship(db);
    updateRelationship.prepare(
        u"UPDATE relationships SET partner_id = ?, types_json = ?, roles_json = ?, state = ?, "
        "partner_since_utc = ?, last_reviewed_utc = ?, agreement_accepted_by_name = ?, "
        "agreement_accepted_by_upn = ?, agreement_accepted_utc = ?, agreement_id = ?, agreement_version = ?, "
        "agreement_sha256 = ?, gdap_name = ?, gdap_status = ?, gdap_duration_days = ?, gdap_start_utc = ?, "
        "gdap_end_utc = ?, gdap_auto_extend = ?, end_requested_utc = ?, end_request_method = ?, "
        "end_request_note = ?, ended_utc = ?, gdap_relationship_id = ?, imported_fields_json = ? "
        "WHERE id = ? RETURNING id"_s);

    QList<Relationship> stored;
    stored.reserve(change.relationships.size());
    for (Relationship r : change.relationships) {
        const Partner &p = r.partner;
        upsertPartner.addBindValue(p.tenantId.trimmed().toLower());
        upsertPartner.addBindValue(text(p.name));
        upsertPartner.addBindValue(text(p.partnerId));
        upsertPartner.addBindValue(text(p.email));
        upsertPartner.addBindValue(text(p.phone));
        upsertPartner.addBindValue(text(p.website));
        if (!upsertPartner.exec() || !upsertPartner.next())
            return storageError(upsertPartner.lastError());
        const qint64 partnerRowId = upsertPartner.value(0).toLongLong();
        upsertPartner.finish();

        QSqlQuery &q = r.id == 0 ? insertRelationship : updateRelationship;
        q.addBindValue(partnerRowId);
        q.addBindValue(typesJson(r.types));
        q.addBindValue(rolesJson(r.roles));
        q.addBindValue(stateKey(r.state));
        q.addBindValue(isoOrNull(r.partnerSinceUtc));
        q.addBindValue(isoOrNull(r.lastReviewedUtc));
        const bool accepted = r.agreement.isAccepted();
        const QVariant noText(QMetaType(QMetaType::QString));
        q.addBindValue(accepted ? QVariant(r.agreement.acceptedByName) : noText);
        q.addBindValue(accepted ? QVariant(r.agreement.acceptedByUpn) : noText);
        q.addBindValue(isoOrNull(r.agreement.acceptedAtUtc));
        q.addBindValue(accepted ? QVariant(r.agreement.agreementId) : noText);
        q.addBindValue(accepted ? QVariant(r.agreement.agreementVersion) : noText);
        q.addBindValue(accepted ? QVariant(r.agreement.textSha256) : noText);
        const bool gdap = r.gdap.isPresent();
        q.addBindValue(gdap ? QVariant(r.gdap.name) : noText);
        q.addBindValue(gdap ? QVariant(r.gdap.status) : noText);
        q.addBindValue(gdap && r.gdap.durationDays > 0 ? QVariant(r.gdap.durationDays)
                                                       : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(isoOrNull(r.gdap.startUtc));
        q.addBindValue(isoOrNull(r.gdap.endUtc));
        q.addBindValue(r.gdap.autoExtend ? 1 : 0);
        q.addBindValue(isoOrNull(r.endRequestedUtc));
        q.addBindValue(r.endRequestedUtc.isValid() ? QVariant(r.endRequestMethod) : noText);
        q.addBindValue(r.endRequestedUtc.isValid() ? QVariant(r.endRequestNote) : noText);
        q.addBindValue(isoOrNull(r.endedUtc));
        q.addBindValue(
            gdap && !r.gdap.relationshipId.isEmpty() ? QVariant(r.gdap.relationshipId.toLower()) : noText);
        q.addBindValue(r.importedFields.isEmpty()
                ? u"{}"_s
                : QString::fromUtf8(QJsonDocument(r.importedFields).toJson(QJsonDocument::Compact)));
        if (r.id != 0)
            q.addBindValue(r.id);
        if (!q.exec())
            return storageError(q.lastError());
        if (!q.next()) {
            return Error {ErrorKind::NotFound,
                QCoreApplication::translate(
                    "SqlRegisterRepository", "The relationship with %1 is no longer in the register.")
                    .arg(p.name)};
        }
        r.id = q.value(0).toLongLong();
        q.finish();
        r.partner.tenantId = p.tenantId.trimmed().toLower();
        stored.append(r);
    }

    for (const Invitation &invitation : change.invitations) {
        QSqlQuery write(db);
        if (invitation.id == 0) {
            write.prepare(
                u"INSERT INTO invitations (link, kind, partner_tenant_id, received_utc, status, decided_utc, "
                "decided_by_upn, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
            const InvitationLink parsed = invitation.parsed();
            write.addBindValue(text(invitation.link));
            write.addBindValue(InvitationLink::kindKey(parsed.kind()));
            write.addBindValue(text(parsed.partnerTenantId()));
            write.addBindValue(isoOrNull(invitation.receivedUtc));
        } else {
            write.prepare(u"UPDATE invitations SET status = ?, decided_utc = ?, decided_by_upn = ?, note = ? "
                          "WHERE id = ? RETURNING id"_s);
        }
        write.addBindValue(Invitation::statusKey(invitation.status));
        write.addBindValue(isoOrNull(invitation.decidedUtc));
        write.addBindValue(invitation.decidedByUpn.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                             : QVariant(invitation.decidedByUpn));
        write.addBindValue(text(invitation.note));
        if (invitation.id != 0)
            write.addBindValue(invitation.id);
        if (!write.exec() || !write.next())
            return storageError(write.lastError());
    }

    if (!change.operators.isEmpty()) {
        QSqlQuery upsert(db);
        upsert.prepare(u"INSERT INTO operators (upn, display_name, roles_json) VALUES (?, ?, ?) "
                       "ON CONFLICT (upn) DO UPDATE SET display_name = excluded.display_name, "
                       "roles_json = excluded.roles_json"_s);
        for (const Operator &op : change.operators) {
            upsert.addBindValue(text(op.upn));
            upsert.addBindValue(text(op.displayName));
            upsert.addBindValue(rolesJson(op.roles));
            if (!upsert.exec())
                return storageError(upsert.lastError());
        }
    }

    if (!change.settings.isEmpty()) {
        QSqlQuery setting(db);
        setting.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        for (auto it = change.settings.cbegin(); it != change.settings.cend(); ++it) {
            setting.addBindValue(it.key());
            setting.addBindValue(it.value());
            if (!setting.exec())
                return storageError(setting.lastError());
        }
    }

    if (!change.todos.isEmpty()) {
        QSqlQuery insert(db);
        insert.prepare(
            u"INSERT INTO todos (kind, status, relationship_id, partner_tenant_id, partner_name, "
            "decided_utc, decided_by_upn, decided_by_name, decision_json, closed_utc, closed_by_upn, "
            "closed_by_name, close_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery update(db);
        update.prepare(
            u"UPDATE todos SET status = ?, closed_utc = ?, closed_by_upn = ?, closed_by_name = ?, "
            "close_note = ?, contradicted_utc = ?, contradicted_by = ? WHERE id = ? AND CASE WHEN ? "
            "THEN status IN ('done', 'confirmed') AND contradicted_utc IS NULL ELSE status = 'open' END "
            "RETURNING id"_s);
        for (const Todo &t : change.todos) {
            if (t.id == 0) {
                qint64 relationshipId = t.relationshipId;
                if (relationshipId == 0 && !t.partnerTenantId.isEmpty()) {
                    for (const Relationship &r : std::as_const(stored)) {
                        if (r.partner.tenantId.compare(t.partnerTenantId, Qt::CaseInsensitive) == 0)
                            relationshipId = r.id;
                    }
                }
                insert.addBindValue(todoKindKey(t.kind));
                insert.addBindValue(todoStatusKey(t.status));
                insert.addBindValue(
                    relationshipId ? QVariant(relationshipId) : QVariant(QMetaType(QMetaType::LongLong)));
                insert.addBindValue(text(t.partnerTenantId.toLower()));
                insert.addBindValue(text(t.partnerName));
                insert.addBindValue(isoOrNull(t.decidedUtc));
                insert.addBindValue(text(t.decidedByUpn));
                insert.addBindValue(text(t.decidedByName));
                insert.addBindValue(
                    QString::fromUtf8(QJsonDocument(t.decision).toJson(QJsonDocument::Compact)));
                insert.addBindValue(isoOrNull(t.closedUtc));
                insert.addBindValue(text(t.closedByUpn));
                insert.addBindValue(text(t.closedByName));
                insert.addBindValue(text(t.closeNote));
                if (!insert.exec())
                    return storageError(insert.lastError());
            } else {
                update.addBindValue(todoStatusKey(t.status));
                update.addBindValue(isoOrNull(t.closedUtc));
                update.addBindValue(text(t.closedByUpn));
                update.addBindValue(text(t.closedByName));
                update.addBindValue(text(t.closeNote));
                update.addBindValue(isoOrNull(t.contradictedUtc));
                update.addBindValue(text(t.contradictedBy));
                update.addBindValue(t.id);
                // A step is closed once, and flagged once: whoever comes second (another window, the
                // command line) changes nothing.
                update.addBindValue(t.isContradicted());
                if (!update.exec())
                    return storageError(update.lastError());
                if (!update.next()) {
                    return Error {ErrorKind::BadInput,
                        QCoreApplication::translate("SqlRegisterRepository",
                            "This to-do was closed or changed meanwhile; look at it again.")};
                }
                update.finish();
            }
        }
    }

    QList<AuditEvent> events = change.events;
    if (Status s = AuditChain::append(db, events); !s)
        return s.error();
    if (!transaction.commit())
        return storageError(db.lastError());
    QList<qint64> ids;
    ids.reserve(stored.size());
    for (const Relationship &r : std::as_const(stored))
        ids.append(r.id);
    for (const Todo &t : change.todos) {
        if (t.relationshipId != 0 && !ids.contains(t.relationshipId))
            ids.append(t.relationshipId);
    }
    if (!ids.isEmpty())
        Q_EMIT notifier().relationshipsChanged(ids);
    if (!change.todos.isEmpty())
        Q_EMIT notifier().todosChanged();
    if (!change.settings.isEmpty())
        Q_EMIT notifier().settingsChanged();
    if (!change.invitations.isEmpty())
        Q_EMIT notifier().invitationsChanged();
    if (!change.operators.isEmpty())
        Q_EMIT notifier().operatorsChanged();
    if (!events.isEmpty())
        Q_EMIT notifier().historyChanged();
    return stored;
}

Result<RegisterCounts> SqlRegisterRepository::counts() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT (SELECT count(*) FROM partners), (SELECT count(*) FROM relationships), "
                "(SELECT count(*) FROM audit_events)"_s)
        || !q.next())
        return storageError(q.lastError());
    return RegisterCounts {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<QList<AuditEvent>> SqlRegisterRepository::auditEvents(
    const AuditFilter &filter, const AuditCursor &after, int limit) const
{
    // Only the conditions in use go into the statement, so SQLite can pick the matching index;
    // every value is bound.
    QStringList where;
    QVariantList values;
    if (!filter.partnerTenantId.isEmpty()) {
        where.append(u"partner_tenant_id = ? COLLATE NOCASE"_s);
        values.append(filter.partnerTenantId);
    }
    if (!filter.operatorUpn.isEmpty()) {
        where.append(u"operator_upn = ? COLLATE NOCASE"_s);
        values.append(filter.operatorUpn);
    }
    if (!filter.action.isEmpty()) {
        where.append(u"action = ?"_s);
        values.append(filter.action);
    }
    if (filter.fromUtc.isValid()) {
        where.append(u"at_utc >= ?"_s);
        values.append(filter.fromUtc.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.toUtc.isValid()) {
        where.append(u"at_utc < ?"_s);
        values.append(filter.toUtc.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!after.isStart()) {
        // A row-value comparison: SQLite walks the (…, at_utc, seq) index from the cursor on.
        where.append(u"(at_utc, seq) < (?, ?)"_s);
        values.append(after.atUtc.toUTC().toString(Qt::ISODateWithMs));
        values.append(after.sequence);
    }
    QString sql = u"SELECT "_s + AuditChain::selectColumns() + u" FROM audit_events"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY at_utc DESC, seq DESC LIMIT ?"_s;
    values.append(limit);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q.lastError());
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError());
    QList<AuditEvent> events;
    events.reserve(limit);
    while (q.next())
        events.append(AuditChain::fromRow(q));
    return events;
}

Result<AuditVerification> SqlRegisterRepository::verifyAudit(
    const std::function<bool(qint64, qint64)> &progress) const
{
    return AuditChain::verify(m_database.connection(), progress);
}

Result<AuditReceipt> SqlRegisterRepository::auditReceipt(const QDateTime &nowUtc) const
{
    return AuditChain::receipt(m_database.connection(), nowUtc);
}

Result<qint64> SqlRegisterRepository::auditEventCount() const
{
    return AuditChain::count(m_database.connection());
}

Result<ReceiptCheck> SqlRegisterRepository::checkReceipts(
    const QStringList &folders, const QList<AuditReceipt> &given) const
{
    QSqlDatabase db = m_database.connection();
    auto id = AuditChain::registerId(db);
    if (!id)
        return id.error();
    const ReceiptBook::Read book = ReceiptBook::read(folders);
    ReceiptCheck check;
    check.folders = folders;
    check.unreadableLines = book.unreadableLines;
    for (const AuditReceipt &receipt : given + book.receipts) {
        if (receipt.registerId != id.value()) {
            ++check.otherRegisters;
            continue;
        }
        auto finding = AuditChain::check(db, receipt);
        if (!finding)
            return finding.error();
        switch (finding->kind) {
        case ReceiptFinding::Kind::Matches:
            if (++check.matched == 1 || receipt.sequence > check.newestMatched.sequence)
                check.newestMatched = receipt;
            break;
        case ReceiptFinding::Kind::EventsMissing:
            if (!check.missing || receipt.sequence > check.missing->receipt.sequence)
                check.missing = finding.value();
            break;
        case ReceiptFinding::Kind::Rewritten:
            if (!check.rewritten || receipt.sequence < check.rewritten->receipt.sequence)
                check.rewritten = finding.value();
            break;
        }
    }
    return check;
}

Result<QString> SqlRegisterRepository::setting(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return storageError(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<std::pair<QString, QString>>> SqlRegisterRepository::findPartners(
    const QString &text, int limit) const
{
    // A prefix LIKE on the NOCASE indexes; the user's text is escaped so % and _ match themselves.
    QString pattern = text.trimmed();
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    pattern += u'%';
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT tenant_id, name FROM partners WHERE name LIKE ? ESCAPE '\\' "
              "UNION SELECT tenant_id, name FROM partners WHERE tenant_id LIKE ? ESCAPE '\\' "
              "ORDER BY 2 COLLATE NOCASE LIMIT ?"_s);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    QList<std::pair<QString, QString>> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString()});
    return found;
}

namespace {
const QString kInvitationColumns
    = u"id, link, received_utc, status, decided_utc, decided_by_upn, note FROM invitations"_s;

Invitation invitationFromRow(const QSqlQuery &q)
{
    Invitation i;
    i.id = q.value(0).toLongLong();
    i.link = q.value(1).toString();
    i.receivedUtc = fromIso(q.value(2));
    i.status = Invitation::statusFromKey(q.value(3).toString());
    i.decidedUtc = fromIso(q.value(4));
    i.decidedByUpn = q.value(5).toString();
    i.note = q.value(6).toString();
    return i;
}
} // namespace

Result<QList<Invitation>> SqlRegisterRepository::invitations() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT "_s + kInvitationColumns + u" ORDER BY received_utc DESC, id DESC"_s))
        return storageError(q.lastError());
    QList<Invitation> list;
    while (q.next())
        list.append(invitationFromRow(q));
    return list;
}

Result<std::optional<Invitation>> SqlRegisterRepository::invitation(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kInvitationColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return std::optional<Invitation>();
    return std::optional<Invitation>(invitationFromRow(q));
}

Result<QList<Todo>> SqlRegisterRepository::todos(const TodoQuery &query) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + kTodoColumns + u" WHERE 1"_s;
    if (!query.includeClosed)
        sql += u" AND status = 'open'"_s;
    if (!query.partnerTenantId.isEmpty())
        sql += u" AND partner_tenant_id = ?"_s;
    q.prepare(sql + u" ORDER BY decided_utc DESC, id DESC"_s);
    if (!query.partnerTenantId.isEmpty())
        q.addBindValue(query.partnerTenantId.trimmed().toLower());
    if (!q.exec())
        return storageError(q.lastError());
    QList<Todo> list;
    while (q.next())
        list.append(todoFromRow(q));
    return list;
}

Result<std::optional<Todo>> SqlRegisterRepository::todo(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kTodoColumns + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return std::optional<Todo>();
    return std::optional<Todo>(todoFromRow(q));
}
