#include "invitations/invitationservice.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/tenantid.h"
#include "relationships/relationshipjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

Error refusedBy(const Decision &decision)
{
    return Error {ErrorKind::NotAllowed, decision.reason()};
}

AuditEvent event(const Operator &actor, const Clock &clock, const char16_t *action)
{
    AuditEvent e;
    e.atUtc = clock.nowUtc();
    e.operatorUpn = actor.upn;
    e.operatorName = actor.displayName;
    e.action = QString::fromUtf16(action);
    return e;
}

Status checkAgreement(const InvitationService::AgreementShown &agreement)
{
    if (!agreement.acknowledged) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService",
                "Tick the box to acknowledge that you read the Microsoft Customer "
                "Agreement.")};
    }
    if (agreement.agreementId.trimmed().isEmpty() || agreement.version.trimmed().isEmpty()
        || agreement.text.trimmed().isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService", "The agreement that was shown is incomplete.")};
    return Done {};
}

AgreementAcceptance acceptanceRecord(
    const Operator &actor, const Clock &clock, const InvitationService::AgreementShown &agreement)
{
    return AgreementAcceptance {actor.displayName, actor.upn, clock.nowUtc(), agreement.agreementId,
        agreement.version, InvitationService::sha256(agreement.text)};
}

} // namespace

InvitationService::InvitationService(RegisterRepository &repository, const Clock &clock)
    : m_repository(repository)
    , m_clock(clock)
{ }

QString InvitationService::sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

PolicyAction InvitationService::actionToAccept(const InvitationLink &link)
{
    const bool grantsRoles
        = link.requestsDelegatedAdmin() || link.kind() == InvitationLink::Kind::GdapApproval;
    return grantsRoles ? PolicyAction::GrantAdminRoles : PolicyAction::ManageRelationships;
}

Result<Invitation> InvitationService::receive(const Operator &actor, const QString &linkText)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return refusedBy(d);
    const InvitationLink parsed = InvitationLink::parse(linkText);
    if (!parsed.isValid())
        return Error {ErrorKind::BadInput, parsed.refusalReason()};
    const QString link = parsed.url().toString();
    auto existing = m_repository.invitations();
    if (!existing)
        return existing.error();
    for (const Invitation &i : existing.value()) {
        if (i.link == link && i.effectiveStatus(m_clock.nowUtc()) == Invitation::Status::Received)
            return i; // already pending: nothing new to record
    }
    Invitation invitation;
    invitation.link = link;
    invitation.receivedUtc = m_clock.nowUtc();
    RegisterChange change;
    change.invitations.append(invitation);
    AuditEvent e = event(actor, m_clock, AuditActions::InvitationReceived);
    e.partnerTenantId = parsed.partnerTenantId();
    e.after = QJsonObject {{u"invitation"_s, InvitationLink::kindKey(parsed.kind())},
        {u"delegatedAdmin"_s, parsed.requestsDelegatedAdmin()}};
    change.events.append(e);
    if (auto stored = m_repository.apply(change); !stored)
        return stored.error();
    auto after = m_repository.invitations();
    if (!after)
        return after.error();
    for (const Invitation &i : after.value()) {
        if (i.link == link && i.status == Invitation::Status::Received)
            return i;
    }
    return Error {ErrorKind::Storage,
        QCoreApplication::translate(
            "InvitationService", "The invitation was recorded but cannot be read back.")};
}

Result<Invitation> InvitationService::pending(qint64 invitationId) const
{
    auto found = m_repository.invitation(invitationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("InvitationService", "This invitation is not in the register.")};
    const Invitation invitation = *found.value();
    switch (invitation.effectiveStatus(m_clock.nowUtc())) {
    case Invitation::Status::Received:
        return invitation;
    case Invitation::Status::Accepted:
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService", "This invitation was already accepted.")};
    case Invitation::Status::Cancelled:
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService", "This invitation was cancelled.")};
    case Invitation::Status::Expired:
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService",
                "This GDAP request was not approved within 90 days and has expired; "
                "ask the partner for a new one.")};
    }
    return invitation;
}

Result<Relationship> InvitationService::accept(
    const Operator &actor, qint64 invitationId, const Acceptance &acceptance)
{
    auto found = pending(invitationId);
    if (!found)
        return found.error();
    Invitation invitation = found.value();
    const InvitationLink link = invitation.parsed();
    if (const Decision d = Policy::check(actor, actionToAccept(link)); !d)
        return refusedBy(d);
    if (Status s = checkAgreement(acceptance.agreement); !s)
        return s.error();
    const QString tenantId = link.partnerTenantId().isEmpty() ? acceptance.partnerTenantId.trimmed().toLower()
                                                              : link.partnerTenantId();
    if (!TenantId::isValid(tenantId))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "InvitationService", "Enter the partner's tenant ID; this link does not contain it.")};

    auto existing = m_repository.relationshipForPartner(tenantId);
    if (!existing)
        return existing.error();
    Relationship before;
    Relationship after;
    if (existing.value()) {
        before = *existing.value();
        after = before;
    } else {
        after.partner.tenantId = tenantId;
        after.partnerSinceUtc = m_clock.nowUtc();
        after.lastReviewedUtc = m_clock.nowUtc();
    }
    if (!acceptance.partnerName.trimmed().isEmpty())
        after.partner.name = acceptance.partnerName.trimmed();
    if (after.partner.name.isEmpty()) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService", "Enter the partner's name.")};
    }
    if (!link.partnerId().isEmpty())
        after.partner.partnerId = link.partnerId();
    // The types and roles the link grants are the decision; the tenant holds them once the invitation
    // is accepted in the Microsoft 365 admin center, which the to-do asks for.
    QJsonArray decidedTypes;
    for (const PartnerType &type : link.relationshipTypes()) {
        if (!after.types.contains(type))
            decidedTypes.append(type.key());
    }
    QJsonArray decidedRoles;
    for (const AdminRole &role : link.rolesGranted()) {
        if (!after.roles.contains(role))
            decidedRoles.append(role.templateId());
    }
    const bool gdapApproval = link.kind() == InvitationLink::Kind::GdapApproval;
    if (gdapApproval && !after.gdap.isPresent())
        after.gdap.status = u"approvalPending"_s; // the roles arrive with the next import or refresh
    after.state = Relationship::State::Active;
    after.agreement = acceptanceRecord(actor, m_clock, acceptance.agreement);
    std::optional<Todo> todo;
    if (!decidedTypes.isEmpty() || !decidedRoles.isEmpty() || gdapApproval) {
        todo = Todo {};
        todo->kind = Todo::Kind::Authorize;
        todo->relationshipId = after.id;
        todo->partnerTenantId = tenantId;
        todo->partnerName = after.partner.name;
        todo->decidedUtc = m_clock.nowUtc();
        todo->decidedByUpn = actor.upn;
        todo->decidedByName = actor.displayName;
        todo->decision = QJsonObject {{u"types"_s, decidedTypes}, {u"roles"_s, decidedRoles},
            {u"link"_s, invitation.link}, {u"gdapApproval"_s, gdapApproval},
            {u"invitationId"_s, invitation.id}};
    }

    invitation.status = Invitation::Status::Accepted;
    invitation.decidedUtc = m_clock.nowUtc();
    invitation.decidedByUpn = actor.upn;
    invitation.note = after.partner.name;

    RegisterChange change;
    change.relationships.append(after);
    change.invitations.append(invitation);
    AuditEvent e = event(actor, m_clock, AuditActions::InvitationAccepted);
    e.partnerTenantId = tenantId;
    e.partnerName = after.partner.name;
    e.before = existing.value() ? RelationshipJson::accessSnapshot(before) : QJsonObject {};
    QJsonObject afterSnapshot = RelationshipJson::accessSnapshot(after);
    afterSnapshot.insert(u"agreementId"_s, after.agreement.agreementId);
    afterSnapshot.insert(u"agreementVersion"_s, after.agreement.agreementVersion);
    afterSnapshot.insert(u"agreementSha256"_s, after.agreement.textSha256);
    if (todo) {
        afterSnapshot.insert(u"decidedTypes"_s, decidedTypes);
        afterSnapshot.insert(u"decidedRoles"_s, decidedRoles);
        afterSnapshot.insert(u"todo"_s, todoKindKey(Todo::Kind::Authorize));
        change.todos.append(*todo);
    }
    e.after = afterSnapshot;
    change.events.append(e);
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return stored.value().constFirst();
}

Result<Invitation> InvitationService::cancel(
    const Operator &actor, qint64 invitationId, const QString &reason)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return refusedBy(d);
    auto found = pending(invitationId);
    if (!found)
        return found.error();
    Invitation invitation = found.value();
    invitation.status = Invitation::Status::Cancelled;
    invitation.decidedUtc = m_clock.nowUtc();
    invitation.decidedByUpn = actor.upn;
    invitation.note = reason.trimmed().left(2000);
    RegisterChange change;
    change.invitations.append(invitation);
    AuditEvent e = event(actor, m_clock, AuditActions::InvitationCancelled);
    e.partnerTenantId = invitation.parsed().partnerTenantId();
    e.before = QJsonObject {{u"invitation"_s, u"received"_s}};
    e.after = QJsonObject {{u"invitation"_s, u"cancelled"_s}, {u"reason"_s, invitation.note}};
    change.events.append(e);
    if (auto stored = m_repository.apply(change); !stored)
        return stored.error();
    return invitation;
}

Result<Relationship> InvitationService::acceptAgreement(
    const Operator &actor, const QString &partnerTenantId, const AgreementShown &agreement)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return refusedBy(d);
    if (Status s = checkAgreement(agreement); !s)
        return s.error();
    auto found = m_repository.relationshipForPartner(partnerTenantId);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate(
                "InvitationService", "No partner with tenant ID %1 is in the register.")
                .arg(partnerTenantId)};
    }
    const Relationship before = *found.value();
    if (before.agreement.isAccepted())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("InvitationService", "The agreement is already accepted for %1.")
                .arg(before.partner.name)};
    Relationship after = before;
    after.agreement = acceptanceRecord(actor, m_clock, agreement);
    RegisterChange change;
    change.relationships.append(after);
    AuditEvent e = event(actor, m_clock, AuditActions::AgreementAccepted);
    e.partnerTenantId = before.partner.tenantId;
    e.partnerName = before.partner.name;
    e.before = QJsonObject {{u"agreement"_s, u"notAccepted"_s}};
    e.after = QJsonObject {{u"agreement"_s, u"accepted"_s}, {u"agreementId"_s, after.agreement.agreementId},
        {u"agreementVersion"_s, after.agreement.agreementVersion},
        {u"agreementSha256"_s, after.agreement.textSha256}};
    change.events.append(e);
    auto stored = m_repository.apply(change);
    if (!stored)
        return stored.error();
    return stored.value().constFirst();
}
