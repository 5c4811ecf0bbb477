#include "reports/reportbuilder.h"

#include "activity/activityrepository.h"
#include "common/ports.h"
#include "review/reviewrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

QString Report::verifyCommand(const QString &reportPath, const QString &registerPath)
{
    return u"partnerdesk-cli verify-report %1 --db %2"_s.arg(
        QDir::toNativeSeparators(reportPath), QDir::toNativeSeparators(registerPath));
}

QLocale Report::locale() const
{
    return language == "nl"_L1 ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

ReportBuilder::ReportBuilder(
    RegisterRepository &registerRepository, ActivityRepository *activity, ReviewRepository *reviews)
    : m_register(registerRepository)
    , m_activity(activity)
    , m_reviews(reviews)
{ }

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

Result<Report> ReportBuilder::build(const Request &request) const
{
    Report report;
    report.language = request.language;
    report.producedUtc = request.asOfUtc.toUTC();
    report.producedByUpn = request.producedByUpn;
    report.producedByName = request.producedByName;
    auto organisation = m_register.organisation();
    if (!organisation)
        return organisation.error();
    report.organisationName = organisation->name;
    report.organisationTenantId = organisation->tenantId;

    QHash<qint64, ReviewItem> decisions;
    if (m_reviews && request.reviewId >= 0) {
        std::optional<Review> review;
        if (request.reviewId == 0) {
            auto all = m_reviews->reviews();
            if (!all)
                return all.error();
            if (!all.value().isEmpty())
                review = all.value().constFirst();
        } else {
            auto one = m_reviews->review(request.reviewId);
            if (!one)
                return one.error();
            if (!one.value()) {
                return Error {ErrorKind::NotFound,
                    QCoreApplication::translate("ReportBuilder", "There is no review %1 in the register.")
                        .arg(request.reviewId)};
            }
            review = one.value();
        }
        if (review) {
            report.review = review;
            auto items = m_reviews->items(review->id);
            if (!items)
                return items.error();
            for (const ReviewItem &item : items.value())
                decisions.insert(item.relationshipId, item);
        }
    }

    auto relationships = m_register.relationships();
    if (!relationships)
        return relationships.error();
    auto summaries = m_register.summaries();
    if (!summaries)
        return summaries.error();
    QHash<qint64, PartnerSummary> summaryOf;
    for (PartnerSummary &s : summaries.value()) {
        s.riskFlags = RiskAssessment::assess(s, report.producedUtc);
        summaryOf.insert(s.id, s);
    }
    QHash<QString, PartnerActivity> activityOf;
    if (m_activity) {
        auto evidence = m_activity->evidence();
        if (!evidence)
            return evidence.error();
        report.evidenceFromMs = evidence->fromMs;
        report.evidenceToMs = evidence->toMs;
        if (evidence->any()) {
            auto activity = m_activity->activity(ActivityQuery {});
            if (!activity)
                return activity.error();
            QMap<qint64, int> weeks;
            for (const PartnerActivity &a : activity.value()) {
                if (!a.inRegister)
                    continue;
                activityOf.insert(a.tenantId.toLower(), a);
                for (const auto &[monday, count] : a.weekly)
                    weeks[monday] += count;
            }
            for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
                report.weeklySignIns.append({it.key(), it.value()});
        }
    }
    TodoQuery openQuery;
    auto todos = m_register.todos(openQuery);
    if (!todos)
        return todos.error();

    for (const Relationship &r : relationships.value()) {
        const bool inReview = decisions.contains(r.id);
        if (r.state == Relationship::State::Ended && !inReview)
            continue; // history, not access
        ReportPartner p;
        p.tenantId = r.partner.tenantId;
        p.name = r.partner.name;
        p.state = stateKey(r.state);
        for (const PartnerType &t : r.types)
            p.typeKeys.append(t.key());
        p.typesText = r.typesDisplay();
        for (const AdminRole &role : r.roles) {
            p.roleIds.append(role.templateId());
            p.roleNames.append(role.isKnown()
                    ? role.displayName()
                    : QCoreApplication::translate("ReportBuilder", "Unknown role (ID %1)")
                          .arg(role.templateId()));
            p.rolePrivileged.append(role.isPrivileged());
        }
        p.agreementAcceptedUtc = r.agreement.acceptedAtUtc;
        p.agreementAcceptedBy
            = r.agreement.acceptedByName.isEmpty() ? r.agreement.acceptedByUpn : r.agreement.acceptedByName;
        p.agreementVersion = r.agreement.agreementVersion;
        p.gdapStatus = r.gdap.status;
        p.gdapStartUtc = r.gdap.startUtc;
        p.gdapEndUtc = r.gdap.endUtc;
        p.lastReviewedUtc = r.lastReviewedUtc;
        const PartnerSummary summary = summaryOf.value(r.id, PartnerSummary::fromRelationship(r));
        p.riskFlags
            = summary.riskFlags ? summary.riskFlags : RiskAssessment::assess(summary, report.producedUtc);
        p.riskLevel = RiskAssessment::level(p.riskFlags);
        if (report.evidenceToMs > 0) {
            p.evidence = true;
            const PartnerActivity a = activityOf.value(r.partner.tenantId.toLower());
            p.lastSignInUtc = fromMs(a.lastSignInMs);
            p.signIns30 = a.signIns30;
            p.signIns90 = a.signIns90;
            p.failed30 = a.failed30;
            p.countries = a.countries;
        }
        for (const Todo &t : todos.value()) {
            if (t.isOpen() && t.partnerTenantId.compare(r.partner.tenantId, Qt::CaseInsensitive) == 0) {
                p.openTodos.append(t.step());
                p.openTodoKinds.append(todoKindKey(t.kind));
            }
        }
        if (inReview) {
            const ReviewItem item = decisions.value(r.id);
            p.inReview = true;
            p.decision = item.decision;
            p.decisionNote = item.note;
            p.decidedBy = item.decidedByName.isEmpty() ? item.decidedByUpn : item.decidedByName;
            p.decidedUtc = item.decidedUtc;
        }
        report.partners.append(p);
    }
    std::stable_sort(
        report.partners.begin(), report.partners.end(), [](const ReportPartner &a, const ReportPartner &b) {
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        });

    report.overview = RegisterOverview::compute(summaries.value(), report.producedUtc, report.weeklySignIns);
    ReportSummary &s = report.summary;
    for (const ReportPartner &p : std::as_const(report.partners)) {
        ++s.partners;
        switch (p.riskLevel) {
        case RiskAssessment::Level::High:
            ++s.high;
            break;
        case RiskAssessment::Level::Medium:
            ++s.medium;
            break;
        case RiskAssessment::Level::Low:
            ++s.low;
            break;
        case RiskAssessment::Level::None:
            ++s.none;
            break;
        }
        s.privileged += p.hasPrivilegedRole() ? 1 : 0;
        s.agreementsMissing += (p.riskFlags & RiskAssessment::AgreementNotAccepted) ? 1 : 0;
        s.reviewsOverdue += (p.riskFlags & RiskAssessment::ReviewOverdue) ? 1 : 0;
        s.gdapEndingSoon
            += (p.riskFlags & (RiskAssessment::GdapEndingSoon | RiskAssessment::GdapExpired)) ? 1 : 0;
        s.openTodos += int(p.openTodos.size());
        s.decided += p.decision != ReviewItem::Decision::None ? 1 : 0;
        s.signIns30 += p.signIns30;
    }

    auto receipt = m_register.auditReceipt(report.producedUtc);
    if (!receipt)
        return receipt.error();
    report.verification = receipt.value();
    auto count = m_register.auditEventCount();
    if (!count)
        return count.error();
    report.auditEvents = count.value();
    return report;
}
