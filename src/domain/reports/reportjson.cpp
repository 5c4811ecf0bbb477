#include "reports/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(ReportJson::isoOrNull(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? timeOrNull(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ReportJson::isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject ReportJson::partnerJson(const ReportPartner &p)
{
    QJsonArray roles;
    for (qsizetype i = 0; i < p.roleIds.size(); ++i)
        roles.append(QJsonObject {{u"id"_s, p.roleIds.at(i)}, {u"privileged"_s, p.rolePrivileged.value(i)}});
    QJsonObject json {{u"tenantId"_s, p.tenantId}, {u"name"_s, p.name}, {u"state"_s, p.state},
        {u"types"_s, QJsonArray::fromStringList(p.typeKeys)}, {u"roles"_s, roles},
        {u"agreement"_s,
            QJsonObject {{u"accepted"_s, timeOrNull(p.agreementAcceptedUtc)},
                {u"acceptedBy"_s, p.agreementAcceptedBy}, {u"version"_s, p.agreementVersion}}},
        {u"lastReviewed"_s, timeOrNull(p.lastReviewedUtc)},
        {u"risk"_s,
            QJsonObject {{u"level"_s, RiskAssessment::levelKey(p.riskLevel)},
                {u"flags"_s, QJsonArray::fromStringList(RiskAssessment::keys(p.riskFlags))}}},
        {u"openTodos"_s, QJsonArray::fromStringList(p.openTodoKinds)}};
    json.insert(u"gdap"_s,
        p.gdapStatus.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonObject {{u"status"_s, p.gdapStatus}, {u"start"_s, timeOrNull(p.gdapStartUtc)},
                {u"end"_s, timeOrNull(p.gdapEndUtc)}}));
    json.insert(u"activity"_s,
        !p.evidence
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonObject {{u"lastSignIn"_s, timeOrNull(p.lastSignInUtc)},
                {u"signIns30"_s, p.signIns30}, {u"signIns90"_s, p.signIns90}, {u"failed30"_s, p.failed30},
                {u"countries"_s, QJsonArray::fromStringList(p.countries)}}));
    json.insert(u"review"_s,
        !p.inReview ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QJsonObject {{u"decision"_s, reviewDecisionKey(p.decision)},
                        {u"note"_s, p.decisionNote}, {u"decidedBy"_s, p.decidedBy},
                        {u"decided"_s, timeOrNull(p.decidedUtc)}}));
    return json;
}

QJsonObject ReportJson::reviewJson(const Review &r)
{
    return QJsonObject {{u"id"_s, r.id}, {u"title"_s, r.title},
        {u"periodStart"_s, r.periodStart.toString(Qt::ISODate)},
        {u"periodEnd"_s, r.periodEnd.toString(Qt::ISODate)}, {u"started"_s, timeOrNull(r.startedUtc)},
        {u"startedBy"_s, r.startedByName.isEmpty() ? r.startedByUpn : r.startedByName},
        {u"signedOff"_s, timeOrNull(r.signedOffUtc)},
        {u"signedOffBy"_s, r.signedOffByName.isEmpty() ? r.signedOffByUpn : r.signedOffByName},
        {u"signOffNote"_s, r.signOffNote}, {u"partners"_s, r.partners}, {u"decided"_s, r.decided}};
}

QJsonObject ReportJson::summaryJson(const ReportSummary &s)
{
    return QJsonObject {{u"partners"_s, s.partners},
        {u"riskLevels"_s,
            QJsonObject {
                {u"high"_s, s.high}, {u"medium"_s, s.medium}, {u"low"_s, s.low}, {u"none"_s, s.none}}},
        {u"privileged"_s, s.privileged}, {u"agreementsMissing"_s, s.agreementsMissing},
        {u"reviewsOverdue"_s, s.reviewsOverdue}, {u"gdapEndingOrExpired"_s, s.gdapEndingSoon},
        {u"openTodos"_s, s.openTodos}, {u"decided"_s, s.decided}, {u"signIns30"_s, s.signIns30}};
}

QJsonObject ReportJson::toJson(const Report &report)
{
    QJsonArray partners;
    for (const ReportPartner &p : report.partners)
        partners.append(partnerJson(p));
    QJsonArray weeks;
    for (const auto &[monday, count] : report.weeklySignIns)
        weeks.append(QJsonObject {{u"week"_s, msOrNull(monday)}, {u"signIns"_s, count}});
    QJsonObject json {{u"format"_s, QString::fromUtf16(FormatName)},
        {u"formatVersion"_s, Report::kFormatVersion}, {u"language"_s, report.language},
        {u"produced"_s, timeOrNull(report.producedUtc)},
        {u"producedBy"_s, QJsonObject {{u"upn"_s, report.producedByUpn}, {u"name"_s, report.producedByName}}},
        {u"organisation"_s,
            QJsonObject {{u"name"_s, report.organisationName}, {u"tenantId"_s, report.organisationTenantId}}},
        {u"review"_s, report.review ? QJsonValue(reviewJson(*report.review)) : QJsonValue(QJsonValue::Null)},
        {u"evidence"_s,
            report.evidenceToMs > 0 ? QJsonValue(QJsonObject {{u"from"_s, msOrNull(report.evidenceFromMs)},
                {u"to"_s, msOrNull(report.evidenceToMs)}, {u"weeks"_s, weeks}})
                                    : QJsonValue(QJsonValue::Null)},
        {u"summary"_s, summaryJson(report.summary)}, {u"partners"_s, partners},
        {u"verification"_s,
            QJsonObject {{u"auditEvents"_s, report.auditEvents},
                {u"sequence"_s, report.verification.sequence}, {u"hash"_s, report.verification.hash},
                {u"registerId"_s, report.verification.registerId},
                {u"receipt"_s, report.verification.toText()},
                {u"command"_s, u"partnerdesk-cli verify-report REPORT.json --db REGISTER"_s}}}};
    return json;
}

QByteArray ReportJson::write(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}
