#include "settings/settingspage.h"

#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "relationships/relationshipservice.h"
#include "settings/operatordialog.h"
#include "ui_settingspage.h"
#include "widgets/admincenternotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QListWidget>
#include <QSettings>

#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

SettingsPage::SettingsPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_context(std::move(context))
    , m_service(std::make_unique<RelationshipService>(m_context.repository, m_context.clock))
{
    m_ui->setupUi(this);
    connect(m_ui->mpsaSharingCheck, &QCheckBox::toggled, this, &SettingsPage::onToggled);
    connect(
        &m_context.repository.notifier(), &RegisterNotifier::settingsChanged, this, &SettingsPage::refresh);
    connect(&m_context.repository.notifier(), &RegisterNotifier::todosChanged, this, &SettingsPage::refresh);
    connect(&m_context.repository.notifier(), &RegisterNotifier::operatorsChanged, this,
        &SettingsPage::refreshOperators);
    connect(m_ui->addOperatorButton, &QPushButton::clicked, this, [this] { editOperator(true); });
    connect(m_ui->editOperatorButton, &QPushButton::clicked, this, [this] { editOperator(false); });
    connect(m_ui->operatorsList, &QListWidget::itemActivated, this, [this] { editOperator(false); });
    connect(m_ui->operatorsList, &QListWidget::currentRowChanged, this, &SettingsPage::refresh);
    connect(m_ui->chooseReceiptFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for a second copy of the audit receipts"), receiptFolder());
        if (!folder.isEmpty())
            setReceiptFolder(folder);
    });
    connect(m_ui->clearReceiptFolderButton, &QPushButton::clicked, this, [this] { setReceiptFolder({}); });
    refreshOperators();
    refresh();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::receiptFolder()
{
    return QSettings().value(u"receiptFolder"_s).toString();
}

void SettingsPage::setReceiptFolder(const QString &folder)
{
    // A setting of this computer, not of the register: it says where this computer keeps copies.
    if (folder.isEmpty())
        QSettings().remove(u"receiptFolder"_s);
    else
        QSettings().setValue(u"receiptFolder"_s, QDir::cleanPath(folder));
    refresh();
}

void SettingsPage::refreshOperators()
{
    const int row = m_ui->operatorsList->currentRow();
    m_ui->operatorsList->clear();
    if (auto operators = m_context.repository.operators()) {
        for (const Operator &op : operators.value()) {
            auto *item = new QListWidgetItem(
                tr("%1 <%2>: %3").arg(op.displayName, op.upn, op.rolesDisplay()), m_ui->operatorsList);
            item->setData(Qt::UserRole, op.upn);
        }
    }
    m_ui->operatorsList->setCurrentRow(std::clamp(row, 0, m_ui->operatorsList->count() - 1));
    refresh();
}

void SettingsPage::editOperator(bool adding)
{
    std::optional<Operator> existing;
    if (!adding) {
        const QListWidgetItem *item = m_ui->operatorsList->currentItem();
        if (!item)
            return;
        for (const Operator &op : m_context.repository.operators().value()) {
            if (op.upn == item->data(Qt::UserRole).toString())
                existing = op;
        }
        if (!existing)
            return;
    }
    OperatorDialog dialog(m_context.repository, m_context.clock, m_operator, existing, this);
    dialog.exec();
}

void SettingsPage::setOperator(const Operator &op)
{
    m_operator = op;
    refresh();
}

void SettingsPage::refresh()
{
    const auto sharing = m_service->mpsaSharing();
    const auto pending = m_service->pendingMpsaSharing();
    const std::optional<Todo> decided = pending ? pending.value() : std::nullopt;
    // The box shows the decision; while it is still to do, the line below says what the tenant has.
    const QSignalBlocker blocker(m_ui->mpsaSharingCheck);
    m_ui->mpsaSharingCheck->setChecked(
        decided ? decided->decision.value("enabled"_L1).toBool() : (sharing && sharing.value()));
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    m_ui->mpsaSharingCheck->setEnabled(manage.allowed());
    QStringList lines;
    if (!sharing)
        lines.append(sharing.error().message);
    if (decided) {
        lines.append(decided->pendingText() + u". "_s
            + (sharing && sharing.value() ? tr("Microsoft 365 is known to have it on.")
                                          : tr("Microsoft 365 is known to have it off.")));
    }
    if (!manage)
        lines.append(manage.reason());
    m_ui->mpsaPermissionLabel->setVisible(!lines.isEmpty());
    m_ui->mpsaPermissionLabel->setText(lines.join(u'\n'));
    const QString folder = receiptFolder();
    m_ui->receiptFolderValue->setText(folder.isEmpty()
            ? tr("Second copy: none. Receipts are kept in your data folder only.")
            : tr("Second copy: %1").arg(QDir::toNativeSeparators(folder)));
    m_ui->clearReceiptFolderButton->setEnabled(!folder.isEmpty());
    const Decision operators = Policy::check(m_operator, PolicyAction::ManageOperators);
    m_ui->addOperatorButton->setEnabled(operators.allowed());
    m_ui->editOperatorButton->setEnabled(operators.allowed() && m_ui->operatorsList->currentItem());
    m_ui->operatorsPermissionLabel->setVisible(!operators.allowed());
    m_ui->operatorsPermissionLabel->setText(operators.reason());
}

void SettingsPage::onToggled(bool enabled)
{
    QMessageBox box(QMessageBox::Question, tr("Change MPSA purchase sharing?"),
        enabled ? tr("Let MPSA partners see each other's purchases?")
                : tr("Stop MPSA partners from seeing each other's purchases?"),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"mpsaConfirmation"_s);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.setInformativeText(
        tr("PartnerDesk records the decision; make the same change in the Microsoft 365 admin center, "
           "then mark it done on the To do in Microsoft 365 page."));
    box.button(QMessageBox::Yes)->setObjectName(u"yesButton"_s);
    box.button(QMessageBox::No)->setObjectName(u"noButton"_s);
    if (box.exec() == QMessageBox::Yes) {
        if (Status s = m_service->setMpsaSharing(m_operator, enabled); !s) {
            QMessageBox error(QMessageBox::Warning, tr("Settings"), s.error().message, QMessageBox::Ok, this);
            error.setTextFormat(Qt::PlainText);
            error.exec();
        } else {
            AdminCenterNotice::show(this, u"mpsaRecordedNotice"_s, tr("MPSA purchase sharing recorded"),
                tr("Your decision is recorded. Now make the same change in the Microsoft 365 admin center; "
                   "it waits on the To do in Microsoft 365 page until you mark it done."));
        }
    }
    refresh();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshOperators();
    }
    QWidget::changeEvent(event);
}
