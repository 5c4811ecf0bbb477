#include "partners/partnerdetailspane.h"

#include "activity/activitypanel.h"

#include "audit/auditdescription.h"
#include "common/policy.h"
#include "relationships/relationshipservice.h"
#include "relationships/riskassessment.h"
#include "ui_partnerdetailspane.h"
#include "widgets/icons.h"

#include <QEvent>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString localDateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString localDate(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

PartnerDetailsPane::PartnerDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PartnerDetailsPane>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->nameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->nameLabel->setFont(titleFont);
    // Field titles stand above their values; a little space and weight keeps the pairs apart.
    for (QLabel *title : m_ui->detailsContents->findChildren<QLabel *>()) {
        if (!title->objectName().endsWith(u"Title"_s) || title == m_ui->historyTitle)
            continue;
        QFont font = title->font();
        font.setWeight(QFont::DemiBold);
        title->setFont(font);
        title->setContentsMargins(0, 6, 0, 0);
    }
    QFont historyFont = m_ui->historyTitle->font();
    historyFont.setBold(true);
    m_ui->historyTitle->setFont(historyFont);
    // The sign-in evidence sits just above the partner's recent history.
    m_activity = new ActivityPanel(m_ui->detailsContents);
    m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(m_ui->historyTitle), m_activity);
    m_ui->removeRolesButton->setIcon(Icons::icon(Icons::Icon::RemoveRoles));
    connect(m_ui->removeRolesButton, &QPushButton::clicked, this, &PartnerDetailsPane::removeRolesRequested);
    connect(
        m_ui->markReviewedButton, &QPushButton::clicked, this, &PartnerDetailsPane::markReviewedRequested);
    connect(m_ui->requestEndButton, &QPushButton::clicked, this, &PartnerDetailsPane::requestEndRequested);
    connect(m_ui->markEndedButton, &QPushButton::clicked, this, &PartnerDetailsPane::markEndedRequested);
    connect(m_ui->editButton, &QPushButton::clicked, this, &PartnerDetailsPane::editRequested);
    connect(m_ui->acceptAgreementButton, &QPushButton::clicked, this,
        &PartnerDetailsPane::acceptAgreementRequested);
    showSelectionCount(0);
    fitWidthToContents();
    // Whatever changes what the details hold (the sign-in panel filled later, another operator's
    // actions) asks for a new layout first: the width follows then, not only after a render.
    m_ui->detailsContents->installEventFilter(this);
}

PartnerDetailsPane::~PartnerDetailsPane() = default;

void PartnerDetailsPane::fitWidthToContents()
{
    // Wide enough for what cannot wrap in this language (the widest action, "Beëindiging van relatie
    // aanvragen"; a tenant ID): the pane never scrolls sideways, so anything wider would be cut off.
    const int most = fontMetrics().averageCharWidth() * 60;
    const int needed = std::min(most, m_ui->detailsContents->minimumSizeHint().width());
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_ui->detailsPage);
    m_ui->detailsPage->setMinimumWidth(needed + scrollBar + 2 * m_ui->detailsPage->frameWidth());
}

void PartnerDetailsPane::setMpsaSharing(bool enabled, const QString &pendingText)
{
    m_mpsaSharing = enabled;
    m_mpsaPending = pendingText;
    render();
}

void PartnerDetailsPane::showActivity(const ActivityEvidence &evidence,
    const std::optional<PartnerActivity> &activity, const QList<PartnerEvent> &events)
{
    m_activity->showActivity(evidence, activity, events);
}

void PartnerDetailsPane::setOperator(const Operator &op)
{
    m_operator = op;
    updateActions();
}

void PartnerDetailsPane::showRelationship(const Relationship &relationship,
    const QList<AuditEvent> &recentEvents, quint16 riskFlags, const QDateTime &nowUtc,
    const QList<Todo> &openTodos)
{
    m_nowUtc = nowUtc;
    m_openTodos = openTodos;
    m_relationship = relationship;
    m_events = recentEvents;
    m_riskFlags = riskFlags;
    m_selectionCount = 1;
    render();
}

void PartnerDetailsPane::showSelectionCount(int count)
{
    m_selectionCount = count;
    if (count != 1) {
        m_relationship.reset();
        m_events.clear();
        m_openTodos.clear();
    }
    render();
}

bool PartnerDetailsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->detailsContents && event->type() == QEvent::LayoutRequest)
        fitWidthToContents();
    return QWidget::eventFilter(watched, event);
}

void PartnerDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
        fitWidthToContents();
    }
    QWidget::changeEvent(event);
}

void PartnerDetailsPane::render()
{
    if (!m_relationship) {
        m_ui->nothingLabel->setText(m_selectionCount > 1
                ? tr("%n partner(s) selected.", nullptr, m_selectionCount)
                : tr("Select a partner to see its details."));
        m_ui->paneStack->setCurrentWidget(m_ui->nothingPage);
        updateActions();
        return;
    }
    const Relationship &r = *m_relationship;
    m_ui->paneStack->setCurrentWidget(m_ui->detailsPage);
    m_ui->nameLabel->setText(r.partner.name);

    const RiskAssessment::Level level = RiskAssessment::level(m_riskFlags);
    if (level == RiskAssessment::Level::None) {
        m_ui->riskLabel->setText(tr("Nothing needs attention."));
    } else {
        QString html
            = u"<b>"_s + tr("Risk: %1").arg(RiskAssessment::levelName(level)).toHtmlEscaped() + u"</b><ul>"_s;
        for (const QString &line : RiskAssessment::explanations(m_riskFlags))
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        m_ui->riskLabel->setText(html + u"</ul>"_s);
    }

    m_ui->tenantIdValue->setText(r.partner.tenantId);
    m_ui->partnerIdValue->setText(orDash(r.partner.partnerId));
    m_ui->phoneValue->setText(orDash(r.partner.phone));
    if (r.partner.email.contains(u'@')) {
        const QString escaped = r.partner.email.toHtmlEscaped();
        const QString href
            = QString::fromLatin1(QUrl(u"mailto:"_s + r.partner.email).toEncoded()).toHtmlEscaped();
        m_ui->emailValue->setText(u"<a href=\""_s + href + u"\">"_s + escaped + u"</a>"_s);
    } else {
        m_ui->emailValue->setText(orDash(r.partner.email).toHtmlEscaped());
    }
    const QUrl website(r.partner.website, QUrl::StrictMode);
    if (website.isValid() && (website.scheme() == "https"_L1 || website.scheme() == "http"_L1)
        && !website.host().isEmpty()) {
        m_ui->websiteValue->setText(u"<a href=\""_s + QString::fromLatin1(website.toEncoded()).toHtmlEscaped()
            + u"\">"_s + r.partner.website.toHtmlEscaped() + u"</a>"_s);
    } else {
        m_ui->websiteValue->setText(orDash(r.partner.website).toHtmlEscaped());
    }
    m_ui->typesValue->setText(
        r.types.isEmpty() ? tr("No type (a relationship without roles)") : r.typesDisplay());

    auto pending = [this](Todo::Kind kind) -> const Todo * {
        for (const Todo &todo : std::as_const(m_openTodos)) {
            if (todo.kind == kind)
                return &todo;
        }
        return nullptr;
    };
    // What the tenant is known to hold, then the decisions on it still to do in Microsoft 365.
    QStringList roleLines;
    if (r.roles.isEmpty()) {
        roleLines.append(tr("None").toHtmlEscaped());
    } else {
        // In the table's order, unknown roles last and named as such.
        for (const AdminRole &role : AdminRole::inShownOrder(r.roles)) {
            roleLines.append(role.isPrivileged() ? tr("%1 (privileged)").arg(role.shownName()).toHtmlEscaped()
                                                 : role.shownName().toHtmlEscaped());
        }
    }
    if (const Todo *removal = pending(Todo::Kind::RemoveRoles))
        roleLines.append(u"<i>"_s + removal->pendingText().toHtmlEscaped() + u"</i>"_s);
    if (const Todo *grant = pending(Todo::Kind::Authorize)) {
        roleLines.append(u"<i>"_s + grant->pendingText().toHtmlEscaped() + u"</i>"_s);
    }
    m_ui->rolesValue->setText(roleLines.join(u"<br>"_s));

    if (r.agreement.isAccepted()) {
        m_ui->agreementValue->setText(
            tr("Accepted on %1 by %2 (%3), agreement %4 version %5")
                .arg(localDateTime(r.agreement.acceptedAtUtc), r.agreement.acceptedByName,
                    r.agreement.acceptedByUpn, r.agreement.agreementId, r.agreement.agreementVersion));
    } else {
        m_ui->agreementValue->setText(tr("Not accepted"));
    }

    if (r.gdap.isPresent()) {
        QString text
            = tr("%1, status %2").arg(orDash(r.gdap.name), GdapDetails::statusDisplayName(r.gdap.status));
        if (r.gdap.startUtc.isValid() || r.gdap.endUtc.isValid())
            text += u"\n"_s + tr("From %1 to %2").arg(localDate(r.gdap.startUtc), localDate(r.gdap.endUtc));
        if (r.gdap.endUtc.isValid()) {
            const qint64 daysLeft = m_nowUtc.daysTo(r.gdap.endUtc);
            text += u"\n"_s + (daysLeft >= 0 ? tr("%n day(s) left", nullptr, int(daysLeft)) : tr("Ended"));
        }
        text += u"\n"_s + (r.gdap.autoExtend ? tr("Auto-extend: on") : tr("Auto-extend: off"));
        m_ui->gdapValue->setText(text);
    } else {
        m_ui->gdapValue->setText(tr("Not a GDAP relationship"));
    }
    m_ui->reviewedValue->setText(
        r.lastReviewedUtc.isValid() ? localDateTime(r.lastReviewedUtc) : tr("Never"));

    switch (r.state) {
    case Relationship::State::Active:
        m_ui->stateValue->setText(tr("Active"));
        break;
    case Relationship::State::EndRequested: {
        QString text = tr("End requested on %1 (%2)")
                           .arg(localDate(r.endRequestedUtc),
                               RelationshipService::endRequestMethodName(r.endRequestMethod));
        if (!r.endRequestNote.isEmpty())
            text += u"\n"_s + r.endRequestNote;
        if (const Todo *end = pending(Todo::Kind::ConfirmEnd))
            text += u"\n"_s + end->pendingText();
        m_ui->stateValue->setText(text);
        break;
    }
    case Relationship::State::Ended:
        m_ui->stateValue->setText(tr("Ended on %1").arg(localDate(r.endedUtc)));
        break;
    }
    const bool mpsa = r.types.contains(PartnerType(PartnerType::Kind::MpsaPartner));
    m_ui->mpsaTitle->setVisible(mpsa);
    m_ui->mpsaValue->setVisible(mpsa);
    QString mpsaText = m_mpsaSharing ? tr("On") : tr("Off");
    if (!m_mpsaPending.isEmpty())
        mpsaText += u"\n"_s + m_mpsaPending;
    m_ui->mpsaValue->setText(mpsaText);

    if (m_events.isEmpty()) {
        m_ui->historyValue->setText(tr("No recorded activity."));
    } else {
        QStringList lines;
        for (const AuditEvent &e : std::as_const(m_events)) {
            lines.append(tr("%1 · %2 · %3")
                             .arg(localDateTime(e.atUtc), AuditDescription::actionName(e.action),
                                 e.operatorName.isEmpty() ? e.operatorUpn : e.operatorName)
                             .toHtmlEscaped());
        }
        m_ui->historyValue->setText(lines.join(u"<br>"_s));
    }
    updateActions();
    fitWidthToContents();
}

void PartnerDetailsPane::updateActions()
{
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    const bool one = m_relationship.has_value();
    const bool hasRoles = one && !m_relationship->roles.isEmpty();
    const auto removal = std::find_if(m_openTodos.cbegin(), m_openTodos.cend(),
        [](const Todo &todo) { return todo.kind == Todo::Kind::RemoveRoles; });
    const bool removalPending = one && removal != m_openTodos.cend();

    m_ui->removeRolesButton->setEnabled(manage && hasRoles && !removalPending);
    m_ui->removeRolesButton->setToolTip(!manage ? manage.reason()
            : removalPending                    ? removal->pendingText()
                                                : (hasRoles ? tr("Remove this partner's admin roles (Delete)")
                                                            : tr("This partner holds no admin roles.")));
    m_ui->markReviewedButton->setEnabled(manage && one);
    m_ui->markReviewedButton->setToolTip(
        manage ? tr("Record that you reviewed this partner today") : manage.reason());

    const bool agreementOpen = one && !m_relationship->agreement.isAccepted();
    m_ui->acceptAgreementButton->setEnabled(manage && agreementOpen);
    m_ui->acceptAgreementButton->setToolTip(!manage
            ? manage.reason()
            : (agreementOpen ? tr("Read the Microsoft Customer Agreement and accept it for this partner")
                             : tr("The agreement is already accepted.")));
    const bool active = one && m_relationship->state == Relationship::State::Active;
    const bool endRequested = one && m_relationship->state == Relationship::State::EndRequested;
    m_ui->requestEndButton->setEnabled(manage && active);
    m_ui->requestEndButton->setToolTip(!manage
            ? manage.reason()
            : (active ? tr("Record that you asked the partner to end the relationship")
                      : tr("An end of this relationship is already requested or "
                           "recorded.")));
    m_ui->requestEndButton->setVisible(!endRequested);
    m_ui->markEndedButton->setVisible(endRequested);
    m_ui->markEndedButton->setEnabled(manage && endRequested);
    m_ui->markEndedButton->setToolTip(
        manage ? tr("Record that the partner ended the relationship") : manage.reason());
    m_ui->editButton->setEnabled(manage && one);
    m_ui->editButton->setToolTip(manage
            ? tr("Change the partner's details, types, roles or GDAP record as the "
                 "tenant shows them")
            : manage.reason());

    if (!manage) {
        m_ui->permissionLabel->setText(tr("You are acting as %1, who may look but not change: %2.")
                                           .arg(m_operator.displayName, manage.reason()));
        m_ui->permissionLabel->show();
    } else {
        m_ui->permissionLabel->clear();
        m_ui->permissionLabel->hide();
    }
}

void PartnerDetailsPane::focusFirstAction()
{
    for (QPushButton *button : {m_ui->removeRolesButton, m_ui->markReviewedButton,
             m_ui->acceptAgreementButton, m_ui->requestEndButton, m_ui->markEndedButton, m_ui->editButton}) {
        if (button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_ui->detailsPage->setFocus(Qt::OtherFocusReason);
}
