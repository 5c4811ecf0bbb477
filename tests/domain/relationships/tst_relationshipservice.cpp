#include "audit/auditchain.h"
#include "relationships/relationshipservice.h"
#include "testsupport.h"
#include "todos/todoservice.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using Kind = PartnerType::Kind;

Q_DECLARE_METATYPE(PartnerType)

class TestRelationshipService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void removeRolesForEveryType_data();
    void removeRolesForEveryType();
    void removeRolesKeepsStatusOfEndedGdap_data();
    void removeRolesKeepsStatusOfEndedGdap();
    void requestEndTakesANoteOfExactlyTheLimit();
    void removeRolesRefusedWithoutPermission_data();
    void removeRolesRefusedWithoutPermission();
    void removeRolesRecordsBeforeAndAfter();
    void removeRolesOfSeveralPartnersIsOneTransaction();
    void removeRolesOfTheSamePartnerTwiceIsOneRemoval();
    void removeRolesRolledBackWholeWhenOneFails();
    void removeRolesOfPartnerWithoutRolesIsRefused();
    void removeRolesOfUnknownPartner();
    void markReviewedRecordsTimeAndEvent();
    void markReviewedRefusedForHelpdesk();
    void requestEndRecordsRequest();
    void requestEndRejectsBadInput_data();
    void requestEndRejectsBadInput();
    void markEndedAfterRequest();
    void mpsaSharingIsOffByDefaultAndAudited();
    void mpsaSharingRefusedForHelpdesk();
    void saveAddsAPartnerTypedInWithOneEvent();
    void saveEditsFieldByFieldWithBeforeAndAfter();
    void saveRefusesEachBrokenRuleNamingTheField_data();
    void saveRefusesEachBrokenRuleNamingTheField();
    void saveRefusesATenantAlreadyInTheRegister();
    void saveKeepsTheAcceptedAgreementRecord();
    void saveRefusedForHelpdesk();
    void saveWithoutChangesWritesNoEvent();

private:
    Operator global() const { return operatorNamed(u"anna.devries@hetbaken.example"_s); }
    Operator billing() const { return operatorNamed(u"bram.jansen@hetbaken.example"_s); }
    Operator helpdesk() const { return operatorNamed(u"chloe.bakker@hetbaken.example"_s); }
    Operator operatorNamed(const QString &upn) const;
    Relationship stored(const QString &tenantId) const;
    Relationship insert(const QString &tenantId, QList<PartnerType> types, QList<AdminRole> roles, bool gdap);
    QList<Todo> openTodos(const QString &tenantId) const;
    // Marks the partner's open to-dos done, as an admin would once the step is taken in Microsoft 365.
    bool markDone(const QString &tenantId);

    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestRelationshipService::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestRelationshipService::cleanup()
{
    m_fixture.reset();
}

Operator TestRelationshipService::operatorNamed(const QString &upn) const
{
    for (const Operator &op : m_fixture->repository->operators().value()) {
        if (op.upn == upn)
            return op;
    }
    return {};
}

Relationship TestRelationshipService::stored(const QString &tenantId) const
{
    auto found = m_fixture->repository->relationshipForPartner(tenantId);
    return found && found.value() ? *found.value() : Relationship {};
}

Relationship TestRelationshipService::insert(
    const QString &tenantId, QList<PartnerType> types, QList<AdminRole> roles, bool gdap)
{
    Relationship r;
    r.partner = Partner {tenantId, u"Partner "_s + tenantId.left(4), {}, {}, {}, {}};
    r.types = std::move(types);
    r.roles = std::move(roles);
    if (gdap)
        r.gdap = GdapDetails {
            u"Ops"_s, u"active"_s, 365, fixedNow().addDays(-10), fixedNow().addDays(355), false, {}};
    RegisterChange change;
    change.relationships.append(r);
    auto result = m_fixture->repository->apply(change);
    return result ? result.value().constFirst() : Relationship {};
}

QList<Todo> TestRelationshipService::openTodos(const QString &tenantId) const
{
    TodoQuery query;
    query.partnerTenantId = tenantId;
    return m_fixture->repository->todos(query).value();
}

bool TestRelationshipService::markDone(const QString &tenantId)
{
    TodoService todos(*m_fixture->repository, m_fixture->clock);
    const QList<Todo> open = openTodos(tenantId);
    for (const Todo &todo : open) {
        if (!todos.markDone(global(), todo.id, {}).ok())
            return false;
    }
    return !open.isEmpty();
}

void TestRelationshipService::removeRolesForEveryType_data()
{
    QTest::addColumn<QList<PartnerType>>("types");
    QTest::addColumn<QList<PartnerType>>("expectedTypes");
    QTest::addColumn<bool>("gdap");
    const QList<AdminRole> none;
    auto t = [](Kind k) { return PartnerType(k); };
    QTest::newRow("reseller & delegated admin -> reseller")
        << QList {t(Kind::ResellerAndDelegatedAdministrator)} << QList {t(Kind::Reseller)} << false;
    QTest::newRow("delegated admin -> no type")
        << QList {t(Kind::DelegatedAdministrator)} << QList<PartnerType> {} << false;
    QTest::newRow("advisor -> no type") << QList {t(Kind::Advisor)} << QList<PartnerType> {} << false;
    QTest::newRow("partner stays partner") << QList {t(Kind::Partner)} << QList {t(Kind::Partner)} << false;
    QTest::newRow("gdap stays, termination requested")
        << QList {t(Kind::GdapPartner)} << QList {t(Kind::GdapPartner)} << true;
    QTest::newRow("reseller plus R&DA collapses")
        << QList {t(Kind::Reseller), t(Kind::ResellerAndDelegatedAdministrator)} << QList {t(Kind::Reseller)}
        << false;
    QTest::newRow("unknown type kept") << QList {PartnerType::fromKey(u"Solution integrator"_s)}
                                       << QList {PartnerType::fromKey(u"Solution integrator"_s)} << false;
    QTest::newRow("indirect reseller kept")
        << QList {t(Kind::IndirectReseller), t(Kind::DelegatedAdministrator)}
        << QList {t(Kind::IndirectReseller)} << false;
}

void TestRelationshipService::removeRolesForEveryType()
{
    QFETCH(QList<PartnerType>, types);
    QFETCH(QList<PartnerType>, expectedTypes);
    QFETCH(bool, gdap);
    const QString tenant = u"99999999-0000-4000-8000-000000000001"_s;
    const Relationship before
        = insert(tenant, types, {AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator()}, gdap);
    QVERIFY(before.id != 0);

    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(billing(), {tenant});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    // Decided, not done: the tenant still holds the roles, and one step waits.
    QCOMPARE(stored(tenant), before);
    QCOMPARE(openTodos(tenant).size(), 1);
    QCOMPARE(openTodos(tenant).constFirst().kind, Todo::Kind::RemoveRoles);
    QVERIFY(markDone(tenant));

    const Relationship after = stored(tenant);
    QCOMPARE(after.id, before.id); // the relationship stays
    QVERIFY(after.roles.isEmpty());
    QCOMPARE(after.types, expectedTypes);
    QCOMPARE(after.gdap.status, gdap ? u"terminationRequested"_s : QString());
    QCOMPARE(after.state, Relationship::State::Active);
}

void TestRelationshipService::removeRolesKeepsStatusOfEndedGdap_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("after");
    QTest::newRow("expired") << u"expired"_s << u"expired"_s;
    QTest::newRow("terminated") << u"terminated"_s << u"terminated"_s;
    QTest::newRow("terminating") << u"terminating"_s << u"terminating"_s;
    QTest::newRow("termination requested") << u"terminationRequested"_s << u"terminationRequested"_s;
    QTest::newRow("active asks for termination") << u"active"_s << u"terminationRequested"_s;
    QTest::newRow("expiring asks for termination") << u"expiring"_s << u"terminationRequested"_s;
}

void TestRelationshipService::removeRolesKeepsStatusOfEndedGdap()
{
    QFETCH(QString, status);
    QFETCH(QString, after);
    const QString tenant = u"99999999-0000-4000-8000-000000000002"_s;
    Relationship r
        = insert(tenant, {PartnerType(Kind::GdapPartner)}, {AdminRole::helpdeskAdministrator()}, true);
    r.gdap.status = status;
    RegisterChange change;
    change.relationships.append(r);
    QVERIFY(m_fixture->repository->apply(change).ok());
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service.removeRoles(global(), {tenant}).ok());
    QCOMPARE(stored(tenant).gdap.status, status);
    QVERIFY(markDone(tenant));
    QCOMPARE(stored(tenant).gdap.status, after);
    QVERIFY(stored(tenant).roles.isEmpty());
}

void TestRelationshipService::requestEndTakesANoteOfExactlyTheLimit()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const QDate today = fixedNow().date();
    const QString note(RelationshipService::kMaxNoteLength, u'n');
    auto result = service.requestEnd(global(), fabrikamTenant, {today, u"email"_s, note});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(stored(fabrikamTenant).endRequestNote.size(), RelationshipService::kMaxNoteLength);
}

void TestRelationshipService::removeRolesRefusedWithoutPermission_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("global") << u"anna.devries@hetbaken.example"_s << true;
    QTest::newRow("billing") << u"bram.jansen@hetbaken.example"_s << true;
    QTest::newRow("helpdesk") << u"chloe.bakker@hetbaken.example"_s << false;
}

void TestRelationshipService::removeRolesRefusedWithoutPermission()
{
    QFETCH(QString, upn);
    QFETCH(bool, allowed);
    const qint64 eventsBefore = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(operatorNamed(upn), {contosoTenant});
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(stored(contosoTenant).roles.size(), 2); // held until done in Microsoft 365
    QCOMPARE(openTodos(contosoTenant).size(), allowed ? 1 : 0);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + (allowed ? 1 : 0));
    if (!allowed) {
        QCOMPARE(result.error().kind, ErrorKind::NotAllowed);
        QCOMPARE(result.error().message, u"Requires Global Administrator or Billing Administrator"_s);
    }
}

void TestRelationshipService::removeRolesRecordsBeforeAndAfter()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service.removeRoles(global(), {contosoTenant}).ok());
    auto events = m_fixture->repository->eventsForPartner(contosoTenant, 1);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    const AuditEvent &e = events->constFirst();
    QCOMPARE(e.action, u"relationship.rolesRemovalDecided"_s);
    QCOMPARE(e.operatorUpn, u"anna.devries@hetbaken.example"_s);
    QCOMPARE(e.atUtc, fixedNow());
    QCOMPARE(e.partnerName, u"Contoso Onderwijs ICT"_s);
    QCOMPARE(e.before.value(u"roles"_s).toArray(),
        QJsonArray({u"62e90394-69f5-4237-9190-012177145e10"_s, u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s}));
    QCOMPARE(e.before.value(u"types"_s).toArray(), QJsonArray({u"resellerAndDelegatedAdministrator"_s}));
    QCOMPARE(e.after.value(u"roles"_s).toArray(), QJsonArray());
    QCOMPARE(e.after.value(u"types"_s).toArray(), QJsonArray({u"reseller"_s}));
    auto verification = AuditChain::verify(m_fixture->database->connection());
    QVERIFY(verification.ok() && verification->intact());
}

void TestRelationshipService::removeRolesOfSeveralPartnersIsOneTransaction()
{
    const qint64 eventsBefore = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(global(), {contosoTenant, northwindTenant, woodgroveTenant});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->size(), 3);
    for (const QString &tenant : {contosoTenant, northwindTenant, woodgroveTenant}) {
        QVERIFY(!stored(tenant).roles.isEmpty());
        QCOMPARE(openTodos(tenant).size(), 1);
    }
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + 3);
}

void TestRelationshipService::removeRolesOfTheSamePartnerTwiceIsOneRemoval()
{
    const qint64 eventsBefore = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(global(), {contosoTenant, contosoTenant.toUpper()});
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 1);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + 1);
    QCOMPARE(openTodos(contosoTenant).size(), 1);
    // Decided once: deciding again while it waits is refused, and says since when it waits.
    auto again = service.removeRoles(global(), {contosoTenant});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::BadInput);
    QVERIFY2(
        again.error().message.contains(u"still to do in Microsoft 365"_s), qPrintable(again.error().message));
    QCOMPARE(openTodos(contosoTenant).size(), 1);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + 1);
}

void TestRelationshipService::removeRolesRolledBackWholeWhenOneFails()
{
    // A real SQLite failure in the middle of the transaction: the second partner's to-do aborts.
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"CREATE TEMP TRIGGER fail_northwind BEFORE INSERT ON main.todos "
                   "WHEN NEW.partner_tenant_id = '%1' "
                   "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s.arg(northwindTenant)));
    const qint64 eventsBefore = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    const Relationship contosoBefore = stored(contosoTenant);

    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(global(), {contosoTenant, northwindTenant});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Storage);
    QVERIFY(result.error().message.contains(u"simulated failure"_s));
    QCOMPARE(stored(contosoTenant), contosoBefore);
    QVERIFY(openTodos(contosoTenant).isEmpty()); // the first partner's decision was rolled back too
    QCOMPARE(stored(northwindTenant).roles.size(), 2);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore);
}

void TestRelationshipService::removeRolesOfPartnerWithoutRolesIsRefused()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(global(), {fabrikamTenant});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QCOMPARE(result.error().message, u"Fabrikam Cloud Solutions holds no admin roles."_s);
}

void TestRelationshipService::removeRolesOfUnknownPartner()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.removeRoles(global(), {u"00000000-0000-4000-8000-00000000dead"_s});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::NotFound);
    QVERIFY(service.removeRoles(global(), {}).error().kind == ErrorKind::BadInput);
}

void TestRelationshipService::markReviewedRecordsTimeAndEvent()
{
    m_fixture->clock.advanceSeconds(60);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.markReviewed(billing(), fabrikamTenant);
    QVERIFY(result.ok());
    QCOMPARE(stored(fabrikamTenant).lastReviewedUtc, fixedNow().addSecs(60));
    auto events = m_fixture->repository->eventsForPartner(fabrikamTenant, 5);
    QCOMPARE(events->constFirst().action, u"relationship.reviewed"_s);
    QCOMPARE(events->constFirst().operatorUpn, u"bram.jansen@hetbaken.example"_s);
}

void TestRelationshipService::markReviewedRefusedForHelpdesk()
{
    const Relationship before = stored(fabrikamTenant);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.markReviewed(helpdesk(), fabrikamTenant);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(stored(fabrikamTenant), before);
}

void TestRelationshipService::requestEndRecordsRequest()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const QDate contacted = fixedNow().toLocalTime().date().addDays(-2);
    auto result = service.requestEnd(billing(), fabrikamTenant, {contacted, u"phone"_s, u"Spoke to Jan"_s});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const Relationship r = stored(fabrikamTenant);
    QCOMPARE(r.state, Relationship::State::EndRequested);
    QCOMPARE(r.endRequestedUtc.toLocalTime().date(), contacted);
    QCOMPARE(r.endRequestMethod, u"phone"_s);
    QCOMPARE(r.endRequestNote, u"Spoke to Jan"_s);
    const AuditEvent e = m_fixture->repository->eventsForPartner(fabrikamTenant, 1).value().constFirst();
    QCOMPARE(e.action, u"relationship.endRequested"_s);
    QCOMPARE(e.before.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(e.after.value(u"state"_s).toString(), u"endRequested"_s);
    QCOMPARE(e.after.value(u"endRequestMethod"_s).toString(), u"phone"_s);
    // Only once.
    QCOMPARE(service.requestEnd(billing(), fabrikamTenant, {contacted, u"email"_s, {}}).error().kind,
        ErrorKind::BadInput);
}

void TestRelationshipService::requestEndRejectsBadInput_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("message");
    const QDate today = fixedNow().toLocalTime().date();
    QTest::newRow("future date") << today.addDays(1) << u"email"_s << QString() << u"future"_s;
    QTest::newRow("no date") << QDate() << u"email"_s << QString() << u"future"_s;
    QTest::newRow("unknown method") << today << u"pigeon"_s << QString() << u"contacted"_s;
    QTest::newRow("note too long") << today << u"other"_s << QString(2001, u'x') << u"2000"_s;
}

void TestRelationshipService::requestEndRejectsBadInput()
{
    QFETCH(QDate, date);
    QFETCH(QString, method);
    QFETCH(QString, note);
    QFETCH(QString, message);
    const qint64 events = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto result = service.requestEnd(global(), fabrikamTenant, {date, method, note});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(stored(fabrikamTenant).state, Relationship::State::Active);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events);
    QCOMPARE(service.requestEnd(helpdesk(), fabrikamTenant, {fixedNow().date(), u"email"_s, {}}).error().kind,
        ErrorKind::NotAllowed);
}

void TestRelationshipService::markEndedAfterRequest()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service.requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, {}}).ok());
    // Only the partner can end it: a step waits until that is seen in Microsoft 365.
    QCOMPARE(openTodos(northwindTenant).size(), 1);
    const Todo waiting = openTodos(northwindTenant).constFirst();
    QCOMPARE(waiting.kind, Todo::Kind::ConfirmEnd);
    QCOMPARE(service.markEnded(helpdesk(), northwindTenant).error().kind, ErrorKind::NotAllowed);
    QCOMPARE(openTodos(northwindTenant).size(), 1);
    QVERIFY(service.markEnded(global(), northwindTenant).ok());
    QVERIFY(openTodos(northwindTenant).isEmpty()); // the confirmation is the step
    QCOMPARE(m_fixture->repository->todo(waiting.id).value()->status, Todo::Status::Done);
    const Relationship r = stored(northwindTenant);
    QCOMPARE(r.state, Relationship::State::Ended);
    QCOMPARE(r.endedUtc, fixedNow());
    QCOMPARE(r.partner.name, u"Northwind Beheer B.V."_s); // stays in the register
    QCOMPARE(m_fixture->repository->eventsForPartner(northwindTenant, 1).value().constFirst().action,
        u"relationship.ended"_s);
    QCOMPARE(service.markEnded(global(), northwindTenant).error().kind, ErrorKind::BadInput);
}

void TestRelationshipService::mpsaSharingIsOffByDefaultAndAudited()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QCOMPARE(service.mpsaSharing().value(), false);
    const qint64 events = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    QVERIFY(service.setMpsaSharing(billing(), true).ok());
    // Decided: the tenant is known to have it off until the step is done.
    QCOMPARE(service.mpsaSharing().value(), false);
    QVERIFY(service.pendingMpsaSharing().value().has_value());
    QCOMPARE(service.pendingMpsaSharing().value()->decision.value(u"enabled"_s).toBool(), true);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events + 1);
    auto last = m_fixture->repository->auditEvents({}, {}, 1).value().constFirst();
    QCOMPARE(last.action, u"settings.mpsaSharingDecided"_s);
    QCOMPARE(last.before.value(u"mpsaSharing"_s).toBool(), false);
    QCOMPARE(last.after.value(u"mpsaSharing"_s).toBool(), true);
    QVERIFY(service.setMpsaSharing(billing(), true).ok()); // decided already: nothing recorded
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events + 1);

    // Deciding back before it was done withdraws the decision.
    QVERIFY(service.setMpsaSharing(billing(), false).ok());
    QVERIFY(!service.pendingMpsaSharing().value().has_value());
    QCOMPARE(m_fixture->repository->auditEvents({}, {}, 1).value().constFirst().action, u"todo.withdrawn"_s);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events + 2);

    QVERIFY(service.setMpsaSharing(billing(), true).ok());
    TodoService todos(*m_fixture->repository, m_fixture->clock);
    QVERIFY(todos.markDone(billing(), service.pendingMpsaSharing().value()->id, {}).ok());
    QCOMPARE(service.mpsaSharing().value(), true);
    QVERIFY(!service.pendingMpsaSharing().value().has_value());
}

void TestRelationshipService::mpsaSharingRefusedForHelpdesk()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QCOMPARE(service.setMpsaSharing(helpdesk(), true).error().kind, ErrorKind::NotAllowed);
    QCOMPARE(service.mpsaSharing().value(), false);
}

namespace {
Relationship typedIn()
{
    Relationship r;
    r.partner = Partner {u"44445555-6666-4777-8888-999900001111"_s, u"  Humongous IT  "_s, u"7000123"_s,
        u"info@humongous.example"_s, {}, u"https://humongous.example"_s};
    r.types = {PartnerType(Kind::GdapPartner)};
    r.roles = {AdminRole::helpdeskAdministrator()};
    r.gdap = GdapDetails {
        u"Humongous helpdesk"_s, u"active"_s, 365, fixedNow().addDays(-1), fixedNow().addDays(364), true, {}};
    return r;
}
qint64 eventCount(DemoRegisterFixture &f)
{
    return f.scalar(u"SELECT count(*) FROM audit_events"_s);
}
} // namespace

void TestRelationshipService::saveAddsAPartnerTypedInWithOneEvent()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const qint64 before = eventCount(*m_fixture);
    auto saved = service.save(billing(), typedIn());
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY(saved->id > 0);
    const Relationship stored = this->stored(u"44445555-6666-4777-8888-999900001111"_s);
    QCOMPARE(stored.partner.name, u"Humongous IT"_s); // trimmed
    QCOMPARE(stored.partnerSinceUtc, fixedNow());
    QCOMPARE(stored.gdap.durationDays, 365);
    QCOMPARE(eventCount(*m_fixture), before + 1);
    QCOMPARE(m_fixture->scalar(
                 u"SELECT count(*) FROM audit_events WHERE action = 'relationship.added' AND "
                 "before_json = '{}' AND json_extract(after_json, '$.gdapName') = 'Humongous helpdesk'"_s),
        1);
}

void TestRelationshipService::saveEditsFieldByFieldWithBeforeAndAfter()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    Relationship fabrikam = stored(fabrikamTenant);
    fabrikam.partner.phone = u"+31 20 555 7777"_s;
    fabrikam.roles = {AdminRole::billingAdministrator()};
    auto saved = service.save(global(), fabrikam);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(stored(fabrikamTenant).partner.phone, u"+31 20 555 7777"_s);
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(
        q.exec(u"SELECT before_json, after_json FROM audit_events WHERE action = 'relationship.edited'"_s));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().contains(u"555 7777"_s));
    QVERIFY(q.value(1).toString().contains(u"555 7777"_s));
    QVERIFY(q.value(1).toString().contains(u"b0f54661-2d74-4c50-afa3-1ec803f12efe"_s));
    QVERIFY(!q.next());
}

void TestRelationshipService::saveRefusesEachBrokenRuleNamingTheField_data()
{
    QTest::addColumn<Relationship>("relationship");
    QTest::addColumn<QString>("field");
    Relationship r = typedIn();
    r.partner.tenantId = u"44445555-6666-4777-8888"_s;
    QTest::newRow("tenant ID") << r << u"tenantId"_s;
    r = typedIn();
    r.partner.name = u"=cmd|' /C calc'!A0"_s;
    QTest::newRow("formula name") << r << u"name"_s;
    r = typedIn();
    r.gdap.name = QString(51, u'g');
    QTest::newRow("GDAP name over 50") << r << u"gdapName"_s;
    r = typedIn();
    r.gdap.durationDays = 731;
    QTest::newRow("GDAP over two years") << r << u"gdapDuration"_s;
    r = typedIn();
    r.roles.append(AdminRole::globalAdministrator());
    QTest::newRow("auto-extend with Global Administrator") << r << u"gdapAutoExtend"_s;
    r = typedIn();
    r.agreement.acceptedAtUtc = fixedNow().addDays(1);
    QTest::newRow("agreement tomorrow") << r << u"agreement"_s;
}

void TestRelationshipService::saveRefusesEachBrokenRuleNamingTheField()
{
    QFETCH(Relationship, relationship);
    QFETCH(QString, field);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const qint64 before = eventCount(*m_fixture);
    auto saved = service.save(global(), relationship);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::BadInput);
    QCOMPARE(saved.error().field, field);
    QCOMPARE(eventCount(*m_fixture), before);
    QCOMPARE(stored(u"44445555-6666-4777-8888-999900001111"_s).id, 0);
}

void TestRelationshipService::saveRefusesATenantAlreadyInTheRegister()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    Relationship duplicate = typedIn();
    duplicate.partner.tenantId = contosoTenant.toUpper();
    auto saved = service.save(global(), duplicate);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, u"tenantId"_s);
    QVERIFY(saved.error().message.contains(u"Contoso Onderwijs ICT"_s));
    // Editing cannot move a relationship to another tenant ID either.
    Relationship moved = stored(fabrikamTenant);
    moved.partner.tenantId = u"44445555-6666-4777-8888-999900001111"_s;
    auto refused = service.save(global(), moved);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"tenantId"_s);
}

void TestRelationshipService::saveKeepsTheAcceptedAgreementRecord()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    Relationship fabrikam = stored(fabrikamTenant);
    QVERIFY(fabrikam.agreement.isAccepted());
    fabrikam.agreement.acceptedByName = u"Someone Else"_s;
    auto refused = service.save(global(), fabrikam);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"agreement"_s);
    QCOMPARE(stored(fabrikamTenant).agreement.acceptedByName, u"Anna de Vries"_s);
}

void TestRelationshipService::saveRefusedForHelpdesk()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    auto refused = service.save(helpdesk(), typedIn());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(stored(u"44445555-6666-4777-8888-999900001111"_s).id, 0);
}

void TestRelationshipService::saveWithoutChangesWritesNoEvent()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const qint64 before = eventCount(*m_fixture);
    auto saved = service.save(global(), stored(fabrikamTenant));
    QVERIFY(saved.ok());
    QCOMPARE(eventCount(*m_fixture), before);
}

QTEST_GUILESS_MAIN(TestRelationshipService)
#include "tst_relationshipservice.moc"
