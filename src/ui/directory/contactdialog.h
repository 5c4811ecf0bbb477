#pragma once
// ContactDialog: the one form sent to every selected provider — organisation, size, your name, email,
// optional phone and a description of your business needs. Send checks it first and points at the
// field to fix; the caller's handler then writes the requests to the outbox.

#include "directory/contactservice.h"

#include <QDialog>

#include <functional>
#include <memory>

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
    QPushButton *sendButton() const { return m_send; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSend();
    void updateCounter();

    std::unique_ptr<Ui::ContactDialog> m_ui;
    QStringList m_partners;
    QPushButton *m_send;
    SendHandler m_onSend;
};
