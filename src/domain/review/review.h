#pragma once
// Review: the periodic access review of every partner relationship. It is started by an admin, each
// partner gets a decision (keep, remove roles, ask the partner to end the relationship) with a note,
// and a Global or Billing Administrator signs it off once every partner is decided; then it is frozen.

#include <QDate>
#include <QDateTime>
#include <QString>

struct ReviewItem
{
    enum class Decision {
        None, // not decided yet
        Keep, // the partner keeps its access (a note is required when it holds a privileged role)
        RemoveRoles, // the admin roles are to be removed (a to-do in Microsoft 365)
        RequestEnd, // the partner is asked to end the relationship
    };

    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 relationshipId = 0;
    QString partnerTenantId;
    QString partnerName; // as it was when the review started
    quint16 riskFlagsAtStart = 0; // RiskAssessment::Flags when the review started
    Decision decision = Decision::None;
    QString note;
    QDateTime decidedUtc;
    QString decidedByUpn;
    QString decidedByName;

    bool isDecided() const { return decision != Decision::None; }
};

struct Review
{
    qint64 id = 0;
    QString title;
    QDate periodStart; // the period the review covers
    QDate periodEnd;
    QDateTime startedUtc;
    QString startedByUpn;
    QString startedByName;
    QDateTime signedOffUtc; // invalid while open
    QString signedOffByUpn;
    QString signedOffByName;
    QString signOffNote;
    int partners = 0; // items in the review
    int decided = 0; // of them decided

    bool isSignedOff() const { return signedOffUtc.isValid(); }
    // Translated: "Signed off on … by …", or "12 of 30 reviewed".
    QString progressText() const;
};

namespace ReviewRules {
inline constexpr int kMaxTitleLength = 200;
inline constexpr int kMaxNoteLength = 2000;
} // namespace ReviewRules

QString reviewDecisionKey(ReviewItem::Decision decision); // stable: "", "keep", "removeRoles", "requestEnd"
ReviewItem::Decision reviewDecisionFromKey(const QString &key); // None for anything else
QString reviewDecisionName(ReviewItem::Decision decision); // translated; "Not decided" for None
