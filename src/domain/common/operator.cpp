#include "common/operator.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString Operator::rolesDisplay() const
{
    QStringList names;
    for (const AdminRole &role : roles)
        names.append(role.displayName());
    return names.join(", "_L1);
}
