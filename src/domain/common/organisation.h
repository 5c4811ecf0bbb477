#pragma once
// Organisation: the tenant a register belongs to, recorded when the register is created.

#include <QDateTime>
#include <QString>

struct Organisation
{
    QString name;
    QString tenantId;
    QDateTime createdUtc;
    QString defaultOperatorUpn; // who acts when no operator is chosen
};
