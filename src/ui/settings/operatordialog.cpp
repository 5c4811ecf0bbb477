#include "settings/operatordialog.h"

#include "operators/operatorservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OperatorDialog::OperatorDialog(RegisterRepository &repository, const Clock &clock, const Operator &actor,
    const std::optional<Operator> &existing, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_actor(actor)
{
    setObjectName(u"operatorDialog"_s);
    setWindowTitle(existing ? tr("Change operator") : tr("Add operator"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_upnEdit = new QLineEdit(this);
    m_upnEdit->setObjectName(u"operatorUpnEdit"_s);
    m_upnEdit->setMaxLength(256);
    m_upnEdit->setPlaceholderText(tr("name@school.example"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"operatorNameEdit"_s);
    m_nameEdit->setMaxLength(200);
    m_rolesList = new QListWidget(this);
    m_rolesList->setObjectName(u"operatorRolesList"_s);
    m_rolesList->setTabKeyNavigation(false);
    for (const AdminRole &role : AdminRole::catalogue()) {
        auto *item = new QListWidgetItem(role.displayName(), m_rolesList);
        item->setData(Qt::UserRole, role.templateId());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(existing && existing->holds(role) ? Qt::Checked : Qt::Unchecked);
    }
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&UPN:"), m_upnEdit);
    addRow(tr("&Name:"), m_nameEdit);
    addRow(tr("Entra &roles:"), m_rolesList);
    layout->addLayout(form);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"operatorErrorLabel"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"operatorSaveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        m_upnEdit->setText(existing->upn);
        m_upnEdit->setReadOnly(true);
        m_nameEdit->setText(existing->displayName);
        m_nameEdit->setFocus();
    } else {
        m_upnEdit->setFocus();
    }
}

void OperatorDialog::save()
{
    Operator op {m_upnEdit->text().trimmed(), m_nameEdit->text().trimmed(), {}};
    for (int i = 0; i < m_rolesList->count(); ++i) {
        if (m_rolesList->item(i)->checkState() == Qt::Checked)
            op.roles.append(AdminRole(m_rolesList->item(i)->data(Qt::UserRole).toString()));
    }
    const QList<FieldProblem> problems = OperatorService::checkOperator(op);
    if (!problems.isEmpty()) {
        const QString field = problems.constFirst().field;
        m_errorLabel->setText(problems.constFirst().reason);
        m_errorLabel->show();
        if (field == QStringView(OperatorFields::Upn))
            m_upnEdit->setFocus();
        else if (field == QStringView(OperatorFields::DisplayName))
            m_nameEdit->setFocus();
        else
            m_rolesList->setFocus();
        return;
    }
    OperatorService service(m_repository, m_clock);
    auto saved = service.save(m_actor, op);
    if (!saved) {
        m_errorLabel->setText(saved.error().message);
        m_errorLabel->show();
        return;
    }
    m_saved = saved.value();
    accept();
}
