#pragma once
// GdapDetails: the granular delegated admin (GDAP) fields of a relationship, Graph-shaped.

#include <QDateTime>
#include <QString>

struct GdapDetails
{
    QString name; // at most 50 characters
    QString status; // Graph status: created, approvalPending, active, expiring, ...
    int durationDays = 0; // 1..730
    QDateTime startUtc; // activatedDateTime
    QDateTime endUtc; // endDateTime
    bool autoExtend = false; // adds 180 days; never with Global Administrator
    QString relationshipId; // Graph delegatedAdminRelationship id; empty when typed in without one

    bool isPresent() const { return !status.isEmpty(); }
    // Translated name of a Graph status ("active" -> "Active"); unknown values are shown as they are.
    static QString statusDisplayName(const QString &status);
    friend bool operator==(const GdapDetails &, const GdapDetails &) = default;
};
