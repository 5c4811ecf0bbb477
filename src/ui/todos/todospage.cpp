#include "todos/todospage.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "todos/todoclosedialog.h"
#include "todos/todoservice.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

TodosPage::TodosPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(std::make_unique<TodoService>(context.repository, context.clock))
{
    auto *layout = new QVBoxLayout(this);
    m_introLabel = plainLabel(this, u"todosIntroLabel"_s);
    layout->addWidget(m_introLabel);
    m_showClosed = new QCheckBox(this);
    m_showClosed->setObjectName(u"showClosedCheck"_s);
    layout->addWidget(m_showClosed);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"todoTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_detailLabel = plainLabel(this, u"todoDetailLabel"_s);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detailLabel);
    auto *buttons = new QHBoxLayout;
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openAdminCenterButton"_s);
    m_doneButton = new QPushButton(this);
    m_doneButton->setObjectName(u"markDoneButton"_s);
    m_withdrawButton = new QPushButton(this);
    m_withdrawButton->setObjectName(u"withdrawButton"_s);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_permissionLabel = plainLabel(this, u"todoPermissionLabel"_s);
    layout->addWidget(m_permissionLabel);

    connect(m_showClosed, &QCheckBox::toggled, this, &TodosPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TodosPage::updateActions);
    connect(m_table, &QTableWidget::activated, this, [this] { markSelectedDone(); });
    connect(m_openButton, &QPushButton::clicked, this, &TodosPage::openAdminCenter);
    connect(m_doneButton, &QPushButton::clicked, this, &TodosPage::markSelectedDone);
    connect(m_withdrawButton, &QPushButton::clicked, this, &TodosPage::withdrawSelected);
    connect(&m_context.repository.notifier(), &RegisterNotifier::todosChanged, this, &TodosPage::reload);
    retranslate();
    reload();
}

TodosPage::~TodosPage() = default;

void TodosPage::setOperator(const Operator &op)
{
    m_operator = op;
    updateActions();
}

void TodosPage::retranslate()
{
    m_introLabel->setText(
        tr("PartnerDesk records decisions; it does not change your tenant. Each decision below "
           "is still to be carried out in the Microsoft 365 admin center. Until it is marked "
           "done (or an import shows it done), the register shows what the tenant holds."));
    m_showClosed->setText(tr("Show &done and withdrawn steps too"));
    m_table->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Step"), tr("Decided by"), tr("Decided on"), tr("Age"), tr("Status")});
    m_openButton->setText(tr("&Open admin center"));
    m_doneButton->setText(tr("&Mark as done…"));
    m_withdrawButton->setText(tr("&Withdraw…"));
    fill();
}

void TodosPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodosPage::reload()
{
    auto todos = m_service->list(m_showClosed->isChecked());
    if (!todos) {
        showError(todos.error().message);
        return;
    }
    m_todos = todos.value();
    fill();
}

void TodosPage::fill()
{
    const qint64 selected = selectedTodo() ? selectedTodo()->id : 0;
    const QDateTime now = m_context.clock.nowUtc();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_todos.size()));
    int open = 0;
    for (int row = 0; row < m_todos.size(); ++row) {
        const Todo &t = m_todos.at(row);
        if (t.isOpen())
            ++open;
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, t.id);
            item->setToolTip(Qt::convertFromPlainText(text));
            m_table->setItem(row, column, item);
            return item;
        };
        cell(PartnerColumn, t.partnerName.isEmpty() ? tr("Whole register") : t.partnerName);
        cell(StepColumn, t.step());
        cell(DecidedByColumn, t.decidedByName.isEmpty() ? t.decidedByUpn : t.decidedByName);
        cell(DecidedOnColumn, QLocale().toString(t.decidedUtc.toLocalTime(), QLocale::ShortFormat));
        const qint64 age = t.ageDays(now);
        QTableWidgetItem *ageItem = cell(AgeColumn, tr("%n day(s)", nullptr, int(age)));
        if (t.isOpen() && age > TodoRules::kOverdueDays) {
            ageItem->setForeground(QColor(0xb0, 0x00, 0x20));
            ageItem->setToolTip(tr("Waiting for more than %n day(s).", nullptr, TodoRules::kOverdueDays));
        }
        QString status = todoStatusName(t.status);
        if (t.isContradicted())
            status = tr("%1 — the tenant differs").arg(status);
        cell(StatusColumn, status);
    }
    m_table->resizeColumnToContents(PartnerColumn);
    m_table->resizeColumnToContents(DecidedByColumn);
    m_table->resizeColumnToContents(DecidedOnColumn);
    m_table->resizeColumnToContents(AgeColumn);
    m_table->resizeColumnToContents(StatusColumn);
    if (selected)
        selectTodo(selected);
    if (m_table->selectionModel()->selectedRows().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
    m_status = open == 0 ? tr("Nothing is waiting to be done in Microsoft 365.")
                         : tr("%n step(s) still to do in Microsoft 365", nullptr, open);
    Q_EMIT statusChanged(m_status);
    updateActions();
}

std::optional<Todo> TodosPage::selectedTodo() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.first().row();
    if (row < 0 || row >= m_todos.size())
        return std::nullopt;
    return m_todos.at(row);
}

void TodosPage::selectTodo(qint64 id)
{
    for (int row = 0; row < m_todos.size(); ++row) {
        if (m_todos.at(row).id == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void TodosPage::updateActions()
{
    const std::optional<Todo> todo = selectedTodo();
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    const bool open = todo && todo->isOpen();
    m_openButton->setEnabled(todo.has_value());
    m_doneButton->setEnabled(open && manage);
    m_withdrawButton->setEnabled(open && manage);
    m_permissionLabel->setVisible(!manage);
    m_permissionLabel->setText(manage ? QString()
                                      : tr("You are acting as %1, who may look but not mark steps done: %2.")
                                            .arg(m_operator.displayName, manage.reason()));
    if (!todo) {
        m_detailLabel->setText(m_todos.isEmpty() ? tr("No steps are waiting.") : QString());
        return;
    }
    QStringList lines {todo->step(), todo->pendingText()};
    if (!todo->isOpen()) {
        const QString by = todo->closedByName.isEmpty() ? todo->closedByUpn : todo->closedByName;
        const QString when = QLocale().toString(todo->closedUtc.toLocalTime(), QLocale::ShortFormat);
        switch (todo->status) {
        case Todo::Status::Done:
            lines[1] = tr("Marked done on %1 by %2.").arg(when, by);
            break;
        case Todo::Status::Confirmed:
            lines[1] = tr("Confirmed by import of %1 on %2.").arg(todo->closeNote, when);
            break;
        case Todo::Status::Withdrawn:
            lines[1] = tr("Withdrawn on %1 by %2.").arg(when, by);
            break;
        case Todo::Status::Open:
            break;
        }
        if (!todo->closeNote.isEmpty() && todo->status != Todo::Status::Confirmed)
            lines.append(tr("Note: %1").arg(todo->closeNote));
        if (todo->isContradicted()) {
            lines.append(
                tr("The tenant differs from the register: %1 showed otherwise on %2.")
                    .arg(todo->contradictedBy,
                        QLocale().toString(todo->contradictedUtc.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    m_detailLabel->setText(lines.join(u'\n'));
}

void TodosPage::openAdminCenter()
{
    if (const std::optional<Todo> todo = selectedTodo())
        QDesktopServices::openUrl(todo->adminCenterUrl());
}

void TodosPage::markSelectedDone()
{
    closeSelected(int(TodoCloseDialog::Mode::Done));
}

void TodosPage::withdrawSelected()
{
    closeSelected(int(TodoCloseDialog::Mode::Withdraw));
}

void TodosPage::closeSelected(int mode)
{
    const std::optional<Todo> todo = selectedTodo();
    if (!todo || !todo->isOpen())
        return;
    if (const Decision d = Policy::check(m_operator, PolicyAction::ManageRelationships); !d) {
        showError(d.reason());
        return;
    }
    const auto kind = TodoCloseDialog::Mode(mode);
    TodoCloseDialog dialog(kind, *todo, m_operator.displayName, m_context.clock.nowUtc(), this);
    dialog.setHandler([this, kind, id = todo->id](const TodoCloseDialog &d) -> Status {
        auto closed = kind == TodoCloseDialog::Mode::Done
            ? m_service->markDone(m_operator, id, {d.doneUtc(), d.note()})
            : m_service->withdraw(m_operator, id, d.note());
        if (!closed)
            return closed.error();
        return Done {};
    });
    dialog.exec();
}

void TodosPage::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("To do in Microsoft 365"), message, QMessageBox::Ok, this);
    box.setObjectName(u"todoErrorBox"_s);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
