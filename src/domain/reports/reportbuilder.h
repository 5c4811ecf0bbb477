#pragma once
// ReportBuilder: gathers a Report from the register, its activity evidence and its reviews, as of a
// moment (so verify-report can rebuild it as it was made and compare).

#include "common/result.h"
#include "reports/report.h"

class ActivityRepository;
class RegisterRepository;
class ReviewRepository;
struct Operator;

class ReportBuilder
{
public:
    ReportBuilder(
        RegisterRepository &registerRepository, ActivityRepository *activity, ReviewRepository *reviews);

    struct Request
    {
        QString language = QStringLiteral("en");
        QDateTime asOfUtc; // the risk rules' "now": when the report is produced
        QString producedByUpn;
        QString producedByName;
        // The review whose decisions to carry: 0 the newest (if any), -1 none.
        qint64 reviewId = 0;
    };
    // Texts are translated with the translators installed when it runs.
    Result<Report> build(const Request &request) const;

private:
    RegisterRepository &m_register;
    ActivityRepository *m_activity;
    ReviewRepository *m_reviews;
};
