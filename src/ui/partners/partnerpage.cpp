#include "partners/partnerpage.h"

#include "activity/activityrepository.h"
#include "activity/activityrules.h"

#include "partners/partnereditdialog.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "invitations/agreementdialog.h"
#include "invitations/invitationservice.h"
#include "partners/endrequestdialog.h"
#include "partners/partnerlistloader.h"
#include "partners/partnertablemodel.h"
#include "partners/removerolesdialog.h"
#include "relationships/relationshipservice.h"
#include "relationships/riskassessment.h"
#include "ui_partnerpage.h"
#include "widgets/admincenternotice.h"
#include "widgets/riskicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

PartnerPage::PartnerPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PartnerPage>())
    , m_context(std::move(context))
    , m_service(std::make_unique<RelationshipService>(m_context.repository, m_context.clock))
    , m_invitationService(std::make_unique<InvitationService>(m_context.repository, m_context.clock))
    , m_model(new PartnerTableModel(this))
    , m_loader(new PartnerListLoader(m_context, this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->partnerTable;
    table->setModel(m_model);
    QHeaderView *vertical = table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->hide();
    QHeaderView *horizontal = table->horizontalHeader();
    horizontal->setSectionResizeMode(QHeaderView::Interactive);
    horizontal->setStretchLastSection(true);
    // Long headers wrap to a second line instead of widening their column.
    horizontal->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    horizontal->setTextElideMode(Qt::ElideNone);
    horizontal->setSortIndicator(PartnerTableModel::NameColumn, Qt::AscendingOrder);
    fitColumnsToHeaders();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setSizes({900, fontMetrics().averageCharWidth() * 48});
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this); // the columns follow the table's width
    // Tab leaves the table for the next control; the arrows move between partners.
    table->setTabKeyNavigation(false);
    m_ui->filterEdit->installEventFilter(this);
    m_ui->filterEdit->setClearButtonEnabled(true);
    fillTypeCombo();

    auto *findAction = new QAction(this);
    findAction->setObjectName(u"findAction"_s);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    addAction(findAction);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &PartnerPage::applyFilter);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &PartnerPage::applyFilter);
    connect(m_ui->attentionCheck, &QCheckBox::toggled, this, &PartnerPage::applyFilter);
    connect(m_ui->highRiskCheck, &QCheckBox::toggled, this, &PartnerPage::applyFilter);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PartnerPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnerPage::updateStatus);
    connect(table, &QWidget::customContextMenuRequested, this, &PartnerPage::showContextMenu);
    connect(m_ui->detailsPane, &PartnerDetailsPane::removeRolesRequested, this,
        &PartnerPage::removeRolesOfSelection);
    connect(m_ui->detailsPane, &PartnerDetailsPane::markReviewedRequested, this,
        &PartnerPage::markSelectionReviewed);
    connect(m_ui->detailsPane, &PartnerDetailsPane::requestEndRequested, this,
        &PartnerPage::requestEndOfSelection);
    connect(
        m_ui->detailsPane, &PartnerDetailsPane::markEndedRequested, this, &PartnerPage::markSelectionEnded);
    connect(m_ui->detailsPane, &PartnerDetailsPane::acceptAgreementRequested, this,
        &PartnerPage::acceptAgreementOfSelection);
    connect(m_ui->detailsPane, &PartnerDetailsPane::editRequested, this, &PartnerPage::editSelection);
    connect(&m_context.repository.notifier(), &RegisterNotifier::settingsChanged, this,
        &PartnerPage::refreshMpsaSharing);
    connect(&m_context.repository.notifier(), &RegisterNotifier::todosChanged, this,
        &PartnerPage::refreshMpsaSharing);
    refreshMpsaSharing();
    connect(m_ui->addInvitationButton, &QPushButton::clicked, this, &PartnerPage::addInvitationRequested);
    connect(m_ui->findPartnerButton, &QPushButton::clicked, this, &PartnerPage::findPartnerRequested);
    connect(m_ui->addPartnerButton, &QPushButton::clicked, this, &PartnerPage::addPartner);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PartnerPage::importRequested);
    connect(&m_context.repository.notifier(), &RegisterNotifier::relationshipsChanged, this,
        &PartnerPage::onRelationshipsChanged);
    // A finding in its own right: a service provider signs in that the register does not know.
    m_unknownProviders = new QLabel(this);
    m_unknownProviders->setObjectName(u"unknownProvidersLabel"_s);
    m_unknownProviders->setTextFormat(Qt::PlainText); // tenant names come from the logs
    m_unknownProviders->setWordWrap(true);
    m_unknownProviders->setFrameShape(QFrame::StyledPanel);
    m_unknownProviders->setMargin(6);
    m_unknownProviders->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_unknownProviders->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->listLayout->insertWidget(0, m_unknownProviders, 0);
    // What an overview bar opened: said above the list, with the way back to every partner.
    m_sliceBar = new QWidget(this);
    m_sliceBar->setObjectName(u"sliceBar"_s);
    auto *sliceLayout = new QHBoxLayout(m_sliceBar);
    sliceLayout->setContentsMargins(0, 0, 0, 0);
    m_sliceLabel = new QLabel(m_sliceBar);
    m_sliceLabel->setObjectName(u"sliceLabel"_s);
    m_sliceLabel->setTextFormat(Qt::PlainText); // a bar's label can be a partner's name
    m_sliceLabel->setWordWrap(true);
    m_sliceClear = new QPushButton(m_sliceBar);
    m_sliceClear->setObjectName(u"sliceClearButton"_s);
    sliceLayout->addWidget(m_sliceLabel, 1);
    sliceLayout->addWidget(m_sliceClear, 0);
    m_ui->listLayout->insertWidget(1, m_sliceBar, 0);
    m_sliceBar->hide();
    connect(m_sliceClear, &QPushButton::clicked, this, &PartnerPage::clearSlice);
    m_ui->listLayout->setStretchFactor(m_ui->splitter, 1);
    m_unknownProviders->hide();
    connect(&m_context.repository.notifier(), &RegisterNotifier::activityChanged, this,
        &PartnerPage::refreshUnknownProviders);
    connect(&m_context.repository.notifier(), &RegisterNotifier::relationshipsChanged, this,
        &PartnerPage::refreshUnknownProviders);
    refreshUnknownProviders();

    connect(m_loader, &PartnerListLoader::firstPageLoaded, this,
        [this](const std::shared_ptr<PartnerTableModel::Prepared> &rows) {
            m_model->setPrepared(*rows);
            updateStatus();
        });
    connect(m_loader, &PartnerListLoader::loaded, this,
        [this](const std::shared_ptr<PartnerTableModel::Prepared> &rows) {
            const QList<qint64> selected = selectedIds();
            const QModelIndex current = m_ui->partnerTable->currentIndex();
            const qint64 currentId
                = current.isValid() ? current.data(PartnerTableModel::RelationshipIdRole).toLongLong() : 0;
            m_loadError.clear();
            m_model->setPrepared(std::move(*rows));
            if (!m_changedWhileLoading.isEmpty()) {
                const QList<qint64> changed = m_changedWhileLoading.values();
                m_changedWhileLoading.clear();
                if (auto fresh = m_context.repository.summariesFor(changed))
                    m_model->updateRows(fresh.value(), m_context.clock.nowUtc());
            }
            restoreSelection(selected, currentId);
            if (!m_selectWhenLoaded.isEmpty())
                selectPartner(std::exchange(m_selectWhenLoaded, QString()));
            updateStatus();
            Q_EMIT loadFinished();
        });
    connect(m_loader, &PartnerListLoader::failed, this, [this](const QString &message) {
        m_loadError = message;
        updateStatus();
        Q_EMIT loadFinished();
    });
}

PartnerPage::~PartnerPage() = default;

QTableView *PartnerPage::table() const
{
    return m_ui->partnerTable;
}

bool PartnerPage::isLoading() const
{
    return m_loader->isLoading();
}

void PartnerPage::setOperator(const Operator &op)
{
    m_operator = op;
    m_ui->detailsPane->setOperator(op);
}

void PartnerPage::reload()
{
    m_loader->start();
    updateStatus();
}

void PartnerPage::fitColumnsToHeaders()
{
    // Sized from the header text and a typical value, never from every row's contents. Headers wrap
    // at spaces, so a column is as wide as its longest header word or its values, whichever is wider.
    QTableView *table = m_ui->partnerTable;
    QHeaderView *header = table->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    const QFontMetrics cellMetrics(table->font());
    const QString date = QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat);
    auto sample = [&date](int column) -> QString {
        switch (column) {
        case PartnerTableModel::NameColumn:
        case PartnerTableModel::RolesColumn:
            return QString(24, u'n');
        case PartnerTableModel::TypeColumn:
            return QString(22, u'n');
        case PartnerTableModel::AgreementColumn: {
            const QString no = QCoreApplication::translate("PartnerTableModel", "Not accepted");
            return no.size() > date.size() ? no : date;
        }
        case PartnerTableModel::RiskColumn: {
            // The longest level name in this language ("Gemiddeld"), so none is cut off.
            QString longest = QCoreApplication::translate("PartnerTableModel", "None");
            for (auto level :
                {RiskAssessment::Level::High, RiskAssessment::Level::Medium, RiskAssessment::Level::Low}) {
                if (RiskAssessment::levelName(level).size() > longest.size())
                    longest = RiskAssessment::levelName(level);
            }
            return longest + u"nn"_s;
        }
        case PartnerTableModel::LastSignInColumn: {
            const QString none = QCoreApplication::translate("PartnerTableModel", "None in the logs");
            return none.size() > date.size() ? none : date;
        }
        default:
            return date;
        }
    };
    int natural[PartnerTableModel::ColumnCount];
    int floor[PartnerTableModel::ColumnCount]; // the narrowest a column may get: its longest header word
    int headerLines = 1;
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int longestWord = 0;
        for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, headerMetrics.horizontalAdvance(word));
        const int icon = column == PartnerTableModel::RiskColumn ? RiskIcon::size() : 0; // beside the level
        natural[column]
            = std::max(longestWord + 24, cellMetrics.horizontalAdvance(sample(column)) + 16 + icon);
        // Room for the sort arrow beside the longest word, whichever column is sorted.
        floor[column] = std::max(longestWord + 36, cellMetrics.averageCharWidth() * 12 + 16);
        natural[column] = std::max(natural[column], longestWord + 36);
        if (headerMetrics.horizontalAdvance(title) + 24 > natural[column])
            headerLines = 2;
    }
    header->setMinimumHeight(headerLines * headerMetrics.lineSpacing() + 12);

    // The columns fit the table's width: the name, type and roles give way (cut short, whole in their
    // tooltips and the details); when even that is not enough, the partner-since and last-reviewed
    // dates, which the details show too, leave the table first.
    constexpr int flexible[]
        = {PartnerTableModel::NameColumn, PartnerTableModel::TypeColumn, PartnerTableModel::RolesColumn};
    const auto isFlexible = [&](int column) {
        return std::find(std::begin(flexible), std::end(flexible), column) != std::end(flexible);
    };
    const int available = table->viewport()->width();
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
        header->setSectionHidden(column, false);
    const auto room = [&] {
        int fixed = 0;
        for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
            fixed += !isFlexible(column) && !header->isSectionHidden(column) ? natural[column] : 0;
        return available - fixed;
    };
    int widths[PartnerTableModel::ColumnCount];
    std::copy(std::begin(natural), std::end(natural), std::begin(widths));
    // Each flexible column its share of the room, none below its floor.
    const auto share = [&] {
        const int space = room();
        int naturalSum = 0;
        for (const int column : flexible)
            naturalSum += natural[column];
        if (naturalSum <= space)
            return true;
        int floored = 0;
        int rest = 0;
        for (const int column : flexible) {
            if (natural[column] * space / naturalSum < floor[column])
                floored += floor[column];
            else
                rest += natural[column];
        }
        int used = 0;
        for (const int column : flexible) {
            const bool atFloor = natural[column] * space / naturalSum < floor[column];
            widths[column]
                = atFloor ? floor[column] : (rest > 0 ? natural[column] * (space - floored) / rest : 0);
            widths[column] = std::max(widths[column], floor[column]);
            used += widths[column];
        }
        return used <= space;
    };
    if (table->isVisible() && available > 0) {
        for (const int column :
            {PartnerTableModel::PartnerSinceColumn, PartnerTableModel::LastReviewedColumn}) {
            if (share())
                break;
            header->setSectionHidden(column, true);
        }
        share();
    }
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
}

void PartnerPage::fillTypeCombo()
{
    const int current = m_ui->typeCombo->currentIndex() >= 0 ? m_ui->typeCombo->currentData().toInt() : -1;
    QSignalBlocker blocker(m_ui->typeCombo);
    m_ui->typeCombo->clear();
    m_ui->typeCombo->addItem(tr("All types"), -1);
    m_ui->typeCombo->addItem(
        tr("All delegated admin types (DAP and GDAP)"), PartnerTableModel::kDelegatedAdminTypes);
    for (const PartnerType &type : PartnerType::knownTypes())
        m_ui->typeCombo->addItem(type.displayName(), int(type.kind()));
    m_ui->typeCombo->setCurrentIndex(std::max(0, m_ui->typeCombo->findData(current)));
}

void PartnerPage::applyFilter()
{
    const QList<qint64> selected = selectedIds();
    const QModelIndex current = m_ui->partnerTable->currentIndex();
    const qint64 currentId
        = current.isValid() ? current.data(PartnerTableModel::RelationshipIdRole).toLongLong() : 0;
    PartnerTableModel::Filter filter;
    filter.text = m_ui->filterEdit->text();
    filter.typeKind = m_ui->typeCombo->currentData().toInt();
    filter.attentionOnly = m_ui->attentionCheck->isChecked();
    filter.highRiskOnly = m_ui->highRiskCheck->isChecked();
    filter.slice = m_slice;
    filter.sliceNowUtc = m_sliceNowUtc;
    m_model->setFilter(filter);
    restoreSelection(selected, currentId);
    updateStatus();
}

QList<qint64> PartnerPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->partnerTable->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(PartnerTableModel::RelationshipIdRole).toLongLong());
    return ids;
}

void PartnerPage::restoreSelection(const QList<qint64> &ids, qint64 current)
{
    QItemSelectionModel *selection = m_ui->partnerTable->selectionModel();
    QItemSelection restored;
    for (qint64 id : ids) {
        const int row = m_model->rowOfRelationship(id);
        if (row >= 0)
            restored.select(m_model->index(row, 0), m_model->index(row, PartnerTableModel::ColumnCount - 1));
    }
    selection->select(restored, QItemSelectionModel::ClearAndSelect);
    const int currentRow = current ? m_model->rowOfRelationship(current) : -1;
    if (currentRow >= 0) {
        selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
        m_ui->partnerTable->scrollTo(m_model->index(currentRow, 0));
    }
    onSelectionChanged();
}

void PartnerPage::onSelectionChanged()
{
    const QModelIndexList rows = m_ui->partnerTable->selectionModel()->selectedRows();
    if (rows.size() > 1 || m_selectedCount > 1)
        updateStatus(); // "n selected" in the status bar
    m_selectedCount = int(rows.size());
    if (rows.size() != 1) {
        m_ui->detailsPane->showSelectionCount(int(rows.size()));
        return;
    }
    const QString tenantId = rows.first().data(PartnerTableModel::TenantIdRole).toString();
    auto relationship = m_context.repository.relationshipForPartner(tenantId);
    if (!relationship || !relationship.value()) {
        m_ui->detailsPane->showSelectionCount(0);
        if (!relationship)
            showError(relationship.error().message);
        return;
    }
    auto events = m_context.repository.eventsForPartner(tenantId, 8);
    TodoQuery openOfPartner;
    openOfPartner.partnerTenantId = tenantId;
    auto todos = m_context.repository.todos(openOfPartner);
    m_ui->detailsPane->showRelationship(*relationship.value(), events ? events.value() : QList<AuditEvent> {},
        quint16(rows.first().data(PartnerTableModel::RiskFlagsRole).toInt()), m_context.clock.nowUtc(),
        todos ? todos.value() : QList<Todo> {});
    if (m_context.activity) {
        const auto evidence = m_context.activity->evidence();
        const auto activity = m_context.activity->activity({tenantId, ActivityRules::kUnusedDays});
        std::optional<PartnerActivity> found;
        if (activity && !activity->isEmpty())
            found = activity->first();
        const auto events = m_context.activity->partnerEvents(tenantId);
        m_ui->detailsPane->showActivity(evidence ? evidence.value() : ActivityEvidence {}, found,
            events ? events.value() : QList<PartnerEvent> {});
    }
}

void PartnerPage::onRelationshipsChanged(const QList<qint64> &ids)
{
    if (m_loader->isLoading()) {
        // The full load may have read these rows before the change: apply them again after it.
        for (qint64 id : ids)
            m_changedWhileLoading.insert(id);
    }
    auto rows = m_context.repository.summariesFor(ids);
    if (!rows) {
        showError(rows.error().message);
        return;
    }
    const QList<qint64> selected = selectedIds();
    const QModelIndex current = m_ui->partnerTable->currentIndex();
    const qint64 currentId
        = current.isValid() ? current.data(PartnerTableModel::RelationshipIdRole).toLongLong() : 0;
    const int scroll = m_ui->partnerTable->verticalScrollBar()->value();
    m_model->updateRows(rows.value(), m_context.clock.nowUtc());
    restoreSelection(selected, 0);
    if (currentId) {
        const int row = m_model->rowOfRelationship(currentId);
        if (row >= 0)
            m_ui->partnerTable->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_ui->partnerTable->verticalScrollBar()->setValue(scroll);
    updateStatus();
}

void PartnerPage::showSlice(const OverviewSlice &slice, const QString &title)
{
    {
        const QSignalBlocker text(m_ui->filterEdit);
        const QSignalBlocker type(m_ui->typeCombo);
        const QSignalBlocker attention(m_ui->attentionCheck);
        const QSignalBlocker high(m_ui->highRiskCheck);
        m_ui->filterEdit->clear();
        m_ui->typeCombo->setCurrentIndex(0);
        m_ui->attentionCheck->setChecked(false);
        m_ui->highRiskCheck->setChecked(false);
    }
    m_slice = slice;
    m_sliceTitle = title;
    m_sliceNowUtc = m_context.clock.nowUtc();
    m_sliceBar->setVisible(m_slice.isFilter());
    applyFilter();
    if (m_model->rowCount() > 0 && selectedIds().isEmpty()) {
        m_ui->partnerTable->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void PartnerPage::clearSlice()
{
    if (!m_slice.isFilter())
        return;
    const bool hadFocus = m_sliceClear->hasFocus();
    m_slice = {};
    m_sliceTitle.clear();
    m_sliceBar->hide();
    applyFilter();
    if (hadFocus)
        m_ui->partnerTable->setFocus(Qt::OtherFocusReason);
}

void PartnerPage::selectPartner(const QString &tenantId)
{
    auto found = m_context.repository.relationshipForPartner(tenantId);
    if (!found || !found.value())
        return;
    const qint64 id = found.value()->id;
    if (m_model->rowOfRelationship(id) < 0) {
        // Hidden by a filter: show everything again rather than select nothing.
        m_ui->filterEdit->clear();
        m_ui->typeCombo->setCurrentIndex(0);
        m_ui->attentionCheck->setChecked(false);
        m_ui->highRiskCheck->setChecked(false);
        clearSlice();
    }
    const int row = m_model->rowOfRelationship(id);
    if (row < 0) {
        if (m_loader->isLoading())
            m_selectWhenLoaded = tenantId;
        return;
    }
    m_ui->partnerTable->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->partnerTable->scrollTo(m_model->index(row, 0));
    m_ui->partnerTable->setFocus(Qt::OtherFocusReason);
}

void PartnerPage::acceptAgreementOfSelection()
{
    const std::optional<Relationship> relationship = selectedRelationship();
    if (!relationship || relationship->agreement.isAccepted())
        return;
    AgreementDialog dialog(AgreementDialog::Mode::AcceptOnly, this);
    dialog.setObjectName(u"agreementDialog"_s);
    dialog.setPartner(relationship->partner.name, relationship->partner.tenantId, false);
    dialog.setPermission(Policy::check(m_operator, PolicyAction::ManageRelationships));
    dialog.setAcceptHandler([this](const AgreementDialog &d) -> Status {
        auto accepted
            = m_invitationService->acceptAgreement(m_operator, d.partnerTenantId(), d.agreementShown());
        if (!accepted)
            return accepted.error();
        return Done {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    AdminCenterNotice::show(this, u"agreementRecordedNotice"_s, tr("Agreement accepted in the register"),
        tr("Recorded. Now accept the agreement in the Microsoft 365 admin center too."),
        QUrl(u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement"_s));
}

void PartnerPage::removeRolesOfSelection()
{
    if (const Decision d = Policy::check(m_operator, PolicyAction::ManageRelationships); !d) {
        showError(d.reason());
        return;
    }
    QList<Relationship> withRoles;
    for (const QModelIndex &index : m_ui->partnerTable->selectionModel()->selectedRows()) {
        auto r = m_context.repository.relationshipForPartner(
            index.data(PartnerTableModel::TenantIdRole).toString());
        if (r && r.value() && !r.value()->roles.isEmpty())
            withRoles.append(*r.value());
    }
    if (withRoles.isEmpty()) {
        showError(tr("The selected partners hold no admin roles."));
        return;
    }
    if (!RemoveRolesDialog::confirm(this, withRoles))
        return;
    QStringList tenants;
    for (const Relationship &r : std::as_const(withRoles))
        tenants.append(r.partner.tenantId);
    auto result = m_service->removeRoles(m_operator, tenants);
    if (!result) {
        showError(result.error().message);
        return;
    }
    RemoveRolesDialog::showRecorded(this, int(result->size()));
}

void PartnerPage::markSelectionReviewed()
{
    // Each change re-sorts the table at once, so take the partners first, not the row indexes.
    QStringList tenants;
    for (const QModelIndex &index : m_ui->partnerTable->selectionModel()->selectedRows())
        tenants.append(index.data(PartnerTableModel::TenantIdRole).toString());
    for (const QString &tenant : std::as_const(tenants)) {
        auto result = m_service->markReviewed(m_operator, tenant);
        if (!result) {
            showError(result.error().message);
            return;
        }
    }
}

std::optional<Relationship> PartnerPage::selectedRelationship() const
{
    const QModelIndexList rows = m_ui->partnerTable->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    auto found = m_context.repository.relationshipForPartner(
        rows.first().data(PartnerTableModel::TenantIdRole).toString());
    if (!found || !found.value())
        return std::nullopt;
    return *found.value();
}

void PartnerPage::editSelection()
{
    const std::optional<Relationship> relationship = selectedRelationship();
    if (!relationship)
        return;
    PartnerEditDialog dialog(m_context.repository, m_context.clock, m_operator, relationship, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        selectPartner(dialog.saved()->partner.tenantId);
}

void PartnerPage::addPartner()
{
    PartnerEditDialog dialog(m_context.repository, m_context.clock, m_operator, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        selectPartner(dialog.saved()->partner.tenantId);
}

void PartnerPage::requestEndOfSelection()
{
    const std::optional<Relationship> relationship = selectedRelationship();
    if (!relationship)
        return;
    EndRequestDialog dialog(relationship->partner.name, m_context.clock.nowUtc().toLocalTime().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto result = m_service->requestEnd(m_operator, relationship->partner.tenantId, dialog.request());
    if (!result)
        showError(result.error().message);
}

void PartnerPage::markSelectionEnded()
{
    const std::optional<Relationship> relationship = selectedRelationship();
    if (!relationship)
        return;
    QMessageBox box(QMessageBox::Question, tr("Partner ended the relationship?"),
        tr("Record that %1 ended the relationship? It stays in the register as history.")
            .arg(relationship->partner.name),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"markEndedConfirmation"_s);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setObjectName(u"yesButton"_s);
    box.button(QMessageBox::No)->setObjectName(u"noButton"_s);
    if (box.exec() != QMessageBox::Yes)
        return;
    auto result = m_service->markEnded(m_operator, relationship->partner.tenantId);
    if (!result)
        showError(result.error().message);
}

void PartnerPage::refreshMpsaSharing()
{
    auto sharing = m_service->mpsaSharing();
    auto pending = m_service->pendingMpsaSharing();
    m_ui->detailsPane->setMpsaSharing(
        sharing && sharing.value(), pending && pending.value() ? pending.value()->pendingText() : QString());
}

void PartnerPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->partnerTable->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_ui->partnerTable->selectionModel()->isRowSelected(index.row(), {}))
        m_ui->partnerTable->selectRow(index.row());
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("&Remove roles…"), this, &PartnerPage::removeRolesOfSelection);
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(manage.allowed());
    QAction *reviewed = menu.addAction(tr("&Mark as reviewed"), this, &PartnerPage::markSelectionReviewed);
    reviewed->setEnabled(manage.allowed());
    if (!manage) {
        remove->setToolTip(manage.reason());
        reviewed->setToolTip(manage.reason());
        menu.setToolTipsVisible(true);
    }
    menu.addSeparator();
    const QString tenantId = index.data(PartnerTableModel::TenantIdRole).toString();
    menu.addAction(
        tr("&Copy partner tenant ID"), this, [tenantId] { QApplication::clipboard()->setText(tenantId); });
    menu.exec(m_ui->partnerTable->viewport()->mapToGlobal(position));
}

bool PartnerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->partnerTable->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitColumnsToHeaders();
        return false;
    }
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Escape clears the filter (and, when it is already empty, leaves it for the table).
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            if (m_ui->filterEdit->text().isEmpty())
                m_ui->partnerTable->setFocus(Qt::ShortcutFocusReason);
            else
                m_ui->filterEdit->clear();
            return true;
        }
    }
    if (watched == m_ui->partnerTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeRolesOfSelection();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            // Enter opens the details: move focus into the pane, to its first enabled action.
            m_ui->detailsPane->focusFirstAction();
            return true;
        }
        if (key->key() == Qt::Key_Menu) {
            const QModelIndex current = m_ui->partnerTable->currentIndex();
            if (current.isValid())
                showContextMenu(m_ui->partnerTable->visualRect(current).center());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PartnerPage::updateStatus()
{
    const int total = m_model->totalCount();
    const bool loading = m_loader->isLoading();
    m_ui->contentStack->setCurrentWidget(
        total == 0 && !loading && m_loadError.isEmpty() ? m_ui->emptyPage : m_ui->listPage);
    if (!m_loadError.isEmpty())
        m_status = m_loadError;
    else if (loading)
        m_status = tr("Loading partners…");
    else if (total == 0)
        m_status = tr("No partners in the register yet.");
    else
        m_status = tr("%1 of %Ln partner(s)", nullptr, total).arg(QLocale().toString(m_model->rowCount()));
    const int selected = int(m_ui->partnerTable->selectionModel()->selectedRows().size());
    if (selected > 1 && !loading && total > 0 && m_loadError.isEmpty())
        m_status += u", "_s + tr("%Ln selected", nullptr, selected);
    if (m_slice.isFilter()) {
        const QString title = m_slice.kind == OverviewSlice::Kind::Partner ? m_sliceTitle : m_slice.title();
        m_sliceLabel->setText(
            tr("From the overview: %1 — %n partner(s)", nullptr, m_model->rowCount()).arg(title));
        m_sliceClear->setText(tr("Show &all partners"));
    }
    Q_EMIT statusChanged(m_status);
}

void PartnerPage::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Partner relationships"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText); // messages can hold partner names
    box.exec();
}

void PartnerPage::refreshUnknownProviders()
{
    m_unknownProviderNames.clear();
    if (m_context.activity) {
        ActivityQuery query;
        query.namesOnly = true; // asked again after every change to the register: keep it light
        const auto all = m_context.activity->activity(query);
        if (all) {
            for (const PartnerActivity &a : all.value()) {
                if (!a.inRegister)
                    m_unknownProviderNames.append(
                        u"%1 (%2)"_s.arg(a.name.isEmpty() ? a.tenantId : a.name, a.tenantId));
            }
        }
    }
    m_unknownProviders->setText(tr(
        "Service provider(s) not in your register signed in to your tenant (%n): %1. Find out who they are, "
        "then add them to the register or remove their access in Microsoft 365.",
        nullptr, int(m_unknownProviderNames.size()))
                                    .arg(m_unknownProviderNames.join(u"; "_s)));
    m_unknownProviders->setVisible(!m_unknownProviderNames.isEmpty());
}

void PartnerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshUnknownProviders();
        m_ui->retranslateUi(this);
        fillTypeCombo();
        m_model->retranslate();
        fitColumnsToHeaders();
        updateStatus();
    }
    QWidget::changeEvent(event);
}
