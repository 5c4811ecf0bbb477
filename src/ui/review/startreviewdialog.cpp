#include "review/startreviewdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    return label;
}
} // namespace

StartReviewDialog::StartReviewDialog(const QDate &today, int partners, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"startReviewDialog"_s);
    setWindowTitle(tr("Start access review"));
    const ReviewService::Start defaults = ReviewService::defaultStart(today);
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("The review lists every current partner relationship (%n partner(s)). For each "
                        "you record a decision: keep, remove roles, or ask the partner to end the "
                        "relationship. A Global or Billing Administrator signs it off when every partner "
                        "is decided.",
                         nullptr, partners),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(defaults.title, this);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setMaxLength(ReviewRules::kMaxTitleLength);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    m_titleProblem = problemLabel(this, u"titleProblem"_s);
    auto *titleBox = new QVBoxLayout;
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_titleProblem);
    form->addRow(titleLabel, titleBox);

    m_from = new QDateEdit(defaults.periodStart, this);
    m_from->setObjectName(u"fromEdit"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(defaults.periodEnd, this);
    m_to->setObjectName(u"toEdit"_s);
    m_to->setCalendarPopup(true);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(u"–"_s, this));
    period->addWidget(m_to);
    period->addStretch();
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    m_periodProblem = problemLabel(this, u"periodProblem"_s);
    auto *periodBox = new QVBoxLayout;
    periodBox->addLayout(period);
    periodBox->addWidget(m_periodProblem);
    form->addRow(periodLabel, periodBox);
    layout->addLayout(form);
    m_problem = problemLabel(this, u"problemLabel"_s);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start review"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"startButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, m_titleProblem, &QWidget::hide);
    connect(m_from, &QDateEdit::dateChanged, m_periodProblem, &QWidget::hide);
    connect(m_to, &QDateEdit::dateChanged, m_periodProblem, &QWidget::hide);
    setTabOrder(m_title, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, buttons);
    m_title->selectAll();
    m_title->setFocus(Qt::OtherFocusReason);
}

ReviewService::Start StartReviewDialog::start() const
{
    return {m_title->text(), m_from->date(), m_to->date()};
}

void StartReviewDialog::showProblem(const QString &field, const QString &message)
{
    QLabel *label = field == "title"_L1 ? m_titleProblem : field == "period"_L1 ? m_periodProblem : m_problem;
    label->setText(message);
    label->show();
    QWidget *focus = field == "title"_L1 ? static_cast<QWidget *>(m_title)
        : field == "period"_L1           ? static_cast<QWidget *>(m_to)
                                         : nullptr;
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}
