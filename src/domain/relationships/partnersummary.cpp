#include "relationships/partnersummary.h"

#include <QStringList>

using namespace Qt::StringLiterals;

PartnerSummary PartnerSummary::fromRelationship(const Relationship &r)
{
    PartnerSummary s;
    s.id = r.id;
    s.tenantId = r.partner.tenantId;
    s.name = r.partner.name;
    s.partnerId = r.partner.partnerId;
    QStringList other;
    for (const PartnerType &type : r.types) {
        if (type.isKnown())
            s.typeMask |= 1u << int(type.kind());
        else
            other.append(type.key());
    }
    s.otherTypes = other.join(", "_L1);
    QStringList unknown;
    for (const AdminRole &role : r.roles) {
        const int index = role.catalogueIndex();
        if (index >= 0)
            s.roleMask |= 1u << index;
        else
            unknown.append(role.templateId());
    }
    s.unknownRoleIds = unknown.join(", "_L1);
    auto ms = [](const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; };
    s.agreementAcceptedMs = r.agreement.isAccepted() ? ms(r.agreement.acceptedAtUtc) : 0;
    s.partnerSinceMs = ms(r.partnerSinceUtc);
    s.lastReviewedMs = ms(r.lastReviewedUtc);
    s.gdapEndMs = r.gdap.isPresent() ? ms(r.gdap.endUtc) : 0;
    s.gdapStatus = r.gdap.status;
    s.state = r.state;
    return s;
}

bool PartnerSummary::holdsRole(const AdminRole &role) const
{
    const int index = role.catalogueIndex();
    return index >= 0 ? (roleMask & (1u << index)) != 0 : unknownRoleIds.contains(role.templateId());
}

bool PartnerSummary::hasPrivilegedRole() const
{
    // Unknown roles count as privileged until someone looks at them.
    return (roleMask & privilegedRoleMask()) != 0 || !unknownRoleIds.isEmpty();
}

quint32 PartnerSummary::privilegedRoleMask()
{
    static const quint32 mask = [] {
        quint32 m = 0;
        const QList<AdminRole> catalogue = AdminRole::catalogue();
        for (int i = 0; i < catalogue.size(); ++i) {
            if (catalogue.at(i).isPrivileged())
                m |= 1u << i;
        }
        return m;
    }();
    return mask;
}

QString PartnerSummary::typesDisplay() const
{
    return typesDisplay(typeMask, otherTypes);
}

QString PartnerSummary::rolesDisplay() const
{
    return rolesDisplay(roleMask, unknownRoleIds);
}

QString PartnerSummary::typesDisplay(quint32 typeMask, const QString &otherTypes)
{
    QStringList names;
    for (const PartnerType &type : PartnerType::knownTypes()) {
        if (typeMask & (1u << int(type.kind())))
            names.append(type.displayName());
    }
    if (!otherTypes.isEmpty())
        names.append(otherTypes);
    return names.join(", "_L1);
}

QString PartnerSummary::rolesDisplay(quint32 roleMask, const QString &unknownRoleIds)
{
    QStringList names;
    const QList<AdminRole> catalogue = AdminRole::catalogue();
    for (int i = 0; i < catalogue.size(); ++i) {
        if (roleMask & (1u << i))
            names.append(catalogue.at(i).displayName());
    }
    // Unknown roles last, named as such, as everywhere roles are shown (AdminRole::inShownOrder).
    for (const QString &id : unknownRoleIds.split(", "_L1, Qt::SkipEmptyParts))
        names.append(AdminRole(id).shownName());
    return names.join(", "_L1);
}
