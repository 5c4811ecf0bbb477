#include "settings/settingspage.h"

#include "widgets/admincenternotice.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "relationships/relationshipservice.h"
#include "ui_settingspage.h"

#include <QDesktopServices>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

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
    refresh();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setOperator(const Operator &op)
{
    m_operator = op;
    refresh();
}

void SettingsPage::refresh()
{
    const auto sharing = m_service->mpsaSharing();
    const QSignalBlocker blocker(m_ui->mpsaSharingCheck);
    m_ui->mpsaSharingCheck->setChecked(sharing && sharing.value());
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    m_ui->mpsaSharingCheck->setEnabled(manage.allowed());
    m_ui->mpsaPermissionLabel->setVisible(!manage.allowed() || !sharing);
    m_ui->mpsaPermissionLabel->setText(!sharing ? sharing.error().message : manage.reason());
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
        tr("The decision is recorded in the history. Make the same change in the Microsoft 365 "
           "admin center too."));
    box.button(QMessageBox::Yes)->setObjectName(u"yesButton"_s);
    box.button(QMessageBox::No)->setObjectName(u"noButton"_s);
    if (box.exec() == QMessageBox::Yes) {
        if (Status s = m_service->setMpsaSharing(m_operator, enabled); !s) {
            QMessageBox error(QMessageBox::Warning, tr("Settings"), s.error().message, QMessageBox::Ok, this);
            error.setTextFormat(Qt::PlainText);
            error.exec();
        } else {
            AdminCenterNotice::show(this, u"mpsaRecordedNotice"_s, tr("MPSA purchase sharing recorded"),
                tr("Recorded. Now make the same change in the Microsoft 365 admin center too."));
        }
    }
    refresh();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}
