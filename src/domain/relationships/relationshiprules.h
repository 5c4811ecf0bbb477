#pragma once
// RelationshipRules: the checks a relationship must pass before the register stores it, whoever typed
// or imported it (DOMAIN.md "Rules the register enforces"), each naming the field to fix.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct Relationship;

namespace RelationshipFields {
inline constexpr char16_t Name[] = u"name";
inline constexpr char16_t TenantId[] = u"tenantId";
inline constexpr char16_t PartnerId[] = u"partnerId";
inline constexpr char16_t Email[] = u"email";
inline constexpr char16_t Phone[] = u"phone";
inline constexpr char16_t Website[] = u"website";
inline constexpr char16_t Types[] = u"types";
inline constexpr char16_t Roles[] = u"roles";
inline constexpr char16_t Agreement[] = u"agreement";
inline constexpr char16_t GdapId[] = u"gdapId";
inline constexpr char16_t GdapName[] = u"gdapName";
inline constexpr char16_t GdapStatus[] = u"gdapStatus";
inline constexpr char16_t GdapDuration[] = u"gdapDuration";
inline constexpr char16_t GdapStart[] = u"gdapStart";
inline constexpr char16_t GdapEnd[] = u"gdapEnd";
inline constexpr char16_t GdapAutoExtend[] = u"gdapAutoExtend";
} // namespace RelationshipFields

struct FieldProblem
{
    QString field; // one of RelationshipFields
    QString reason; // translated, one sentence

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

namespace RelationshipRules {
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxGdapNameLength = 50;
inline constexpr int kMinGdapDays = 1;
inline constexpr int kMaxGdapDays = 730;
inline constexpr int kAutoExtendDays = 180;
inline constexpr int kMaxTextLength = 320; // email, phone, website

// Every problem, in the order of the form's fields; empty when the relationship may be stored.
// Dates after nowUtc (an agreement accepted tomorrow) are refused.
QList<FieldProblem> check(const Relationship &relationship, const QDateTime &nowUtc);

// An ISO 8601 duration in whole days (P730D, P2Y, P1Y6M, P12W; a year counts 365 days, a month 30):
// nullopt when it is not one. PT0S and P0D are 0.
std::optional<int> durationDays(const QString &iso);
// The whole text is a PartnerID (Microsoft's numeric partner identifier).
bool isPartnerId(const QString &text);
// A name or text from outside: not empty after trimming, plain text, and not something a
// spreadsheet would run as a formula.
std::optional<QString> nameProblem(const QString &name);
// Text that shows as what it says: no control or format characters (bidi overrides, zero-width
// marks), no line or paragraph separators, no unpaired surrogates, unassigned or private-use code
// points, and no U+FFFD left by a failed decoding.
bool isPlainText(const QString &text);
inline constexpr int kMaxTypes = 20;
inline constexpr int kMaxTypeTextLength = 100;
inline constexpr int kMaxRoles = 64;
} // namespace RelationshipRules
