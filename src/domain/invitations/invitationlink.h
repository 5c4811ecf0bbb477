#pragma once
// InvitationLink: what a partner's invitation link is and would grant, parsed strictly: only https
// links on Microsoft's own hosts, every required parameter present and well-formed. Tolerates what email
// clients do to links (brackets, quotes, escapes, percent-encoding, Safe Links wrapping). Parsing never
// changes anything.

#include "common/adminrole.h"
#include "relationships/partnertype.h"

#include <QList>
#include <QString>
#include <QUrl>

class InvitationLink
{
public:
    enum class Kind { Reseller, IndirectReseller, DelegatedAdmin, GdapApproval, AgreementOnly };
    enum class Refusal {
        None,
        Empty,
        NotAUrl,
        NotHttps,
        UserInfo,
        ForeignHost,
        NotAnInvitation,
        UnknownInvitationType,
        MissingPartnerId,
        MalformedPartnerId,
        NonNumericMsppId,
        MalformedIndirectProvider,
        MalformedGdapId,
        Placeholder,
        BadSafeLinks,
        RepeatedParameter,
        ConflictingParameters,
        GdapWithSettings,
    };

    static InvitationLink parse(const QString &text);

    bool isValid() const { return m_refusal == Refusal::None; }
    Refusal refusal() const { return m_refusal; }
    QString refusalReason() const; // translated, one sentence

    Kind kind() const { return m_kind; }
    QString kindName() const; // translated
    static QString kindKey(Kind kind); // stable key for JSON
    QUrl url() const { return m_url; } // the link itself, unwrapped
    QString partnerTenantId() const { return m_partnerTenantId; } // lower case; empty for GDAP/agreement
    QString partnerId() const { return m_partnerId; } // Microsoft PartnerID; empty when 0
    QString indirectProviderTenantId() const { return m_indirectProvider; }
    QString gdapRelationshipId() const { return m_gdapId; }
    bool requestsDelegatedAdmin() const; // grants standing Global Administrator (DAP)
    QList<AdminRole> rolesGranted() const; // for DAP: Global and Helpdesk Administrator
    QList<PartnerType> relationshipTypes() const;

private:
    Refusal m_refusal = Refusal::Empty;
    Kind m_kind = Kind::Reseller;
    QUrl m_url;
    QString m_partnerTenantId;
    QString m_partnerId;
    QString m_indirectProvider;
    QString m_gdapId;
    bool m_dap = false;
};
