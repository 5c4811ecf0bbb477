#include "partners/partnereditdialog.h"

#include "common/clock.h"
#include "common/policy.h"
#include "relationships/relationshiprules.h"
#include "relationships/relationshipservice.h"
#include "ui_partnereditdialog.h"
#include "widgets/fieldmessage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList kGdapStatuses {u"created"_s, u"approvalPending"_s, u"approved"_s, u"activating"_s,
    u"active"_s, u"expiring"_s, u"expired"_s, u"terminationRequested"_s, u"terminating"_s, u"terminated"_s};

constexpr int kKeyRole = Qt::UserRole;

} // namespace

PartnerEditDialog::PartnerEditDialog(RegisterRepository &repository, const Clock &clock,
    const Operator &actor, const std::optional<Relationship> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerEditDialog>())
    , m_repository(repository)
    , m_clock(clock)
    , m_actor(actor)
    , m_original(existing.value_or(Relationship {}))
{
    m_ui->setupUi(this);
    setObjectName(u"partnerEditDialog"_s);
    m_ui->errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_problem = std::make_unique<FieldMessage>(m_ui->errorLabel);
    m_problem->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"partnerSaveButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"partnerCancelButton"_s);
    m_ui->typesList->setTabKeyNavigation(false);
    m_ui->rolesList->setTabKeyNavigation(false);
    // Wide enough for the longest type and role names (Dutch ones are longer).
    const int listWidth = fontMetrics().averageCharWidth() * 56;
    m_ui->typesList->setMinimumWidth(listWidth);
    m_ui->rolesList->setMinimumWidth(listWidth);
    // Dates as the chosen language writes them (25-11-2026 14:30, 25/11/2026 14:30), four-digit years.
    for (QDateTimeEdit *edit : {m_ui->acceptedOnEdit, m_ui->gdapStartEdit})
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    fill();
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PartnerEditDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->agreementCheck, &QCheckBox::toggled, this, &PartnerEditDialog::updateAgreementFields);
    connect(m_ui->gdapDurationEdit, &QLineEdit::textChanged, this, &PartnerEditDialog::updateGdapEnd);
    connect(m_ui->gdapStartEdit, &QDateTimeEdit::dateTimeChanged, this, &PartnerEditDialog::updateGdapEnd);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &PartnerEditDialog::recheck);
    for (QListWidget *list : {m_ui->typesList, m_ui->rolesList})
        connect(list, &QListWidget::itemChanged, this, &PartnerEditDialog::recheck);
    connect(m_ui->gdapStatusCombo, &QComboBox::activated, this, &PartnerEditDialog::recheck);
    for (QDateTimeEdit *edit : {m_ui->acceptedOnEdit, m_ui->gdapStartEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &PartnerEditDialog::recheck);
    const Decision allowed = Policy::check(m_actor, PolicyAction::ManageRelationships);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(allowed.allowed());
    if (!allowed)
        m_problem->show(allowed.reason(), nullptr);
    m_ui->nameEdit->setFocus();
    // The agreement note wraps: give it room instead of the list boxes.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 136),
        std::max(sizeHint().height(), fontMetrics().height() * 40));
}

PartnerEditDialog::~PartnerEditDialog() = default;

void PartnerEditDialog::fill()
{
    const Relationship &r = m_original;
    const bool adding = r.id == 0;
    m_ui->nameEdit->setText(r.partner.name);
    m_ui->tenantEdit->setText(r.partner.tenantId);
    m_ui->tenantEdit->setReadOnly(!adding); // the partner's key
    m_ui->partnerIdEdit->setText(r.partner.partnerId);
    m_ui->emailEdit->setText(r.partner.email);
    m_ui->phoneEdit->setText(r.partner.phone);
    m_ui->websiteEdit->setText(r.partner.website);

    // Every known type and role, and any unknown one the relationship holds (kept, never dropped).
    QList<PartnerType> types = PartnerType::knownTypes();
    for (const PartnerType &t : r.types) {
        if (!types.contains(t))
            types.append(t);
    }
    for (const PartnerType &t : std::as_const(types)) {
        auto *item = new QListWidgetItem(t.displayName(), m_ui->typesList);
        item->setData(kKeyRole, t.key());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(r.types.contains(t) ? Qt::Checked : Qt::Unchecked);
    }
    QList<AdminRole> roles = AdminRole::catalogue();
    for (const AdminRole &role : r.roles) {
        if (!roles.contains(role))
            roles.append(role);
    }
    for (const AdminRole &role : std::as_const(roles)) {
        auto *item = new QListWidgetItem(m_ui->rolesList);
        item->setData(kKeyRole, role.templateId());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(r.holdsRole(role) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(role.templateId());
    }

    const QDateTime now = m_clock.nowUtc();
    m_ui->agreementCheck->setChecked(r.agreement.isAccepted());
    m_ui->acceptedByNameEdit->setText(r.agreement.acceptedByName);
    m_ui->acceptedByUpnEdit->setText(r.agreement.acceptedByUpn);
    m_ui->acceptedOnEdit->setDateTime(r.agreement.isAccepted() ? r.agreement.acceptedAtUtc : now);
    m_ui->acceptedOnEdit->setMaximumDateTime(now);

    for (const QString &status : kGdapStatuses)
        m_ui->gdapStatusCombo->addItem(GdapDetails::statusDisplayName(status), status);
    if (r.gdap.isPresent() && !kGdapStatuses.contains(r.gdap.status))
        m_ui->gdapStatusCombo->addItem(r.gdap.status, r.gdap.status); // unknown: kept as it is
    m_ui->gdapGroup->setChecked(r.gdap.isPresent());
    m_ui->gdapNameEdit->setText(r.gdap.name);
    m_ui->gdapIdEdit->setText(r.gdap.relationshipId);
    const int status = m_ui->gdapStatusCombo->findData(r.gdap.isPresent() ? r.gdap.status : u"active"_s);
    m_ui->gdapStatusCombo->setCurrentIndex(std::max(0, status));
    m_ui->gdapDurationEdit->setText(r.gdap.isPresent() ? u"P%1D"_s.arg(r.gdap.durationDays) : u"P730D"_s);
    m_ui->gdapStartEdit->setDateTime(r.gdap.startUtc.isValid() ? r.gdap.startUtc : now);
    m_ui->gdapAutoExtendCheck->setChecked(r.gdap.autoExtend);
    updateAgreementFields();
    updateGdapEnd();
}

void PartnerEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PartnerEditDialog::retranslate()
{
    setWindowTitle(m_original.id == 0 ? tr("Add partner") : tr("Edit %1").arg(m_original.partner.name));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->tenantEdit->setPlaceholderText(u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s);
    m_ui->websiteEdit->setPlaceholderText(u"https://"_s);
    m_ui->gdapIdEdit->setPlaceholderText(tr("optional: the id from the partner's link or export"));
    for (int i = 0; i < m_ui->typesList->count(); ++i) {
        QListWidgetItem *item = m_ui->typesList->item(i);
        item->setText(PartnerType::fromKey(item->data(kKeyRole).toString()).displayName());
    }
    for (int i = 0; i < m_ui->rolesList->count(); ++i) {
        QListWidgetItem *item = m_ui->rolesList->item(i);
        const AdminRole role(item->data(kKeyRole).toString());
        item->setText(role.isPrivileged() && role.isKnown() ? tr("%1 (privileged)").arg(role.displayName())
                                                            : role.displayName());
    }
    for (int i = 0; i < m_ui->gdapStatusCombo->count(); ++i)
        m_ui->gdapStatusCombo->setItemText(
            i, GdapDetails::statusDisplayName(m_ui->gdapStatusCombo->itemData(i).toString()));
    updateAgreementFields();
    updateGdapEnd();
}

void PartnerEditDialog::updateAgreementFields()
{
    const bool recorded = m_original.agreement.isAccepted();
    // An accepted agreement is a record of who accepted what: it is shown, never edited.
    m_ui->agreementCheck->setEnabled(!recorded);
    const bool editable = !recorded && m_ui->agreementCheck->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->acceptedByNameEdit),
             static_cast<QWidget *>(m_ui->acceptedByUpnEdit), static_cast<QWidget *>(m_ui->acceptedOnEdit)})
        w->setEnabled(editable);
    m_ui->agreementNote->setText(recorded
            ? tr("This record cannot be changed: it says who accepted which text, and when.")
            : tr("Record here an acceptance made earlier in the Microsoft 365 admin center. To accept it "
                 "now, use "
                 "Accept agreement in the partner's details."));
}

void PartnerEditDialog::updateGdapEnd()
{
    const auto days = RelationshipRules::durationDays(m_ui->gdapDurationEdit->text());
    if (!days || *days < 1) {
        m_ui->gdapEndLabel->setText(tr("Ends: give a duration such as P730D (2 years) or P90D."));
        return;
    }
    const QDateTime end = m_ui->gdapStartEdit->dateTime().addDays(*days);
    m_ui->gdapEndLabel->setText(tr("Ends on %1 (UTC); all its roles end together.")
                                    .arg(QLocale().toString(end, QLocale::ShortFormat)));
}

Relationship PartnerEditDialog::edited() const
{
    Relationship r = m_original;
    r.partner.name = m_ui->nameEdit->text();
    r.partner.tenantId = m_ui->tenantEdit->text();
    r.partner.partnerId = m_ui->partnerIdEdit->text();
    r.partner.email = m_ui->emailEdit->text();
    r.partner.phone = m_ui->phoneEdit->text();
    r.partner.website = m_ui->websiteEdit->text();
    r.types.clear();
    for (int i = 0; i < m_ui->typesList->count(); ++i) {
        if (m_ui->typesList->item(i)->checkState() == Qt::Checked)
            r.types.append(PartnerType::fromKey(m_ui->typesList->item(i)->data(kKeyRole).toString()));
    }
    r.roles.clear();
    for (int i = 0; i < m_ui->rolesList->count(); ++i) {
        if (m_ui->rolesList->item(i)->checkState() == Qt::Checked)
            r.roles.append(AdminRole(m_ui->rolesList->item(i)->data(kKeyRole).toString()));
    }
    if (!m_original.agreement.isAccepted()) {
        r.agreement = AgreementAcceptance {};
        if (m_ui->agreementCheck->isChecked()) {
            r.agreement.acceptedByName = m_ui->acceptedByNameEdit->text().trimmed();
            r.agreement.acceptedByUpn = m_ui->acceptedByUpnEdit->text().trimmed();
            r.agreement.acceptedAtUtc = m_ui->acceptedOnEdit->dateTime().toUTC();
            r.agreement.agreementId = u"MCA"_s;
        }
    }
    if (m_ui->gdapGroup->isChecked()) {
        r.gdap.name = m_ui->gdapNameEdit->text();
        r.gdap.relationshipId = m_ui->gdapIdEdit->text();
        r.gdap.status = m_ui->gdapStatusCombo->currentData().toString();
        r.gdap.durationDays = RelationshipRules::durationDays(m_ui->gdapDurationEdit->text()).value_or(-1);
        r.gdap.startUtc = m_ui->gdapStartEdit->dateTime().toUTC();
        r.gdap.endUtc = r.gdap.durationDays > 0 ? r.gdap.startUtc.addDays(r.gdap.durationDays) : QDateTime();
        r.gdap.autoExtend = m_ui->gdapAutoExtendCheck->isChecked();
    } else {
        r.gdap = GdapDetails {};
    }
    return r;
}

QWidget *PartnerEditDialog::fieldWidget(const QString &field) const
{
    namespace F = RelationshipFields;
    const QList<std::pair<const char16_t *, QWidget *>> widgets {{F::Name, m_ui->nameEdit},
        {F::TenantId, m_ui->tenantEdit}, {F::PartnerId, m_ui->partnerIdEdit}, {F::Email, m_ui->emailEdit},
        {F::Phone, m_ui->phoneEdit}, {F::Website, m_ui->websiteEdit}, {F::Types, m_ui->typesList},
        {F::Roles, m_ui->rolesList}, {F::Agreement, m_ui->acceptedOnEdit}, {F::GdapId, m_ui->gdapIdEdit},
        {F::GdapName, m_ui->gdapNameEdit}, {F::GdapStatus, m_ui->gdapStatusCombo},
        {F::GdapDuration, m_ui->gdapDurationEdit}, {F::GdapStart, m_ui->gdapStartEdit},
        {F::GdapEnd, m_ui->gdapDurationEdit}, {F::GdapAutoExtend, m_ui->gdapAutoExtendCheck}};
    for (const auto &[key, widget] : widgets) {
        if (field == QStringView(key))
            return widget;
    }
    return nullptr;
}

void PartnerEditDialog::showProblem(const QString &field, const QString &reason)
{
    m_problemField = field;
    m_problem->show(reason, fieldWidget(field));
}

void PartnerEditDialog::recheck()
{
    // The message goes once its field is fixed (another field's problem waits for Save).
    if (m_problemField.isEmpty() || !m_problem->isShown())
        return;
    const QList<FieldProblem> problems = RelationshipRules::check(edited(), m_clock.nowUtc());
    const bool stillThere = std::any_of(problems.cbegin(), problems.cend(),
        [this](const FieldProblem &p) { return p.field == m_problemField; });
    if (stillThere)
        return;
    m_problemField.clear();
    m_problem->hide();
}

void PartnerEditDialog::save()
{
    if (m_ui->gdapGroup->isChecked() && !RelationshipRules::durationDays(m_ui->gdapDurationEdit->text())) {
        showProblem(QString::fromUtf16(RelationshipFields::GdapDuration),
            tr("\"%1\" is not an ISO 8601 duration such as P730D.").arg(m_ui->gdapDurationEdit->text()));
        return;
    }
    RelationshipService service(m_repository, m_clock);
    auto result = service.save(m_actor, edited());
    if (!result) {
        showProblem(result.error().field, result.error().message);
        return;
    }
    m_saved = result.value();
    accept();
}
