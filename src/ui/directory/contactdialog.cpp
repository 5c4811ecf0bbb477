#include "directory/contactdialog.h"

#include "ui_contactdialog.h"
#include "widgets/fieldmessage.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

ContactDialog::ContactDialog(const QStringList &partnerNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_partners(partnerNames)
{
    m_ui->setupUi(this);
    m_send = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(true);
    m_problem = std::make_unique<FieldMessage>(m_ui->problemLabel);
    m_problem->hide();
    connect(m_send, &QPushButton::clicked, this, &ContactDialog::onSend);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->needsEdit, &QPlainTextEdit::textChanged, this, &ContactDialog::updateCounter);
    for (QLineEdit *edit : {m_ui->organisationEdit, m_ui->nameEdit, m_ui->emailEdit, m_ui->phoneEdit})
        connect(edit, &QLineEdit::textEdited, this, &ContactDialog::recheck);
    connect(m_ui->needsEdit, &QPlainTextEdit::textChanged, this, &ContactDialog::recheck);
    connect(m_ui->sizeCombo, &QComboBox::activated, this, &ContactDialog::recheck);
    retranslate();
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::setForm(const ContactService::Form &form)
{
    m_ui->organisationEdit->setText(form.organisationName);
    m_ui->sizeCombo->setCurrentIndex(std::max(0, m_ui->sizeCombo->findData(int(form.organisationSize))));
    m_ui->nameEdit->setText(form.contactName);
    m_ui->emailEdit->setText(form.email);
    m_ui->phoneEdit->setText(form.phone);
    m_ui->needsEdit->setPlainText(form.needs);
}

ContactService::Form ContactDialog::form() const
{
    return {m_ui->organisationEdit->text(), quint8(m_ui->sizeCombo->currentData().toInt()),
        m_ui->nameEdit->text(), m_ui->emailEdit->text(), m_ui->phoneEdit->text(),
        m_ui->needsEdit->toPlainText()};
}

void ContactDialog::setDeliversNow(bool now)
{
    m_deliversNow = now;
    retranslate();
}

void ContactDialog::recheck()
{
    if (m_problemField == ContactService::Field::None || !m_problem->isShown())
        return;
    if (ContactService::check(form()).field == m_problemField)
        return;
    m_problemField = ContactService::Field::None;
    m_problem->hide();
}

void ContactDialog::onSend()
{
    const ContactService::Problem problem = ContactService::check(form());
    m_problemField = problem.field;
    QWidget *field = nullptr;
    switch (problem.field) {
    case ContactService::Field::None:
        break;
    case ContactService::Field::OrganisationName:
        field = m_ui->organisationEdit;
        break;
    case ContactService::Field::OrganisationSize:
        field = m_ui->sizeCombo;
        break;
    case ContactService::Field::ContactName:
        field = m_ui->nameEdit;
        break;
    case ContactService::Field::Email:
        field = m_ui->emailEdit;
        break;
    case ContactService::Field::Phone:
        field = m_ui->phoneEdit;
        break;
    case ContactService::Field::Needs:
        field = m_ui->needsEdit;
        break;
    }
    QString message = problem.message;
    if (!field && m_onSend) {
        if (const Status s = m_onSend(form()); !s)
            message = s.error().message;
    }
    if (!message.isEmpty()) {
        m_problem->show(message, field, field == m_ui->needsEdit ? m_ui->counterLabel : nullptr);
        return;
    }
    accept();
}

void ContactDialog::updateCounter()
{
    const int length = int(m_ui->needsEdit->toPlainText().size());
    m_ui->counterLabel->setText(tr("%1 of %2 characters").arg(length).arg(ContactRequest::kMaxNeedsLength));
}

void ContactDialog::retranslate()
{
    const int size = m_ui->sizeCombo->currentData().toInt();
    m_ui->sizeCombo->clear();
    m_ui->sizeCombo->addItem(tr("Choose…"), 0);
    for (OrganisationSize::Flag f : OrganisationSize::all())
        m_ui->sizeCombo->addItem(OrganisationSize::displayName(f), int(f));
    m_ui->sizeCombo->setCurrentIndex(std::max(0, m_ui->sizeCombo->findData(size)));
    m_send->setText(m_deliversNow ? tr("&Send") : tr("&Queue requests"));
    m_send->setToolTip(m_deliversNow
            ? QString()
            : tr("No directory service is set up: the requests wait in the outbox until one is reachable."));
    m_ui->recipientsLabel->setText(
        tr("One request to each of these %n provider(s): %1", nullptr, int(m_partners.size()))
            .arg(m_partners.join(u", "_s)));
    updateCounter();
}

void ContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
