#pragma once
// ActivityRepository: the port the activity evidence is kept behind (storage implements it).

#include "activity/partneractivity.h"
#include "activity/signin.h"
#include "audit/auditevent.h"
#include "common/result.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

// What one import adds: stored with its audit event in one transaction. Sign-ins and activities
// already stored (by ID) are passed over, so overlapping downloads never count twice.
struct ActivityBatch
{
    QList<SignIn> signIns;
    QList<PartnerEvent> events;
    qint64 fromMs = 0; // the period the file covers
    qint64 toMs = 0;
    bool signInLog = true; // a sign-in log (its period is evidence of who signed in), or an audit log
};

struct ActivityStored
{
    qint64 signIns = 0; // newly stored
    qint64 events = 0;
    qint64 confirmed = 0; // to-dos the log showed done
};

class ActivityRepository
{
public:
    virtual ~ActivityRepository() = default;

    virtual Result<ActivityEvidence> evidence() const = 0;
    // Which of these sign-in (or activity) IDs are stored already.
    virtual Result<QSet<QString>> storedSignInIds(const QStringList &ids) const = 0;
    virtual Result<QSet<QString>> storedEventIds(const QStringList &ids) const = 0;
    virtual Result<ActivityStored> store(const ActivityBatch &batch, const AuditEvent &event) = 0;
    // One entry per partner tenant that signed in, most recent sign-in first.
    virtual Result<QList<PartnerActivity>> activity(const ActivityQuery &query) const = 0;
    // A partner's lifecycle activities, newest first.
    virtual Result<QList<PartnerEvent>> partnerEvents(const QString &tenantId) const = 0;
};

class RegisterRepository;

// A connection of its own to the register and its evidence, for an import read off the GUI thread.
// The evidence is declared last, so it closes first.
struct ActivityConnection
{
    std::unique_ptr<RegisterRepository> registerRepository;
    std::unique_ptr<ActivityRepository> activity;
};
