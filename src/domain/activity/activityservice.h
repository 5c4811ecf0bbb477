#pragma once
// ActivityService: Entra sign-in and audit logs into the register as evidence — a dry run first
// (what the file holds, what is new), then stored whole or not at all, with one audit event.

#include "activity/activityfile.h"
#include "common/result.h"
#include "relationships/todo.h"

#include <QSet>
#include <QString>

class ActivityRepository;
class Clock;
class RegisterRepository;
struct ActivityStored;
struct Operator;

struct ActivityPlan
{
    QString fileName; // as shown to people
    ActivityFile::Scan scan; // signIns and events hold only what is new to the register
    qint64 alreadyStored = 0; // sign-ins or activities the register has (or the file repeats)
    // Partner tenants in the new sign-ins: (tenant ID, home tenant name), and which are not in the register.
    QList<std::pair<QString, QString>> partners;
    QList<std::pair<QString, QString>> notInRegister;
    // Open "check that the partner ended it" to-dos the audit log shows done: a "Remove partner from
    // company" for that partner, successful, after the decision.
    QList<Todo> confirms;

    bool canApply() const { return scan.rejected.isEmpty() && !scan.cancelled; }
    bool hasNew() const { return !scan.signIns.isEmpty() || !scan.events.isEmpty() || !confirms.isEmpty(); }
    QString summary() const; // translated, one line
    QStringList lines() const; // translated: rejections, partners not in the register, what was passed over
};

class ActivityService
{
public:
    ActivityService(ActivityRepository &activity, RegisterRepository &registerRepository, const Clock &clock);

    // Whether the file is a sign-in or audit log (from its first bytes); Unknown when it cannot be read.
    static ActivityFile::Kind detectFile(const QString &path);

    Result<ActivityPlan> planFile(
        const QString &path, const std::function<bool(qint64, qint64)> &progress = {}) const;
    // Stores what the plan found new, then closes the to-dos it confirms (the relationship recorded as
    // ended, one audit event each; a second transaction: if it fails, importing the log again closes
    // them). Refused while anything is rejected. Needs Global or Billing Administrator (as any import).
    Result<ActivityStored> apply(const Operator &actor, const ActivityPlan &plan);

private:
    ActivityRepository &m_activity;
    RegisterRepository &m_register;
    const Clock &m_clock;
};
