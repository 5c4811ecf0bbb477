#include "review/reviewservice.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/operator.h"
#include "common/policy.h"
#include "common/ports.h"
#include "relationships/riskassessment.h"
#include "review/reviewrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

AuditEvent eventFor(const Operator &actor, const QDateTime &now, const char16_t *action)
{
    AuditEvent event;
    event.atUtc = now;
    event.operatorUpn = actor.upn;
    event.operatorName = actor.displayName;
    event.action = QString::fromUtf16(action);
    return event;
}

bool isOneLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
}

} // namespace

ReviewService::ReviewService(
    RegisterRepository &registerRepository, ReviewRepository &reviews, const Clock &clock)
    : m_register(registerRepository)
    , m_reviews(reviews)
    , m_clock(clock)
    , m_relationships(registerRepository, clock)
{ }

QString ReviewService::defaultTitle(const QDate &day)
{
    return QCoreApplication::translate("ReviewService", "Q%1 %2 partner access review")
        .arg((day.month() - 1) / 3 + 1)
        .arg(day.year());
}

ReviewService::Start ReviewService::defaultStart(const QDate &today)
{
    const QDate quarterStart(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    return Start {defaultTitle(today), quarterStart, today};
}

Result<std::optional<Review>> ReviewService::openReview() const
{
    return m_reviews.openReview();
}

Result<QList<ReviewItem>> ReviewService::items(qint64 reviewId) const
{
    return m_reviews.items(reviewId);
}

Result<Review> ReviewService::start(const Operator &actor, const Start &start)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    const QString title = start.title.trimmed();
    if (title.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService", "Give the review a title."), u"title"_s};
    if (title.size() > ReviewRules::kMaxTitleLength || !isOneLine(title)) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "ReviewService", "The title must be one line of at most %1 characters.")
                .arg(ReviewRules::kMaxTitleLength),
            u"title"_s};
    }
    if (!start.periodStart.isValid() || !start.periodEnd.isValid())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService", "Give the period the review covers."), u"period"_s};
    if (start.periodStart > start.periodEnd) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService", "The period cannot end before it starts."),
            u"period"_s};
    }
    auto open = m_reviews.openReview();
    if (!open)
        return open.error();
    if (open.value()) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "ReviewService", "The review “%1” is still open: finish it and sign it off first.")
                .arg(open.value()->title)};
    }
    auto summaries = m_register.summaries();
    if (!summaries)
        return summaries.error();
    const QDateTime now = m_clock.nowUtc();
    QList<ReviewItem> items;
    for (const PartnerSummary &s : summaries.value()) {
        if (s.state == Relationship::State::Ended)
            continue; // history, not access
        ReviewItem item;
        item.relationshipId = s.id;
        item.partnerTenantId = s.tenantId;
        item.partnerName = s.name;
        item.riskFlagsAtStart = RiskAssessment::assess(s, now);
        items.append(item);
    }
    if (items.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "ReviewService", "There is no current partner relationship to review.")};

    Review review;
    review.title = title;
    review.periodStart = start.periodStart;
    review.periodEnd = start.periodEnd;
    review.startedUtc = now;
    review.startedByUpn = actor.upn;
    review.startedByName = actor.displayName;
    AuditEvent event = eventFor(actor, now, AuditActions::ReviewStarted);
    event.after = QJsonObject {{u"review"_s, title},
        {u"period"_s,
            QString(start.periodStart.toString(Qt::ISODate) + u'/' + start.periodEnd.toString(Qt::ISODate))},
        {u"partners"_s, int(items.size())}};
    return m_reviews.start(review, items, event);
}

Result<Review> ReviewService::openReviewNamed(qint64 reviewId) const
{
    auto found = m_reviews.review(reviewId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("ReviewService", "There is no review %1 in the register.")
                .arg(reviewId)};
    const Review review = *found.value();
    if (review.isSignedOff()) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "ReviewService", "The review “%1” was signed off on %2: it no longer changes.")
                .arg(review.title,
                    QLocale().toString(review.signedOffUtc.toLocalTime(), QLocale::ShortFormat))};
    }
    return review;
}

Result<ReviewItem> ReviewService::decide(const Operator &actor, qint64 itemId, const Choice &choice)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    auto open = m_reviews.openReview();
    if (!open)
        return open.error();
    if (!open.value())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService", "No review is open: start one first.")};
    const Review review = *open.value();
    auto items = m_reviews.items(review.id);
    if (!items)
        return items.error();
    const auto it = std::find_if(items.value().cbegin(), items.value().cend(),
        [itemId](const ReviewItem &i) { return i.id == itemId; });
    if (it == items.value().cend()) {
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("ReviewService", "That partner is not part of the open review “%1”.")
                .arg(review.title)};
    }
    ReviewItem item = *it;
    // An earlier decision whose step still waits in Microsoft 365 is not silently replaced: the
    // review would say one thing and the to-do list another.
    if (item.isDecided() && item.decision != choice.decision
        && (item.decision == ReviewItem::Decision::RemoveRoles
            || item.decision == ReviewItem::Decision::RequestEnd)) {
        TodoQuery query;
        query.partnerTenantId = item.partnerTenantId;
        auto todos = m_register.todos(query);
        if (!todos)
            return todos.error();
        const Todo::Kind kind = item.decision == ReviewItem::Decision::RemoveRoles ? Todo::Kind::RemoveRoles
                                                                                   : Todo::Kind::ConfirmEnd;
        const bool waiting = std::any_of(todos.value().cbegin(), todos.value().cend(),
            [kind](const Todo &t) { return t.isOpen() && t.kind == kind; });
        if (waiting) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("ReviewService",
                    "%1: the earlier decision (%2) still waits in To do in Microsoft 365. Withdraw it there "
                    "first to decide otherwise.")
                    .arg(item.partnerName, reviewDecisionName(item.decision)),
                u"decision"_s};
        }
    }
    if (choice.decision == ReviewItem::Decision::None)
        return Error {ErrorKind::BadInput, QCoreApplication::translate("ReviewService", "Choose a decision."),
            u"decision"_s};
    const QString note = choice.note.trimmed();
    if (note.size() > ReviewRules::kMaxNoteLength) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService", "The note is longer than %1 characters.")
                .arg(ReviewRules::kMaxNoteLength),
            u"note"_s};
    }
    if (Status s = runDecision(actor, item, Choice {choice.decision, note, choice.endRequest}); !s)
        return s.error();

    const ReviewItem before = item;
    item.decision = choice.decision;
    item.note = note;
    item.decidedUtc = m_clock.nowUtc();
    item.decidedByUpn = actor.upn;
    item.decidedByName = actor.displayName;
    AuditEvent event = eventFor(actor, item.decidedUtc, AuditActions::ReviewDecided);
    event.partnerTenantId = item.partnerTenantId;
    event.partnerName = item.partnerName;
    event.before
        = QJsonObject {{u"review"_s, review.title}, {u"decision"_s, reviewDecisionKey(before.decision)}};
    if (!before.note.isEmpty())
        event.before.insert(u"note"_s, before.note);
    event.after
        = QJsonObject {{u"review"_s, review.title}, {u"decision"_s, reviewDecisionKey(item.decision)}};
    if (!note.isEmpty())
        event.after.insert(u"note"_s, note);
    return m_reviews.record(item, event);
}

// The decision's own use case, as the partner page runs it. A decision already taken outside the
// review (a removal waiting in To do, an end already requested) is the same decision: it is not
// taken twice.
Status ReviewService::runDecision(const Operator &actor, const ReviewItem &item, const Choice &choice)
{
    auto found = m_register.relationshipForPartner(item.partnerTenantId);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("ReviewService", "No partner with tenant ID %1 is in the register.")
                .arg(item.partnerTenantId)};
    }
    const Relationship relationship = *found.value();
    switch (choice.decision) {
    case ReviewItem::Decision::None:
        break;
    case ReviewItem::Decision::Keep:
        if (choice.note.isEmpty() && relationship.hasPrivilegedRole()) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("ReviewService",
                    "%1 holds a privileged admin role: say in the note why it keeps its access.")
                    .arg(relationship.partner.name),
                u"note"_s};
        }
        break;
    case ReviewItem::Decision::RemoveRoles: {
        TodoQuery query;
        query.partnerTenantId = relationship.partner.tenantId;
        auto todos = m_register.todos(query);
        if (!todos)
            return todos.error();
        const bool pending = std::any_of(todos.value().cbegin(), todos.value().cend(),
            [](const Todo &t) { return t.isOpen() && t.kind == Todo::Kind::RemoveRoles; });
        if (!pending) {
            if (auto removed = m_relationships.removeRoles(actor, {relationship.partner.tenantId}); !removed)
                return removed.error();
        }
        break;
    }
    case ReviewItem::Decision::RequestEnd:
        if (relationship.state == Relationship::State::Active) {
            if (auto requested
                = m_relationships.requestEnd(actor, relationship.partner.tenantId, choice.endRequest);
                !requested)
                return requested.error();
        }
        break;
    }
    if (auto reviewed = m_relationships.markReviewed(actor, relationship.partner.tenantId); !reviewed)
        return reviewed.error();
    return Done {};
}

Result<Review> ReviewService::signOff(const Operator &actor, qint64 reviewId, const QString &note)
{
    if (const Decision d = Policy::check(actor, PolicyAction::ManageRelationships); !d)
        return Error {ErrorKind::NotAllowed, d.reason()};
    auto found = openReviewNamed(reviewId);
    if (!found)
        return found.error();
    Review review = found.value();
    const QString trimmed = note.trimmed();
    if (trimmed.size() > ReviewRules::kMaxNoteLength) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService", "The note is longer than %1 characters.")
                .arg(ReviewRules::kMaxNoteLength),
            u"note"_s};
    }
    auto items = m_reviews.items(reviewId);
    if (!items)
        return items.error();
    QStringList undecided;
    for (const ReviewItem &item : items.value()) {
        if (!item.isDecided())
            undecided.append(item.partnerName);
    }
    if (!undecided.isEmpty()) {
        const int shown = std::min<int>(3, int(undecided.size()));
        QString names = QStringList(undecided.mid(0, shown)).join(u", "_s);
        if (undecided.size() > shown)
            names += u", …"_s;
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ReviewService",
                "%n partner(s) not decided yet: %1. Decide every partner before signing off.", nullptr,
                int(undecided.size()))
                .arg(names)};
    }
    review.signedOffUtc = m_clock.nowUtc();
    review.signedOffByUpn = actor.upn;
    review.signedOffByName = actor.displayName;
    review.signOffNote = trimmed;
    AuditEvent event = eventFor(actor, review.signedOffUtc, AuditActions::ReviewSignedOff);
    event.before = QJsonObject {{u"review"_s, review.title}, {u"signedOff"_s, false}};
    event.after = QJsonObject {
        {u"review"_s, review.title}, {u"signedOff"_s, true}, {u"partners"_s, int(items.value().size())}};
    if (!trimmed.isEmpty())
        event.after.insert(u"note"_s, trimmed);
    return m_reviews.signOff(review, event);
}
