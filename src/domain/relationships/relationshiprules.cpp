#include "relationships/relationshiprules.h"

#include "common/tenantid.h"
#include "relationships/relationship.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

bool RelationshipRules::isPlainText(const QString &text)
{
    for (const char32_t cp : QStringView(text).toUcs4()) { // unpaired surrogates become U+FFFD
        if (cp == 0xFFFD)
            return false;
        switch (QChar::category(cp)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    return true;
}

namespace {

bool hasControlCharacter(const QString &text)
{
    return !RelationshipRules::isPlainText(text);
}

} // namespace

std::optional<QString> RelationshipRules::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("RelationshipRules", "The partner's name is missing.");
    if (trimmed.size() > kMaxNameLength)
        return QCoreApplication::translate("RelationshipRules", "The partner's name is longer than %1 characters.").arg(kMaxNameLength);
    if (hasControlCharacter(name))
        return QCoreApplication::translate("RelationshipRules", "The partner's name contains invisible, control or text-direction characters.");
    const QChar first = trimmed.front();
    static const QString formulaStarts = u"=+@\uff1d\uff0b\uff20"_s;
    if (formulaStarts.contains(first) || (first == u'-' && trimmed.size() > 1 && !trimmed.at(1).isLetter()))
        return QCoreApplication::translate("RelationshipRules", "The partner's name starts like a spreadsheet formula (%1).").arg(first);
    return std::nullopt;
}

bool RelationshipRules::isPartnerId(const QString &text)
{
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(u"[0-9]{1,10}"_s));
    return digits.match(text).hasMatch();
}

std::optional<int> RelationshipRules::durationDays(const QString &iso)
{
    const QString text = iso.trimmed().toUpper();
    if (text == "PT0S"_L1 || text == "P0D"_L1)
        return 0;
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(
        u"P(?:(\\d{1,4})Y)?(?:(\\d{1,5})M)?(?:(\\d{1,5})W)?(?:(\\d{1,6})D)?"_s));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || text.size() < 3)
        return std::nullopt;
    const qint64 days = m.captured(1).toLongLong() * 365 + m.captured(2).toLongLong() * 30
        + m.captured(3).toLongLong() * 7 + m.captured(4).toLongLong();
    if (days > 1000000)
        return std::nullopt;
    return int(days);
}

QList<FieldProblem> RelationshipRules::check(const Relationship &r, const QDateTime &nowUtc)
{
    namespace F = RelationshipFields;
    QList<FieldProblem> problems;
    auto add = [&](const char16_t *field, const QString &reason) {
        problems.append(FieldProblem {QString::fromUtf16(field), reason});
    };
    if (const auto problem = nameProblem(r.partner.name))
        add(F::Name, *problem);
    if (!TenantId::isValid(r.partner.tenantId))
        add(F::TenantId, QCoreApplication::translate("RelationshipRules", "The tenant ID must be a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10."));
    if (!r.partner.partnerId.isEmpty() && !isPartnerId(r.partner.partnerId))
        add(F::PartnerId, QCoreApplication::translate("RelationshipRules", "The PartnerID consists of digits only (at most 10)."));
    static const QRegularExpression email(
        QRegularExpression::anchoredPattern(u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_s));
    if (!r.partner.email.isEmpty()
        && (r.partner.email.size() > kMaxTextLength || !email.match(r.partner.email).hasMatch()
            || !isPlainText(r.partner.email)))
        add(F::Email, QCoreApplication::translate("RelationshipRules", "The email address is not in the form name@example.com."));
    if (r.partner.phone.size() > kMaxTextLength || hasControlCharacter(r.partner.phone))
        add(F::Phone, QCoreApplication::translate("RelationshipRules", "The phone number is too long or contains control characters."));
    if (!r.partner.website.isEmpty()) {
        const QUrl url(r.partner.website, QUrl::StrictMode);
        if (r.partner.website.size() > kMaxTextLength || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
            add(F::Website, QCoreApplication::translate("RelationshipRules", "The website must be a web address starting with https://."));
    }
    if (r.types.size() > kMaxTypes)
        add(F::Types, QCoreApplication::translate("RelationshipRules", "A relationship has at most %1 partner types.").arg(kMaxTypes));
    for (const PartnerType &type : r.types) {
        if (!type.isKnown() && (type.key().size() > kMaxTypeTextLength || !isPlainText(type.key()))) {
            add(F::Types, QCoreApplication::translate("RelationshipRules",
                "The partner type \"%1\" is longer than %2 characters or not plain text.")
                    .arg(type.key().left(40))
                    .arg(kMaxTypeTextLength));
            break;
        }
    }
    if (r.roles.size() > kMaxRoles)
        add(F::Roles, QCoreApplication::translate("RelationshipRules", "A relationship has at most %1 admin roles.").arg(kMaxRoles));
    for (const AdminRole &role : r.roles) {
        if (!TenantId::isValid(role.templateId())) {
            add(F::Roles, QCoreApplication::translate("RelationshipRules", "The role %1 is not a role template ID (a GUID).").arg(role.templateId()));
            break;
        }
    }
    if (r.agreement.acceptedAtUtc.isValid() && r.agreement.acceptedAtUtc.date().year() < 2000)
        add(F::Agreement, QCoreApplication::translate("RelationshipRules", "The agreement's acceptance date is not a real date."));
    else if (r.agreement.acceptedAtUtc.isValid() && r.agreement.acceptedAtUtc > nowUtc)
        add(F::Agreement, QCoreApplication::translate("RelationshipRules", "The agreement cannot have been accepted in the future."));
    if (r.gdap.isPresent()) {
        if (!r.gdap.relationshipId.isEmpty()) {
            static const QRegularExpression gdapId(QRegularExpression::anchoredPattern(
                TenantId::pattern() + u"(?:-"_s + TenantId::pattern() + u")?"_s));
            if (!gdapId.match(r.gdap.relationshipId).hasMatch())
                add(F::GdapId, QCoreApplication::translate("RelationshipRules", "The GDAP relationship ID must be a GUID, or two GUIDs joined by a hyphen."));
        }
        if (r.gdap.name.trimmed().isEmpty())
            add(F::GdapName, QCoreApplication::translate("RelationshipRules", "The GDAP relationship needs a name."));
        else if (r.gdap.name.size() > kMaxGdapNameLength)
            add(F::GdapName, QCoreApplication::translate("RelationshipRules", "The GDAP relationship name is longer than %1 characters.").arg(kMaxGdapNameLength));
        else if (hasControlCharacter(r.gdap.name))
            add(F::GdapName, QCoreApplication::translate("RelationshipRules", "The GDAP relationship name contains invisible, control or text-direction characters."));
        static const QRegularExpression status(QRegularExpression::anchoredPattern(u"[A-Za-z]{1,64}"_s));
        if (!status.match(r.gdap.status).hasMatch())
            add(F::GdapStatus, QCoreApplication::translate("RelationshipRules",
                "The GDAP status is a single word such as active or expired."));
        if (r.gdap.startUtc.isValid() && r.gdap.startUtc > nowUtc.addDays(1))
            add(F::GdapStart, QCoreApplication::translate("RelationshipRules", "The GDAP relationship cannot have started in the future."));
        if (r.gdap.durationDays < kMinGdapDays || r.gdap.durationDays > kMaxGdapDays)
            add(F::GdapDuration, QCoreApplication::translate("RelationshipRules", "A GDAP relationship lasts from 1 day to 2 years (P1D to P730D)."));
        if (r.gdap.startUtc.isValid() && r.gdap.endUtc.isValid() && r.gdap.endUtc < r.gdap.startUtc)
            add(F::GdapEnd, QCoreApplication::translate("RelationshipRules", "The GDAP relationship ends before it starts."));
        if (r.gdap.autoExtend && r.holdsRole(AdminRole::globalAdministrator()))
            add(F::GdapAutoExtend,
                QCoreApplication::translate("RelationshipRules", "Auto-extend is not allowed when Global Administrator is among the roles."));
    }
    return problems;
}
