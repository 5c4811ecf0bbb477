#include "common/adminrole.h"

#include <QCoreApplication>

#include <algorithm>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct RoleInfo
{
    QLatin1StringView id;
    const char *name;
    bool privileged;
};

// Template IDs are the same in every tenant. "Privileged" follows Microsoft's PRIVILEGED label.
constexpr std::array kRoles {
    RoleInfo {"62e90394-69f5-4237-9190-012177145e10"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Global Administrator"), true},
    RoleInfo {"729827e3-9c14-49f7-bb1b-9608f156bbb8"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Helpdesk Administrator"), true},
    RoleInfo {"b0f54661-2d74-4c50-afa3-1ec803f12efe"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Billing Administrator"), false},
    RoleInfo {"fe930be7-5e62-47db-91af-98c3a49a38b1"_L1, QT_TRANSLATE_NOOP("AdminRole", "User Administrator"),
        true},
    RoleInfo {
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451"_L1, QT_TRANSLATE_NOOP("AdminRole", "Global Reader"), true},
    RoleInfo {"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_L1, QT_TRANSLATE_NOOP("AdminRole", "Directory Readers"),
        false},
    RoleInfo {
        "9360feb5-f418-4baa-8175-e2a00bac4301"_L1, QT_TRANSLATE_NOOP("AdminRole", "Directory Writers"), true},
    RoleInfo {"4d6ac14f-3453-41d0-bef9-a3e0c569773a"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "License Administrator"), false},
    RoleInfo {"f023fd81-a637-4b56-95fd-791ac0226033"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Service Support Administrator"), false},
    RoleInfo {"e8611ab8-c189-46e8-94e1-60213ab1f814"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Privileged Role Administrator"), true},
    RoleInfo {"7be44c8a-adaf-4e2a-84d6-ab2649e08a13"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Privileged Authentication Administrator"), true},
    RoleInfo {"966707d0-3269-4727-9be2-8c3a10f19b9d"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Password Administrator"), true},
    RoleInfo {"194ae4cb-b126-40b2-bd5b-6091b380977d"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Security Administrator"), true},
    RoleInfo {"29232cdf-9323-42fd-ade2-1d097af3e4de"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Exchange Administrator"), false},
    RoleInfo {"f28a1f50-f6e7-4571-818b-6a12f2af6b6c"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "SharePoint Administrator"), false},
    RoleInfo {"69091246-20e8-4a56-aa4d-066075b2a7a8"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Teams Administrator"), false},
    RoleInfo {"3a2c62db-5318-420d-8d74-23affee5d9d5"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Intune Administrator"), true},
    RoleInfo {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Application Administrator"), true},
    RoleInfo {"158c047a-c907-4556-b7ef-446551a6b5f7"_L1,
        QT_TRANSLATE_NOOP("AdminRole", "Cloud Application Administrator"), true},
};

const RoleInfo *infoFor(const QString &id)
{
    for (const auto &info : kRoles) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

} // namespace

AdminRole::AdminRole(const QString &templateId)
    : m_templateId(templateId.trimmed().toLower())
{ }

AdminRole AdminRole::globalAdministrator()
{
    return AdminRole(QString::fromUtf16(RoleIds::GlobalAdministrator));
}

AdminRole AdminRole::billingAdministrator()
{
    return AdminRole(QString::fromUtf16(RoleIds::BillingAdministrator));
}

AdminRole AdminRole::helpdeskAdministrator()
{
    return AdminRole(QString::fromUtf16(RoleIds::HelpdeskAdministrator));
}

QList<AdminRole> AdminRole::catalogue()
{
    QList<AdminRole> all;
    all.reserve(int(kRoles.size()));
    for (const auto &info : kRoles)
        all.append(AdminRole(QString(info.id)));
    return all;
}

AdminRole AdminRole::find(const QString &idOrName)
{
    const QString wanted = idOrName.trimmed();
    if (wanted.compare("Company Administrator"_L1, Qt::CaseInsensitive) == 0)
        return globalAdministrator();
    for (const auto &info : kRoles) {
        if (wanted.compare(info.id, Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1StringView(info.name), Qt::CaseInsensitive) == 0)
            return AdminRole(QString(info.id));
    }
    return AdminRole(wanted);
}

bool AdminRole::isKnown() const
{
    return infoFor(m_templateId) != nullptr;
}

QString AdminRole::englishName() const
{
    const RoleInfo *info = infoFor(m_templateId);
    return info ? QString::fromLatin1(info->name) : m_templateId;
}

QString AdminRole::displayName() const
{
    const RoleInfo *info = infoFor(m_templateId);
    return info ? QCoreApplication::translate("AdminRole", info->name) : m_templateId;
}

QString AdminRole::shownName() const
{
    return isKnown() ? displayName()
                     : QCoreApplication::translate("AdminRole", "Unknown role (ID %1)").arg(m_templateId);
}

QList<AdminRole> AdminRole::inShownOrder(QList<AdminRole> roles)
{
    std::stable_sort(roles.begin(), roles.end(), [](const AdminRole &a, const AdminRole &b) {
        const int ia = a.catalogueIndex();
        const int ib = b.catalogueIndex();
        if (ia >= 0 && ib >= 0)
            return ia < ib;
        if ((ia >= 0) != (ib >= 0))
            return ia >= 0; // known first
        return a.templateId() < b.templateId();
    });
    return roles;
}

bool AdminRole::isPrivileged() const
{
    const RoleInfo *info = infoFor(m_templateId);
    return info ? info->privileged : true;
}

int AdminRole::catalogueIndex() const
{
    for (size_t i = 0; i < kRoles.size(); ++i) {
        if (kRoles[i].id == m_templateId)
            return int(i);
    }
    return -1;
}
