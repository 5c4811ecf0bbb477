#include "review/sqlreviewrepository.h"

#include "audit/auditchain.h"
#include "common/registernotifier.h"
#include "database/database.h"
#include "database/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

Error storageError(const QSqlError &error)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("SqlReviewRepository", "The register could not be read or written: %1.")
            .arg(error.text())};
}

const QString kReviewColumns
    = u"r.id, r.title, r.period_start, r.period_end, r.started_utc, r.started_by_upn, "
      "r.started_by_name, r.signed_off_utc, r.signed_off_by_upn, r.signed_off_by_name, "
      "r.sign_off_note, (SELECT count(*) FROM review_items i WHERE i.review_id = r.id), "
      "(SELECT count(*) FROM review_items i WHERE i.review_id = r.id AND i.decision <> '')"_s;

Review reviewFromRow(const QSqlQuery &q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.periodStart = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.periodEnd = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.startedUtc = SqlValues::fromIso(q.value(4));
    r.startedByUpn = q.value(5).toString();
    r.startedByName = q.value(6).toString();
    r.signedOffUtc = SqlValues::fromIso(q.value(7));
    r.signedOffByUpn = q.value(8).toString();
    r.signedOffByName = q.value(9).toString();
    r.signOffNote = q.value(10).toString();
    r.partners = q.value(11).toInt();
    r.decided = q.value(12).toInt();
    return r;
}

} // namespace

SqlReviewRepository::SqlReviewRepository(Database &database, RegisterNotifier &notifier)
    : m_database(database)
    , m_notifier(notifier)
{ }

Status SqlReviewRepository::commitWith(
    QSqlDatabase db, ScopedTransaction &transaction, const AuditEvent &event)
{
    QList<AuditEvent> events {event};
    if (Status s = AuditChain::append(db, events); !s)
        return s.error();
    if (!transaction.commit())
        return storageError(db.lastError());
    Q_EMIT m_notifier.historyChanged();
    Q_EMIT m_notifier.reviewsChanged();
    return Done {};
}

Result<QList<Review>> SqlReviewRepository::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_database.connection());
    // where is one of this file's constants, never input.
    q.prepare(u"SELECT "_s + kReviewColumns + u" FROM reviews r "_s + where + u" ORDER BY r.id DESC"_s);
    if (value.isValid())
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError());
    QList<Review> out;
    while (q.next())
        out.append(reviewFromRow(q));
    return out;
}

Result<QList<Review>> SqlReviewRepository::reviews() const
{
    return select({}, {});
}

Result<std::optional<Review>> SqlReviewRepository::review(qint64 id) const
{
    auto found = select(u"WHERE r.id = ?"_s, id);
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional<Review>(found.value().constFirst());
}

Result<std::optional<Review>> SqlReviewRepository::openReview() const
{
    auto found = select(u"WHERE r.signed_off_utc IS NULL"_s, {});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::nullopt : std::optional<Review>(found.value().constFirst());
}

Result<QList<ReviewItem>> SqlReviewRepository::items(qint64 reviewId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, review_id, relationship_id, partner_tenant_id, partner_name, risk_flags_at_start, "
              "decision, note, decided_utc, decided_by_upn, decided_by_name FROM review_items "
              "WHERE review_id = ? ORDER BY partner_name COLLATE NOCASE, id"_s);
    q.addBindValue(reviewId);
    if (!q.exec())
        return storageError(q.lastError());
    QList<ReviewItem> out;
    while (q.next()) {
        ReviewItem i;
        i.id = q.value(0).toLongLong();
        i.reviewId = q.value(1).toLongLong();
        i.relationshipId = q.value(2).toLongLong();
        i.partnerTenantId = q.value(3).toString();
        i.partnerName = q.value(4).toString();
        i.riskFlagsAtStart = quint16(q.value(5).toUInt());
        i.decision = reviewDecisionFromKey(q.value(6).toString());
        i.note = q.value(7).toString();
        i.decidedUtc = SqlValues::fromIso(q.value(8));
        i.decidedByUpn = q.value(9).toString();
        i.decidedByName = q.value(10).toString();
        out.append(i);
    }
    return out;
}

Result<Review> SqlReviewRepository::start(
    const Review &review, const QList<ReviewItem> &items, const AuditEvent &event)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO reviews (title, period_start, period_end, started_utc, started_by_upn, "
              "started_by_name) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(review.title);
    q.addBindValue(review.periodStart.toString(Qt::ISODate));
    q.addBindValue(review.periodEnd.toString(Qt::ISODate));
    q.addBindValue(SqlValues::isoOrNull(review.startedUtc));
    q.addBindValue(SqlValues::text(review.startedByUpn));
    q.addBindValue(SqlValues::text(review.startedByName));
    if (!q.exec())
        return storageError(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO review_items (review_id, relationship_id, partner_tenant_id, partner_name, "
              "risk_flags_at_start) VALUES (?, ?, ?, ?, ?)"_s);
    for (const ReviewItem &item : items) {
        q.addBindValue(id);
        q.addBindValue(item.relationshipId);
        q.addBindValue(SqlValues::text(item.partnerTenantId));
        q.addBindValue(SqlValues::text(item.partnerName));
        q.addBindValue(int(item.riskFlagsAtStart));
        if (!q.exec())
            return storageError(q.lastError());
    }
    AuditEvent stamped = event;
    stamped.after.insert(u"reviewId"_s, id);
    if (Status s = commitWith(db, transaction, stamped); !s)
        return s.error();
    auto stored = this->review(id);
    if (!stored)
        return stored.error();
    return *stored.value();
}

Result<ReviewItem> SqlReviewRepository::record(const ReviewItem &item, const AuditEvent &event)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    QSqlQuery q(db);
    q.prepare(u"UPDATE review_items SET decision = ?, note = ?, decided_utc = ?, decided_by_upn = ?, "
              "decided_by_name = ? WHERE id = ? AND review_id = ?"_s);
    q.addBindValue(reviewDecisionKey(item.decision));
    q.addBindValue(SqlValues::text(item.note));
    q.addBindValue(SqlValues::isoOrNull(item.decidedUtc));
    q.addBindValue(SqlValues::text(item.decidedByUpn));
    q.addBindValue(SqlValues::text(item.decidedByName));
    q.addBindValue(item.id);
    q.addBindValue(item.reviewId);
    if (!q.exec())
        return storageError(q.lastError());
    if (q.numRowsAffected() != 1) {
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("SqlReviewRepository", "That partner is not part of the review.")};
    }
    if (Status s = commitWith(db, transaction, event); !s)
        return s.error();
    return item;
}

Result<Review> SqlReviewRepository::signOff(const Review &review, const AuditEvent &event)
{
    QSqlDatabase db = m_database.connection();
    ScopedTransaction transaction(db);
    if (!transaction.begun())
        return storageError(db.lastError());
    QSqlQuery q(db);
    // Only an open review whose every partner is decided is signed off, whatever the caller checked.
    q.prepare(u"UPDATE reviews SET signed_off_utc = ?, signed_off_by_upn = ?, signed_off_by_name = ?, "
              "sign_off_note = ? WHERE id = ? AND signed_off_utc IS NULL AND NOT EXISTS "
              "(SELECT 1 FROM review_items WHERE review_id = reviews.id AND decision = '')"_s);
    q.addBindValue(SqlValues::isoOrNull(review.signedOffUtc));
    q.addBindValue(SqlValues::text(review.signedOffByUpn));
    q.addBindValue(SqlValues::text(review.signedOffByName));
    q.addBindValue(SqlValues::text(review.signOffNote));
    q.addBindValue(review.id);
    if (!q.exec())
        return storageError(q.lastError());
    if (q.numRowsAffected() != 1) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "SqlReviewRepository", "The review is signed off already or not every partner is decided.")};
    }
    AuditEvent stamped = event;
    stamped.after.insert(u"reviewId"_s, review.id);
    if (Status s = commitWith(db, transaction, stamped); !s)
        return s.error();
    auto stored = this->review(review.id);
    if (!stored)
        return stored.error();
    return *stored.value();
}
