#include "relationships/relationship.h"

#include <QStringList>

using namespace Qt::StringLiterals;

bool Relationship::hasPrivilegedRole() const
{
    for (const AdminRole &role : roles) {
        if (role.isPrivileged())
            return true;
    }
    return false;
}

QString Relationship::typesDisplay() const
{
    QStringList names;
    names.reserve(types.size());
    for (const PartnerType &type : types)
        names.append(type.displayName());
    return names.join(", "_L1);
}

QString Relationship::rolesDisplay() const
{
    QStringList names;
    names.reserve(roles.size());
    for (const AdminRole &role : AdminRole::inShownOrder(roles))
        names.append(role.shownName());
    return names.join(", "_L1);
}

QString stateKey(Relationship::State state)
{
    switch (state) {
    case Relationship::State::Active:
        return u"active"_s;
    case Relationship::State::EndRequested:
        return u"endRequested"_s;
    case Relationship::State::Ended:
        return u"ended"_s;
    }
    return u"active"_s;
}

Relationship::State stateFromKey(const QString &key)
{
    if (key == "endRequested"_L1)
        return Relationship::State::EndRequested;
    if (key == "ended"_L1)
        return Relationship::State::Ended;
    return Relationship::State::Active;
}
