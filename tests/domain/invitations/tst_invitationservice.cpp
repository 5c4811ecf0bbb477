#include "invitations/invitationservice.h"
#include "testsupport.h"
#include "todos/todoservice.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using Kind = PartnerType::Kind;

class TestInvitationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receiveRecordsPendingInvitation();
    void receiveRefusesBadLinksAndHelpdesk();
    void acceptResellerByBillingAdministrator();
    void delegatedAdminNeedsGlobalAdministrator();
    void acknowledgementIsRequired();
    void theAgreementShownMustBeComplete_data();
    void theAgreementShownMustBeComplete();
    void gdapNeedsTheTenantAndExpiresAfter90Days();
    void cancelKeepsTheInvitation();
    void acceptAgreementOnly();

private:
    Operator op(int index) const { return m_fixture->repository->operators().value().at(index); }
    Operator global() const { return op(0); } // Anna de Vries
    Operator billing() const { return op(1); } // Bram Jansen
    Operator helpdesk() const { return op(2); } // Chloé Bakker
    qint64 events() const { return m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s); }
    // The partner's one open to-do; a test fails when there is not exactly one.
    Todo openTodo(const QString &tenantId) const
    {
        TodoQuery query;
        query.partnerTenantId = tenantId;
        const QList<Todo> open = m_fixture->repository->todos(query).value();
        if (open.size() != 1)
            qWarning("expected one open to-do for %s, found %d", qPrintable(tenantId), int(open.size()));
        return open.size() == 1 ? open.constFirst() : Todo {};
    }
    static InvitationService::AgreementShown agreement(bool acknowledged = true)
    {
        return {u"MCA"_s, u"2024-04"_s, u"Microsoft Customer Agreement — summary shown in the test"_s,
            acknowledged};
    }

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<InvitationService> m_service;
};

namespace {
const QString kNewPartner = u"7c7c7c7c-1234-4abc-8def-0123456789ab"_s;
QString resellerLink(bool dap, const QString &tenant = kNewPartner)
{
    return u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="_s + tenant
        + u"&msppId=7123999&DAP="_s + (dap ? u"true"_s : u"false"_s)
        + u"#/BillingAccounts/partner-invitation"_s;
}
const QString kGdapLink
    = u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"
      "0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd"_s;
} // namespace

void TestInvitationService::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_service = std::make_unique<InvitationService>(*m_fixture->repository, m_fixture->clock);
}

void TestInvitationService::cleanup()
{
    m_service.reset();
    m_fixture.reset();
}

void TestInvitationService::receiveRecordsPendingInvitation()
{
    const qint64 before = events();
    auto received = m_service->receive(billing(), u"  <"_s + resellerLink(false) + u">  "_s);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    QVERIFY(received->id > 0);
    QCOMPARE(received->status, Invitation::Status::Received);
    QCOMPARE(received->receivedUtc, fixedNow());
    QCOMPARE(received->parsed().partnerTenantId(), kNewPartner);
    QCOMPARE(events(), before + 1);
    // The same link again: still one pending invitation, nothing new recorded.
    auto again = m_service->receive(billing(), resellerLink(false));
    QCOMPARE(again->id, received->id);
    QCOMPARE(events(), before + 1);
    QCOMPARE(m_fixture->repository->invitations()->size(), 1);
}

void TestInvitationService::receiveRefusesBadLinksAndHelpdesk()
{
    const qint64 before = events();
    auto foreign = m_service->receive(
        global(), QString(resellerLink(true)).replace(u"admin.microsoft.com"_s, u"evil.example"_s));
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().kind, ErrorKind::BadInput);
    QVERIFY(foreign.error().message.contains(u"admin.microsoft.com"_s));
    QCOMPARE(m_service->receive(helpdesk(), resellerLink(false)).error().kind, ErrorKind::NotAllowed);
    QCOMPARE(events(), before);
    QVERIFY(m_fixture->repository->invitations()->isEmpty());
}

void TestInvitationService::acceptResellerByBillingAdministrator()
{
    const qint64 id = m_service->receive(billing(), resellerLink(false))->id;
    auto accepted = m_service->accept(billing(), id, {u"Nieuwe Partner B.V."_s, {}, agreement()});
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
    Relationship r = m_fixture->repository->relationshipForPartner(kNewPartner).value().value();
    QCOMPARE(r.partner.name, u"Nieuwe Partner B.V."_s);
    QCOMPARE(r.partner.partnerId, u"7123999"_s);
    // Accepted in the register; the tenant has the relationship once it is accepted in the admin center.
    QVERIFY(r.types.isEmpty());
    QVERIFY(r.roles.isEmpty());
    const Todo todo = openTodo(kNewPartner);
    QCOMPARE(todo.kind, Todo::Kind::Authorize);
    QCOMPARE(todo.relationshipId, r.id);
    QCOMPARE(todo.adminCenterUrl(), QUrl(resellerLink(false)));
    QVERIFY(TodoService(*m_fixture->repository, m_fixture->clock).markDone(billing(), todo.id, {}).ok());
    r = m_fixture->repository->relationshipForPartner(kNewPartner).value().value();
    QCOMPARE(r.types, QList<PartnerType> {PartnerType(Kind::Reseller)});
    QVERIFY(r.roles.isEmpty());
    QCOMPARE(r.agreement.acceptedByUpn, u"bram.jansen@hetbaken.example"_s);
    QCOMPARE(r.agreement.acceptedAtUtc, fixedNow());
    QCOMPARE(r.agreement.agreementId, u"MCA"_s);
    QCOMPARE(r.agreement.agreementVersion, u"2024-04"_s);
    QCOMPARE(r.agreement.textSha256, InvitationService::sha256(agreement().text));
    QCOMPARE(r.agreement.textSha256.size(), 64);
    QCOMPARE(m_fixture->repository->invitation(id).value()->status, Invitation::Status::Accepted);
    const QList<AuditEvent> trail = m_fixture->repository->eventsForPartner(kNewPartner, 2).value();
    QCOMPARE(trail.at(0).action, u"todo.done"_s);
    const AuditEvent e = trail.at(1);
    QCOMPARE(e.action, u"invitation.accepted"_s);
    QCOMPARE(e.after.value(u"decidedTypes"_s).toArray(), QJsonArray {u"reseller"_s});
    QCOMPARE(e.after.value(u"agreementSha256"_s).toString(), r.agreement.textSha256);
    QCOMPARE(m_service->accept(billing(), id, {u"x"_s, {}, agreement()}).error().kind, ErrorKind::BadInput);
}

void TestInvitationService::delegatedAdminNeedsGlobalAdministrator()
{
    const qint64 id = m_service->receive(billing(), resellerLink(true))->id;
    const qint64 before = events();
    auto refused = m_service->accept(billing(), id, {u"DAP Partner"_s, {}, agreement()});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(refused.error().message, u"Requires Global Administrator"_s);
    QCOMPARE(events(), before);
    QVERIFY(!m_fixture->repository->relationshipForPartner(kNewPartner).value().has_value());

    QVERIFY(m_service->accept(global(), id, {u"DAP Partner"_s, {}, agreement()}).ok());
    QVERIFY(m_fixture->repository->relationshipForPartner(kNewPartner).value()->roles.isEmpty());
    QVERIFY(TodoService(*m_fixture->repository, m_fixture->clock)
                .markDone(global(), openTodo(kNewPartner).id, {})
                .ok());
    const Relationship r = m_fixture->repository->relationshipForPartner(kNewPartner).value().value();
    QCOMPARE(r.types, QList<PartnerType> {PartnerType(Kind::ResellerAndDelegatedAdministrator)});
    QCOMPARE(
        r.roles, (QList<AdminRole> {AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator()}));
}

void TestInvitationService::theAgreementShownMustBeComplete_data()
{
    QTest::addColumn<int>("missing"); // 0 id, 1 version, 2 text
    QTest::newRow("no agreement id") << 0;
    QTest::newRow("no version") << 1;
    QTest::newRow("no text") << 2;
}

void TestInvitationService::theAgreementShownMustBeComplete()
{
    QFETCH(int, missing);
    InvitationService::AgreementShown shown = agreement();
    (missing == 0 ? shown.agreementId : missing == 1 ? shown.version : shown.text) = u"  "_s;
    const qint64 id = m_service->receive(global(), resellerLink(false))->id;
    const qint64 before = events();
    auto refused = m_service->accept(global(), id, {u"Partner"_s, {}, shown});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QCOMPARE(events(), before);
    auto agreementOnly = m_service->acceptAgreement(global(), northwindTenant, shown);
    QVERIFY(!agreementOnly.ok());
    QCOMPARE(agreementOnly.error().kind, ErrorKind::BadInput);
    QCOMPARE(events(), before);
}

void TestInvitationService::acknowledgementIsRequired()
{
    const qint64 id = m_service->receive(global(), resellerLink(false))->id;
    const qint64 before = events();
    auto refused = m_service->accept(global(), id, {u"Partner"_s, {}, agreement(false)});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"acknowledge"_s));
    QCOMPARE(events(), before);
    QCOMPARE(m_fixture->repository->invitation(id).value()->status, Invitation::Status::Received);
}

void TestInvitationService::gdapNeedsTheTenantAndExpiresAfter90Days()
{
    const qint64 id = m_service->receive(global(), kGdapLink)->id;
    QCOMPARE(m_service->accept(global(), id, {u"GDAP Partner"_s, {}, agreement()}).error().kind,
        ErrorKind::BadInput);
    QCOMPARE(m_service->accept(billing(), id, {u"GDAP Partner"_s, kNewPartner, agreement()}).error().kind,
        ErrorKind::NotAllowed);
    m_fixture->clock.advanceSeconds(91LL * 24 * 3600);
    const Invitation stale = m_fixture->repository->invitation(id).value().value();
    QCOMPARE(stale.effectiveStatus(m_fixture->clock.nowUtc()), Invitation::Status::Expired);
    auto expired = m_service->accept(global(), id, {u"GDAP Partner"_s, kNewPartner, agreement()});
    QVERIFY(!expired.ok());
    QVERIFY(expired.error().message.contains(u"90 days"_s));

    const qint64 fresh = m_service->receive(global(), kGdapLink)->id;
    QVERIFY(fresh != id);
    auto accepted = m_service->accept(global(), fresh, {u"GDAP Partner"_s, kNewPartner, agreement()});
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
    QVERIFY(accepted->types.isEmpty());
    QCOMPARE(accepted->gdap.status, u"approvalPending"_s);
    QVERIFY(openTodo(kNewPartner).decision.value(u"gdapApproval"_s).toBool());
    QVERIFY(TodoService(*m_fixture->repository, m_fixture->clock)
                .markDone(global(), openTodo(kNewPartner).id, {})
                .ok());
    const Relationship approved = m_fixture->repository->relationshipForPartner(kNewPartner).value().value();
    QCOMPARE(approved.types, QList<PartnerType> {PartnerType(Kind::GdapPartner)});
    QCOMPARE(approved.gdap.status, u"active"_s);
}

void TestInvitationService::cancelKeepsTheInvitation()
{
    const qint64 id = m_service->receive(global(), resellerLink(true))->id;
    QCOMPARE(m_service->cancel(helpdesk(), id, {}).error().kind, ErrorKind::NotAllowed);
    auto cancelled = m_service->cancel(billing(), id, u"We do not want to grant Global Administrator"_s);
    QVERIFY(cancelled.ok());
    const Invitation stored = m_fixture->repository->invitation(id).value().value();
    QCOMPARE(stored.status, Invitation::Status::Cancelled);
    QCOMPARE(stored.note, u"We do not want to grant Global Administrator"_s);
    QCOMPARE(stored.decidedByUpn, u"bram.jansen@hetbaken.example"_s);
    QVERIFY(
        !m_fixture->repository->relationshipForPartner(kNewPartner).value().has_value()); // nothing granted
    QCOMPARE(m_service->accept(global(), id, {u"P"_s, {}, agreement()}).error().kind, ErrorKind::BadInput);
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(!q.exec(u"DELETE FROM invitations"_s));
    QVERIFY(q.lastError().text().contains(u"history"_s));
    QCOMPARE(
        m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'invitation.cancelled'"_s), 1);
}

void TestInvitationService::acceptAgreementOnly()
{
    QCOMPARE(m_service->acceptAgreement(helpdesk(), northwindTenant, agreement()).error().kind,
        ErrorKind::NotAllowed);
    QCOMPARE(m_service->acceptAgreement(billing(), northwindTenant, agreement(false)).error().kind,
        ErrorKind::BadInput);
    auto accepted = m_service->acceptAgreement(billing(), northwindTenant, agreement());
    QVERIFY(accepted.ok());
    QVERIFY(accepted->agreement.isAccepted());
    QCOMPARE(accepted->roles.size(), 2); // the agreement changes nothing else
    QCOMPARE(m_fixture->repository->eventsForPartner(northwindTenant, 1).value().constFirst().action,
        u"agreement.accepted"_s);
    QCOMPARE(m_service->acceptAgreement(billing(), northwindTenant, agreement()).error().kind,
        ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestInvitationService)
#include "tst_invitationservice.moc"
