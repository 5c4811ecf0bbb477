#include "invitations/cancelinvitationdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CancelInvitationDialog::CancelInvitationDialog(const QString &partnerDescription, QWidget *parent)
    : QDialog(parent)
    , m_partner(partnerDescription)
    , m_question(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_cancelInvitationButton(new QPushButton(this))
    , m_keepButton(new QPushButton(this))
{
    setObjectName(u"cancelInvitationDialog"_s);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText); // holds the partner's name
    m_question->setObjectName(u"questionLabel"_s);
    m_reasonLabel->setBuddy(m_reasonEdit);
    m_reasonEdit->setObjectName(u"reasonEdit"_s);
    m_reasonEdit->setMaxLength(2000);
    m_cancelInvitationButton->setObjectName(u"confirmCancelButton"_s);
    m_keepButton->setObjectName(u"keepButton"_s);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancelInvitationButton, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_keepButton, QDialogButtonBox::RejectRole);
    m_keepButton->setDefault(true);
    m_cancelInvitationButton->setAutoDefault(false);
    connect(m_cancelInvitationButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_keepButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(buttons);
    retranslate();
    m_keepButton->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

QString CancelInvitationDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void CancelInvitationDialog::retranslate()
{
    setWindowTitle(tr("Cancel invitation?"));
    m_question->setText(tr("Cancel the invitation from %1? Nothing is granted, and the cancellation is "
                           "kept in the history.")
                            .arg(m_partner));
    m_reasonLabel->setText(tr("&Reason (optional):"));
    m_cancelInvitationButton->setText(tr("Cancel invitation"));
    m_keepButton->setText(tr("Keep invitation"));
}

void CancelInvitationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
