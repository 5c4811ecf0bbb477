#pragma once
// Operator: the admin using PartnerDesk, with the Entra roles they hold in the organisation's tenant.

#include "common/adminrole.h"

#include <QList>
#include <QString>

struct Operator
{
    QString upn; // user principal name, e.g. admin@school.example
    QString displayName;
    QList<AdminRole> roles;

    bool holds(const AdminRole &role) const { return roles.contains(role); }
    QString rolesDisplay() const;

    friend bool operator==(const Operator &, const Operator &) = default;
};
