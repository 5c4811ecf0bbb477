#pragma once
// InvitationService: records invitations, accepts them (agreement acknowledged, policy checked: admin
// roles need Global Administrator) or cancels them, and accepts the agreement on its own. Each step
// writes its audit event in the same transaction. It records decisions; the tenant changes only when
// the same step is taken in the Microsoft 365 admin center.

#include "common/policy.h"
#include "common/result.h"
#include "invitations/invitation.h"
#include "relationships/relationship.h"

class Clock;
class RegisterRepository;
struct Operator;

class InvitationService
{
public:
    // The agreement exactly as shown to the admin, and whether the acknowledgement box was ticked.
    struct AgreementShown
    {
        QString agreementId; // e.g. "MCA"
        QString version;
        QString text;
        bool acknowledged = false;
    };
    // What the link cannot say: the partner's name, and for GDAP or agreement-only links the partner.
    struct Acceptance
    {
        QString partnerName;
        QString partnerTenantId; // required when the link carries none
        AgreementShown agreement;
    };

    InvitationService(RegisterRepository &repository, const Clock &clock);

    Result<Invitation> receive(const Operator &actor, const QString &linkText);
    Result<Relationship> accept(const Operator &actor, qint64 invitationId, const Acceptance &acceptance);
    Result<Invitation> cancel(const Operator &actor, qint64 invitationId, const QString &reason);
    Result<Relationship> acceptAgreement(
        const Operator &actor, const QString &partnerTenantId, const AgreementShown &agreement);

    static QString sha256(const QString &text); // hex, of the UTF-8 bytes
    // Granting admin roles (delegated admin, or a GDAP request's roles) needs Global Administrator;
    // a reseller-only or agreement-only acceptance needs Global or Billing Administrator.
    static PolicyAction actionToAccept(const InvitationLink &link);

private:
    Result<Invitation> pending(qint64 invitationId) const;
    RegisterRepository &m_repository;
    const Clock &m_clock;
};
