// The access review: started on every current relationship, each decision through the same use case
// as the partner page (policy, to-do, audit), resumed after reopening, signed off by a Global or
// Billing Administrator once complete, and frozen after that — also against a direct write.

#include "database/database.h"
#include "register/sqlregisterrepository.h"
#include "relationships/relationshipservice.h"
#include "review/reviewservice.h"
#include "review/sqlreviewrepository.h"
#include "testsupport.h"
#include "todos/todoservice.h"

#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestReviewService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startListsEveryCurrentRelationship();
    void startRefusedForHelpdesk();
    void startRefusesBadTitleAndPeriod();
    void onlyOneReviewIsOpen();
    void keepNeedsANoteForAPrivilegedRole();
    void keepMarksThePartnerReviewed();
    void removeRolesRecordsTheDecisionAsAToDo();
    void removeRolesAlreadyWaitingIsNotDecidedTwice();
    void removeRolesRefusedWithoutRoles();
    void requestEndRunsTheEndRequest();
    void decideRefusedForHelpdesk();
    void aReviewResumesAfterReopening();
    void signOffNeedsEveryPartnerDecided();
    void signOffRefusedForHelpdesk();
    void aSignedOffReviewIsFrozen();
    void anEndedRelationshipIsNotReviewed();
    void theStoreRefusesASignOffWithPartnersUndecided();
    void aDecisionWaitingInMicrosoft365IsNotReplacedSilently();

private:
    Operator op(int index) const { return m_fixture->repository->operators().value().at(index); }
    Operator global() const { return op(0); } // Anna de Vries
    Operator billing() const { return op(1); } // Bram Jansen
    Operator helpdesk() const { return op(2); } // Chloé Bakker
    qint64 events() const { return m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s); }
    Review started();
    ReviewItem itemOf(const QString &tenantId) const;
    int openTodos(const QString &tenantId, Todo::Kind kind) const;
    void decideAll(const Operator &actor);

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlReviewRepository> m_reviews;
    std::unique_ptr<ReviewService> m_service;
};

void TestReviewService::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_reviews
        = std::make_unique<SqlReviewRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_service = std::make_unique<ReviewService>(*m_fixture->repository, *m_reviews, m_fixture->clock);
}

void TestReviewService::cleanup()
{
    m_service.reset();
    m_reviews.reset();
    m_fixture.reset();
}

Review TestReviewService::started()
{
    auto review = m_service->start(global(), ReviewService::defaultStart(fixedNow().date()));
    if (!review)
        qWarning() << review.error().message;
    return review ? review.value() : Review {};
}

ReviewItem TestReviewService::itemOf(const QString &tenantId) const
{
    const auto open = m_reviews->openReview().value();
    const auto review = open ? *open : m_reviews->reviews().value().constFirst();
    for (const ReviewItem &item : m_reviews->items(review.id).value()) {
        if (item.partnerTenantId == tenantId)
            return item;
    }
    return {};
}

int TestReviewService::openTodos(const QString &tenantId, Todo::Kind kind) const
{
    TodoQuery query;
    query.partnerTenantId = tenantId;
    int n = 0;
    for (const Todo &t : m_fixture->repository->todos(query).value())
        n += (t.isOpen() && t.kind == kind) ? 1 : 0;
    return n;
}

void TestReviewService::decideAll(const Operator &actor)
{
    const auto review = *m_reviews->openReview().value();
    for (const ReviewItem &item : m_reviews->items(review.id).value()) {
        if (item.isDecided())
            continue;
        auto decided = m_service->decide(actor, item.id,
            {ReviewItem::Decision::Keep, u"Needed for the school's helpdesk contract."_s, {}});
        QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    }
}

void TestReviewService::startListsEveryCurrentRelationship()
{
    const qint64 before = events();
    const Review review = started();
    QVERIFY(review.id > 0);
    const qint64 current = m_fixture->scalar(u"SELECT count(*) FROM relationships WHERE state <> 'ended'"_s);
    QVERIFY(current > 0);
    QCOMPARE(review.partners, int(current));
    QCOMPARE(review.decided, 0);
    QCOMPARE(review.title, u"Q4 2026 partner access review"_s);
    QCOMPARE(review.periodStart, QDate(2026, 10, 1));
    QCOMPARE(review.periodEnd, QDate(2026, 11, 24));
    QCOMPARE(review.startedByUpn, global().upn);
    // No translator here, so the plural reads "partner(s)".
    QCOMPARE(review.progressText(), u"0 of %1 partner(s) reviewed"_s.arg(current));
    QCOMPARE(events(), before + 1);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'review.started'"_s), 1);
    // The risk each partner carried when the review started is kept with it.
    QVERIFY(itemOf(contosoTenant).riskFlagsAtStart != 0);
}

void TestReviewService::startRefusedForHelpdesk()
{
    const qint64 before = events();
    auto review = m_service->start(helpdesk(), ReviewService::defaultStart(fixedNow().date()));
    QVERIFY(!review);
    QCOMPARE(review.error().kind, ErrorKind::NotAllowed);
    QVERIFY(review.error().message.contains(u"Global Administrator"_s));
    QCOMPARE(events(), before);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM reviews"_s), 0);
}

void TestReviewService::startRefusesBadTitleAndPeriod()
{
    const QDate today = fixedNow().date();
    const QList<std::pair<ReviewService::Start, QString>> bad {
        {{u"   "_s, today, today}, u"title"_s},
        {{QString(201, u'x'), today, today}, u"title"_s},
        {{u"Two\nlines"_s, today, today}, u"title"_s},
        {{u"Review"_s, today, today.addDays(-1)}, u"period"_s},
        {{u"Review"_s, QDate(), today}, u"period"_s},
    };
    for (const auto &[start, field] : bad) {
        auto review = m_service->start(global(), start);
        QVERIFY(!review);
        QCOMPARE(review.error().kind, ErrorKind::BadInput);
        QCOMPARE(review.error().field, field);
    }
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM reviews"_s), 0);
}

void TestReviewService::onlyOneReviewIsOpen()
{
    QVERIFY(started().id > 0);
    auto second = m_service->start(billing(), {u"Another"_s, QDate(2026, 11, 1), QDate(2026, 11, 2)});
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::BadInput);
    QVERIFY(second.error().message.contains(u"Q4 2026 partner access review"_s));
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM reviews"_s), 1);
}

void TestReviewService::keepNeedsANoteForAPrivilegedRole()
{
    QVERIFY(started().id > 0);
    const ReviewItem contoso = itemOf(contosoTenant);
    const qint64 before = events();
    auto refused = m_service->decide(global(), contoso.id, {ReviewItem::Decision::Keep, u"   "_s, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QCOMPARE(refused.error().field, u"note"_s);
    QVERIFY(refused.error().message.contains(u"Contoso"_s));
    QCOMPARE(events(), before);
    QVERIFY(!itemOf(contosoTenant).isDecided());

    // A partner without admin roles is kept without a note.
    auto fabrikam
        = m_service->decide(global(), itemOf(fabrikamTenant).id, {ReviewItem::Decision::Keep, {}, {}});
    QVERIFY2(fabrikam.ok(), qPrintable(fabrikam.error().message));
    QCOMPARE(itemOf(fabrikamTenant).decision, ReviewItem::Decision::Keep);
}

void TestReviewService::keepMarksThePartnerReviewed()
{
    QVERIFY(started().id > 0);
    const qint64 before = events();
    auto kept = m_service->decide(
        billing(), itemOf(contosoTenant).id, {ReviewItem::Decision::Keep, u"Runs our Intune tenant."_s, {}});
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    const ReviewItem stored = itemOf(contosoTenant);
    QCOMPARE(stored.decision, ReviewItem::Decision::Keep);
    QCOMPARE(stored.note, u"Runs our Intune tenant."_s);
    QCOMPARE(stored.decidedByUpn, billing().upn);
    QCOMPARE(stored.decidedUtc, fixedNow());
    // Marked as reviewed through the partner page's use case, and the decision audited.
    const Relationship r = *m_fixture->repository->relationshipForPartner(contosoTenant).value();
    QCOMPARE(r.lastReviewedUtc, fixedNow());
    QCOMPARE(events(), before + 2);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'review.decided' "
                               "AND partner_tenant_id = '"_s
                 + contosoTenant + u"'"_s),
        1);
    QCOMPARE(m_reviews->openReview().value()->decided, 1);
}

void TestReviewService::removeRolesRecordsTheDecisionAsAToDo()
{
    QVERIFY(started().id > 0);
    const Relationship before = *m_fixture->repository->relationshipForPartner(contosoTenant).value();
    auto removed
        = m_service->decide(global(), itemOf(contosoTenant).id, {ReviewItem::Decision::RemoveRoles, {}, {}});
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(openTodos(contosoTenant, Todo::Kind::RemoveRoles), 1);
    // The register records the decision; the tenant is known to hold the roles until the to-do is done.
    const Relationship after = *m_fixture->repository->relationshipForPartner(contosoTenant).value();
    QCOMPARE(after.roles, before.roles);
    QCOMPARE(m_fixture->scalar(
                 u"SELECT count(*) FROM audit_events WHERE action = 'relationship.rolesRemovalDecided'"_s),
        1);
    QCOMPARE(itemOf(contosoTenant).decision, ReviewItem::Decision::RemoveRoles);
}

void TestReviewService::removeRolesAlreadyWaitingIsNotDecidedTwice()
{
    RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
    QVERIFY(relationships.removeRoles(global(), {contosoTenant}).ok());
    QVERIFY(started().id > 0);
    auto removed
        = m_service->decide(global(), itemOf(contosoTenant).id, {ReviewItem::Decision::RemoveRoles, {}, {}});
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(openTodos(contosoTenant, Todo::Kind::RemoveRoles), 1);
    QCOMPARE(m_fixture->scalar(
                 u"SELECT count(*) FROM audit_events WHERE action = 'relationship.rolesRemovalDecided'"_s),
        1);
}

void TestReviewService::removeRolesRefusedWithoutRoles()
{
    QVERIFY(started().id > 0);
    auto refused
        = m_service->decide(global(), itemOf(fabrikamTenant).id, {ReviewItem::Decision::RemoveRoles, {}, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY(refused.error().message.contains(u"holds no admin roles"_s));
    QVERIFY(!itemOf(fabrikamTenant).isDecided());
}

void TestReviewService::requestEndRunsTheEndRequest()
{
    QVERIFY(started().id > 0);
    ReviewService::Choice choice {ReviewItem::Decision::RequestEnd, u"Contract ended in September."_s,
        {fixedNow().date(), u"email"_s, u"Asked by mail."_s}};
    // The end request's own checks apply: no method, no request.
    ReviewService::Choice noMethod = choice;
    noMethod.endRequest.method.clear();
    auto refused = m_service->decide(global(), itemOf(northwindTenant).id, noMethod);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY(!itemOf(northwindTenant).isDecided());

    auto requested = m_service->decide(global(), itemOf(northwindTenant).id, choice);
    QVERIFY2(requested.ok(), qPrintable(requested.error().message));
    const Relationship r = *m_fixture->repository->relationshipForPartner(northwindTenant).value();
    QCOMPARE(r.state, Relationship::State::EndRequested);
    QCOMPARE(r.endRequestMethod, u"email"_s);
    QCOMPARE(openTodos(northwindTenant, Todo::Kind::ConfirmEnd), 1);
    QCOMPARE(itemOf(northwindTenant).decision, ReviewItem::Decision::RequestEnd);
}

void TestReviewService::decideRefusedForHelpdesk()
{
    QVERIFY(started().id > 0);
    const qint64 before = events();
    auto refused
        = m_service->decide(helpdesk(), itemOf(fabrikamTenant).id, {ReviewItem::Decision::Keep, {}, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QVERIFY(refused.error().message.contains(u"Global Administrator"_s));
    QCOMPARE(events(), before);
    QVERIFY(!itemOf(fabrikamTenant).isDecided());
}

void TestReviewService::aReviewResumesAfterReopening()
{
    const Review review = started();
    QVERIFY(review.id > 0);
    QVERIFY(
        m_service
            ->decide(global(), itemOf(fabrikamTenant).id, {ReviewItem::Decision::Keep, u"Licences."_s, {}})
            .ok());
    const QString path = m_fixture->path();
    m_service.reset();
    m_reviews.reset();
    m_fixture->repository.reset();
    m_fixture->database.reset();

    auto reopened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    m_fixture->database = std::move(reopened).value();
    m_fixture->repository = std::make_unique<SqlRegisterRepository>(*m_fixture->database);
    m_reviews
        = std::make_unique<SqlReviewRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_service = std::make_unique<ReviewService>(*m_fixture->repository, *m_reviews, m_fixture->clock);

    const auto open = m_service->openReview();
    QVERIFY(open.ok() && open.value().has_value());
    QCOMPARE(open.value()->id, review.id);
    QCOMPARE(open.value()->decided, 1);
    QCOMPARE(itemOf(fabrikamTenant).decision, ReviewItem::Decision::Keep);
    QCOMPARE(itemOf(fabrikamTenant).note, u"Licences."_s);
    decideAll(global());
    QVERIFY(m_service->signOff(global(), review.id, {}).ok());
}

void TestReviewService::signOffNeedsEveryPartnerDecided()
{
    const Review review = started();
    QVERIFY(
        m_service->decide(global(), itemOf(fabrikamTenant).id, {ReviewItem::Decision::Keep, {}, {}}).ok());
    const qint64 before = events();
    auto refused = m_service->signOff(global(), review.id, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY(refused.error().message.contains(u"not decided yet"_s));
    QVERIFY(refused.error().message.contains(u"Adatum Apps"_s));
    QCOMPARE(events(), before);
    QVERIFY(!m_reviews->review(review.id).value()->isSignedOff());

    decideAll(global());
    auto signedOff = m_service->signOff(billing(), review.id, u"All partners seen in the team meeting."_s);
    QVERIFY2(signedOff.ok(), qPrintable(signedOff.error().message));
    QVERIFY(signedOff.value().isSignedOff());
    QCOMPARE(signedOff.value().signedOffByUpn, billing().upn);
    QCOMPARE(signedOff.value().signOffNote, u"All partners seen in the team meeting."_s);
    QCOMPARE(signedOff.value().decided, signedOff.value().partners);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'review.signedOff'"_s), 1);
    QVERIFY(!m_service->openReview().value().has_value());
}

void TestReviewService::signOffRefusedForHelpdesk()
{
    const Review review = started();
    decideAll(global());
    auto refused = m_service->signOff(helpdesk(), review.id, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QVERIFY(refused.error().message.contains(u"Global Administrator"_s));
    QVERIFY(!m_reviews->review(review.id).value()->isSignedOff());
}

void TestReviewService::aSignedOffReviewIsFrozen()
{
    const Review review = started();
    decideAll(global());
    QVERIFY(m_service->signOff(global(), review.id, {}).ok());
    const ReviewItem fabrikam = itemOf(fabrikamTenant);

    auto again = m_service->decide(global(), fabrikam.id, {ReviewItem::Decision::RemoveRoles, {}, {}});
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::BadInput);
    auto twice = m_service->signOff(global(), review.id, {});
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::BadInput);
    QVERIFY(twice.error().message.contains(u"signed off"_s));

    // Whatever writes the file: the store refuses a change to a signed-off review.
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(!q.exec(u"UPDATE review_items SET decision = 'removeRoles' WHERE id = %1"_s.arg(fabrikam.id)));
    QVERIFY(q.lastError().text().contains(u"signed-off review"_s));
    QVERIFY(!q.exec(u"UPDATE reviews SET title = 'Rewritten' WHERE id = %1"_s.arg(review.id)));
    QVERIFY(!q.exec(u"DELETE FROM review_items WHERE review_id = %1"_s.arg(review.id)));
    QCOMPARE(itemOf(fabrikamTenant).decision, ReviewItem::Decision::Keep);
    // A new review can start once the last one is signed off.
    auto next = m_service->start(global(), {u"Next"_s, QDate(2027, 1, 1), QDate(2027, 1, 2)});
    QVERIFY(next.ok());
    // An item of the open review cannot be moved into the frozen one, nor onto a frozen item's partner.
    const qint64 openItem
        = m_fixture->scalar(u"SELECT min(id) FROM review_items WHERE review_id = %1"_s.arg(next->id));
    QVERIFY(!q.exec(u"UPDATE review_items SET review_id = %1 WHERE id = %2"_s.arg(review.id).arg(openItem)));
    QVERIFY(!q.exec(u"UPDATE OR REPLACE review_items SET review_id = %1, relationship_id = %2 WHERE id = %3"_s
                        .arg(review.id)
                        .arg(fabrikam.relationshipId)
                        .arg(openItem)));
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM review_items WHERE review_id = %1"_s.arg(review.id)),
        qint64(review.partners));
    QCOMPARE(itemOf(fabrikamTenant).decision, ReviewItem::Decision::None); // the open review's item
}

void TestReviewService::anEndedRelationshipIsNotReviewed()
{
    RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
    QVERIFY(relationships.requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, {}}).ok());
    QVERIFY(relationships.markEnded(global(), northwindTenant).ok());
    const Review review = started();
    QCOMPARE(review.partners, 13);
    QCOMPARE(itemOf(northwindTenant).id, 0); // not in it
}

void TestReviewService::theStoreRefusesASignOffWithPartnersUndecided()
{
    Review review = started();
    review.signedOffUtc = fixedNow();
    review.signedOffByUpn = global().upn;
    AuditEvent event;
    event.atUtc = fixedNow();
    event.operatorUpn = global().upn;
    event.action = QString::fromUtf16(AuditActions::ReviewSignedOff);
    const qint64 before = events();
    auto refused = m_reviews->signOff(review, event);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY(!m_reviews->review(review.id).value()->isSignedOff());
    QCOMPARE(events(), before);
}

void TestReviewService::aDecisionWaitingInMicrosoft365IsNotReplacedSilently()
{
    QVERIFY(started().id > 0);
    const qint64 item = itemOf(contosoTenant).id;
    QVERIFY(m_service->decide(global(), item, {ReviewItem::Decision::RemoveRoles, {}, {}}).ok());
    auto refused = m_service->decide(global(), item, {ReviewItem::Decision::Keep, u"Changed my mind."_s, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::BadInput);
    QVERIFY(refused.error().message.contains(u"Withdraw it there first"_s));
    QCOMPARE(itemOf(contosoTenant).decision, ReviewItem::Decision::RemoveRoles);
    // Withdrawn in To do, the decision may change.
    TodoQuery query;
    query.partnerTenantId = contosoTenant;
    const Todo todo = m_fixture->repository->todos(query).value().constFirst();
    TodoService todos(*m_fixture->repository, m_fixture->clock);
    QVERIFY(todos.withdraw(global(), todo.id, u"Kept after all."_s).ok());
    auto kept = m_service->decide(global(), item, {ReviewItem::Decision::Keep, u"Changed my mind."_s, {}});
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(itemOf(contosoTenant).decision, ReviewItem::Decision::Keep);
}

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
