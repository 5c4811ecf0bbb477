#include "activity/sqlactivityrepository.h"

#include "activity/activityrules.h"
#include "audit/auditchain.h"
#include "common/registernotifier.h"
#include "database/database.h"
#include "database/sqlvalues.h"
#include "register/sqlregisterrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = ActivityRules::kDayMs;

Error storageError(const QSqlError &error)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("SqlActivityRepository", "The register could not be read or written: %1.")
            .arg(error.text())};
}

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
}

// The Monday (00:00 UTC) of the week a day is in; 1970-01-01 was a Thursday.
qint64 mondayOf(qint64 day)
{
    const qint64 shifted = day + 3;
    const qint64 week = shifted >= 0 ? shifted / 7 : (shifted - 6) / 7;
    return (week * 7 - 3) * kDayMs;
}

struct DayCount
{
    qint64 signIns = 0, failed = 0, firstMs = 0, lastMs = 0;
    void add(qint64 ms, bool failedSignIn)
    {
        signIns += 1;
        failed += failedSignIn ? 1 : 0;
        firstMs = firstMs == 0 ? ms : std::min(firstMs, ms);
        lastMs = std::max(lastMs, ms);
    }
};

} // namespace

SqlActivityRepository::SqlActivityRepository(Database &database, RegisterNotifier &notifier)
    : m_database(database)
    , m_notifier(notifier)
{ }

Result<ActivityConnection> SqlActivityRepository::openConnection(const QString &path)
{
    auto database = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!database)
        return database.error();
    auto registerRepository = std::make_unique<SqlRegisterRepository>(std::move(database).value());
    ActivityConnection connection;
    connection.activity = std::make_unique<SqlActivityRepository>(
        registerRepository->database(), registerRepository->notifier());
    connection.registerRepository = std::move(registerRepository);
    return connection;
}

Result<ActivityEvidence> SqlActivityRepository::evidence() const
{
    QSqlQuery q(m_database.connection());
    // From the imports alone (each records what it stored): no count over a million sign-ins.
    if (!q.exec(u"SELECT min(from_ms), max(to_ms), count(*), total(signins), "
                "(SELECT total(events) FROM activity_imports) FROM activity_imports WHERE kind = 'signIns'"_s)
        || !q.next())
        return storageError(q.lastError());
    ActivityEvidence e;
    e.fromMs = q.value(0).toLongLong();
    e.toMs = q.value(1).toLongLong();
    e.imports = q.value(2).toInt();
    e.signIns = q.value(3).toLongLong();
    e.events = q.value(4).toLongLong();
    return e;
}

Result<QSet<QString>> SqlActivityRepository::storedIds(const QString &table, const QStringList &ids) const
{
    QSet<QString> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery q(m_database.connection());
    QString marks = u"?"_s;
    for (qsizetype i = 1; i < ids.size(); ++i)
        marks += u",?"_s;
    // The table name is one of two constants, never input.
    q.prepare(u"SELECT id FROM %1 WHERE id IN (%2)"_s.arg(table, marks));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    while (q.next())
        found.insert(q.value(0).toString());
    return found;
}

Result<QSet<QString>> SqlActivityRepository::storedSignInIds(const QStringList &ids) const
{
    return storedIds(u"signins"_s, ids);
}

Result<QSet<QString>> SqlActivityRepository::storedEventIds(const QStringList &ids) const
{
    return storedIds(u"partner_events"_s, ids);
}

Result<ActivityStored> SqlActivityRepository::store(const ActivityBatch &batch, const AuditEvent &event)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    ActivityStored stored;
    QSqlQuery insert(db);
    // Only an ID already stored is passed over (ON CONFLICT, not OR IGNORE, which would also drop a row
    // that breaks a NOT NULL rule without a word).
    insert.prepare(
        u"INSERT INTO signins (id, created_ms, home_tenant_id, home_tenant_name, "
        "resource_tenant_id, upn, app, ip, city, state, country, error_code, failure_reason, failed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s);
    // (tenant, day) and (tenant, kind, day, value): the per-day summary of what is new.
    std::map<std::pair<QString, qint64>, DayCount> days;
    std::map<std::tuple<QString, QString, qint64, QString>, DayCount> seen;
    for (const SignIn &s : batch.signIns) {
        using SqlValues::text;
        const QVariantList values {text(s.id), s.createdMs, text(s.homeTenantId), text(s.homeTenantName),
            text(s.resourceTenantId), text(s.userPrincipalName), text(s.appDisplayName), text(s.ipAddress),
            text(s.city), text(s.state), text(s.countryOrRegion), s.errorCode, text(s.failureReason),
            s.failed ? 1 : 0};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return storageError(insert.lastError());
        if (insert.numRowsAffected() != 1)
            continue; // stored by an earlier import
        ++stored.signIns;
        const qint64 day = dayOf(s.createdMs);
        days[{s.homeTenantId, day}].add(s.createdMs, s.failed);
        seen[{s.homeTenantId, u"country"_s, day, s.countryOrRegion}].add(s.createdMs, s.failed);
        if (!s.ipAddress.isEmpty())
            seen[{s.homeTenantId, u"ip"_s, day, s.ipAddress}].add(s.createdMs, s.failed);
        if (!s.userPrincipalName.isEmpty())
            seen[{s.homeTenantId, u"upn"_s, day, s.userPrincipalName.toLower()}].add(s.createdMs, s.failed);
    }
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT INTO signin_days (home_tenant_id, day, signins, failed, first_ms, last_ms) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (home_tenant_id, day) DO UPDATE SET "
                   "signins = signins + excluded.signins, failed = failed + excluded.failed, "
                   "first_ms = min(first_ms, excluded.first_ms), last_ms = max(last_ms, excluded.last_ms)"_s);
    for (const auto &[key, count] : days) {
        const QVariantList values {
            SqlValues::text(key.first), key.second, count.signIns, count.failed, count.firstMs, count.lastMs};
        for (int i = 0; i < values.size(); ++i)
            upsert.bindValue(i, values.at(i));
        if (!upsert.exec())
            return storageError(upsert.lastError());
    }
    QSqlQuery upsertSeen(db);
    upsertSeen.prepare(
        u"INSERT INTO signin_seen (home_tenant_id, kind, day, value, signins, first_ms) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (home_tenant_id, kind, day, value) DO UPDATE SET "
        "signins = signins + excluded.signins, first_ms = min(first_ms, excluded.first_ms)"_s);
    for (const auto &[key, count] : seen) {
        const auto &[tenant, kind, day, value] = key;
        const QVariantList values {
            SqlValues::text(tenant), kind, day, SqlValues::text(value), count.signIns, count.firstMs};
        for (int i = 0; i < values.size(); ++i)
            upsertSeen.bindValue(i, values.at(i));
        if (!upsertSeen.exec())
            return storageError(upsertSeen.lastError());
    }
    QSqlQuery insertEvent(db);
    insertEvent.prepare(
        u"INSERT INTO partner_events (id, activity_ms, activity, partner_tenant_id, "
        "partner_name, result, initiated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s);
    for (const PartnerEvent &e : batch.events) {
        using SqlValues::text;
        const QVariantList values {text(e.id), e.activityMs, text(e.activity), text(e.partnerTenantId),
            text(e.partnerName), text(e.result), text(e.initiatedBy)};
        for (int i = 0; i < values.size(); ++i)
            insertEvent.bindValue(i, values.at(i));
        if (!insertEvent.exec())
            return storageError(insertEvent.lastError());
        stored.events += insertEvent.numRowsAffected() == 1 ? 1 : 0;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO activity_imports (imported_utc, kind, from_ms, to_ms, signins, events) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(event.atUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(batch.signInLog ? u"signIns"_s : u"audit"_s);
    q.addBindValue(batch.fromMs);
    q.addBindValue(batch.toMs);
    q.addBindValue(stored.signIns);
    q.addBindValue(stored.events);
    if (!q.exec())
        return storageError(q.lastError());

    // The facts each partner list row carries, over the evidence as it now is.
    if (!q.exec(u"DELETE FROM partner_activity"_s))
        return storageError(q.lastError());
    q.prepare(
        u"INSERT INTO partner_activity (home_tenant_id, home_tenant_name, first_ms, last_ms, failed_last30, "
        "newest_country_first_ms) "
        "SELECT d.home_tenant_id, "
        "(SELECT s.home_tenant_name FROM signins s WHERE s.home_tenant_id = d.home_tenant_id "
        "ORDER BY s.created_ms DESC LIMIT 1), "
        "min(d.first_ms), max(d.last_ms), "
        "total(CASE WHEN d.day > (SELECT max(to_ms) FROM activity_imports WHERE kind = 'signIns') / 86400000 "
        "- 30 "
        "THEN d.failed END), "
        "(SELECT max(cf) FROM (SELECT min(c.first_ms) AS cf FROM signin_seen c "
        "WHERE c.home_tenant_id = d.home_tenant_id AND c.kind = 'country' GROUP BY c.value)) "
        "FROM signin_days d GROUP BY d.home_tenant_id"_s);
    if (!q.exec())
        return storageError(q.lastError());

    QList<AuditEvent> events {event};
    if (Status s = AuditChain::append(db, events); !s)
        return s.error();
    if (!transaction.commit())
        return storageError(db.lastError());

    // The evidence period moved: every partner's rules may read differently now.
    QList<qint64> ids;
    if (q.exec(u"SELECT id FROM relationships"_s)) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    Q_EMIT m_notifier.historyChanged();
    Q_EMIT m_notifier.activityChanged();
    if (!ids.isEmpty())
        Q_EMIT m_notifier.relationshipsChanged(ids);
    return stored;
}

Result<QList<PartnerActivity>> SqlActivityRepository::activity(const ActivityQuery &query) const
{
    const auto period = evidence();
    if (!period)
        return period.error();
    QList<PartnerActivity> list;
    if (!period->any())
        return list;
    const qint64 toDay = dayOf(period->toMs);
    const int longDays = std::max(query.days, ActivityRules::kNewCountryDays);
    QSqlDatabase db = m_database.connection();
    QSqlQuery tenants(db);
    tenants.setForwardOnly(true);
    if (query.tenantId.isEmpty()) {
        tenants.prepare(u"SELECT a.home_tenant_id, a.home_tenant_name, p.name FROM partner_activity a "
                        "LEFT JOIN partners p ON p.tenant_id = a.home_tenant_id ORDER BY a.last_ms DESC"_s);
    } else {
        tenants.prepare(
            u"SELECT a.home_tenant_id, a.home_tenant_name, p.name FROM partner_activity a "
            "LEFT JOIN partners p ON p.tenant_id = a.home_tenant_id WHERE a.home_tenant_id = ?"_s);
        tenants.addBindValue(query.tenantId.toLower());
    }
    if (!tenants.exec())
        return storageError(tenants.lastError());
    // Each figure is summed by SQLite over the partner's per-day rows (its primary key keeps them
    // together, in day order), so the answer costs the same whatever the number of sign-ins behind it.
    QSqlQuery totals(db), countries(db), ips(db), people(db), weeks(db);
    for (QSqlQuery *q : {&totals, &countries, &ips, &people, &weeks})
        q->setForwardOnly(true);
    totals.prepare(
        u"SELECT total(CASE WHEN day > ? THEN signins ELSE 0 END), "
        "total(CASE WHEN day > ? THEN failed ELSE 0 END), total(CASE WHEN day > ? THEN signins ELSE 0 END), "
        "total(CASE WHEN day > ? THEN failed ELSE 0 END), total(signins), min(first_ms), max(last_ms) "
        "FROM signin_days WHERE home_tenant_id = ?"_s);
    countries.prepare(u"SELECT value, total(signins), min(first_ms) FROM signin_seen "
                      "WHERE home_tenant_id = ? AND kind = 'country' GROUP BY value ORDER BY 2 DESC, 1"_s);
    ips.prepare(u"SELECT value, total(signins) FROM signin_seen WHERE home_tenant_id = ? AND kind = 'ip' "
                "AND day > ? GROUP BY value ORDER BY 2 DESC, 1"_s);
    people.prepare(u"SELECT value, total(signins) FROM signin_seen WHERE home_tenant_id = ? AND kind = 'upn' "
                   "AND day > ? GROUP BY value ORDER BY 2 DESC, 1"_s);
    weeks.prepare(
        u"SELECT (day + 3) / 7, total(signins) FROM signin_days WHERE home_tenant_id = ? GROUP BY 1"_s);
    const qint64 since30 = toDay - ActivityRules::kNewCountryDays; // day > since30: the last 30 days
    const qint64 sinceLong = toDay - longDays;
    const auto run = [](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec();
    };
    while (tenants.next()) {
        PartnerActivity a;
        a.tenantId = tenants.value(0).toString();
        a.name = tenants.value(1).toString();
        a.inRegister = !tenants.value(2).isNull();
        a.registerName = tenants.value(2).toString();
        if (query.namesOnly) {
            list.append(a);
            continue;
        }
        if (!run(totals, {since30, since30, sinceLong, sinceLong, a.tenantId}) || !totals.next())
            return storageError(totals.lastError());
        a.signIns30 = totals.value(0).toInt();
        a.failed30 = totals.value(1).toInt();
        a.signIns90 = totals.value(2).toInt();
        a.failed90 = totals.value(3).toInt();
        a.signInsAll = totals.value(4).toInt();
        a.firstSignInMs = totals.value(5).toLongLong();
        a.lastSignInMs = totals.value(6).toLongLong();
        totals.finish();
        if (!run(countries, {a.tenantId}))
            return storageError(countries.lastError());
        QList<std::pair<QString, qint64>> firstSeen;
        while (countries.next()) {
            const QString country = countries.value(0).toString();
            a.countries.append(country.isEmpty() ? u"?"_s : country);
            firstSeen.append({a.countries.last(), countries.value(2).toLongLong()});
        }
        std::sort(firstSeen.begin(), firstSeen.end());
        a.newCountries = ActivityRules::newCountries(firstSeen, a.firstSignInMs, period->toMs);
        for (auto [query, out] : {std::pair {&ips, &a.ipAddresses}, std::pair {&people, &a.people}}) {
            if (!run(*query, {a.tenantId, sinceLong}))
                return storageError(query->lastError());
            while (query->next())
                out->append(query->value(0).toString());
        }
        if (!run(weeks, {a.tenantId}))
            return storageError(weeks.lastError());
        std::map<qint64, int> weekly;
        while (weeks.next())
            weekly[(weeks.value(0).toLongLong() * 7 - 3) * kDayMs] = weeks.value(1).toInt();
        // Every week of the evidence period, with the weeks without sign-ins as zero.
        // (At most ten years of weeks: the chart's bars stay countable.)
        const qint64 firstWeek
            = std::max(mondayOf(dayOf(period->fromMs)), mondayOf(dayOf(period->toMs)) - 520 * 7 * kDayMs);
        for (qint64 week = firstWeek; week <= period->toMs; week += 7 * kDayMs) {
            const auto it = weekly.find(week);
            a.weekly.append({week, it == weekly.end() ? 0 : it->second});
        }
        list.append(a);
    }
    return list;
}

Result<QList<PartnerEvent>> SqlActivityRepository::partnerEvents(const QString &tenantId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, activity_ms, activity, partner_tenant_id, partner_name, result, initiated_by "
              "FROM partner_events WHERE partner_tenant_id = ? ORDER BY activity_ms DESC"_s);
    q.addBindValue(tenantId.toLower());
    if (!q.exec())
        return storageError(q.lastError());
    QList<PartnerEvent> list;
    while (q.next()) {
        list.append(PartnerEvent {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return list;
}
