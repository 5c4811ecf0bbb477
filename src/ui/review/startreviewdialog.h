#pragma once
// StartReviewDialog: the title and period of a new access review (this quarter by default); a
// problem is shown next to its field.

#include "review/reviewservice.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class StartReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    StartReviewDialog(const QDate &today, int partners, QWidget *parent = nullptr);

    ReviewService::Start start() const;
    // Shows a refusal next to its field ("title" or "period"; anything else above the buttons).
    void showProblem(const QString &field, const QString &message);

private:
    QLineEdit *m_title;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_titleProblem;
    QLabel *m_periodProblem;
    QLabel *m_problem;
};
