#pragma once
// ActivityPanel: what the imported sign-in logs say about the selected partner — last sign-in, how
// often, failures, from where and by whom, and a chart per week — or that there is no evidence.

#include "activity/partneractivity.h"
#include "activity/signin.h"

#include <QWidget>

#include <optional>

class QLabel;
class SignInChart;

class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(QWidget *parent = nullptr);

    // activity: the partner's, when it signed in during the evidence period; events: its lifecycle
    // activities from imported audit logs, newest first.
    void showActivity(const ActivityEvidence &evidence, const std::optional<PartnerActivity> &activity,
        const QList<PartnerEvent> &events = {});
    QString text() const; // what the panel says, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString lifecycleText() const;

    QLabel *m_title;
    QLabel *m_body;
    SignInChart *m_chart;
    ActivityEvidence m_evidence;
    std::optional<PartnerActivity> m_activity;
    QList<PartnerEvent> m_events;
};
