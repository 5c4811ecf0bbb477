#pragma once
// ReviewRepository: the port access reviews are kept behind (storage implements it). Each change is
// one transaction with its audit event; a signed-off review is refused any change by the store too.

#include "audit/auditevent.h"
#include "common/result.h"
#include "review/review.h"

#include <QList>

#include <optional>

class ReviewRepository
{
public:
    virtual ~ReviewRepository() = default;

    // Every review, newest first, with its counts.
    virtual Result<QList<Review>> reviews() const = 0;
    virtual Result<std::optional<Review>> review(qint64 id) const = 0;
    // The review not yet signed off, if any (there is at most one).
    virtual Result<std::optional<Review>> openReview() const = 0;
    // A review's partners, by name without case.
    virtual Result<QList<ReviewItem>> items(qint64 reviewId) const = 0;

    // Stores a new review with its items; returns it with its id and counts.
    virtual Result<Review> start(
        const Review &review, const QList<ReviewItem> &items, const AuditEvent &event)
        = 0;
    // Records an item's decision, note and who decided.
    virtual Result<ReviewItem> record(const ReviewItem &item, const AuditEvent &event) = 0;
    // Records the sign-off (who, when, note).
    virtual Result<Review> signOff(const Review &review, const AuditEvent &event) = 0;
};
