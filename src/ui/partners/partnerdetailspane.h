#pragma once
// PartnerDetailsPane: everything about the selected partner — contact, types, roles, agreement record,
// GDAP, risk, recent history — and the actions on it, enabled only when the policy allows them.

#include "activity/partneractivity.h"
#include "activity/signin.h"
#include "audit/auditevent.h"
#include "common/operator.h"
#include "relationships/relationship.h"
#include "relationships/todo.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class ActivityPanel;

namespace Ui {
class PartnerDetailsPane;
}

class PartnerDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerDetailsPane(QWidget *parent = nullptr);
    ~PartnerDetailsPane() override;

    void setOperator(const Operator &op);
    // openTodos: the partner's decisions still to do in Microsoft 365, shown beside what the tenant holds.
    void showRelationship(const Relationship &relationship, const QList<AuditEvent> &recentEvents,
        quint16 riskFlags, const QDateTime &nowUtc, const QList<Todo> &openTodos = {});
    void showSelectionCount(int count); // 0: nothing selected; >1: several
    std::optional<Relationship> relationship() const { return m_relationship; }
    void focusFirstAction(); // keyboard: Enter on the table moves here
    void setMpsaSharing(bool enabled, const QString &pendingText = {});
    // What the imported sign-in logs say about the partner shown (activity: when it signed in).
    void showActivity(const ActivityEvidence &evidence, const std::optional<PartnerActivity> &activity,
        const QList<PartnerEvent> &events);

Q_SIGNALS:
    void removeRolesRequested();
    void markReviewedRequested();
    void requestEndRequested();
    void markEndedRequested();
    void acceptAgreementRequested();
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void fitWidthToContents();
    void updateActions();

    std::unique_ptr<Ui::PartnerDetailsPane> m_ui;
    ActivityPanel *m_activity = nullptr;
    Operator m_operator;
    std::optional<Relationship> m_relationship;
    QList<AuditEvent> m_events;
    QList<Todo> m_openTodos;
    QString m_mpsaPending;
    quint16 m_riskFlags = 0;
    QDateTime m_nowUtc;
    int m_selectionCount = 0;
    bool m_mpsaSharing = false;
};
