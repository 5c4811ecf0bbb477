#include "directory/findpartnerpage.h"

#include "common/clock.h"
#include "common/policy.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "directory/contactdialog.h"
#include "directory/contactservice.h"
#include "directory/directoryendpoint.h"
#include "directory/directoryrefresher.h"
#include "directory/outboxsender.h"
#include "widgets/highlightdelegate.h"
#include "widgets/searchfield.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { NameColumn, LocationColumn, SizesColumn, ServicesColumn, RequestColumn, ColumnCount };
constexpr int kTenantRole = Qt::UserRole + 1;
} // namespace

FindPartnerPage::FindPartnerPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_locationLabel(new QLabel(this))
    , m_locationEdit(new QLineEdit(this))
    , m_sizeLabel(new QLabel(this))
    , m_sizeCombo(new QComboBox(this))
    , m_keywordsLabel(new QLabel(this))
    , m_keywordsEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_contactButton(new QPushButton(this))
    , m_retryButton(new QPushButton(this))
    , m_serviceLabel(new QLabel(this))
    , m_serviceEdit(new QLineEdit(this))
    , m_saveServiceButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_cancelRefreshButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
{
    if (m_context.directory)
        m_service
            = std::make_unique<ContactService>(m_context.repository, *m_context.directory, m_context.clock);
    m_locationEdit->setObjectName(u"locationEdit"_s);
    m_keywordsEdit->setObjectName(u"keywordsEdit"_s);
    m_sizeCombo->setObjectName(u"sizeCombo"_s);
    m_table->setObjectName(u"directoryTable"_s);
    m_contactButton->setObjectName(u"contactButton"_s);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_serviceEdit->setObjectName(u"serviceEdit"_s);
    m_saveServiceButton->setObjectName(u"saveServiceButton"_s);
    m_refreshButton->setObjectName(u"refreshDirectoryButton"_s);
    m_cancelRefreshButton->setObjectName(u"cancelRefreshButton"_s);
    m_locationLabel->setBuddy(m_locationEdit);
    m_sizeLabel->setBuddy(m_sizeCombo);
    m_keywordsLabel->setBuddy(m_keywordsEdit);
    m_serviceLabel->setBuddy(m_serviceEdit);
    m_locationEdit->setClearButtonEnabled(true);
    SearchField::attach(this, m_keywordsEdit, m_table); // Ctrl+F, Escape clears
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows walk it
    m_highlight = new HighlightDelegate(m_table); // the words searched for, marked in the results
    m_table->setItemDelegate(m_highlight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int chars = fontMetrics().averageCharWidth();
    const QList<int> widths {34 * chars, 26 * chars, 24 * chars, 40 * chars};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    m_progress->setObjectName(u"refreshProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelRefreshButton->hide();
    m_countLabel->setObjectName(u"resultCountLabel"_s);

    auto *criteria = new QGridLayout;
    criteria->addWidget(m_locationLabel, 0, 0);
    criteria->addWidget(m_sizeLabel, 0, 1);
    criteria->addWidget(m_keywordsLabel, 0, 2);
    criteria->addWidget(m_locationEdit, 1, 0);
    criteria->addWidget(m_sizeCombo, 1, 1);
    criteria->addWidget(m_keywordsEdit, 1, 2);
    criteria->setColumnStretch(0, 2);
    criteria->setColumnStretch(2, 3);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_contactButton);

    auto *service = new QHBoxLayout;
    service->addWidget(m_serviceLabel);
    service->addWidget(m_serviceEdit, 1);
    service->addWidget(m_saveServiceButton);
    service->addWidget(m_refreshButton);
    service->addWidget(m_progress);
    service->addWidget(m_cancelRefreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(criteria);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(service);

    connect(m_locationEdit, &QLineEdit::textChanged, this, &FindPartnerPage::search);
    connect(m_keywordsEdit, &QLineEdit::textChanged, this, &FindPartnerPage::search);
    connect(m_sizeCombo, &QComboBox::currentIndexChanged, this, &FindPartnerPage::search);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != NameColumn)
            return;
        const QString tenant = item->data(kTenantRole).toString();
        if (item->checkState() == Qt::Checked) {
            for (const DirectoryEntry &e : std::as_const(m_results)) {
                if (e.tenantId == tenant)
                    m_checked.insert(tenant, e);
            }
        } else {
            m_checked.remove(tenant);
        }
        updateActions();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindPartnerPage::updateActions);
    connect(m_contactButton, &QPushButton::clicked, this, &FindPartnerPage::contactSelected);
    connect(m_retryButton, &QPushButton::clicked, this, &FindPartnerPage::retrySelected);
    connect(m_saveServiceButton, &QPushButton::clicked, this, &FindPartnerPage::saveService);
    connect(m_refreshButton, &QPushButton::clicked, this, &FindPartnerPage::refreshDirectory);
    connect(&m_context.repository.notifier(), &RegisterNotifier::outboxChanged, this,
        &FindPartnerPage::reloadRequests);
    connect(&m_context.repository.notifier(), &RegisterNotifier::directoryChanged, this, [this] {
        reloadCount();
        search();
    });
    if (m_context.refresher) {
        connect(
            m_cancelRefreshButton, &QPushButton::clicked, m_context.refresher, &DirectoryRefresher::cancel);
        connect(m_context.refresher, &DirectoryRefresher::progress, this, [this](int pages, int entries) {
            setStatus([entries, pages]() -> QString {
                return tr("Refreshing the directory: %n partner(s) read", nullptr, entries) + u" ("_s
                    + tr("%n page(s)", nullptr, pages) + u')';
            });
        });
        connect(m_context.refresher, &DirectoryRefresher::waiting, this, [this](int seconds) {
            setStatus([seconds] {
                return tr("The directory service is busy; trying again in %n second(s)…", nullptr, seconds);
            });
        });
        connect(m_context.refresher, &DirectoryRefresher::finished, this,
            [this](bool ok, const QString &message) {
                m_progress->hide();
                m_cancelRefreshButton->hide();
                updateActions();
                if (ok) {
                    // directoryChanged came first and recounted the catalogue.
                    setStatus([count = int(m_entryCount)] {
                        return tr("Directory refreshed: %n partner(s).", nullptr, count);
                    });
                } else {
                    setStatus(message);
                }
            });
    }
    reloadCount();
    reloadRequests();
    fillSizeCombo();
    retranslate();
    loadService();
    search();
}

FindPartnerPage::~FindPartnerPage() = default;

void FindPartnerPage::setOperator(const Operator &op)
{
    m_operator = op;
    updateActions();
}

void FindPartnerPage::fillSizeCombo()
{
    const int current = m_sizeCombo->currentData().toInt();
    QSignalBlocker blocker(m_sizeCombo);
    m_sizeCombo->clear();
    m_sizeCombo->addItem(tr("Any size"), 0);
    for (OrganisationSize::Flag f : OrganisationSize::all())
        m_sizeCombo->addItem(OrganisationSize::displayName(f), int(f));
    m_sizeCombo->setCurrentIndex(std::max(0, m_sizeCombo->findData(current)));
}

void FindPartnerPage::loadService()
{
    if (!m_service)
        return;
    const auto stored = m_service->directoryService();
    const QString url = stored ? stored.value() : QString();
    m_serviceEdit->setText(url);
    // Queued requests go out as soon as there is a service to send them to, also after a restart.
    if (m_context.sender) {
        if (auto valid = DirectoryEndpoint::validate(url)) {
            m_context.sender->setEndpoint(valid.value());
            m_context.sender->deliverQueued();
        }
    }
}

void FindPartnerPage::saveService()
{
    if (!m_service)
        return;
    const QString text = m_serviceEdit->text().trimmed();
    auto valid = DirectoryEndpoint::validate(text);
    if (!valid) {
        setStatus(valid.error().message);
        return;
    }
    if (Status s = m_service->setDirectoryService(m_operator, valid.value().toString()); !s) {
        setStatus(s.error().message);
        return;
    }
    setStatus([] { return tr("Directory service saved."); });
    askAboutQueuedRequests(valid.value().toString());
    loadService();
}

// Queued requests hold people's names and emails: they go to a new service only when an admin says so.
void FindPartnerPage::askAboutQueuedRequests(const QString &url)
{
    const auto waiting = m_service->queuedForOtherServices(url);
    if (!waiting || waiting.value() == 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Queued contact requests"),
        tr("%n contact request(s) with your contact details could not be sent yet: written for another "
           "directory service, or while none was set.\n\nSend to %1 now?",
            nullptr, waiting.value())
            .arg(url),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"redirectQueuedQuestion"_s);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setObjectName(u"yesButton"_s);
    box.button(QMessageBox::No)->setObjectName(u"noButton"_s);
    if (box.exec() != QMessageBox::Yes) {
        setStatus([] {
            return tr(
                "Directory service saved. The queued requests wait for the service they were written for.");
        });
        return;
    }
    const auto moved = m_service->redirectQueued(m_operator, url);
    if (!moved) {
        setStatus(moved.error().message);
        return;
    }
    setStatus([count = moved.value()] {
        return tr("Directory service saved. %n queued request(s) will be sent to it.", nullptr, count);
    });
}

void FindPartnerPage::search()
{
    if (!m_context.directory) {
        m_countLabel->setText(tr("The partner directory is not available."));
        return;
    }
    DirectoryQuery query;
    query.location = m_locationEdit->text();
    query.keywords = m_keywordsEdit->text();
    query.size = quint8(m_sizeCombo->currentData().toInt());
    query.limit = 200;
    auto found = m_context.directory->search(query);
    if (!found) {
        setStatus(found.error().message);
        return;
    }
    m_results = found.value();
    showResults();
}

QString FindPartnerPage::requestState(const QString &tenantId, bool *failed) const
{
    const auto it = m_latestRequest.constFind(tenantId);
    *failed = it != m_latestRequest.cend() && it->state == ContactRequest::State::Failed;
    return it == m_latestRequest.cend() ? QString() : it->stateName();
}

// The outbox and the catalogue size are read when they change, not on every keystroke.
void FindPartnerPage::reloadRequests()
{
    m_latestRequest.clear();
    if (m_context.directory) {
        if (auto requests = m_context.directory->contactRequests()) {
            for (const ContactRequest &r : requests.value()) {
                if (!m_latestRequest.contains(r.partnerTenantId))
                    m_latestRequest.insert(r.partnerTenantId, r); // newest first
            }
        }
    }
    showResults();
}

void FindPartnerPage::reloadCount()
{
    const auto count = m_context.directory ? m_context.directory->entryCount() : Result<qint64>(qint64(0));
    m_entryCount = count ? count.value() : 0;
}

void FindPartnerPage::showResults()
{
    const QString selected = m_table->currentItem()
        ? m_table->item(m_table->currentRow(), 0)->data(kTenantRole).toString()
        : QString();
    m_highlight->setTerms(m_keywordsEdit->text() + u' ' + m_locationEdit->text());
    QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const DirectoryEntry &e = m_results.at(row);
        bool failed = false;
        const QStringList cells {e.name, e.locations.join(u"; "_s), OrganisationSize::displayNames(e.sizes),
            e.keywords.join(u", "_s), requestState(e.tenantId, &failed)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(kTenantRole, e.tenantId);
            if (c == NameColumn) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(m_checked.contains(e.tenantId) ? Qt::Checked : Qt::Unchecked);
                // Plain text: a tooltip that looks like markup is rendered as markup.
                item->setToolTip(Qt::convertFromPlainText(e.description + u"\n"_s + e.contactEmail));
            }
            if (c == RequestColumn && failed)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, c, item);
        }
        if (e.tenantId == selected)
            m_table->selectRow(row);
    }
    blocker.unblock();
    m_countLabel->setText(m_results.size() >= 200
            ? tr("The first 200 matches of %1 partners in the directory; add words to narrow them down.")
                  .arg(m_entryCount)
            : tr("%n match(es)", nullptr, int(m_results.size()))
                + (m_checked.isEmpty() ? QString()
                                       : u" · "_s + tr("%n selected", nullptr, int(m_checked.size()))));
    updateActions();
}

void FindPartnerPage::updateActions()
{
    const Decision manage = Policy::check(m_operator, PolicyAction::ManageRelationships);
    m_contactButton->setEnabled(!m_checked.isEmpty() && manage.allowed() && m_service);
    m_contactButton->setToolTip(!manage ? manage.reason()
            : m_checked.isEmpty()
            ? tr("Tick one or more providers first")
            : tr("Write one request to the %n selected provider(s)", nullptr, int(m_checked.size())));
    bool failed = false;
    const int row = m_table->currentRow();
    if (row >= 0 && m_table->item(row, 0))
        requestState(m_table->item(row, 0)->data(kTenantRole).toString(), &failed);
    m_retryButton->setVisible(failed);
    m_retryButton->setEnabled(failed && m_context.sender);
    const bool refreshing = m_context.refresher && m_context.refresher->isRunning();
    m_refreshButton->setEnabled(m_context.refresher && !refreshing && manage.allowed());
    m_refreshButton->setToolTip(
        manage ? tr("Download the directory again from the directory service") : manage.reason());
    m_saveServiceButton->setEnabled(manage.allowed());
}

void FindPartnerPage::contactSelected()
{
    if (m_checked.isEmpty() || !m_service)
        return;
    QStringList names;
    QList<DirectoryEntry> partners = m_checked.values();
    std::sort(partners.begin(), partners.end(), [](const DirectoryEntry &a, const DirectoryEntry &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const DirectoryEntry &e : std::as_const(partners))
        names.append(e.name);
    ContactDialog dialog(names, this);
    dialog.setObjectName(u"contactDialog"_s);
    ContactService::Form prefill;
    if (auto organisation = m_context.repository.organisation())
        prefill.organisationName = organisation->name;
    prefill.contactName = m_operator.displayName;
    prefill.email = m_operator.upn;
    dialog.setForm(prefill);
    dialog.setDeliversNow(m_context.sender && DirectoryEndpoint::validate(m_serviceEdit->text()));
    int queued = 0;
    dialog.setSendHandler([&](const ContactService::Form &form) -> Status {
        auto sent = m_service->send(m_operator, partners, form);
        if (!sent)
            return sent.error();
        queued = int(sent->size());
        return Done {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_checked.clear();
    showResults();
    const bool online = m_context.sender && DirectoryEndpoint::validate(m_serviceEdit->text());
    setStatus([online, queued] {
        return online
            ? tr("%n request(s) written to the outbox; sending now.", nullptr, queued)
            : tr("%n request(s) written to the outbox; they are sent when a directory service is set "
                 "up and reachable.",
                nullptr, queued);
    });
    if (online)
        m_context.sender->deliverQueued();
}

void FindPartnerPage::retrySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_context.sender)
        return;
    const auto it = m_latestRequest.constFind(m_table->item(row, 0)->data(kTenantRole).toString());
    if (it == m_latestRequest.cend())
        return;
    if (Status s = m_context.sender->retry(it->id); !s)
        setStatus(s.error().message);
}

void FindPartnerPage::refreshDirectory()
{
    if (!m_context.refresher || !m_service)
        return;
    const auto stored = m_service->directoryService();
    auto valid = DirectoryEndpoint::validate(stored ? stored.value() : QString());
    if (!valid) {
        setStatus(valid.error().message);
        return;
    }
    m_progress->show();
    m_cancelRefreshButton->show();
    setStatus([] { return tr("Refreshing the directory…"); });
    m_context.refresher->start(valid.value());
    updateActions();
}

void FindPartnerPage::setStatus(const QString &text)
{
    setStatus([text] { return text; }); // a message from below, in the language it was made in
}

void FindPartnerPage::setStatus(std::function<QString()> text)
{
    // Kept as how to say it, so a language switch says it again in the new language.
    m_status = std::move(text);
    Q_EMIT statusChanged(m_status());
}

void FindPartnerPage::retranslate()
{
    m_locationLabel->setText(tr("L&ocation"));
    m_locationEdit->setPlaceholderText(tr("City or country"));
    m_sizeLabel->setText(tr("Organisation si&ze"));
    m_keywordsLabel->setText(tr("&Keywords"));
    m_keywordsEdit->setPlaceholderText(tr("Services, e.g. Intune security"));
    m_table->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Location"), tr("Organisation sizes"), tr("Services"), tr("Your request")});
    m_contactButton->setText(tr("&Contact selected providers"));
    m_retryButton->setText(tr("&Retry"));
    m_serviceLabel->setText(tr("&Directory service:"));
    m_serviceEdit->setPlaceholderText(tr("https://… (none: search the catalogue in the register)"));
    m_saveServiceButton->setText(tr("Save"));
    m_refreshButton->setText(tr("&Refresh directory"));
    m_cancelRefreshButton->setText(tr("Cancel"));
    fillSizeCombo();
    showResults();
}

void FindPartnerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_status)
            Q_EMIT statusChanged(m_status());
    }
    QWidget::changeEvent(event);
}
