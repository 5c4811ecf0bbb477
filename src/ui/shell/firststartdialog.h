#pragma once
// FirstStartDialog: the first start without a register — look around in the demo register, or create
// the organisation's own (its name and tenant ID, and you as its first operator with your Entra roles).

#include "common/operator.h"
#include "common/organisation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

class FirstStartDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartDialog(QWidget *parent = nullptr);

    bool wantsDemo() const;
    Organisation organisation() const;
    Operator firstOperator() const;
    // Shows a problem found later (e.g. the file could not be written) and keeps what was typed.
    void showProblem(const QString &field, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFields();
    void accept() override;

    QLabel *m_intro;
    QRadioButton *m_demoChoice;
    QRadioButton *m_ownChoice;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisationEdit;
    QLabel *m_tenantLabel;
    QLineEdit *m_tenantEdit;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_upnLabel;
    QLineEdit *m_upnEdit;
    QLabel *m_rolesLabel;
    QListWidget *m_rolesList;
    QLabel *m_errorLabel;
    QPushButton *m_startButton;
    QPushButton *m_quitButton;
};
