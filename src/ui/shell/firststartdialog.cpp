#include "shell/firststartdialog.h"

#include "operators/operatorservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstStartDialog::FirstStartDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"firstStartDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    m_demoChoice = new QRadioButton(this);
    m_demoChoice->setObjectName(u"demoChoice"_s);
    m_ownChoice = new QRadioButton(this);
    m_ownChoice->setObjectName(u"ownRegisterChoice"_s);
    m_demoChoice->setChecked(true);
    layout->addWidget(m_demoChoice);
    layout->addWidget(m_ownChoice);

    auto *form = new QFormLayout;
    auto addRow = [&](QLabel *&label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_organisationEdit = new QLineEdit(this);
    m_organisationEdit->setMaxLength(200);
    addRow(m_organisationLabel, m_organisationEdit, u"organisationEdit"_s);
    m_tenantEdit = new QLineEdit(this);
    m_tenantEdit->setMaxLength(36);
    m_tenantEdit->setPlaceholderText(u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s);
    addRow(m_tenantLabel, m_tenantEdit, u"organisationTenantEdit"_s);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setMaxLength(200);
    addRow(m_nameLabel, m_nameEdit, u"operatorNameEdit"_s);
    m_upnEdit = new QLineEdit(this);
    m_upnEdit->setMaxLength(256);
    addRow(m_upnLabel, m_upnEdit, u"operatorUpnEdit"_s);
    m_rolesList = new QListWidget(this);
    m_rolesList->setTabKeyNavigation(false);
    for (const AdminRole &role : AdminRole::catalogue()) {
        auto *item = new QListWidgetItem(m_rolesList);
        item->setData(Qt::UserRole, role.templateId());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(role == AdminRole::globalAdministrator() ? Qt::Checked : Qt::Unchecked);
    }
    m_rolesList->setMinimumHeight(fontMetrics().height() * 9);
    addRow(m_rolesLabel, m_rolesList, u"operatorRolesList"_s);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"firstStartError"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"firstStartButton"_s);
    m_startButton->setDefault(true);
    m_quitButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(u"firstStartQuitButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ownChoice, &QRadioButton::toggled, this, &FirstStartDialog::updateFields);
    retranslate();
    updateFields();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 84), sizeHint().height());
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstStartDialog::retranslate()
{
    setWindowTitle(tr("Welcome to PartnerDesk"));
    m_intro->setText(tr("There is no register on this computer yet. A register holds your organisation's "
                        "partners, the admin roles they hold and every decision taken about them."));
    m_demoChoice->setText(tr("Look around in the &demo register of a fictional school"));
    m_ownChoice->setText(tr("&Create the register of my organisation"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_tenantLabel->setText(tr("Organisation's &tenant ID:"));
    m_nameLabel->setText(tr("&Your name:"));
    m_upnLabel->setText(tr("Your &UPN:"));
    m_rolesLabel->setText(tr("Your Entra &roles:"));
    m_upnEdit->setPlaceholderText(tr("name@school.example"));
    for (int i = 0; i < m_rolesList->count(); ++i)
        m_rolesList->item(i)->setText(
            AdminRole(m_rolesList->item(i)->data(Qt::UserRole).toString()).displayName());
    m_startButton->setText(tr("&Start"));
    m_quitButton->setText(tr("&Quit"));
}

void FirstStartDialog::updateFields()
{
    const bool own = m_ownChoice->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_organisationEdit, m_tenantEdit, m_nameEdit, m_upnEdit, m_rolesList})
        w->setEnabled(own);
    m_errorLabel->hide();
    if (own)
        m_organisationEdit->setFocus();
}

bool FirstStartDialog::wantsDemo() const
{
    return m_demoChoice->isChecked();
}

Organisation FirstStartDialog::organisation() const
{
    Organisation org;
    org.name = m_organisationEdit->text().trimmed();
    org.tenantId = m_tenantEdit->text().trimmed();
    return org;
}

Operator FirstStartDialog::firstOperator() const
{
    Operator op;
    op.upn = m_upnEdit->text().trimmed();
    op.displayName = m_nameEdit->text().trimmed();
    for (int i = 0; i < m_rolesList->count(); ++i) {
        if (m_rolesList->item(i)->checkState() == Qt::Checked)
            op.roles.append(AdminRole(m_rolesList->item(i)->data(Qt::UserRole).toString()));
    }
    return op;
}

void FirstStartDialog::showProblem(const QString &field, const QString &reason)
{
    m_errorLabel->setText(reason);
    m_errorLabel->show();
    const QList<std::pair<const char16_t *, QWidget *>> widgets {
        {OperatorFields::OrganisationName, m_organisationEdit},
        {OperatorFields::OrganisationTenantId, m_tenantEdit}, {OperatorFields::DisplayName, m_nameEdit},
        {OperatorFields::Upn, m_upnEdit}, {OperatorFields::Roles, m_rolesList}};
    for (const auto &[key, widget] : widgets) {
        if (field == QStringView(key)) {
            widget->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                edit->selectAll();
        }
    }
}

void FirstStartDialog::accept()
{
    if (m_ownChoice->isChecked()) {
        QList<FieldProblem> problems = OperatorService::checkOrganisation(organisation());
        problems += OperatorService::checkOperator(firstOperator());
        if (problems.isEmpty() && !firstOperator().holds(AdminRole::globalAdministrator()))
            problems.append({QString::fromUtf16(OperatorFields::Roles),
                tr("The first operator must be a Global Administrator, who can then add the others.")});
        if (!problems.isEmpty()) {
            showProblem(problems.constFirst().field, problems.constFirst().reason);
            return;
        }
    }
    QDialog::accept();
}
