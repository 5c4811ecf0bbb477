#include "invitations/invitationlink.h"

#include "common/tenantid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Template text a partner forgot to fill in: <tenant GUID>, {partnerId}, [id], %ID%, xxxxxxxx-...
bool isPlaceholder(const QString &value)
{
    static const QRegularExpression re(
        u"[<>{}\\[\\]%]|^x{4,}|guid|tenant ?id|partner ?id"_s, QRegularExpression::CaseInsensitiveOption);
    return re.match(value).hasMatch();
}

// Undo what mail clients and copy-paste do to a link.
QString cleaned(QString text)
{
    text = text.trimmed();
    // Surrounding angle brackets or quotes, possibly nested: <"https://...">.
    static const QList<std::pair<QChar, QChar>> pairs {{u'<', u'>'}, {u'"', u'"'}, {u'\'', u'\''},
        {u'(', u')'}, {u'[', u']'}, {QChar(0x201C), QChar(0x201D)}};
    for (bool changed = true; changed && text.size() >= 2;) {
        changed = false;
        for (const auto &[open, close] : pairs) {
            if (text.front() == open && text.back() == close) {
                text = text.mid(1, text.size() - 2).trimmed();
                changed = true;
            }
        }
    }
    if (text.startsWith(u"<"_s))
        text.remove(0, 1);
    if (text.endsWith(u">"_s))
        text.chop(1);
    // Links wrapped across lines in plain-text mail.
    text.remove(QRegularExpression(u"\\s+"_s));
    text.replace(u"\\&"_s, u"&"_s).replace(u"&amp;"_s, u"&"_s);
    // A link pasted fully percent-encoded (https%3A%2F%2F...).
    if (text.startsWith(u"https%3a"_s, Qt::CaseInsensitive)
        || text.startsWith(u"http%3a"_s, Qt::CaseInsensitive))
        text = QUrl::fromPercentEncoding(text.toUtf8());
    return text;
}

constexpr auto adminCenterHost = "admin.microsoft.com"_L1;
// The retired Microsoft Store for Business sent invitations from its own page, with no #route.
constexpr auto businessStoreHost = "businessstore.microsoft.com"_L1;

bool isMicrosoftInvitationHost(const QString &host)
{
    return host == adminCenterHost || host == businessStoreHost;
}

// A key given twice (compared without case) may be read one way here and another way by the admin
// center, so a link that repeats one says two things and is refused.
bool hasRepeatedKey(const QUrlQuery &query)
{
    QSet<QString> seen;
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(v);
        const QString key = k.trimmed().toCaseFolded();
        if (seen.contains(key))
            return true;
        seen.insert(key);
    }
    return false;
}

bool isSafeLinksHost(const QString &host)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"[a-z0-9-]+\\.safelinks\\.protection\\.outlook\\.com"_s));
    return re.match(host).hasMatch();
}

// Query keys are matched without case, as the admin center does.
QString queryValue(const QUrlQuery &query, const char *key, bool *present = nullptr)
{
    const QLatin1StringView wanted(key);
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded)) {
        if (k.compare(wanted, Qt::CaseInsensitive) == 0) {
            if (present)
                *present = true;
            return v.trimmed();
        }
    }
    if (present)
        *present = false;
    return {};
}

const char *refusalText(InvitationLink::Refusal refusal)
{
    using R = InvitationLink::Refusal;
    switch (refusal) {
    case R::None:
        return nullptr;
    case R::Empty:
        return QT_TRANSLATE_NOOP("InvitationLink", "Paste the invitation link from the partner's email.");
    case R::NotAUrl:
        return QT_TRANSLATE_NOOP("InvitationLink", "This is not a web link.");
    case R::NotHttps:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link does not use https. Microsoft's invitation links always do; do not use it.");
    case R::UserInfo:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link hides another address before the host name (user@host), a known trick. "
            "Do not use it.");
    case R::ForeignHost:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link does not point to Microsoft's admin center (admin.microsoft.com). It may "
            "imitate it; do not use it.");
    case R::NotAnInvitation:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link goes to the Microsoft 365 admin center but not to a partner invitation.");
    case R::UnknownInvitationType:
        return QT_TRANSLATE_NOOP(
            "InvitationLink", "The link has an invitation type PartnerDesk does not know.");
    case R::MissingPartnerId:
        return QT_TRANSLATE_NOOP(
            "InvitationLink", "The link does not say which partner sent it (partnerId is missing).");
    case R::MalformedPartnerId:
        return QT_TRANSLATE_NOOP(
            "InvitationLink", "The partner's tenant ID in the link (partnerId) is not a valid ID.");
    case R::NonNumericMsppId:
        return QT_TRANSLATE_NOOP(
            "InvitationLink", "The partner's PartnerID in the link (msppId) is not a number.");
    case R::MalformedIndirectProvider:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The indirect provider's tenant ID in the link (indirectCSPId) is not a valid ID.");
    case R::MalformedGdapId:
        return QT_TRANSLATE_NOOP("InvitationLink", "The GDAP relationship ID in the link is not a valid ID.");
    case R::Placeholder:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link still contains a template placeholder instead of the partner's details. "
            "Ask the partner for a complete link.");
    case R::RepeatedParameter:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link gives the same setting twice (for example DAP or partnerId), so it can be read "
            "in two ways. Do not use it; ask the partner for a new link.");
    case R::ConflictingParameters:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link is both an agreement link (ref) and a partner invitation (invType), so it can "
            "be read in two ways. Do not use it; ask the partner for a new link.");
    case R::GdapWithSettings:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link approves a GDAP relationship but also carries invitation settings (invType, "
            "partnerId, DAP or ref), so it can be read in two ways. Do not use it; ask the partner for a "
            "new link.");
    case R::BadSafeLinks:
        return QT_TRANSLATE_NOOP("InvitationLink",
            "The link is wrapped by Microsoft Defender Safe Links but the original link inside "
            "cannot be read.");
    }
    return nullptr;
}

} // namespace

InvitationLink InvitationLink::parse(const QString &text)
{
    InvitationLink link;
    const QString input = cleaned(text);
    if (input.isEmpty()) {
        link.m_refusal = Refusal::Empty;
        return link;
    }
    QUrl url(input, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        link.m_refusal = Refusal::NotAUrl;
        return link;
    }
    // Microsoft Defender Safe Links: unwrap that wrapper only, once, then check the inner link as any other.
    if (url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 && url.userInfo().isEmpty()
        && isSafeLinksHost(url.host().toLower())) {
        const QString inner = queryValue(QUrlQuery(url), "url");
        if (inner.isEmpty()) {
            link.m_refusal = Refusal::BadSafeLinks;
            return link;
        }
        url = QUrl(cleaned(inner), QUrl::TolerantMode);
        if (!url.isValid() || url.host().isEmpty()) {
            link.m_refusal = Refusal::BadSafeLinks;
            return link;
        }
    }
    if (url.scheme().compare("https"_L1, Qt::CaseInsensitive) != 0) {
        link.m_refusal = (url.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0) ? Refusal::NotHttps
                                                                                     : Refusal::NotAUrl;
        return link;
    }
    if (!url.userInfo().isEmpty()) {
        link.m_refusal = Refusal::UserInfo;
        return link;
    }
    const QString host = url.host().toLower();
    if (!isMicrosoftInvitationHost(host) || (url.port() != -1 && url.port() != 443)) {
        link.m_refusal = Refusal::ForeignHost;
        return link;
    }
    link.m_url = url;

    const QUrlQuery query(url);
    if (hasRepeatedKey(query)) {
        link.m_refusal = Refusal::RepeatedParameter;
        return link;
    }
    const QString route = url.fragment(QUrl::FullyDecoded);
    bool hasRef = false;
    const QString ref = queryValue(query, "ref", &hasRef);
    bool hasType = false;
    const QString invType = queryValue(query, "invType", &hasType);
    if (hasRef && hasType) {
        link.m_refusal = Refusal::ConflictingParameters;
        return link;
    }

    if (host == businessStoreHost) {
        // Its own page and the same query; no route, no GDAP, no agreement-only links.
        static const QRegularExpression storePath(
            QRegularExpression::anchoredPattern(u"(/[a-z]{2}-[a-z]{2})?/manage/partner-invitation/?"_s),
            QRegularExpression::CaseInsensitiveOption);
        if (!storePath.match(url.path()).hasMatch() || url.hasFragment() || !hasType) {
            link.m_refusal = Refusal::NotAnInvitation;
            return link;
        }
    } else {
        static const QRegularExpression homePath(
            QRegularExpression::anchoredPattern(u"(/[a-z]{2}-[a-z]{2})?/adminportal/home/?"_s),
            QRegularExpression::CaseInsensitiveOption);
        if (!homePath.match(url.path()).hasMatch()) {
            link.m_refusal = Refusal::NotAnInvitation;
            return link;
        }
    }

    // GDAP approval: #/partners/invitation/granularAdminRelationships/<id>
    static const QRegularExpression gdapRoute(
        QRegularExpression::anchoredPattern(u"/?partners/invitation/granularAdminRelationships/([^/?]*)/?"_s),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = gdapRoute.match(route); match.hasMatch()) {
        // An approval link carries no invitation settings; one that does says two things.
        if (hasRef || hasType || !queryValue(query, "partnerId").isEmpty()
            || !queryValue(query, "DAP").isEmpty()) {
            link.m_refusal = Refusal::GdapWithSettings;
            return link;
        }
        const QString id = match.captured(1);
        if (isPlaceholder(id)) {
            link.m_refusal = Refusal::Placeholder;
            return link;
        }
        static const QRegularExpression gdapId(QRegularExpression::anchoredPattern(
            TenantId::pattern() + u"(-"_s + TenantId::pattern() + u")?"_s));
        if (!gdapId.match(id).hasMatch()) {
            link.m_refusal = Refusal::MalformedGdapId;
            return link;
        }
        link.m_kind = Kind::GdapApproval;
        link.m_gdapId = id.toLower();
        link.m_refusal = Refusal::None;
        return link;
    }

    // Agreement only: ?ref=/BillingAccounts/agreement
    if (ref.compare("/BillingAccounts/agreement"_L1, Qt::CaseInsensitive) == 0) {
        link.m_kind = Kind::AgreementOnly;
        link.m_refusal = Refusal::None;
        return link;
    }

    if (!hasType || invType.isEmpty()) {
        link.m_refusal = Refusal::NotAnInvitation;
        return link;
    }
    static const QRegularExpression invitationRoute(
        QRegularExpression::anchoredPattern(
            u"/?(BillingAccounts/partner-invitation|partners/invitation)/?"_s),
        QRegularExpression::CaseInsensitiveOption);
    // Some mail clients drop the #route; the query says all that matters. Another route is another page.
    if (!route.isEmpty() && !invitationRoute.match(route).hasMatch()) {
        link.m_refusal = Refusal::NotAnInvitation;
        return link;
    }
    if (invType.compare("ResellerRelationship"_L1, Qt::CaseInsensitive) == 0)
        link.m_kind = Kind::Reseller;
    else if (invType.compare("IndirectResellerRelationship"_L1, Qt::CaseInsensitive) == 0)
        link.m_kind = Kind::IndirectReseller;
    else if (invType.compare("Administration"_L1, Qt::CaseInsensitive) == 0)
        link.m_kind = Kind::DelegatedAdmin;
    else {
        link.m_refusal = isPlaceholder(invType) ? Refusal::Placeholder : Refusal::UnknownInvitationType;
        return link;
    }

    bool hasPartner = false;
    const QString partner = queryValue(query, "partnerId", &hasPartner);
    if (!hasPartner || partner.isEmpty()) {
        link.m_refusal = Refusal::MissingPartnerId;
        return link;
    }
    if (isPlaceholder(partner)) {
        link.m_refusal = Refusal::Placeholder;
        return link;
    }
    if (!TenantId::isValid(partner)) {
        link.m_refusal = Refusal::MalformedPartnerId;
        return link;
    }
    link.m_partnerTenantId = partner.toLower();

    bool hasMspp = false;
    const QString mspp = queryValue(query, "msppId", &hasMspp);
    if (hasMspp) {
        if (isPlaceholder(mspp)) {
            link.m_refusal = Refusal::Placeholder;
            return link;
        }
        static const QRegularExpression digits(QRegularExpression::anchoredPattern(u"[0-9]{1,12}"_s));
        if (!digits.match(mspp).hasMatch()) {
            link.m_refusal = Refusal::NonNumericMsppId;
            return link;
        }
        if (mspp.toLongLong() != 0)
            link.m_partnerId = QString::number(mspp.toLongLong());
    }
    bool hasIndirect = false;
    const QString indirect = queryValue(query, "indirectCSPId", &hasIndirect);
    if (hasIndirect && !indirect.isEmpty()) {
        if (isPlaceholder(indirect)) {
            link.m_refusal = Refusal::Placeholder;
            return link;
        }
        if (!TenantId::isValid(indirect)) {
            link.m_refusal = Refusal::MalformedIndirectProvider;
            return link;
        }
        link.m_indirectProvider = indirect.toLower();
    }
    link.m_dap = link.m_kind == Kind::DelegatedAdmin
        || (link.m_kind == Kind::Reseller
            && queryValue(query, "DAP").compare("true"_L1, Qt::CaseInsensitive) == 0);
    link.m_refusal = Refusal::None;
    return link;
}

QString InvitationLink::refusalReason() const
{
    const char *text = refusalText(m_refusal);
    return text ? QCoreApplication::translate("InvitationLink", text) : QString();
}

QString InvitationLink::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Reseller:
        return u"reseller"_s;
    case Kind::IndirectReseller:
        return u"indirectReseller"_s;
    case Kind::DelegatedAdmin:
        return u"delegatedAdmin"_s;
    case Kind::GdapApproval:
        return u"gdapApproval"_s;
    case Kind::AgreementOnly:
        return u"agreementOnly"_s;
    }
    return {};
}

QString InvitationLink::kindName() const
{
    switch (m_kind) {
    case Kind::Reseller:
        return m_dap
            ? QCoreApplication::translate("InvitationLink", "Reseller and delegated admin invitation")
            : QCoreApplication::translate("InvitationLink", "Reseller invitation");
    case Kind::IndirectReseller:
        return QCoreApplication::translate("InvitationLink", "Indirect reseller invitation");
    case Kind::DelegatedAdmin:
        return QCoreApplication::translate("InvitationLink", "Delegated admin invitation");
    case Kind::GdapApproval:
        return QCoreApplication::translate("InvitationLink", "GDAP relationship approval");
    case Kind::AgreementOnly:
        return QCoreApplication::translate("InvitationLink", "Microsoft Customer Agreement only");
    }
    return {};
}

bool InvitationLink::requestsDelegatedAdmin() const
{
    return isValid() && m_dap;
}

QList<AdminRole> InvitationLink::rolesGranted() const
{
    if (requestsDelegatedAdmin())
        return {AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator()};
    return {};
}

QList<PartnerType> InvitationLink::relationshipTypes() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Reseller:
        return {PartnerType(
            m_dap ? PartnerType::Kind::ResellerAndDelegatedAdministrator : PartnerType::Kind::Reseller)};
    case Kind::IndirectReseller:
        return {PartnerType(PartnerType::Kind::IndirectReseller)};
    case Kind::DelegatedAdmin:
        return {PartnerType(PartnerType::Kind::DelegatedAdministrator)};
    case Kind::GdapApproval:
        return {PartnerType(PartnerType::Kind::GdapPartner)};
    case Kind::AgreementOnly:
        break;
    }
    return {};
}
