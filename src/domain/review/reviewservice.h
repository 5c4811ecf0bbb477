#pragma once
// ReviewService: the quarterly access review. Starting one lists every current relationship; each
// decision runs the same use case as the partner page (RelationshipService: its policy check, its
// to-do, its audit event) and is then recorded in the review; a Global or Billing Administrator signs
// the review off once every partner is decided, after which nothing in it changes.

#include "common/result.h"
#include "relationships/relationshipservice.h"
#include "review/review.h"

#include <QList>

#include <optional>

class Clock;
class RegisterRepository;
class ReviewRepository;
struct Operator;

class ReviewService
{
public:
    ReviewService(RegisterRepository &registerRepository, ReviewRepository &reviews, const Clock &clock);

    struct Start
    {
        QString title;
        QDate periodStart;
        QDate periodEnd;
    };
    // A title for the quarter a date is in: "Q4 2026 partner access review" (translated).
    static QString defaultTitle(const QDate &day);
    static Start defaultStart(const QDate &today); // this quarter, from its first day to today
    Result<Review> start(const Operator &actor, const Start &start);

    struct Choice
    {
        ReviewItem::Decision decision = ReviewItem::Decision::None;
        QString note; // required for Keep when the partner holds a privileged role
        // For RequestEnd: how and when the partner was asked (as on the partner page).
        RelationshipService::EndRequest endRequest;
    };
    Result<ReviewItem> decide(const Operator &actor, qint64 itemId, const Choice &choice);
    Result<Review> signOff(const Operator &actor, qint64 reviewId, const QString &note);

    Result<std::optional<Review>> openReview() const;
    Result<QList<ReviewItem>> items(qint64 reviewId) const;

private:
    Result<Review> openReviewNamed(qint64 reviewId) const;
    Status runDecision(const Operator &actor, const ReviewItem &item, const Choice &choice);
    RegisterRepository &m_register;
    ReviewRepository &m_reviews;
    const Clock &m_clock;
    RelationshipService m_relationships;
};
