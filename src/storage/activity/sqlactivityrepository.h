#pragma once
// SqlActivityRepository: the activity evidence in the register's SQLite file — partner sign-ins, a
// per-day summary of them, partner lifecycle activities and the periods imported.

#include "activity/activityrepository.h"

class Database;
class RegisterNotifier;

class SqlActivityRepository final : public ActivityRepository
{
public:
    SqlActivityRepository(Database &database, RegisterNotifier &notifier);

    // Opens another connection to the register at path with its evidence (for background reading).
    static Result<ActivityConnection> openConnection(const QString &path);

    Result<ActivityEvidence> evidence() const override;
    Result<QSet<QString>> storedSignInIds(const QStringList &ids) const override;
    Result<QSet<QString>> storedEventIds(const QStringList &ids) const override;
    Result<ActivityStored> store(const ActivityBatch &batch, const AuditEvent &event) override;
    Result<QList<PartnerActivity>> activity(const ActivityQuery &query) const override;
    Result<QList<PartnerEvent>> partnerEvents(const QString &tenantId) const override;

private:
    Result<QSet<QString>> storedIds(const QString &table, const QStringList &ids) const;
    Database &m_database;
    RegisterNotifier &m_notifier;
};
