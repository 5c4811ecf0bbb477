#include "review/reviewpage.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "partners/endrequestdialog.h"
#include "partners/removerolesdialog.h"
#include "relationships/riskassessment.h"
#include "review/reviewrepository.h"
#include "review/reviewservice.h"
#include "review/startreviewdialog.h"
#include "widgets/riskicon.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    return label;
}

QString dateText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ReviewPage::ReviewPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    if (m_context.reviews)
        m_service
            = std::make_unique<ReviewService>(m_context.repository, *m_context.reviews, m_context.clock);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *headings = new QVBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"reviewHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"reviewProgressText"_s);
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->setWordWrap(true);
    headings->addWidget(m_heading);
    headings->addWidget(m_progressText);
    top->addLayout(headings, 1);
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(u"startReviewButton"_s);
    m_signOffButton = new QPushButton(this);
    m_signOffButton->setObjectName(u"signOffButton"_s);
    top->addWidget(m_startButton);
    top->addWidget(m_signOffButton);
    layout->addLayout(top);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reviewProgress"_s);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_permission = new QLabel(this);
    m_permission->setObjectName(u"reviewPermissionLabel"_s);
    m_permission->setTextFormat(Qt::PlainText);
    m_permission->hide();
    layout->addWidget(m_permission);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the decision
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PartnerColumn, QHeaderView::Stretch);

    auto *panel = new QWidget(splitter);
    auto *panelLayout = new QVBoxLayout(panel);
    m_partnerName = new QLabel(panel);
    m_partnerName->setObjectName(u"reviewPartnerName"_s);
    m_partnerName->setTextFormat(Qt::PlainText);
    m_partnerName->setFont(bold);
    m_partnerName->setWordWrap(true);
    m_partnerDetails = new QLabel(panel);
    m_partnerDetails->setObjectName(u"reviewPartnerDetails"_s);
    m_partnerDetails->setTextFormat(Qt::PlainText); // names and notes come from outside
    m_partnerDetails->setWordWrap(true);
    m_partnerDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_partnerDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    panelLayout->addWidget(m_partnerName);
    panelLayout->addWidget(m_partnerDetails);
    m_decisions = new QButtonGroup(this);
    m_keep = new QRadioButton(panel);
    m_keep->setObjectName(u"keepRadio"_s);
    m_removeRoles = new QRadioButton(panel);
    m_removeRoles->setObjectName(u"removeRolesRadio"_s);
    m_requestEnd = new QRadioButton(panel);
    m_requestEnd->setObjectName(u"requestEndRadio"_s);
    m_decisions->addButton(m_keep, int(ReviewItem::Decision::Keep));
    m_decisions->addButton(m_removeRoles, int(ReviewItem::Decision::RemoveRoles));
    m_decisions->addButton(m_requestEnd, int(ReviewItem::Decision::RequestEnd));
    panelLayout->addWidget(m_keep);
    panelLayout->addWidget(m_removeRoles);
    panelLayout->addWidget(m_requestEnd);
    m_decisionProblem = problemLabel(panel, u"decisionProblem"_s);
    panelLayout->addWidget(m_decisionProblem);
    m_noteLabel = new QLabel(panel);
    m_note = new QPlainTextEdit(panel);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    m_noteLabel->setBuddy(m_note);
    panelLayout->addWidget(m_noteLabel);
    panelLayout->addWidget(m_note);
    m_noteProblem = problemLabel(panel, u"noteProblem"_s);
    panelLayout->addWidget(m_noteProblem);
    m_recordButton = new QPushButton(panel);
    m_recordButton->setObjectName(u"recordDecisionButton"_s);
    m_recordButton->setDefault(false);
    panelLayout->addWidget(m_recordButton, 0, Qt::AlignRight);
    panelLayout->addStretch(1);
    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    setTabOrder(m_table, m_keep);
    setTabOrder(m_keep, m_removeRoles);
    setTabOrder(m_removeRoles, m_requestEnd);
    setTabOrder(m_requestEnd, m_note);
    setTabOrder(m_note, m_recordButton);

    connect(m_startButton, &QPushButton::clicked, this, &ReviewPage::startReview);
    connect(m_signOffButton, &QPushButton::clicked, this, &ReviewPage::signOff);
    connect(m_recordButton, &QPushButton::clicked, this, &ReviewPage::recordDecision);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewPage::showItem);
    connect(m_decisions, &QButtonGroup::idClicked, this, [this] {
        m_decisionProblem->hide();
        updateActions();
    });
    connect(m_note, &QPlainTextEdit::textChanged, m_noteProblem, &QWidget::hide);
    RegisterNotifier &notifier = m_context.repository.notifier();
    connect(&notifier, &RegisterNotifier::reviewsChanged, this, &ReviewPage::reload);
    // Another change to the register refreshes what is shown, never the note being typed.
    connect(&notifier, &RegisterNotifier::relationshipsChanged, this, &ReviewPage::showDetails);
    retranslate();
    reload();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setOperator(const Operator &op)
{
    m_operator = op;
    updateActions();
}

void ReviewPage::reload()
{
    const qint64 selectedId = selectedItem() ? selectedItem()->id : 0;
    m_review.reset();
    m_items.clear();
    if (m_context.reviews) {
        if (auto all = m_context.reviews->reviews(); all && !all.value().isEmpty())
            m_review = all.value().constFirst();
        if (m_review) {
            if (auto items = m_context.reviews->items(m_review->id))
                m_items = items.value();
        }
    }
    fillTable();
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == selectedId)
            m_table->selectRow(row);
    }
    if (!selectedItem() && !m_items.isEmpty())
        m_table->selectRow(0);
    retranslate();
    showItem(); // the selected partner as stored
}

void ReviewPage::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ReviewItem &item = m_items.at(row);
        const RiskAssessment::Level level = RiskAssessment::level(item.riskFlagsAtStart);
        const QStringList cells {item.partnerName,
            level == RiskAssessment::Level::None ? tr("None") : RiskAssessment::levelName(level),
            reviewDecisionName(item.decision),
            item.isDecided() ? (item.decidedByName.isEmpty() ? item.decidedByUpn : item.decidedByName)
                             : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            // A long name or decision cut short, in full (as plain text: names come from outside).
            cell->setToolTip(Qt::convertFromPlainText(cells.at(column)));
            if (column == DecisionColumn && !item.isDecided())
                cell->setForeground(palette().color(QPalette::PlaceholderText));
            if (column == RiskColumn)
                cell->setIcon(RiskIcon::icon(level));
            m_table->setItem(row, column, cell);
        }
    }
}

std::optional<ReviewItem> ReviewPage::selectedItem() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int row = selected.constFirst()->row();
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

ReviewItem::Decision ReviewPage::chosenDecision() const
{
    const int id = m_decisions->checkedId();
    return id < 0 ? ReviewItem::Decision::None : ReviewItem::Decision(id);
}

void ReviewPage::showItem()
{
    const std::optional<ReviewItem> item = selectedItem();
    m_decisionProblem->hide();
    m_noteProblem->hide();
    showDetails();
    if (!item) {
        updateActions();
        return;
    }
    {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(item->note);
    }
    m_decisions->setExclusive(false);
    for (QAbstractButton *b : m_decisions->buttons())
        b->setChecked(false);
    m_decisions->setExclusive(true);
    if (item->isDecided())
        m_decisions->button(int(item->decision))->setChecked(true);
    updateActions();
}

// What is known of the selected partner; leaves the decision being typed alone.
void ReviewPage::showDetails()
{
    const std::optional<ReviewItem> item = selectedItem();
    if (!item) {
        m_partnerName->clear();
        m_partnerDetails->setText(m_review ? tr("Choose a partner in the list.") : QString());
        return;
    }
    m_partnerName->setText(item->partnerName);
    QStringList lines;
    auto summaries = m_context.repository.summariesFor({item->relationshipId});
    if (summaries && !summaries.value().isEmpty()) {
        const PartnerSummary s = summaries.value().constFirst();
        const QString roles = s.rolesDisplay();
        lines << tr("Admin roles: %1").arg(roles.isEmpty() ? tr("none") : roles);
        const quint16 flags = RiskAssessment::assess(s, m_context.clock.nowUtc());
        const RiskAssessment::Level level = RiskAssessment::level(flags);
        lines << tr("Risk now: %1")
                     .arg(level == RiskAssessment::Level::None ? tr("None")
                                                               : RiskAssessment::levelName(level));
        for (const QString &why : RiskAssessment::explanations(flags))
            lines << u"• "_s + why;
        if (s.activity.evidenceToMs <= 0) {
            lines << tr("Sign-ins: no sign-in log imported, so nothing is known about its use of its roles.");
        } else if (s.activity.lastSignInMs <= 0) {
            lines << tr("Sign-ins: none in the imported logs.");
        } else {
            lines << tr("Last sign-in: %1")
                         .arg(dateText(QDateTime::fromMSecsSinceEpoch(s.activity.lastSignInMs, Qt::UTC)));
            if (s.activity.failedLast30 > 0)
                lines
                    << tr("Failed sign-ins in the last 30 days of the logs: %1").arg(s.activity.failedLast30);
        }
    }
    const RiskAssessment::Level atStart = RiskAssessment::level(item->riskFlagsAtStart);
    lines << tr("Risk when the review started: %1")
                 .arg(atStart == RiskAssessment::Level::None ? tr("None")
                                                             : RiskAssessment::levelName(atStart));
    if (item->isDecided()) {
        lines << QString()
              << tr("Decided: %1, by %2 on %3")
                     .arg(reviewDecisionName(item->decision),
                         item->decidedByName.isEmpty() ? item->decidedByUpn : item->decidedByName,
                         dateText(item->decidedUtc));
    }
    m_partnerDetails->setText(lines.join(u'\n'));
}

void ReviewPage::updateActions()
{
    const bool open = m_review && !m_review->isSignedOff();
    const Decision may = Policy::check(m_operator, PolicyAction::ManageRelationships);
    const bool canStart = m_service && may && !open;
    m_startButton->setEnabled(canStart);
    m_startButton->setToolTip(!may ? may.reason() : open ? tr("Sign off the open review first.") : QString());
    const bool complete = open && m_review->decided == m_review->partners;
    m_signOffButton->setVisible(open);
    m_signOffButton->setEnabled(open && may && complete);
    m_signOffButton->setToolTip(!may ? may.reason()
            : !complete && open
            ? tr("%n partner(s) still to decide.", nullptr, m_review->partners - m_review->decided)
            : QString());
    const bool editable = open && may && selectedItem().has_value();
    for (QAbstractButton *b : m_decisions->buttons())
        b->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_recordButton->setEnabled(editable && chosenDecision() != ReviewItem::Decision::None);
    m_permission->setVisible(open && !may);
    m_permission->setText(
        !may ? tr("You can look at the review; deciding needs: %1.").arg(may.reason()) : QString());
}

void ReviewPage::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Risk at start"), tr("Decision"), tr("Decided by")});
    // Risk and decision as wide as their header and longest value in this language (no content scan).
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    int riskWidth = fm.horizontalAdvance(tr("None"));
    for (auto level :
        {RiskAssessment::Level::High, RiskAssessment::Level::Medium, RiskAssessment::Level::Low})
        riskWidth = std::max(riskWidth, fm.horizontalAdvance(RiskAssessment::levelName(level)));
    int decisionWidth = 0;
    for (auto d : {ReviewItem::Decision::None, ReviewItem::Decision::Keep, ReviewItem::Decision::RemoveRoles})
        decisionWidth = std::max(decisionWidth, fm.horizontalAdvance(reviewDecisionName(d)));
    const int pad = fm.averageCharWidth() * 3;
    header->setSectionResizeMode(RiskColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DecisionColumn, QHeaderView::Interactive);
    header->resizeSection(
        RiskColumn, std::max(header->sectionSizeHint(RiskColumn), riskWidth + pad + RiskIcon::size()));
    header->resizeSection(
        DecisionColumn, std::max(header->sectionSizeHint(DecisionColumn), decisionWidth + pad));
    header->setSectionResizeMode(DecidedByColumn, QHeaderView::Interactive);
    header->resizeSection(
        DecidedByColumn, std::max(header->sectionSizeHint(DecidedByColumn), fm.averageCharWidth() * 14));
    m_startButton->setText(tr("S&tart review…"));
    m_signOffButton->setText(tr("Sign o&ff…"));
    m_keep->setText(tr("&Keep: the partner keeps its access"));
    m_removeRoles->setText(tr("&Remove roles: decide to remove its admin roles"));
    m_requestEnd->setText(tr("Ask the partner to &end the relationship"));
    m_noteLabel->setText(tr("N&ote (required to keep a privileged role):"));
    m_recordButton->setText(tr("Recor&d decision"));
    if (!m_review) {
        m_heading->setText(tr("No access review yet"));
        m_progressText->setText(tr("Start a review to decide, partner by partner, who keeps which access. "
                                   "Microsoft advises reviewing partner admin access regularly."));
        m_progress->hide();
        m_status = tr("No access review yet.");
    } else {
        const QLocale locale;
        m_heading->setText(
            tr("%1 (%2 – %3)")
                .arg(m_review->title, locale.toString(m_review->periodStart, QLocale::ShortFormat),
                    locale.toString(m_review->periodEnd, QLocale::ShortFormat)));
        QString progress = m_review->progressText();
        if (m_review->isSignedOff()) {
            progress += u". "_s + tr("The review is frozen: its decisions no longer change.");
            if (!m_review->signOffNote.isEmpty())
                progress += u" "_s + tr("Note: %1").arg(m_review->signOffNote);
        } else {
            progress += u". "_s
                + tr("Started on %1 by %2.")
                      .arg(dateText(m_review->startedUtc),
                          m_review->startedByName.isEmpty() ? m_review->startedByUpn
                                                            : m_review->startedByName);
        }
        m_progressText->setText(progress);
        m_progress->show();
        m_progress->setRange(0, std::max(1, m_review->partners));
        m_progress->setValue(m_review->decided);
        // The bar's format reads %v, %p and %m: only the counts, never a name.
        m_progress->setFormat(tr("%1 of %2 decided").arg(m_review->decided).arg(m_review->partners));
        m_status = m_review->progressText();
    }
    fillTable();
    showDetails();
    Q_EMIT statusChanged(m_status);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewPage::showProblem(const QString &field, const QString &message)
{
    if (field == "note"_L1) {
        m_noteProblem->setText(message);
        m_noteProblem->show();
        m_note->setFocus(Qt::OtherFocusReason);
    } else if (field == "decision"_L1) {
        m_decisionProblem->setText(message);
        m_decisionProblem->show();
        m_keep->setFocus(Qt::OtherFocusReason);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Access review"), message, QMessageBox::Ok, this);
        box.setObjectName(u"reviewProblem"_s);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ReviewPage::startReview()
{
    if (!m_service)
        return;
    auto summaries = m_context.repository.summaries();
    int current = 0;
    if (summaries) {
        for (const PartnerSummary &s : summaries.value())
            current += s.state == Relationship::State::Ended ? 0 : 1;
    }
    StartReviewDialog dialog(m_context.clock.nowUtc().toLocalTime().date(), current, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto started = m_service->start(m_operator, dialog.start());
        if (started) {
            reload();
            m_table->setFocus(Qt::OtherFocusReason);
            return;
        }
        dialog.showProblem(started.error().field, started.error().message);
    }
}

void ReviewPage::recordDecision()
{
    const std::optional<ReviewItem> item = selectedItem();
    if (!m_service || !item)
        return;
    ReviewService::Choice choice;
    choice.decision = chosenDecision();
    choice.note = m_note->toPlainText();
    if (choice.decision == ReviewItem::Decision::None) {
        showProblem(u"decision"_s, tr("Choose a decision."));
        return;
    }
    auto relationship = m_context.repository.relationshipForPartner(item->partnerTenantId);
    if (!relationship || !relationship.value()) {
        showProblem({},
            relationship ? tr("%1 is no longer in the register.").arg(item->partnerName)
                         : relationship.error().message);
        return;
    }
    // The same confirmations as on the partner page: no second path around them.
    if (choice.decision == ReviewItem::Decision::RemoveRoles && !relationship.value()->roles.isEmpty()) {
        if (!RemoveRolesDialog::confirm(this, {*relationship.value()}))
            return;
    }
    if (choice.decision == ReviewItem::Decision::RequestEnd
        && relationship.value()->state == Relationship::State::Active) {
        EndRequestDialog dialog(item->partnerName, m_context.clock.nowUtc().toLocalTime().date(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        choice.endRequest = dialog.request();
    }
    auto decided = m_service->decide(m_operator, item->id, choice);
    if (!decided) {
        showProblem(decided.error().field, decided.error().message);
        return;
    }
    if (choice.decision == ReviewItem::Decision::RemoveRoles)
        RemoveRolesDialog::showRecorded(this, 1);
    // On to the next partner still to decide.
    reload();
    for (int row = 0; row < m_items.size(); ++row) {
        if (!m_items.at(row).isDecided()) {
            m_table->selectRow(row);
            break;
        }
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReviewPage::signOff()
{
    if (!m_service || !m_review || m_review->isSignedOff())
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Sign off the review"), tr("A note kept with the sign-off (optional):"), QString(), &ok);
    if (!ok)
        return;
    QMessageBox box(QMessageBox::Question, tr("Sign off the review?"),
        tr("Sign off “%1”? Its %n decision(s) are then final: the review no longer changes.", nullptr,
            m_review->decided)
            .arg(m_review->title),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"signOffConfirmation"_s);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    auto signedOff = m_service->signOff(m_operator, m_review->id, note);
    if (!signedOff) {
        showProblem({}, signedOff.error().message);
        return;
    }
    reload();
}
