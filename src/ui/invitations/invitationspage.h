#pragma once
// InvitationsPage: the partner's invitation links. A box that validates a pasted link as you type, the
// invitations received (pending first, with their received date; a GDAP request older than 90 days
// shows as expired), and a review of the selected one: what it is, who the partner is, and what
// accepting it would grant, in words. Accepting opens the agreement dialog; cancelling asks first.

#include "common/operator.h"
#include "invitations/invitation.h"
#include "shell/uicontext.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class InvitationLink;
class InvitationService;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class InvitationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InvitationsPage(UiContext context, QWidget *parent = nullptr);
    ~InvitationsPage() override;

    void setOperator(const Operator &op);
    // Puts the text in the box; a valid link is recorded as received and selected for review.
    bool addLink(const QString &text);
    // Records every invitation link in a saved email; returns how many were found.
    // Reads the email off the GUI thread and records the links the admin picks; returns how many.
    int addFromEmail(const QString &path);
    // The same for text that is not in a file (pasted); source names it for the admin.
    int addFromEmailText(const QString &source, std::function<QByteArray()> load);
    void chooseEmailFile();
    void acceptSelected();
    void cancelSelected();
    bool selectInvitation(qint64 id);
    std::optional<Invitation> selectedInvitation() const;
    QString statusText() const { return m_status ? m_status() : QString(); }

    // What accepting the link would grant, in words, as rich text (shared with the agreement dialog).
    static QString grantsHtml(const InvitationLink &link);

    QLineEdit *linkEdit() const { return m_linkEdit; }
    QTableWidget *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_acceptButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *validationLabel() const { return m_validationLabel; }
    QLabel *reviewLabel() const { return m_reviewLabel; }

Q_SIGNALS:
    void partnerAccepted(const QString &tenantId, const QUrl &invitationUrl);
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh(); // re-reads the invitations and keeps the selection
    void validateBox();
    void addFromBox();
    void showReview();
    void updateActions();
    void setStatus(const QString &text);
    void setStatus(std::function<QString()> text); // said again in the new language after a switch
    void showProblem(const QString &message);
    QString knownPartnerName(const QString &tenantId) const;
    QString directoryPartnerName(const QString &tenantId) const; // a partner found in the directory
    bool cancelInvitation(const Invitation &invitation);
    // The waiting invitation with this link, if the list already holds one.
    std::optional<Invitation> pendingWithLink(const InvitationLink &link) const;

    UiContext m_context;
    std::unique_ptr<InvitationService> m_service;
    Operator m_operator;
    QList<Invitation> m_invitations;
    std::function<QString()> m_status;

    QLabel *m_addLabel;
    QLineEdit *m_linkEdit;
    QPushButton *m_addButton;
    QPushButton *m_emailButton;
    QLabel *m_validationLabel;
    QLabel *m_listLabel;
    QCheckBox *m_showDecidedCheck;
    QTableWidget *m_table;
    QLabel *m_reviewLabel;
    QLabel *m_permissionLabel;
    QPushButton *m_acceptButton;
    QPushButton *m_cancelButton;
};
