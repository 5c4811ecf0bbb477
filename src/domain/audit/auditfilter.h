#pragma once
// AuditFilter and AuditVerification: what the history page asks of the audit log, and what a
// verification of its hash chain found.

#include <QDateTime>
#include <QString>

struct AuditFilter
{
    QString partnerTenantId; // empty: every partner
    QString operatorUpn; // empty: every operator
    QString action; // empty: every action
    QDateTime fromUtc; // inclusive; invalid: no lower bound
    QDateTime toUtc; // exclusive; invalid: no upper bound

    bool isEmpty() const
    {
        return partnerTenantId.isEmpty() && operatorUpn.isEmpty() && action.isEmpty() && !fromUtc.isValid()
            && !toUtc.isValid();
    }
};

// Where a page of history continues: after the event with this time and sequence number (newest
// first). A default cursor starts at the newest event.
struct AuditCursor
{
    QDateTime atUtc;
    qint64 sequence = 0;
    bool isStart() const { return sequence == 0; }
};

struct AuditVerification
{
    qint64 checked = 0; // events checked
    qint64 firstBadSequence = 0; // 0 when intact
    QString problem; // translated, empty when intact
    bool intact() const { return firstBadSequence == 0; }
};
