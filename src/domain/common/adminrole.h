#pragma once
// AdminRole: an Entra (Azure AD) directory role, identified by its template GUID, with the catalogue of
// the roles that matter for partner relationships. Unknown template IDs are kept and shown as the ID.

#include <QList>
#include <QString>

class AdminRole
{
public:
    AdminRole() = default;
    explicit AdminRole(const QString &templateId);

    static AdminRole globalAdministrator();
    static AdminRole billingAdministrator();
    static AdminRole helpdeskAdministrator();
    static QList<AdminRole> catalogue();
    // Matches a template ID or the English name (including the legacy "Company Administrator").
    static AdminRole find(const QString &idOrName);

    QString templateId() const { return m_templateId; }
    bool isKnown() const;
    QString englishName() const; // the template ID when unknown
    QString displayName() const; // translated; the template ID when unknown
    QString shownName() const; // what people read: translated, or "Unknown role (ID …)" when unknown
    // The order every list of roles is shown in: the catalogue's, unknown roles last (by ID).
    static QList<AdminRole> inShownOrder(QList<AdminRole> roles);
    bool isPrivileged() const; // Microsoft labels the role PRIVILEGED; unknown roles count as privileged
    int catalogueIndex() const; // position in catalogue(), -1 when unknown; fits a 32-bit mask

    friend bool operator==(const AdminRole &, const AdminRole &) = default;

private:
    QString m_templateId; // lower case
};

namespace RoleIds {
inline constexpr char16_t GlobalAdministrator[] = u"62e90394-69f5-4237-9190-012177145e10";
inline constexpr char16_t HelpdeskAdministrator[] = u"729827e3-9c14-49f7-bb1b-9608f156bbb8";
inline constexpr char16_t BillingAdministrator[] = u"b0f54661-2d74-4c50-afa3-1ec803f12efe";
} // namespace RoleIds
