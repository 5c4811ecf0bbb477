#pragma once
// OperatorDialog: add an operator, or change one's name and Entra roles (the UPN is the key).
// Saved through OperatorService, which checks the policy and keeps one Global Administrator.

#include "common/operator.h"

#include <QDialog>

#include <optional>

class Clock;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RegisterRepository;

class OperatorDialog final : public QDialog
{
    Q_OBJECT

public:
    OperatorDialog(RegisterRepository &repository, const Clock &clock, const Operator &actor,
        const std::optional<Operator> &existing, QWidget *parent = nullptr);

    std::optional<Operator> saved() const { return m_saved; }

private:
    void save();

    RegisterRepository &m_repository;
    const Clock &m_clock;
    Operator m_actor;
    QLineEdit *m_upnEdit;
    QLineEdit *m_nameEdit;
    QListWidget *m_rolesList;
    QLabel *m_errorLabel;
    std::optional<Operator> m_saved;
};
