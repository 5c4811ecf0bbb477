#pragma once
// Partner: a Microsoft-certified solution provider as the register knows it.

#include <QString>

struct Partner
{
    QString tenantId; // the partner's Entra tenant GUID, lower case, no braces
    QString name;
    QString partnerId; // Microsoft PartnerID (formerly MPN ID); may be empty
    QString email;
    QString phone;
    QString website;

    friend bool operator==(const Partner &, const Partner &) = default;
};
