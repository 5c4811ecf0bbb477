#pragma once
// CancelInvitationDialog: "Cancel invitation?" — asks before declining, with an optional reason that
// goes into the history. Keep invitation is the default and Escape.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class CancelInvitationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CancelInvitationDialog(const QString &partnerDescription, QWidget *parent = nullptr);
    QString reason() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_partner;
    QLabel *m_question;
    QLabel *m_reasonLabel;
    QLineEdit *m_reasonEdit;
    QPushButton *m_cancelInvitationButton;
    QPushButton *m_keepButton;
};
