#include "invitations/agreementdialog.h"

#include "common/tenantid.h"
#include "invitations/agreementtext.h"
#include "ui_agreementdialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

AgreementDialog::AgreementDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->cancelInvitationButton->setVisible(mode == Mode::AcceptAndAuthorize);
    m_ui->tenantIdEdit->setMinimumWidth(
        m_ui->tenantIdEdit->fontMetrics().horizontalAdvance(m_ui->tenantIdEdit->placeholderText()) + 24);

    connect(m_ui->acknowledgeCheck, &QCheckBox::toggled, this, &AgreementDialog::updateAcceptButton);
    connect(m_ui->partnerNameEdit, &QLineEdit::textChanged, this, [this] {
        m_error.clear(); // a refusal is about what was typed before
        updateAcceptButton();
    });
    connect(m_ui->tenantIdEdit, &QLineEdit::textChanged, this, &AgreementDialog::onTenantEdited);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &AgreementDialog::onAccept);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->cancelInvitationButton, &QPushButton::clicked, this, [this] {
        // Keeping the invitation returns here with everything typed.
        if (m_onCancel && !m_onCancel())
            return;
        m_outcome = Outcome::CancelInvitation;
        done(QDialog::Rejected);
    });
    retranslate();
    updateAcceptButton();
    m_ui->acknowledgeCheck->setFocus(Qt::OtherFocusReason);
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::setInvitationSummary(const QString &html)
{
    m_ui->invitationLabel->setText(html);
    m_ui->invitationLabel->setVisible(!html.isEmpty());
}

void AgreementDialog::setPartner(const QString &name, const QString &tenantId, bool tenantEditable)
{
    m_ui->tenantIdEdit->setText(tenantId);
    m_ui->tenantIdEdit->setReadOnly(!tenantEditable);
    m_ui->partnerNameEdit->setText(name);
    // A partner the link or the register already names is fixed; a new one is named here.
    m_ui->partnerNameEdit->setReadOnly(!tenantEditable && !name.isEmpty());
    // The focus on the first thing still to give: the name, the tenant ID, or else the acknowledgement.
    if (name.isEmpty() && !m_ui->partnerNameEdit->isReadOnly())
        m_ui->partnerNameEdit->setFocus(Qt::OtherFocusReason);
    else if (tenantEditable && tenantId.isEmpty())
        m_ui->tenantIdEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->acknowledgeCheck->setFocus(Qt::OtherFocusReason);
    updateAcceptButton();
}

void AgreementDialog::setPermission(const Decision &decision)
{
    m_permission = decision;
    retranslate();
    updateAcceptButton();
}

void AgreementDialog::setCancelInvitationAvailable(bool available, const Decision &decision)
{
    m_cancelPermission = decision;
    m_ui->cancelInvitationButton->setVisible(available);
    m_ui->cancelInvitationButton->setEnabled(available && decision.allowed());
    retranslate();
}

QString AgreementDialog::partnerName() const
{
    return m_ui->partnerNameEdit->text().trimmed();
}

QString AgreementDialog::partnerTenantId() const
{
    return m_ui->tenantIdEdit->text().trimmed().toLower();
}

InvitationService::AgreementShown AgreementDialog::agreementShown() const
{
    return {m_agreementId, m_version, m_shownHtml, m_ui->acknowledgeCheck->isChecked()};
}

bool AgreementDialog::isAcceptEnabled() const
{
    return m_ui->acceptButton->isEnabled();
}

QString AgreementDialog::acceptHint() const
{
    return m_ui->acceptButton->isEnabled() ? QString() : m_ui->acceptButton->toolTip();
}

void AgreementDialog::onTenantEdited()
{
    m_error.clear();
    // A partner already in the register fills in its own name.
    if (m_lookup && !m_ui->tenantIdEdit->isReadOnly() && TenantId::isValid(partnerTenantId())) {
        const QString known = m_lookup(partnerTenantId());
        if (!known.isEmpty())
            m_ui->partnerNameEdit->setText(known);
    }
    updateAcceptButton();
}

void AgreementDialog::updateAcceptButton()
{
    const bool partnerComplete = !partnerName().isEmpty() && TenantId::isValid(partnerTenantId());
    m_ui->acceptButton->setEnabled(
        m_permission.allowed() && m_ui->acknowledgeCheck->isChecked() && partnerComplete);
    QString hint;
    if (!m_permission)
        hint = m_permission.reason();
    else if (!m_ui->acknowledgeCheck->isChecked())
        hint = tr("Tick the box to acknowledge that you read the agreement.");
    else if (partnerName().isEmpty())
        hint = tr("Enter the partner's name.");
    else if (!TenantId::isValid(partnerTenantId()))
        hint = tr("Enter the partner's tenant ID (a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10).");
    m_ui->acceptButton->setToolTip(hint);
    // Say why Accept is disabled where it can be read without a mouse.
    const QString shown = m_error.isEmpty() ? hint : m_error;
    m_ui->messageLabel->setText(shown);
    m_ui->messageLabel->setVisible(!shown.isEmpty());
}

void AgreementDialog::onAccept()
{
    if (!m_ui->acceptButton->isEnabled())
        return;
    if (m_onAccept) {
        const Status status = m_onAccept(*this);
        if (!status) {
            m_error = status.error().message;
            updateAcceptButton();
            return;
        }
    }
    m_outcome = Outcome::Accepted;
    accept();
}

void AgreementDialog::retranslate()
{
    const QString language = QLocale().name().startsWith("nl"_L1) ? u"nl"_s : u"en"_s;
    const AgreementText text = AgreementText::bundled(language);
    m_agreementId = text.agreementId;
    m_version = text.version;
    m_shownHtml = text.html;
    m_ui->agreementView->setHtml(text.html);
    setWindowTitle(m_mode == Mode::AcceptAndAuthorize ? tr("Accept agreement & authorize partner")
                                                      : tr("Accept agreement"));
    // For people, the month of the version; the id and version recorded with an acceptance are in the
    // tooltip and the history.
    m_ui->versionLabel->setText(tr("Version of %1").arg(QLocale().toString(text.issued, u"MMMM yyyy"_s)));
    m_ui->versionLabel->setToolTip(u"%1 %2"_s.arg(text.agreementId, text.version));
    m_ui->partnerNameEdit->setPlaceholderText(tr("Required"));
    m_ui->fullTextLabel->setText(tr("Read the full agreement at <a href=\"%1\">%1</a>.")
                                     .arg(QString::fromLatin1(AgreementText::kFullTextUrl)));
    m_ui->acceptButton->setText(
        m_mode == Mode::AcceptAndAuthorize ? tr("Accept && Authorize") : tr("Accept"));
    m_ui->cancelInvitationButton->setToolTip(m_cancelPermission
            ? tr("Decline: nothing is granted, and the cancellation is kept in history")
            : m_cancelPermission.reason());
    updateAcceptButton();
}

void AgreementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
