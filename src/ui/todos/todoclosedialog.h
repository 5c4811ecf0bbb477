#pragma once
// TodoCloseDialog: closes a step of the To do in Microsoft 365 list — "Mark as done" (when it was done,
// who confirms, an optional note) or "Withdraw decision" (an optional note). The handler runs on OK;
// its error stays in the dialog next to the fields, with what was typed.

#include "common/result.h"
#include "relationships/todo.h"

#include <QDialog>

#include <functional>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

class TodoCloseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Done, Withdraw };
    TodoCloseDialog(Mode mode, const Todo &todo, const QString &actorName, const QDateTime &nowUtc,
        QWidget *parent = nullptr);

    QDateTime doneUtc() const;
    QString note() const;
    void setHandler(std::function<Status(const TodoCloseDialog &)> handler)
    {
        m_handler = std::move(handler);
    }

protected:
    void accept() override;

private:
    Mode m_mode;
    QDateTimeEdit *m_doneEdit = nullptr;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_errorLabel;
    std::function<Status(const TodoCloseDialog &)> m_handler;
};
