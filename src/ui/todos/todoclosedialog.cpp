#include "todos/todoclosedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

TodoCloseDialog::TodoCloseDialog(
    Mode mode, const Todo &todo, const QString &actorName, const QDateTime &nowUtc, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Done ? u"todoDoneDialog"_s : u"todoWithdrawDialog"_s);
    setWindowTitle(mode == Mode::Done ? tr("Mark as done") : tr("Withdraw decision"));
    auto *layout = new QVBoxLayout(this);
    QLabel *step = plainLabel(todo.step(), this);
    step->setObjectName(u"todoStepLabel"_s);
    QFont bold = step->font();
    bold.setBold(true);
    step->setFont(bold);
    layout->addWidget(step);
    layout->addWidget(
        plainLabel(tr("Decided on %1 by %2.")
                       .arg(QLocale().toString(todo.decidedUtc.toLocalTime(), QLocale::ShortFormat),
                           todo.decidedByName.isEmpty() ? todo.decidedByUpn : todo.decidedByName),
            this));
    layout->addWidget(plainLabel(mode == Mode::Done
            ? tr("Mark it done only once the step is taken in Microsoft 365: the register then shows it as "
                 "what the tenant holds.")
            : tr("Withdrawing reverses the decision: nothing is to be done in Microsoft 365 for it."),
        this));

    auto *form = new QFormLayout;
    if (mode == Mode::Done) {
        m_doneEdit = new QDateTimeEdit(nowUtc.toLocalTime(), this);
        m_doneEdit->setObjectName(u"doneOnEdit"_s);
        m_doneEdit->setCalendarPopup(true);
        m_doneEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        m_doneEdit->setMaximumDateTime(nowUtc.toLocalTime());
        m_doneEdit->setMinimumDateTime(todo.decidedUtc.toLocalTime());
        form->addRow(tr("Done in Microsoft 365 &on:"), m_doneEdit);
        form->addRow(tr("Confirmed by:"), plainLabel(actorName, this));
    }
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(u"todoNoteEdit"_s);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlaceholderText(tr("Optional"));
    m_noteEdit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_noteEdit);
    form->addRow(noteLabel, m_noteEdit);
    layout->addLayout(form);

    m_errorLabel = plainLabel(QString(), this);
    m_errorLabel->setObjectName(u"todoErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #b00020"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"confirmButton"_s);
    ok->setText(mode == Mode::Done ? tr("&Mark as done") : tr("&Withdraw decision"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TodoCloseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TodoCloseDialog::reject);
    layout->addWidget(buttons);
    if (m_doneEdit)
        m_doneEdit->setFocus();
    else
        m_noteEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

QDateTime TodoCloseDialog::doneUtc() const
{
    return m_doneEdit ? m_doneEdit->dateTime().toUTC() : QDateTime();
}

QString TodoCloseDialog::note() const
{
    return m_noteEdit->toPlainText().trimmed();
}

void TodoCloseDialog::accept()
{
    if (m_handler) {
        if (Status s = m_handler(*this); !s) {
            m_errorLabel->setText(s.error().message);
            m_errorLabel->show();
            return;
        }
    }
    QDialog::accept();
}
