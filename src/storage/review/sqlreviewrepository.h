#pragma once
// SqlReviewRepository: access reviews in the register's SQLite file (tables reviews, review_items).

#include "review/reviewrepository.h"

class Database;
class RegisterNotifier;
class QSqlQuery;
class QSqlDatabase;
class ScopedTransaction;

class SqlReviewRepository final : public ReviewRepository
{
public:
    SqlReviewRepository(Database &database, RegisterNotifier &notifier);

    Result<QList<Review>> reviews() const override;
    Result<std::optional<Review>> review(qint64 id) const override;
    Result<std::optional<Review>> openReview() const override;
    Result<QList<ReviewItem>> items(qint64 reviewId) const override;
    Result<Review> start(
        const Review &review, const QList<ReviewItem> &items, const AuditEvent &event) override;
    Result<ReviewItem> record(const ReviewItem &item, const AuditEvent &event) override;
    Result<Review> signOff(const Review &review, const AuditEvent &event) override;

private:
    Result<QList<Review>> select(const QString &where, const QVariant &value) const;
    // Appends the change's audit event, commits, and tells every view.
    Status commitWith(QSqlDatabase db, ScopedTransaction &transaction, const AuditEvent &event);
    Database &m_database;
    RegisterNotifier &m_notifier;
};
