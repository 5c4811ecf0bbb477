#pragma once
// SignIn and PartnerEvent: what PartnerDesk keeps of the Entra logs as evidence of what partners do —
// the fields named here, never the whole record.

#include <QString>

// One sign-in of a partner's person into the organisation's tenant (cross tenant access type
// "service provider").
struct SignIn
{
    QString id; // the sign-in's ID (the CSV's "Request ID"): stored once
    qint64 createdMs = 0; // UTC milliseconds since the epoch
    QString homeTenantId; // the partner's tenant, lower case
    QString homeTenantName;
    QString resourceTenantId; // the tenant signed in to, lower case
    QString userPrincipalName;
    QString appDisplayName;
    QString ipAddress;
    QString city;
    QString state;
    QString countryOrRegion; // two letters as Entra writes it (NL, US), upper case
    int errorCode = 0;
    QString failureReason;
    bool failed = false; // the status says Failure (Graph: an error code other than 0)

    friend bool operator==(const SignIn &, const SignIn &) = default;
};

// One partner lifecycle activity from the Entra audit log ("Add partner to company", ...).
struct PartnerEvent
{
    QString id;
    qint64 activityMs = 0; // UTC milliseconds since the epoch
    QString activity; // activityDisplayName, as the log writes it (English)
    QString partnerTenantId; // lower case; may be empty when the log does not name it
    QString partnerName;
    QString result; // success, failure, ...
    QString initiatedBy; // a UPN or an app name

    friend bool operator==(const PartnerEvent &, const PartnerEvent &) = default;
};
