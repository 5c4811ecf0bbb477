#pragma once
// AgreementDialog: "Accept agreement & authorize partner". Shows the bundled Microsoft Customer
// Agreement summary in the current language with a link to the full text; Accept & Authorize (or
// Accept, for the agreement alone) stays disabled until the acknowledgement box is ticked and the partner
// is named, and the line above the buttons says which is missing. Closing it
// decides nothing. The caller's accept handler records the decision; if it refuses, the dialog stays
// open with the reason and everything typed.

#include "common/policy.h"
#include "common/result.h"
#include "invitations/invitationservice.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AgreementDialog;
}

class AgreementDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AcceptAndAuthorize, AcceptOnly };
    enum class Outcome { Closed, Accepted, CancelInvitation };
    using AcceptHandler = std::function<Status(const AgreementDialog &)>;
    using NameLookup = std::function<QString(const QString &tenantId)>;
    // Asks whether to cancel the invitation (true: cancelled, the dialog closes; false: kept, the dialog
    // stays open with everything typed).
    using CancelHandler = std::function<bool()>;

    AgreementDialog(Mode mode, QWidget *parent = nullptr);
    ~AgreementDialog() override;

    // What the invitation would grant, as rich text; empty for the agreement alone.
    void setInvitationSummary(const QString &html);
    // The partner's name and tenant ID; fields the link already fixes are shown read-only.
    void setPartner(const QString &name, const QString &tenantId, bool tenantEditable);
    void setNameLookup(NameLookup lookup) { m_lookup = std::move(lookup); }
    void setPermission(const Decision &decision); // a refusal disables Accept and says why
    void setCancelInvitationAvailable(bool available, const Decision &decision);
    void setAcceptHandler(AcceptHandler handler) { m_onAccept = std::move(handler); }
    void setCancelHandler(CancelHandler handler) { m_onCancel = std::move(handler); }

    QString partnerName() const;
    QString partnerTenantId() const;
    InvitationService::AgreementShown agreementShown() const; // the text exactly as displayed now
    Outcome outcome() const { return m_outcome; }
    bool isAcceptEnabled() const;
    QString acceptHint() const; // why Accept is disabled, empty when it is enabled

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateAcceptButton();
    void onAccept();
    void onTenantEdited();

    std::unique_ptr<Ui::AgreementDialog> m_ui;
    Mode m_mode;
    Outcome m_outcome = Outcome::Closed;
    Decision m_permission = Decision::allow();
    Decision m_cancelPermission = Decision::allow();
    AcceptHandler m_onAccept;
    CancelHandler m_onCancel;
    NameLookup m_lookup;
    QString m_agreementId;
    QString m_version;
    QString m_shownHtml;
    QString m_error;
};
