// The register and the tenant kept apart: a decision waits as a to-do; marking it done (or an import
// that shows it done) changes what the tenant is known to hold; withdrawing reverses the decision;
// an import that contradicts a step marked done flags the partner.

#include "audit/auditchain.h"
#include "import/importservice.h"
#include "invitations/invitationservice.h"
#include "relationships/relationshipservice.h"
#include "relationships/riskassessment.h"
#include "testsupport.h"
#include "todos/todoservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestTodoService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachDecisionCreatesExactlyOneTodo();
    void markDoneAppliesTheDecisionWithOneEvent();
    void markDoneRefusedForHelpdesk();
    void markDoneRefusesBadTimesAndLongNotes();
    void markDoneOnlyOnce();
    void withdrawReversesTheDecision();
    void withdrawingAnEndRequestMakesTheRelationshipActiveAgain();
    void pendingIsVisibleInTheSummaryAndRisk();
    void importThatShowsTheStepDoneConfirmsIt();
    void importWithoutRolesConfirmsNothing();
    void importWithoutGdapConfirmsNoEnd();
    void importThatContradictsADoneStepFlagsThePartner();
    void confirmationRefusedWhenTheStepClosedSinceTheDryRun();
    void aStepIsClosedOnceEvenByTwoWriters();
    void oneOpenStepOfAKindPerPartner();
    void withdrawingAnAcceptanceCancelsTheInvitation();
    void aGdapApprovalNeedsGdapEvidence();
    void rolesGrantedAgainAreNoContradiction();

private:
    Operator op(int index) const { return m_fixture->repository->operators().value().at(index); }
    Operator global() const { return op(0); } // Anna de Vries
    Operator billing() const { return op(1); } // Bram Jansen
    Operator helpdesk() const { return op(2); } // Chloé Bakker
    qint64 events() const { return m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s); }
    QList<Todo> todosOf(const QString &tenantId, bool includeClosed = false) const;
    Relationship stored(const QString &tenantId) const
    {
        return *m_fixture->repository->relationshipForPartner(tenantId).value();
    }
    // The admin center's partner list as exported, with Contoso holding these roles.
    static QByteArray adminCenterList(const QStringList &contosoRoles);

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<RelationshipService> m_relationships;
    std::unique_ptr<TodoService> m_todos;
};

void TestTodoService::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_relationships = std::make_unique<RelationshipService>(*m_fixture->repository, m_fixture->clock);
    m_todos = std::make_unique<TodoService>(*m_fixture->repository, m_fixture->clock);
}

void TestTodoService::cleanup()
{
    m_todos.reset();
    m_relationships.reset();
    m_fixture.reset();
}

QList<Todo> TestTodoService::todosOf(const QString &tenantId, bool includeClosed) const
{
    TodoQuery query;
    query.partnerTenantId = tenantId;
    query.includeClosed = includeClosed;
    return m_fixture->repository->todos(query).value();
}

QByteArray TestTodoService::adminCenterList(const QStringList &contosoRoles)
{
    QJsonArray roles;
    for (const QString &role : contosoRoles)
        roles.append(role);
    const QJsonObject contoso {{u"id"_s, contosoTenant}, {u"name"_s, u"Contoso Onderwijs ICT"_s},
        {u"aadRoles"_s, roles}, {u"companyType"_s, 2},
        {u"contractTypes"_s,
            contosoRoles.isEmpty() ? QJsonArray {u"Reseller"_s}
                                   : QJsonArray {u"Reseller"_s, u"DelegatedAdministrator"_s}}};
    return QJsonDocument(QJsonObject {{u"partners"_s, QJsonArray {contoso}}}).toJson();
}

void TestTodoService::eachDecisionCreatesExactlyOneTodo()
{
    const qint64 before = events();
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    QVERIFY(m_relationships->requestEnd(global(), northwindTenant, {fixedNow().date(), u"phone"_s, {}}).ok());
    QVERIFY(m_relationships->setMpsaSharing(billing(), true).ok());
    // Three decisions: three events, three to-dos, and nothing the tenant holds changed.
    QCOMPARE(events(), before + 3);
    QCOMPARE(m_todos->list(false).value().size(), 3);
    QCOMPARE(todosOf(contosoTenant).size(), 1);
    QCOMPARE(todosOf(northwindTenant).size(), 1);
    QCOMPARE(todosOf(contosoTenant).constFirst().kind, Todo::Kind::RemoveRoles);
    QCOMPARE(todosOf(northwindTenant).constFirst().kind, Todo::Kind::ConfirmEnd);
    const Todo removal = todosOf(contosoTenant).constFirst();
    QCOMPARE(removal.decidedByUpn, global().upn);
    QCOMPARE(removal.decidedByName, u"Anna de Vries"_s);
    QCOMPARE(removal.decidedUtc, fixedNow());
    QCOMPARE(removal.relationshipId, stored(contosoTenant).id);
    QCOMPARE(removal.adminCenterUrl(), QUrl(u"https://admin.microsoft.com/AdminPortal/Home#/partners"_s));
    QCOMPARE(stored(contosoTenant).roles.size(), 2);
    QCOMPARE(m_relationships->mpsaSharing().value(), false);
    QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());
}

void TestTodoService::markDoneAppliesTheDecisionWithOneEvent()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Relationship known = stored(contosoTenant);
    const Todo todo = todosOf(contosoTenant).constFirst();
    m_fixture->clock.advanceSeconds(3 * 24 * 3600);
    const qint64 before = events();
    const QDateTime doneAt = fixedNow().addDays(2);
    auto done = m_todos->markDone(billing(), todo.id, {doneAt, u"  ticket 4711  "_s});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(done->status, Todo::Status::Done);
    QCOMPARE(events(), before + 1);

    const Relationship after = stored(contosoTenant);
    QCOMPARE(after, RelationshipService::withoutAdminRoles(known));
    const Todo closed = *m_fixture->repository->todo(todo.id).value();
    QCOMPARE(closed.status, Todo::Status::Done);
    QCOMPARE(closed.closedUtc, doneAt);
    QCOMPARE(closed.closedByUpn, billing().upn);
    QCOMPARE(closed.closeNote, u"ticket 4711"_s);
    QVERIFY(todosOf(contosoTenant).isEmpty());

    const AuditEvent e = m_fixture->repository->eventsForPartner(contosoTenant, 1).value().constFirst();
    QCOMPARE(e.action, u"todo.done"_s);
    QCOMPARE(e.operatorUpn, billing().upn);
    QCOMPARE(e.before.value(u"roles"_s).toArray().size(), 2);
    QCOMPARE(e.after.value(u"roles"_s).toArray().size(), 0);
    QCOMPARE(e.after.value(u"todoId"_s).toInteger(), todo.id);
    QCOMPARE(e.after.value(u"note"_s).toString(), u"ticket 4711"_s);
    QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());
}

void TestTodoService::markDoneRefusedForHelpdesk()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Todo todo = todosOf(contosoTenant).constFirst();
    const qint64 before = events();
    auto refused = m_todos->markDone(helpdesk(), todo.id, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(refused.error().message, u"Requires Global Administrator or Billing Administrator"_s);
    auto notWithdrawn = m_todos->withdraw(helpdesk(), todo.id, {});
    QVERIFY(!notWithdrawn.ok());
    QCOMPARE(notWithdrawn.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(events(), before);
    QCOMPARE(stored(contosoTenant).roles.size(), 2);
    // Looking is for everyone.
    QCOMPARE(m_todos->list(false).value().size(), 1);
}

void TestTodoService::markDoneRefusesBadTimesAndLongNotes()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Todo todo = todosOf(contosoTenant).constFirst();
    const qint64 before = events();
    auto future = m_todos->markDone(global(), todo.id, {fixedNow().addSecs(60), {}});
    QVERIFY(!future.ok());
    QCOMPARE(future.error().kind, ErrorKind::BadInput);
    QVERIFY(future.error().message.contains(u"future"_s));
    auto early = m_todos->markDone(global(), todo.id, {fixedNow().addSecs(-60), {}});
    QVERIFY(!early.ok());
    QCOMPARE(early.error().kind, ErrorKind::BadInput);
    QVERIFY(early.error().message.contains(u"before the decision"_s));
    auto longNote = m_todos->markDone(global(), todo.id, {{}, QString(TodoRules::kMaxNoteLength + 1, u'x')});
    QVERIFY(!longNote.ok());
    QCOMPARE(longNote.error().kind, ErrorKind::BadInput);
    QCOMPARE(events(), before);
    QVERIFY(m_todos->markDone(global(), todo.id, {{}, QString(TodoRules::kMaxNoteLength, u'x')}).ok());
    auto missing = m_todos->markDone(global(), 987654, {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestTodoService::markDoneOnlyOnce()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Todo todo = todosOf(contosoTenant).constFirst();
    QVERIFY(m_todos->markDone(global(), todo.id, {}).ok());
    const qint64 before = events();
    auto again = m_todos->markDone(global(), todo.id, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::BadInput);
    QVERIFY(again.error().message.contains(u"no longer open"_s));
    QVERIFY(!m_todos->withdraw(global(), todo.id, {}).ok());
    QCOMPARE(events(), before);
}

void TestTodoService::withdrawReversesTheDecision()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Relationship known = stored(contosoTenant);
    const Todo todo = todosOf(contosoTenant).constFirst();
    const qint64 before = events();
    auto withdrawn = m_todos->withdraw(billing(), todo.id, u"The partner still runs our tenant"_s);
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error().message));
    QCOMPARE(events(), before + 1);
    QCOMPARE(stored(contosoTenant), known); // nothing was to be done, nothing changed
    QVERIFY(todosOf(contosoTenant).isEmpty());
    const Todo closed = todosOf(contosoTenant, true).constFirst();
    QCOMPARE(closed.status, Todo::Status::Withdrawn);
    QCOMPARE(closed.closeNote, u"The partner still runs our tenant"_s);
    QCOMPARE(m_fixture->repository->eventsForPartner(contosoTenant, 1).value().constFirst().action,
        u"todo.withdrawn"_s);
    // Decided again later: a new step.
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    QCOMPARE(todosOf(contosoTenant).size(), 1);
}

void TestTodoService::withdrawingAnEndRequestMakesTheRelationshipActiveAgain()
{
    QVERIFY(
        m_relationships->requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, u"asked"_s})
            .ok());
    QCOMPARE(stored(northwindTenant).state, Relationship::State::EndRequested);
    QVERIFY(m_todos->withdraw(global(), todosOf(northwindTenant).constFirst().id, {}).ok());
    const Relationship r = stored(northwindTenant);
    QCOMPARE(r.state, Relationship::State::Active);
    QVERIFY(!r.endRequestedUtc.isValid());
    // And the end can be requested again.
    QVERIFY(m_relationships->requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, {}}).ok());
}

void TestTodoService::pendingIsVisibleInTheSummaryAndRisk()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    auto summaryOf = [this](const QString &tenant) {
        for (const PartnerSummary &s : m_fixture->repository->summaries().value()) {
            if (s.tenantId == tenant)
                return s;
        }
        return PartnerSummary {};
    };
    PartnerSummary s = summaryOf(contosoTenant);
    QVERIFY(s.isPending(int(Todo::Kind::RemoveRoles)));
    QCOMPARE(s.oldestPendingMs, fixedNow().toMSecsSinceEpoch());
    QVERIFY(s.hasAnyRole()); // the tenant still holds them
    quint16 flags = RiskAssessment::assess(s, m_fixture->clock.nowUtc());
    QVERIFY(flags & RiskAssessment::DelegatedAdmin);
    QVERIFY(flags & RiskAssessment::DecidedNotDone);
    QVERIFY(!(flags & RiskAssessment::DecidedNotDoneOverdue));
    m_fixture->clock.advanceSeconds(8 * 24 * 3600);
    flags = RiskAssessment::assess(s, m_fixture->clock.nowUtc());
    QVERIFY(flags & RiskAssessment::DecidedNotDoneOverdue);
    QCOMPARE(summaryOf(fabrikamTenant).pendingKinds, quint8(0));

    QVERIFY(m_todos->markDone(global(), todosOf(contosoTenant).constFirst().id, {}).ok());
    s = summaryOf(contosoTenant);
    QCOMPARE(s.pendingKinds, quint8(0));
    QCOMPARE(s.oldestPendingMs, 0);
    QVERIFY(!s.hasAnyRole());
}

void TestTodoService::importThatShowsTheStepDoneConfirmsIt()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Todo todo = todosOf(contosoTenant).constFirst();
    m_fixture->clock.advanceSeconds(24 * 3600);
    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan = import.plan(u"partners-export.json"_s, adminCenterList({}), {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(plan->confirms.size(), 1);
    QCOMPARE(plan->confirms.constFirst().id, todo.id);
    QVERIFY(plan->contradicts.isEmpty());
    QVERIFY(plan->notes.join(u'\n').contains(u"shows this step done"_s));
    QVERIFY(plan->lines().join(u'\n').contains(u"confirms  to-do"_s));
    QVERIFY(plan->canApply());
    const qint64 before = events();
    auto applied = import.apply(billing(), plan.value());
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QCOMPARE(events(), before + 2); // the import of Contoso, and the step confirmed

    const Todo closed = *m_fixture->repository->todo(todo.id).value();
    QCOMPARE(closed.status, Todo::Status::Confirmed);
    QCOMPARE(closed.closeNote, u"partners-export.json"_s);
    QCOMPARE(closed.closedUtc, m_fixture->clock.nowUtc());
    QVERIFY(stored(contosoTenant).roles.isEmpty());
    QCOMPARE(m_fixture->repository->eventsForPartner(contosoTenant, 1).value().constFirst().action,
        u"todo.confirmed"_s);
    QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());

    // The same file again: nothing to confirm, nothing to do.
    auto again = import.plan(u"partners-export.json"_s, adminCenterList({}), {});
    QVERIFY(again->confirms.isEmpty());
    QVERIFY(!again->hasChanges());
}

void TestTodoService::importWithoutRolesConfirmsNothing()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    // Meanwhile the register came to say Contoso holds no roles (typed in by hand, say): still, a
    // partner list that does not say which roles Contoso holds is no evidence either way.
    Relationship edited = stored(contosoTenant);
    edited.roles.clear();
    edited.types = {PartnerType(PartnerType::Kind::Reseller)};
    RegisterChange change;
    change.relationships.append(edited);
    QVERIFY(m_fixture->repository->apply(change).ok());
    const QByteArray csv = "Partner name,Tenant ID,Phone\nContoso Onderwijs ICT," + contosoTenant.toUtf8()
        + ",+31 20 555 0100\n";
    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan = import.plan(u"phones.csv"_s, csv, {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QVERIFY(plan->confirms.isEmpty());
    QVERIFY(import.apply(global(), plan.value()).ok());
    QCOMPARE(todosOf(contosoTenant).size(), 1);
    // A file that says the roles are there confirms nothing either.
    auto held = import.plan(u"held.json"_s,
        adminCenterList(
            {u"62e90394-69f5-4237-9190-012177145e10"_s, u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s}),
        {});
    QVERIFY(held->confirms.isEmpty());
    QVERIFY(held->contradicts.isEmpty()); // not done yet: still to do, nothing contradicted
}

void TestTodoService::importWithoutGdapConfirmsNoEnd()
{
    // A partner whose GDAP relationship already ended and whose roles are gone is asked to end it
    // all; a file that says nothing of GDAP (a phone list) is no evidence that it did.
    Relationship northwind = stored(northwindTenant);
    northwind.roles.clear();
    northwind.types = {PartnerType(PartnerType::Kind::GdapPartner)};
    northwind.gdap.name = u"Northwind beheer"_s;
    northwind.gdap.status = u"terminated"_s;
    northwind.gdap.durationDays = 365;
    RegisterChange change;
    change.relationships.append(northwind);
    QVERIFY(m_fixture->repository->apply(change).ok());
    QVERIFY(m_relationships->requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, {}}).ok());
    const QByteArray csv = "Partner name,Tenant ID,Phone\nNorthwind Beheer B.V.," + northwindTenant.toUtf8()
        + ",+31 10 555 0100\n";
    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan = import.plan(u"phones.csv"_s, csv, {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QVERIFY2(plan->canApply(), qPrintable(plan->lines().join(u'\n'))); // the phone number is news
    QVERIFY(plan->confirms.isEmpty());
    QCOMPARE(todosOf(northwindTenant).size(), 1);
}

void TestTodoService::importThatContradictsADoneStepFlagsThePartner()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Todo todo = todosOf(contosoTenant).constFirst();
    QVERIFY(m_todos->markDone(global(), todo.id, {}).ok());
    QVERIFY(stored(contosoTenant).roles.isEmpty());

    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan
        = import.plan(u"later.json"_s, adminCenterList({u"62e90394-69f5-4237-9190-012177145e10"_s}), {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(plan->contradicts.size(), 1);
    QVERIFY(plan->notes.join(u'\n').contains(
        u"The tenant differs from the register: Contoso Onderwijs ICT holds admin roles again"_s));
    QVERIFY(plan->lines().join(u'\n').contains(u"the tenant differs from the register"_s));
    QVERIFY(import.apply(global(), plan.value()).ok());

    const Todo flagged = *m_fixture->repository->todo(todo.id).value();
    QVERIFY(flagged.isContradicted());
    QCOMPARE(flagged.contradictedBy, u"later.json"_s);
    QCOMPARE(flagged.status, Todo::Status::Done); // what was marked stays on record
    QCOMPARE(
        stored(contosoTenant).roles, QList<AdminRole> {AdminRole::globalAdministrator()}); // the evidence
    PartnerSummary s;
    for (const PartnerSummary &row : m_fixture->repository->summaries().value()) {
        if (row.tenantId == contosoTenant)
            s = row;
    }
    QVERIFY(s.tenantDiffers);
    QVERIFY(RiskAssessment::assess(s, m_fixture->clock.nowUtc()) & RiskAssessment::TenantDiffers);
    QCOMPARE(m_fixture->repository->eventsForPartner(contosoTenant, 1).value().constFirst().action,
        u"todo.contradicted"_s);
    // Flagged once: the same file again does not flag it twice.
    auto again
        = import.plan(u"later.json"_s, adminCenterList({u"62e90394-69f5-4237-9190-012177145e10"_s}), {});
    QVERIFY(again->contradicts.isEmpty());
}

void TestTodoService::confirmationRefusedWhenTheStepClosedSinceTheDryRun()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan = import.plan(u"export.json"_s, adminCenterList({}), {});
    QCOMPARE(plan->confirms.size(), 1);
    QVERIFY(m_todos->withdraw(global(), plan->confirms.constFirst().id, {}).ok());
    const qint64 before = events();
    auto applied = import.apply(global(), plan.value());
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().kind, ErrorKind::BadInput);
    QVERIFY(applied.error().message.contains(u"changed since the dry run"_s));
    QCOMPARE(events(), before);
}

void TestTodoService::aStepIsClosedOnceEvenByTwoWriters()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    const Todo stale = todosOf(contosoTenant).constFirst(); // as another window read it: open
    QVERIFY(m_todos->markDone(global(), stale.id, {}).ok());
    const qint64 before = events();
    // The other writer withdraws what it still sees as open: the store refuses, nothing changes.
    Todo withdrawn = stale;
    withdrawn.status = Todo::Status::Withdrawn;
    withdrawn.closedUtc = m_fixture->clock.nowUtc();
    withdrawn.closedByUpn = billing().upn;
    RegisterChange change;
    change.todos.append(withdrawn);
    AuditEvent event;
    event.atUtc = m_fixture->clock.nowUtc();
    event.operatorUpn = billing().upn;
    event.action = u"todo.withdrawn"_s;
    change.events.append(event);
    auto applied = m_fixture->repository->apply(change);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().kind, ErrorKind::BadInput);
    QVERIFY(applied.error().message.contains(u"closed or changed meanwhile"_s));
    QCOMPARE(m_fixture->repository->todo(stale.id).value()->status, Todo::Status::Done);
    QCOMPARE(events(), before);
}

void TestTodoService::oneOpenStepOfAKindPerPartner()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    // Whoever skips the service (a second window deciding at the same moment) meets the store.
    Todo twin = todosOf(contosoTenant).constFirst();
    twin.id = 0;
    RegisterChange change;
    change.todos.append(twin);
    QVERIFY(!m_fixture->repository->apply(change).ok());
    QCOMPARE(todosOf(contosoTenant).size(), 1);
}

void TestTodoService::withdrawingAnAcceptanceCancelsTheInvitation()
{
    const QString partner = u"7c7c7c7c-1234-4abc-8def-0123456789ab"_s;
    InvitationService invitations(*m_fixture->repository, m_fixture->clock);
    const qint64 id = invitations
                          .receive(global(),
                              u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/"
                              "granularAdminRelationships/0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd"_s)
                          ->id;
    const InvitationService::AgreementShown agreement {u"MCA"_s, u"2024-04"_s, u"text"_s, true};
    QVERIFY(invitations.accept(global(), id, {u"GDAP Partner"_s, partner, agreement}).ok());
    QCOMPARE(stored(partner).gdap.status, u"approvalPending"_s);
    const Todo todo = todosOf(partner).constFirst();
    QCOMPARE(todo.kind, Todo::Kind::Authorize);
    QVERIFY(m_todos->withdraw(global(), todo.id, u"Not this partner after all"_s).ok());
    // Not accepted after all: the invitation is cancelled, the request no longer awaits approval.
    const Invitation invitation = *m_fixture->repository->invitation(id).value();
    QCOMPARE(invitation.status, Invitation::Status::Cancelled);
    QVERIFY(invitation.note.contains(u"Not this partner after all"_s));
    QVERIFY(!stored(partner).gdap.isPresent());
    QVERIFY(todosOf(partner).isEmpty());
}

void TestTodoService::aGdapApprovalNeedsGdapEvidence()
{
    // Woodgrove's GDAP relationship is active; it asks for a new one (a renewal), which is accepted.
    InvitationService invitations(*m_fixture->repository, m_fixture->clock);
    const qint64 id = invitations
                          .receive(global(),
                              u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/"
                              "granularAdminRelationships/0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd"_s)
                          ->id;
    const InvitationService::AgreementShown agreement {u"MCA"_s, u"2024-04"_s, u"text"_s, true};
    QVERIFY(invitations.accept(global(), id, {{}, woodgroveTenant, agreement}).ok());
    const Todo todo = todosOf(woodgroveTenant).constFirst();
    QCOMPARE(todo.kind, Todo::Kind::Authorize);
    QCOMPARE(stored(woodgroveTenant).gdap.status, u"active"_s); // the old one
    // The admin center's list names Woodgrove's roles but says nothing of GDAP relationships: the old
    // active one in the register is no evidence that the new one was approved.
    QJsonArray roles;
    for (const AdminRole &role : stored(woodgroveTenant).roles)
        roles.append(role.templateId());
    const QJsonObject entry {{u"id"_s, woodgroveTenant}, {u"name"_s, u"Woodgrove Security"_s},
        {u"aadRoles"_s, roles}, {u"companyType"_s, 2}};
    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan = import.plan(
        u"list.json"_s, QJsonDocument(QJsonObject {{u"partners"_s, QJsonArray {entry}}}).toJson(), {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QVERIFY(plan->confirms.isEmpty());
    QCOMPARE(todosOf(woodgroveTenant).size(), 1);
}

void TestTodoService::rolesGrantedAgainAreNoContradiction()
{
    QVERIFY(m_relationships->removeRoles(global(), {contosoTenant}).ok());
    QVERIFY(m_todos->markDone(global(), todosOf(contosoTenant).constFirst().id, {}).ok());
    m_fixture->clock.advanceSeconds(3600);
    // Later the organisation accepts the partner's new delegated admin invitation.
    InvitationService invitations(*m_fixture->repository, m_fixture->clock);
    const qint64 id
        = invitations
              .receive(global(),
                  u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="_s
                      + contosoTenant + u"&msppId=0&DAP=true#/BillingAccounts/partner-invitation"_s)
              ->id;
    const InvitationService::AgreementShown agreement {u"MCA"_s, u"2024-04"_s, u"text"_s, true};
    auto accepted = invitations.accept(global(), id, {u"Contoso Onderwijs ICT"_s, {}, agreement});
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
    ImportService import(*m_fixture->repository, m_fixture->clock);
    auto plan
        = import.plan(u"later.json"_s, adminCenterList({u"62e90394-69f5-4237-9190-012177145e10"_s}), {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QVERIFY(plan->contradicts.isEmpty()); // the roles are back because they were granted again
}

QTEST_MAIN(TestTodoService)
#include "tst_todoservice.moc"
