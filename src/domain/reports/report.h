#pragma once
// Report: what an access report says — the organisation, who produced it and when, each partner's
// types, roles, agreement, GDAP dates, risk, activity, open to-dos and review decision, a summary,
// and a verification block (the audit history's newest event) that ties it to the register.

#include "audit/auditreceipt.h"
#include "overview/registeroverview.h"
#include "relationships/riskassessment.h"
#include "review/review.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

struct ReportPartner
{
    QString tenantId;
    QString name;
    QString state; // stateKey(): active, endRequested, ended
    QStringList typeKeys; // PartnerType keys
    QString typesText; // translated
    QStringList roleIds; // role template IDs, catalogue order
    QStringList roleNames; // translated; an unknown ID as "Unknown role (ID …)"
    QList<bool> rolePrivileged; // per role
    QDateTime agreementAcceptedUtc; // invalid: not accepted
    QString agreementAcceptedBy;
    QString agreementVersion;
    QString gdapStatus; // empty: no GDAP
    QDateTime gdapStartUtc;
    QDateTime gdapEndUtc;
    QDateTime lastReviewedUtc;
    RiskAssessment::Level riskLevel = RiskAssessment::Level::None;
    quint16 riskFlags = 0;
    // From the imported sign-in logs; evidence false: none imported.
    bool evidence = false;
    QDateTime lastSignInUtc;
    int signIns30 = 0;
    int signIns90 = 0;
    int failed30 = 0;
    QStringList countries;
    QStringList openTodos; // each: its step, translated ("Remove the admin roles of … in …")
    QStringList openTodoKinds; // todoKindKey of each
    // The review's decision (None without a review, or not decided yet).
    ReviewItem::Decision decision = ReviewItem::Decision::None;
    QString decisionNote;
    QString decidedBy;
    QDateTime decidedUtc;
    bool inReview = false;

    bool hasPrivilegedRole() const { return rolePrivileged.contains(true); }
};

struct ReportSummary
{
    int partners = 0;
    int high = 0, medium = 0, low = 0, none = 0; // by risk level
    int privileged = 0; // partners holding a privileged role
    int agreementsMissing = 0;
    int reviewsOverdue = 0;
    int gdapEndingSoon = 0; // within RiskAssessment::GdapWarningDays, or expired
    int openTodos = 0;
    int decided = 0; // in the review
    qint64 signIns30 = 0; // over all partners, from the evidence
};

struct Report
{
    static constexpr int kFormatVersion = 1;
    QString language; // "en" or "nl"
    QDateTime producedUtc;
    QString producedByUpn;
    QString producedByName;
    QString organisationName;
    QString organisationTenantId;
    std::optional<Review> review; // the review whose decisions it carries
    qint64 evidenceFromMs = 0; // the sign-in logs' period; 0: none imported
    qint64 evidenceToMs = 0;
    QList<std::pair<qint64, int>> weeklySignIns; // (Monday 00:00 UTC, partner sign-ins), whole register
    QList<ReportPartner> partners; // by name without case
    ReportSummary summary;
    RegisterOverview overview; // the overview page's charts, as of the report
    AuditReceipt verification; // the register's newest audit event when the report was made
    qint64 auditEvents = 0;

    // The report's language as a locale for its dates and numbers: nl_NL or en_GB, as the window uses.
    QLocale locale() const;
    // The command that checks a saved JSON report against the register.
    static QString verifyCommand(const QString &reportPath, const QString &registerPath);
};
