#pragma once
// ContactDialog: the one form sent to every selected provider — organisation, size, your name, email,
// optional phone and a description of your business needs. Send checks it first and points at the
// field to fix (the message stays beside the form until that field is fixed); the caller's handler then
// writes the requests to the outbox.

#include "directory/contactservice.h"

#include <QDialog>

#include <functional>
#include <memory>

class FieldMessage;
class QPushButton;
namespace Ui {
class ContactDialog;
}

class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    using SendHandler = std::function<Status(const ContactService::Form &)>;
    ContactDialog(const QStringList &partnerNames, QWidget *parent = nullptr);
    ~ContactDialog() override;

    void setForm(const ContactService::Form &form);
    ContactService::Form form() const;
    void setSendHandler(SendHandler handler) { m_onSend = std::move(handler); }
    // Without a reachable directory service the requests wait in the outbox: the button says
    // "Queue requests" instead of "Send".
    void setDeliversNow(bool now);
    QPushButton *sendButton() const { return m_send; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSend();
    void updateCounter();
    void recheck(); // hides the problem once its field is fixed

    std::unique_ptr<Ui::ContactDialog> m_ui;
    QStringList m_partners;
    QPushButton *m_send;
    SendHandler m_onSend;
    bool m_deliversNow = true;
    ContactService::Field m_problemField = ContactService::Field::None;
    std::unique_ptr<FieldMessage> m_problem; // under the field to fix
};
