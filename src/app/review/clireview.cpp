#include "review/clireview.h"

#include "cli.h"
#include "clisupport.h"
#include "registersession.h"

#include "common/clock.h"
#include "database/database.h"
#include "register/sqlregisterrepository.h"
#include "reports/reportjson.h"
#include "review/reviewservice.h"
#include "review/sqlreviewrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;
using CliSupport::fail;

namespace {

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

int show(SqlReviewRepository &reviews, const QString &format, QTextStream &out, QTextStream &err)
{
    auto all = reviews.reviews();
    if (!all)
        return fail(err, all.error());
    if (all.value().isEmpty()) {
        out << QCoreApplication::translate(
            "CliReview", "No review was started yet. Start one with: review start")
            << Qt::endl;
        return Cli::Ok;
    }
    const Review review = all.value().constFirst();
    auto items = reviews.items(review.id);
    if (!items)
        return fail(err, items.error());
    if (format == "json"_L1) {
        QJsonArray partners;
        for (const ReviewItem &i : items.value()) {
            partners.append(QJsonObject {{u"tenantId"_s, i.partnerTenantId}, {u"name"_s, i.partnerName},
                {u"decision"_s, reviewDecisionKey(i.decision)}, {u"note"_s, i.note},
                {u"decidedBy"_s, i.decidedByUpn}, {u"decided"_s, ReportJson::isoOrNull(i.decidedUtc)}});
        }
        QJsonObject json = ReportJson::reviewJson(review);
        json.insert(u"items"_s, partners);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Cli::Ok;
    }
    if (format != "table"_L1 && !format.isEmpty())
        return fail(err,
            badInput(QCoreApplication::translate("CliReview", "Unknown format %1; use table or json.")
                         .arg(format)));
    const QLocale locale;
    out << QCoreApplication::translate("CliReview", "Review %1: %2").arg(review.id).arg(review.title)
        << Qt::endl
        << QCoreApplication::translate("CliReview", "Period: %1 – %2")
               .arg(locale.toString(review.periodStart, QLocale::ShortFormat),
                   locale.toString(review.periodEnd, QLocale::ShortFormat))
        << Qt::endl
        << review.progressText() << Qt::endl
        << Qt::endl;
    for (const ReviewItem &i : items.value()) {
        out << u"%1  %2  %3"_s.arg(
            i.partnerTenantId, i.partnerName.leftJustified(28), reviewDecisionName(i.decision));
        if (!i.note.isEmpty())
            out << u" — "_s << i.note;
        out << Qt::endl;
    }
    return Cli::Ok;
}

} // namespace

namespace CliReview {

int run(RegisterSession &session, const Request &request, QTextStream &out, QTextStream &err)
{
    SqlReviewRepository reviews(session.database(), session.repository().notifier());
    SystemClock clock;
    ReviewService service(session.repository(), reviews, clock);
    const QString action = request.arguments.value(0);
    if (action.isEmpty())
        return show(reviews, request.format, out, err);

    if (action == "start"_L1 && request.arguments.size() == 1) {
        ReviewService::Start start = ReviewService::defaultStart(QDate::currentDate());
        if (!request.title.isNull())
            start.title = request.title;
        if (!request.from.isEmpty())
            start.periodStart = QDate::fromString(request.from, Qt::ISODate);
        if (!request.to.isEmpty())
            start.periodEnd = QDate::fromString(request.to, Qt::ISODate);
        auto review = service.start(session.actor(), start);
        if (!review)
            return fail(err, review.error());
        out << QCoreApplication::translate(
            "CliReview", "Started review %1: %2 (%n partner(s)).", nullptr, review->partners)
                   .arg(review->id)
                   .arg(review->title)
            << Qt::endl;
        return Cli::Ok;
    }

    if (action == "decide"_L1 && request.arguments.size() == 3) {
        static const QStringList decisions {u"keep"_s, u"remove-roles"_s, u"request-end"_s};
        const QString tenantId = request.arguments.at(1).trimmed();
        const QString decision = request.arguments.at(2).trimmed().toLower();
        if (!decisions.contains(decision)) {
            return fail(err,
                badInput(QCoreApplication::translate(
                    "CliReview", "Unknown decision %1; use keep, remove-roles or request-end.")
                             .arg(decision)));
        }
        auto open = service.openReview();
        if (!open)
            return fail(err, open.error());
        if (!open.value())
            return fail(err,
                badInput(QCoreApplication::translate("CliReview", "No review is open: start one first.")));
        auto items = service.items(open.value()->id);
        if (!items)
            return fail(err, items.error());
        const auto item
            = std::find_if(items.value().cbegin(), items.value().cend(), [&](const ReviewItem &i) {
                  return i.partnerTenantId.compare(tenantId, Qt::CaseInsensitive) == 0;
              });
        if (item == items.value().cend()) {
            return fail(err,
                {ErrorKind::NotFound,
                    QCoreApplication::translate(
                        "CliReview", "No partner with tenant ID %1 is part of the open review.")
                        .arg(tenantId)});
        }
        // The same questions as elsewhere: no removal without its Yes, no end request without how.
        if (decision == "remove-roles"_L1 && !request.yes) {
            return fail(err,
                badInput(QCoreApplication::translate("CliReview",
                    "Remove roles? This records the decision to remove the admin roles of %1 (to do in "
                    "Microsoft 365 afterwards). Add --yes to answer Yes.")
                             .arg(item->partnerName)));
        }
        if (decision == "request-end"_L1 && request.method.isEmpty()) {
            return fail(err,
                badInput(QCoreApplication::translate("CliReview",
                    "Say how the partner was asked to end the relationship: --method email, phone, meeting "
                    "or other.")));
        }
        ReviewService::Choice choice;
        choice.decision = decision == "keep"_L1 ? ReviewItem::Decision::Keep
            : decision == "remove-roles"_L1     ? ReviewItem::Decision::RemoveRoles
                                                : ReviewItem::Decision::RequestEnd;
        choice.note = request.note;
        choice.endRequest = {QDate::currentDate(), request.method, request.note};
        auto decided = service.decide(session.actor(), item->id, choice);
        if (!decided)
            return fail(err, decided.error());
        auto review = service.openReview();
        out << QCoreApplication::translate("CliReview", "%1: %2.")
                   .arg(decided->partnerName, reviewDecisionName(decided->decision))
            << Qt::endl;
        if (review && review.value())
            out << review.value()->progressText() << Qt::endl;
        return Cli::Ok;
    }

    if (action == "sign-off"_L1 && request.arguments.size() == 1) {
        auto open = service.openReview();
        if (!open)
            return fail(err, open.error());
        if (!open.value())
            return fail(
                err, badInput(QCoreApplication::translate("CliReview", "No review is open to sign off.")));
        auto signedOff = service.signOff(session.actor(), open.value()->id, request.note);
        if (!signedOff)
            return fail(err, signedOff.error());
        out << QCoreApplication::translate("CliReview", "Review %1: %2.")
                   .arg(signedOff->id)
                   .arg(signedOff->progressText())
            << Qt::endl;
        return Cli::Ok;
    }
    return fail(err,
        badInput(QCoreApplication::translate("CliReview",
            "Use review, review start [--title, --from, --to], review decide TENANT-ID "
            "keep|remove-roles|request-end "
            "[--note, --method], or review sign-off [--note].")));
}

} // namespace CliReview
