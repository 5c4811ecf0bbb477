#pragma once
// ReviewPage: the quarterly access review — its progress, every partner with its risk and activity
// evidence, the decision for each (through the same confirmations as the partner page), and the
// sign-off. A signed-off review is shown as it was frozen.

#include "common/operator.h"
#include "review/review.h"
#include "shell/uicontext.h"

#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class ReviewService;

class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { PartnerColumn, RiskColumn, DecisionColumn, DecidedByColumn, ColumnCount };

    explicit ReviewPage(UiContext context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void setOperator(const Operator &op);
    void reload();
    QTableWidget *table() const { return m_table; }
    QString statusText() const { return m_status; }
    const std::optional<Review> &review() const { return m_review; }

    void startReview(); // asks for title and period
    void recordDecision(); // for the selected partner, from the decision panel
    void signOff(); // asks for a note and confirmation

Q_SIGNALS:
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void showItem();
    void showDetails();
    void updateActions();
    void showProblem(const QString &field, const QString &message);
    std::optional<ReviewItem> selectedItem() const;
    ReviewItem::Decision chosenDecision() const;

    UiContext m_context;
    std::unique_ptr<ReviewService> m_service;
    Operator m_operator;
    std::optional<Review> m_review;
    QList<ReviewItem> m_items;
    QString m_status;

    QLabel *m_heading;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_startButton;
    QPushButton *m_signOffButton;
    QTableWidget *m_table;
    QLabel *m_partnerName;
    QLabel *m_partnerDetails;
    QButtonGroup *m_decisions;
    QRadioButton *m_keep;
    QRadioButton *m_removeRoles;
    QRadioButton *m_requestEnd;
    QLabel *m_decisionProblem;
    QPlainTextEdit *m_note;
    QLabel *m_noteLabel;
    QLabel *m_noteProblem;
    QPushButton *m_recordButton;
    QLabel *m_permission;
};
