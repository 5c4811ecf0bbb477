#include "partners/endrequestdialog.h"

#include "ui_endrequestdialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

EndRequestDialog::EndRequestDialog(const QString &partnerName, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndRequestDialog>())
    , m_partnerName(partnerName)
{
    m_ui->setupUi(this);
    setObjectName(u"endRequestDialog"_s);
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"recordButton"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &EndRequestDialog::validate);
    retranslate();
    validate();
}

EndRequestDialog::~EndRequestDialog() = default;

RelationshipService::EndRequest EndRequestDialog::request() const
{
    return {
        m_ui->dateEdit->date(), m_ui->methodCombo->currentData().toString(), m_ui->noteEdit->toPlainText()};
}

void EndRequestDialog::retranslate()
{
    m_ui->introLabel->setText(
        tr("Only %1 can end the relationship. Record here that you asked them to; PartnerDesk "
           "shows \"End requested\" until you mark that the partner ended it.")
            .arg(m_partnerName));
    const QString method = m_ui->methodCombo->currentData().toString();
    m_ui->methodCombo->clear();
    for (const QString &key : RelationshipService::endRequestMethods())
        m_ui->methodCombo->addItem(RelationshipService::endRequestMethodName(key), key);
    m_ui->methodCombo->setCurrentIndex(std::max(0, m_ui->methodCombo->findData(method)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record request"));
    validate();
}

void EndRequestDialog::validate()
{
    const int length = int(m_ui->noteEdit->toPlainText().size());
    const bool tooLong = length > RelationshipService::kMaxNoteLength;
    m_ui->errorLabel->setText(tooLong ? tr("The note is %1 characters long; shorten it to %2.")
                                            .arg(length)
                                            .arg(RelationshipService::kMaxNoteLength)
                                      : QString());
    m_ui->errorLabel->setVisible(tooLong);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!tooLong);
}

void EndRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
