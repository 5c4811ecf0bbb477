#pragma once
// TodosPage: "To do in Microsoft 365" — the steps still to take in the tenant after decisions recorded in
// the register (partner, step, who decided and when, age), with Open admin center, Mark as done… and
// Withdraw…, and a filter that shows the closed ones too.

#include "common/operator.h"
#include "relationships/todo.h"
#include "shell/uicontext.h"

#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class TodoService;

class TodosPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        PartnerColumn,
        StepColumn,
        DecidedByColumn,
        DecidedOnColumn,
        AgeColumn,
        StatusColumn,
        ColumnCount
    };

    explicit TodosPage(UiContext context, QWidget *parent = nullptr);
    ~TodosPage() override;

    void setOperator(const Operator &op);
    void reload();
    QTableWidget *table() const { return m_table; }
    QString statusText() const { return m_status; }
    int openCount() const { return m_openCount; }
    std::optional<Todo> selectedTodo() const;
    void selectTodo(qint64 id);

    void openAdminCenter();
    void markSelectedDone();
    void withdrawSelected();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void openCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateActions();
    void closeSelected(int mode); // a TodoCloseDialog::Mode: mark done or withdraw
    void showError(const QString &message);

    UiContext m_context;
    std::unique_ptr<TodoService> m_service;
    Operator m_operator;
    QList<Todo> m_todos;
    QLabel *m_introLabel;
    QCheckBox *m_showClosed;
    QTableWidget *m_table;
    QLabel *m_detailLabel;
    QPushButton *m_openButton;
    QPushButton *m_doneButton;
    QPushButton *m_withdrawButton;
    QLabel *m_permissionLabel;
    QString m_status;
    int m_openCount = 0;
};
