#pragma once
// PartnerActivity: what the imported sign-in logs say about one partner tenant. Every period ends
// where the evidence ends (the newest day imported), so a review done offline on an older download
// reads the same as on the day it was made.

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The period the imported sign-in logs cover, over all imports (audit logs say nothing of who signed
// in, so their period is not part of it).
struct ActivityEvidence
{
    qint64 fromMs = 0; // 0: nothing imported
    qint64 toMs = 0;
    qint64 signIns = 0; // partner sign-ins stored
    qint64 events = 0; // partner lifecycle activities stored
    int imports = 0;

    bool any() const { return toMs > 0; }
    int days() const; // whole days covered, 0 when none
    // "1-9-2026 – 30-11-2026" in the current language's short date, or "no activity evidence".
    QString periodText() const;
};

// The few facts per partner the risk rules need; loaded with each partner list row.
struct ActivityFacts
{
    qint64 evidenceFromMs = 0; // the register's evidence period (the same for every partner)
    qint64 evidenceToMs = 0;
    qint64 firstSignInMs = 0; // this partner's; 0 = none in the evidence
    qint64 lastSignInMs = 0;
    int failedLast30 = 0; // failed sign-ins in the evidence's last 30 days
    qint64 newestCountryFirstMs = 0; // when the country seen last for the first time first appeared
};

struct PartnerActivity
{
    QString tenantId;
    QString name; // the home tenant name the logs give
    bool inRegister = false;
    QString registerName; // the partner's name in the register, when there
    qint64 firstSignInMs = 0;
    qint64 lastSignInMs = 0;
    int signIns30 = 0; // in the evidence's last 30 and 90 days
    int signIns90 = 0;
    int failed30 = 0;
    int failed90 = 0;
    int signInsAll = 0;
    QStringList countries; // every country seen, most sign-ins first
    QStringList newCountries; // first seen in the last 30 days after earlier sign-ins elsewhere
    QStringList ipAddresses; // in the last 90 days
    QStringList people; // UPNs, in the last 90 days
    QList<std::pair<qint64, int>> weekly; // (Monday 00:00 UTC, sign-ins) over the whole evidence period
};

struct ActivityQuery
{
    QString tenantId; // empty: every partner tenant that signed in
    int days = 90; // the longer window (the shorter is 30)
    bool namesOnly = false; // only who signed in and whether it is in the register: no figures
};
