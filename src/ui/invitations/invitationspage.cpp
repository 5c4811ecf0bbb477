#include "invitations/invitationspage.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "invitations/agreementdialog.h"
#include "invitations/cancelinvitationdialog.h"
#include "invitations/invitationemail.h"
#include "invitations/invitationemaildialog.h"
#include "invitations/invitationservice.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { ReceivedColumn, KindColumn, PartnerColumn, StatusColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;

QString localDateTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString row(const QString &title, const QString &value)
{
    return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
        title.toHtmlEscaped(), value);
}

} // namespace

InvitationsPage::InvitationsPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_service(std::make_unique<InvitationService>(m_context.repository, m_context.clock))
    , m_addLabel(new QLabel(this))
    , m_linkEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(this))
    , m_emailButton(new QPushButton(this))
    , m_validationLabel(new QLabel(this))
    , m_listLabel(new QLabel(this))
    , m_showDecidedCheck(new QCheckBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_reviewLabel(new QLabel(this))
    , m_permissionLabel(new QLabel(this))
    , m_acceptButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    m_linkEdit->setObjectName(u"linkEdit"_s);
    m_linkEdit->setClearButtonEnabled(true);
    m_addLabel->setBuddy(m_linkEdit);
    m_addButton->setObjectName(u"addLinkButton"_s);
    m_emailButton->setObjectName(u"openEmailButton"_s);
    m_validationLabel->setObjectName(u"validationLabel"_s);
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextFormat(Qt::RichText);
    m_table->setObjectName(u"invitationTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows walk it
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The kind and the partner share what the date and status leave: a long kind (Dutch ones are) no
    // longer squeezes the partner out of sight; an elided cell shows its whole text as a tooltip.
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(
            c, c == PartnerColumn || c == KindColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_listLabel->setBuddy(m_table);
    m_showDecidedCheck->setObjectName(u"showDecidedCheck"_s);
    m_reviewLabel->setObjectName(u"reviewLabel"_s);
    m_reviewLabel->setWordWrap(true);
    m_reviewLabel->setTextFormat(Qt::RichText);
    m_reviewLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reviewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permissionLabel->setObjectName(u"invitationPermissionLabel"_s);
    m_permissionLabel->setWordWrap(true);
    m_acceptButton->setObjectName(u"acceptInvitationButton"_s);
    m_cancelButton->setObjectName(u"cancelInvitationButton"_s);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_linkEdit, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_emailButton);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(m_listLabel, 1);
    listHeader->addWidget(m_showDecidedCheck);
    listLayout->addLayout(listHeader);
    listLayout->addWidget(m_table);

    auto *reviewSide = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(reviewSide);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(reviewSide);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_reviewLabel);
    reviewLayout->addWidget(scroll, 1);
    reviewLayout->addWidget(m_permissionLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_acceptButton);
    reviewLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(reviewSide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 110, fontMetrics().averageCharWidth() * 70});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_addLabel);
    layout->addLayout(addRow);
    layout->addWidget(m_validationLabel);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(splitter, 1);

    connect(m_linkEdit, &QLineEdit::textChanged, this, &InvitationsPage::validateBox);
    connect(m_linkEdit, &QLineEdit::returnPressed, this, &InvitationsPage::addFromBox);
    connect(m_addButton, &QPushButton::clicked, this, &InvitationsPage::addFromBox);
    connect(m_emailButton, &QPushButton::clicked, this, &InvitationsPage::chooseEmailFile);
    connect(m_showDecidedCheck, &QCheckBox::toggled, this, &InvitationsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InvitationsPage::showReview);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_acceptButton->isEnabled())
            acceptSelected();
    });
    connect(m_acceptButton, &QPushButton::clicked, this, &InvitationsPage::acceptSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &InvitationsPage::cancelSelected);
    connect(&m_context.repository.notifier(), &RegisterNotifier::invitationsChanged, this,
        &InvitationsPage::refresh);
    connect(&m_context.repository.notifier(), &RegisterNotifier::relationshipsChanged, this,
        &InvitationsPage::showReview);

    retranslate();
    refresh();
}

InvitationsPage::~InvitationsPage() = default;

void InvitationsPage::setOperator(const Operator &op)
{
    m_operator = op;
    validateBox();
    updateActions();
}

QString InvitationsPage::grantsHtml(const InvitationLink &link)
{
    if (link.requestsDelegatedAdmin()) {
        return tr("<b>Global Administrator and Helpdesk Administrator, with no end date</b> "
                  "(delegated admin privileges).")
            + u"<br><span style=\"color:#b00020\"><b>"_s + tr("High risk:") + u"</b></span> "_s
            + tr("the partner could do anything in your tenant, for as long as the roles are not removed. "
                 "Ask the partner for GDAP instead: only the roles they need, for a limited time.");
    }
    switch (link.kind()) {
    case InvitationLink::Kind::GdapApproval:
        return tr("The admin roles in the partner's GDAP request, until the relationship ends. Check "
                  "the roles and duration in the Microsoft 365 admin center before you approve.");
    case InvitationLink::Kind::AgreementOnly:
        return tr("No admin roles: this accepts the Microsoft Customer Agreement for a partner.");
    case InvitationLink::Kind::Reseller:
    case InvitationLink::Kind::IndirectReseller:
    case InvitationLink::Kind::DelegatedAdmin:
        break;
    }
    return tr("No admin roles. The partner can buy and manage subscriptions for you once the agreement "
              "is accepted.");
}

QString InvitationsPage::knownPartnerName(const QString &tenantId) const
{
    if (tenantId.isEmpty())
        return {};
    auto found = m_context.repository.relationshipForPartner(tenantId);
    return found && found.value() ? found.value()->partner.name : QString();
}

QString InvitationsPage::directoryPartnerName(const QString &tenantId) const
{
    if (tenantId.isEmpty() || !m_context.directory)
        return {};
    auto found = m_context.directory->entryForTenant(tenantId);
    return found && found.value() ? found.value()->name : QString();
}

void InvitationsPage::refresh()
{
    const std::optional<Invitation> selected = selectedInvitation();
    auto invitations = m_context.repository.invitations();
    if (!invitations) {
        setStatus(invitations.error().message);
        return;
    }
    const QDateTime now = m_context.clock.nowUtc();
    m_invitations.clear();
    for (const Invitation &i : invitations.value()) {
        const Invitation::Status status = i.effectiveStatus(now);
        const bool open = status == Invitation::Status::Received || status == Invitation::Status::Expired;
        if (open || m_showDecidedCheck->isChecked())
            m_invitations.append(i);
    }
    QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_invitations.size()));
    for (int r = 0; r < m_invitations.size(); ++r) {
        const Invitation &i = m_invitations.at(r);
        const InvitationLink link = i.parsed();
        const QString known = knownPartnerName(link.partnerTenantId());
        const QString partner = !known.isEmpty()
            ? known
            : (link.partnerTenantId().isEmpty() ? tr("(not in the link)") : link.partnerTenantId());
        const QStringList cells {localDateTime(i.receivedUtc), link.kindName(), partner, i.statusName(now)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(kIdRole, i.id);
            if (c == KindColumn || c == PartnerColumn)
                item->setToolTip(Qt::convertFromPlainText(cells.at(c)));
            if (c == KindColumn && link.requestsDelegatedAdmin())
                item->setToolTip(Qt::convertFromPlainText(
                    cells.at(c) + u"\n"_s + tr("Would grant Global Administrator: high risk")));
            m_table->setItem(r, c, item);
        }
    }
    blocker.unblock();
    if (selected && selectInvitation(selected->id))
        return;
    if (!m_invitations.isEmpty())
        m_table->selectRow(0);
    else
        showReview();
    const int pending = int(std::count_if(m_invitations.cbegin(), m_invitations.cend(),
        [&](const Invitation &i) { return i.effectiveStatus(now) == Invitation::Status::Received; }));
    setStatus([pending] { return tr("%n invitation(s) waiting for a decision", nullptr, pending); });
}

std::optional<Invitation> InvitationsPage::pendingWithLink(const InvitationLink &link) const
{
    const QDateTime now = m_context.clock.nowUtc();
    const QUrl url = link.url();
    for (const Invitation &i : m_invitations) {
        if (i.effectiveStatus(now) == Invitation::Status::Received && i.parsed().url() == url)
            return i;
    }
    return std::nullopt;
}

bool InvitationsPage::selectInvitation(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(kIdRole).toLongLong() == id) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0));
            showReview();
            return true;
        }
    }
    return false;
}

std::optional<Invitation> InvitationsPage::selectedInvitation() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.constFirst()->data(kIdRole).toLongLong();
    for (const Invitation &i : m_invitations) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

void InvitationsPage::validateBox()
{
    const QString text = m_linkEdit->text();
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    if (text.trimmed().isEmpty()) {
        m_validationLabel->setText(
            tr("Paste the link from the partner's email, or drop the email itself on this window."));
        m_addButton->setEnabled(false);
        m_addButton->setToolTip(tr("Add the invitation to the list (Enter)"));
        return;
    }
    const InvitationLink link = InvitationLink::parse(text);
    if (!link.isValid()) {
        m_validationLabel->setText(u"<span style=\"color:#b00020\">%1</span>"_s.arg(
            tr("Not an invitation link: %1").arg(link.refusalReason()).toHtmlEscaped()));
        m_addButton->setEnabled(false);
        m_addButton->setToolTip(link.refusalReason());
        return;
    }
    if (const std::optional<Invitation> waiting = pendingWithLink(link)) {
        // The same link again records nothing new: say so before, not after.
        m_validationLabel->setText(tr(
            "This invitation is already in the list, received %1 and waiting for a decision. Add selects it.")
                                       .arg(localDateTime(waiting->receivedUtc))
                                       .toHtmlEscaped());
        m_addButton->setEnabled(manage.allowed());
        m_addButton->setToolTip(
            manage ? tr("Select the invitation already in the list (Enter)") : manage.reason());
        return;
    }
    const QString known = knownPartnerName(link.partnerTenantId());
    QString summary = link.kindName();
    if (!known.isEmpty())
        summary = tr("%1 from %2 (already in your register)").arg(link.kindName(), known);
    else if (!link.partnerTenantId().isEmpty())
        summary = tr("%1 from a new partner (tenant %2)").arg(link.kindName(), link.partnerTenantId());
    QString html
        = u"✔ "_s + summary.toHtmlEscaped() + u"<br>"_s + tr("Would grant:") + u" "_s + grantsHtml(link);
    if (!manage)
        html += u"<br>"_s + tr("You cannot add it: %1").arg(manage.reason()).toHtmlEscaped();
    m_validationLabel->setText(html);
    m_addButton->setEnabled(manage.allowed());
    m_addButton->setToolTip(manage ? tr("Add the invitation to the list (Enter)") : manage.reason());
}

void InvitationsPage::addFromBox()
{
    if (!m_addButton->isEnabled())
        return;
    addLink(m_linkEdit->text());
}

bool InvitationsPage::addLink(const QString &text)
{
    if (m_linkEdit->text() != text)
        m_linkEdit->setText(text.trimmed());
    const InvitationLink link = InvitationLink::parse(text);
    if (!link.isValid())
        return false; // the box says why
    const bool alreadyWaiting = pendingWithLink(link).has_value();
    auto received = m_service->receive(m_operator, text);
    if (!received) {
        m_validationLabel->setText(
            u"<span style=\"color:#b00020\">%1</span>"_s.arg(received.error().message.toHtmlEscaped()));
        return false;
    }
    m_linkEdit->clear();
    refresh();
    selectInvitation(received->id);
    setStatus([alreadyWaiting] {
        return alreadyWaiting
            ? tr("This invitation was already in the list; nothing was added. It is selected.")
            : tr("Invitation added: review it, then accept or cancel it.");
    });
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

int InvitationsPage::addFromEmail(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable() || info.size() > InvitationEmail::kMaxMessageBytes) {
        const QString reason = !info.exists() ? tr("the file does not exist")
            : !info.isFile()                  ? tr("it is not a file")
            : !info.isReadable()              ? tr("the file cannot be read")
                                              : tr("the file is larger than 32 MB");
        showProblem(tr("The email %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), reason));
        return 0;
    }
    return addFromEmailText(name, [path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(InvitationEmail::kMaxMessageBytes) : QByteArray();
    });
}

int InvitationsPage::addFromEmailText(const QString &source, std::function<QByteArray()> load)
{
    InvitationEmailDialog dialog(source, std::move(load), this);
    dialog.start();
    const int outcome = dialog.exec();
    const InvitationEmail::Found &found = dialog.found();
    if (outcome == InvitationEmailDialog::NothingFound) {
        QString message = tr("The email %1 holds no invitation link.").arg(source);
        if (!found.refused.isEmpty())
            message += u" "_s
                + tr("A link in it looks like one but is refused: %1")
                      .arg(found.refused.constFirst().link.refusalReason());
        showProblem(message);
        return 0;
    }
    if (outcome != QDialog::Accepted)
        return 0;
    int added = 0;
    for (const InvitationLink &link : dialog.picked()) {
        if (addLink(link.url().toString()))
            ++added;
    }
    if (added > 0)
        setStatus([added, source] {
            return tr("%n invitation link(s) added from %1.", nullptr, added).arg(source);
        });
    return added;
}

void InvitationsPage::showProblem(const QString &message)
{
    m_validationLabel->setText(u"<span style=\"color:#b00020\">%1</span>"_s.arg(message.toHtmlEscaped()));
}

void InvitationsPage::chooseEmailFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open invitation email"), QDir::homePath(), tr("Saved emails (*.eml);;All files (*)"));
    if (!path.isEmpty())
        addFromEmail(path);
}

void InvitationsPage::showReview()
{
    const std::optional<Invitation> invitation = selectedInvitation();
    if (!invitation) {
        m_reviewLabel->setText(m_invitations.isEmpty()
                ? tr("No invitations are waiting. When a partner emails you an invitation link, paste it "
                     "above to see what it would grant before you accept it.")
                : tr("Select an invitation to review it."));
        updateActions();
        return;
    }
    const InvitationLink link = invitation->parsed();
    const QDateTime now = m_context.clock.nowUtc();
    const QString none = tr("None");
    QString html = u"<h3>%1</h3><table>"_s.arg(link.kindName().toHtmlEscaped());
    const QString known = knownPartnerName(link.partnerTenantId());
    if (link.partnerTenantId().isEmpty()) {
        html += row(tr("Partner:"), tr("not named in this link; you enter it when you accept"));
    } else {
        const QString listed = known.isEmpty() ? directoryPartnerName(link.partnerTenantId()) : QString();
        html += row(tr("Partner:"),
            !known.isEmpty() ? tr("%1, already in your register").arg(known.toHtmlEscaped())
                : !listed.isEmpty()
                ? tr("%1 from the partner directory, not in your register yet").arg(listed.toHtmlEscaped())
                : tr("new partner, not in your register yet"));
        html += row(tr("Partner tenant ID:"), link.partnerTenantId());
        html += row(tr("PartnerID:"), link.partnerId().isEmpty() ? none : link.partnerId());
    }
    if (link.kind() == InvitationLink::Kind::IndirectReseller)
        html += row(tr("Indirect provider:"), link.indirectProviderTenantId());
    if (link.kind() == InvitationLink::Kind::GdapApproval)
        html += row(tr("GDAP relationship:"), link.gdapRelationshipId());
    QStringList types;
    for (const PartnerType &type : link.relationshipTypes())
        types.append(type.displayName().toHtmlEscaped());
    if (!types.isEmpty())
        html += row(tr("Partner type:"), types.join(u", "_s));
    html += row(tr("Received:"), localDateTime(invitation->receivedUtc));
    QString status = invitation->statusName(now).toHtmlEscaped();
    if (invitation->decidedUtc.isValid())
        status += u" — "_s
            + tr("%1 by %2")
                  .arg(localDateTime(invitation->decidedUtc), invitation->decidedByUpn.toHtmlEscaped());
    if (invitation->effectiveStatus(now) == Invitation::Status::Expired)
        status += u"<br>"_s + tr("Not approved within 90 days; ask the partner for a new request.");
    if (invitation->status == Invitation::Status::Cancelled && !invitation->note.isEmpty())
        status += u"<br>"_s + tr("Reason: %1").arg(invitation->note.toHtmlEscaped());
    html += row(tr("Status:"), status);
    html += u"</table><p><b>"_s + tr("Accepting would grant:") + u"</b><br>"_s + grantsHtml(link) + u"</p>"_s;
    if (!link.requestsDelegatedAdmin() && link.kind() != InvitationLink::Kind::AgreementOnly
        && link.kind() != InvitationLink::Kind::GdapApproval)
        html += u"<p>"_s + tr("Accepting also accepts the Microsoft Customer Agreement for this partner.")
            + u"</p>"_s;
    m_reviewLabel->setText(html);
    updateActions();
}

void InvitationsPage::updateActions()
{
    const std::optional<Invitation> invitation = selectedInvitation();
    const bool pending
        = invitation && invitation->effectiveStatus(m_context.clock.nowUtc()) == Invitation::Status::Received;
    const Decision accept = invitation
        ? Policy::check(m_operator, InvitationService::actionToAccept(invitation->parsed()))
        : Decision::allow();
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    m_acceptButton->setEnabled(pending && accept.allowed());
    m_cancelButton->setEnabled(pending && manage.allowed());
    const bool agreementOnly
        = invitation && invitation->parsed().kind() == InvitationLink::Kind::AgreementOnly;
    m_acceptButton->setText(agreementOnly ? tr("Review agreement and &accept…")
                                          : tr("Review agreement and &accept && authorize…"));
    m_acceptButton->setToolTip(accept ? tr("Opens the Microsoft Customer Agreement; nothing is accepted "
                                           "until you tick the box and confirm")
                                      : accept.reason());
    m_cancelButton->setToolTip(
        manage ? tr("Decline the invitation; it stays in the history") : manage.reason());
    QString reason;
    if (pending && !accept)
        reason = tr("You are acting as %1, who may review this invitation but not accept it: %2.")
                     .arg(m_operator.displayName, accept.reason());
    else if (pending && !manage)
        reason = manage.reason();
    m_permissionLabel->setText(reason);
    m_permissionLabel->setVisible(!reason.isEmpty());
}

void InvitationsPage::acceptSelected()
{
    const std::optional<Invitation> invitation = selectedInvitation();
    if (!invitation)
        return;
    const InvitationLink link = invitation->parsed();
    const bool agreementOnly = link.kind() == InvitationLink::Kind::AgreementOnly;
    AgreementDialog dialog(
        agreementOnly ? AgreementDialog::Mode::AcceptOnly : AgreementDialog::Mode::AcceptAndAuthorize, this);
    dialog.setObjectName(u"agreementDialog"_s);
    dialog.setInvitationSummary(
        u"<b>%1</b><br>%2 %3"_s.arg(link.kindName().toHtmlEscaped(), tr("Would grant:"), grantsHtml(link)));
    const QString tenant = link.partnerTenantId();
    const QString known = knownPartnerName(tenant);
    dialog.setPartner(known.isEmpty() ? directoryPartnerName(tenant) : known, tenant, tenant.isEmpty());
    dialog.setNameLookup([this](const QString &id) {
        const QString name = knownPartnerName(id);
        return name.isEmpty() ? directoryPartnerName(id) : name;
    });
    dialog.setPermission(Policy::check(m_operator, InvitationService::actionToAccept(link)));
    dialog.setCancelInvitationAvailable(true, Policy::check(m_operator, PolicyAction::ManageRelationships));
    dialog.setCancelHandler([&] { return cancelInvitation(*invitation); });
    QString acceptedTenant;
    const qint64 id = invitation->id;
    dialog.setAcceptHandler([&](const AgreementDialog &d) -> Status {
        auto accepted
            = m_service->accept(m_operator, id, {d.partnerName(), d.partnerTenantId(), d.agreementShown()});
        if (!accepted)
            return accepted.error();
        acceptedTenant = accepted->partner.tenantId;
        return Done {};
    });
    dialog.exec();
    switch (dialog.outcome()) {
    case AgreementDialog::Outcome::Accepted:
        setStatus([] { return tr("Invitation accepted in the register."); });
        Q_EMIT partnerAccepted(acceptedTenant, link.url());
        break;
    case AgreementDialog::Outcome::CancelInvitation:
        break; // recorded by the cancel handler, which also set the status

    case AgreementDialog::Outcome::Closed:
        setStatus([] { return tr("Nothing was decided; the invitation is still waiting."); });
        break;
    }
}

void InvitationsPage::cancelSelected()
{
    if (const std::optional<Invitation> invitation = selectedInvitation())
        cancelInvitation(*invitation);
}

bool InvitationsPage::cancelInvitation(const Invitation &invitation)
{
    const InvitationLink link = invitation.parsed();
    const QString known = knownPartnerName(link.partnerTenantId());
    const QString partner = !known.isEmpty()
        ? known
        : (link.partnerTenantId().isEmpty() ? tr("this partner") : link.partnerTenantId());
    CancelInvitationDialog confirm(partner, this);
    if (confirm.exec() != QDialog::Accepted)
        return false;
    auto cancelled = m_service->cancel(m_operator, invitation.id, confirm.reason());
    if (!cancelled) {
        QMessageBox box(
            QMessageBox::Warning, tr("Cancel invitation"), cancelled.error().message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the reason may quote the partner's name
        box.exec();
        return false;
    }
    setStatus([] { return tr("Invitation cancelled and kept in the history. Nothing was granted."); });
    return true;
}

void InvitationsPage::setStatus(const QString &text)
{
    setStatus([text] { return text; }); // a message from below, in the language it was made in
}

void InvitationsPage::setStatus(std::function<QString()> text)
{
    // Kept as how to say it, so a language switch says it again in the new language.
    m_status = std::move(text);
    Q_EMIT statusChanged(m_status());
}

void InvitationsPage::retranslate()
{
    m_addLabel->setText(tr("A&dd an invitation link"));
    m_linkEdit->setPlaceholderText(tr("https://admin.microsoft.com/… (the link in the partner's email)"));
    m_addButton->setText(tr("Add"));
    m_emailButton->setText(tr("Open email…"));
    m_emailButton->setToolTip(tr("Read the invitation links in a saved email (.eml)"));
    m_listLabel->setText(tr("&Invitations received"));
    m_showDecidedCheck->setText(tr("Show accepted and cancelled"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Invitation"), tr("Partner"), tr("Status")});
    m_cancelButton->setText(tr("&Cancel invitation…"));
    validateBox();
}

void InvitationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        std::function<QString()> message = m_status;
        retranslate();
        refresh();
        if (message)
            setStatus(std::move(message)); // the last message, now in the new language
    }
    QWidget::changeEvent(event);
}
