#include "history/audithistorypage.h"

#include "audit/auditdescription.h"
#include "common/clock.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "common/tenantid.h"
#include "history/auditeventdialog.h"
#include "history/audithistorymodel.h"
#include "ui_audithistorypage.h"
#include "widgets/icons.h"
#include "widgets/searchfield.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QStringListModel>
#include <QThread>

using namespace Qt::StringLiterals;

AuditHistoryPage::AuditHistoryPage(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditHistoryPage>())
    , m_context(std::move(context))
    , m_model(new AuditHistoryModel(m_context.repository, this))
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStringListModel(this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->historyTable;
    table->setModel(m_model);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows walk it
    table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = {20, 20, 28, 30};
    for (int column = 0; column < 4; ++column)
        table->horizontalHeader()->resizeSection(column, widths[column] * em);

    const QDate today = m_context.clock.nowUtc().toLocalTime().date();
    for (QDateEdit *edit : {m_ui->fromDate, m_ui->toDate}) {
        edit->setDate(today);
        edit->setMaximumDate(today);
    }
    m_ui->fromDate->setDate(today.addDays(-30));
    setDateFormats();

    m_completer->setModel(m_suggestions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_ui->partnerEdit->setCompleter(m_completer);
    fillCombos();

    connect(m_ui->partnerEdit, &QLineEdit::textEdited, this, &AuditHistoryPage::updatePartnerSuggestions);
    SearchField::attach(this, m_ui->partnerEdit, table); // Ctrl+F, Escape clears
    connect(m_ui->partnerEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty() && !m_partnerTenantId.isEmpty())
            resolvePartner(); // cleared: every partner again
    });
    connect(m_ui->partnerEdit, &QLineEdit::editingFinished, this, &AuditHistoryPage::resolvePartner);
    connect(
        m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
            m_ui->partnerEdit->setText(text);
            resolvePartner();
        });
    connect(m_ui->operatorCombo, &QComboBox::currentIndexChanged, this, &AuditHistoryPage::applyFilter);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &AuditHistoryPage::applyFilter);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toDate, &QWidget::setEnabled);
    for (QCheckBox *check : {m_ui->fromCheck, m_ui->toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditHistoryPage::applyFilter);
    for (QDateEdit *edit : {m_ui->fromDate, m_ui->toDate})
        connect(edit, &QDateEdit::dateChanged, this, &AuditHistoryPage::applyFilter);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockers[]
            = {QSignalBlocker(m_ui->operatorCombo), QSignalBlocker(m_ui->actionCombo),
                QSignalBlocker(m_ui->fromCheck), QSignalBlocker(m_ui->toCheck)};
        m_ui->partnerEdit->clear();
        m_partnerTenantId.clear();
        m_ui->operatorCombo->setCurrentIndex(0);
        m_ui->actionCombo->setCurrentIndex(0);
        m_ui->fromCheck->setChecked(false);
        m_ui->toCheck->setChecked(false);
        m_ui->fromDate->setEnabled(false);
        m_ui->toDate->setEnabled(false);
        applyFilter();
    });
    m_ui->verifyButton->setIcon(Icons::icon(Icons::Icon::Verify));
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditHistoryPage::verify);
    connect(m_ui->cancelVerifyButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_model, &AuditHistoryModel::loaded, this, &AuditHistoryPage::updateStatus);
    // Enter or a double click: the event in words, before and after.
    connect(table, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openEvent(index.row()); });
    connect(&m_context.repository.notifier(), &RegisterNotifier::historyChanged, m_model,
        &AuditHistoryModel::reload);
    updateStatus();
}

AuditHistoryPage::~AuditHistoryPage()
{
    if (m_verifier) {
        m_cancel->store(true);
        m_verifier->wait();
        delete m_verifier;
    }
}

QTableView *AuditHistoryPage::table() const
{
    return m_ui->historyTable;
}

void AuditHistoryPage::fillCombos()
{
    const QString operatorUpn = m_ui->operatorCombo->currentData().toString();
    const QString action = m_ui->actionCombo->currentData().toString();
    const QSignalBlocker operatorBlocker(m_ui->operatorCombo);
    const QSignalBlocker actionBlocker(m_ui->actionCombo);
    m_ui->operatorCombo->clear();
    m_ui->operatorCombo->addItem(tr("All operators"), QString());
    if (auto operators = m_context.repository.operators()) {
        for (const Operator &op : operators.value())
            m_ui->operatorCombo->addItem(op.displayName, op.upn);
    }
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("All actions"), QString());
    for (const QString &key : AuditDescription::actionKeys())
        m_ui->actionCombo->addItem(AuditDescription::actionName(key), key);
    m_ui->operatorCombo->setCurrentIndex(std::max(0, m_ui->operatorCombo->findData(operatorUpn)));
    m_ui->actionCombo->setCurrentIndex(std::max(0, m_ui->actionCombo->findData(action)));
}

void AuditHistoryPage::updatePartnerSuggestions(const QString &text)
{
    if (text.isEmpty()) {
        resolvePartner(); // the clear button empties the box without finishing the edit
        return;
    }
    QStringList suggestions;
    if (!text.trimmed().isEmpty()) {
        if (auto found = m_context.repository.findPartners(text, 15)) {
            for (const auto &[tenantId, name] : found.value())
                suggestions.append(u"%1 (%2)"_s.arg(name, tenantId));
        }
    }
    m_suggestions->setStringList(suggestions);
}

void AuditHistoryPage::resolvePartner()
{
    const QString text = m_ui->partnerEdit->text().trimmed();
    QString tenantId;
    if (!text.isEmpty()) {
        if (const QString found = TenantId::find(text); !found.isEmpty()) {
            tenantId = found;
        } else if (auto found = m_context.repository.findPartners(text, 2); found && found->size() == 1) {
            tenantId = found->constFirst().first;
        } else {
            tenantId = text; // matches no event: the page then says nothing was found
        }
    }
    if (tenantId == m_partnerTenantId)
        return;
    m_partnerTenantId = tenantId;
    applyFilter();
}

void AuditHistoryPage::showPartner(const QString &tenantId, const QString &name)
{
    m_ui->partnerEdit->setText(u"%1 (%2)"_s.arg(name, tenantId));
    resolvePartner();
}

void AuditHistoryPage::applyFilter()
{
    AuditFilter filter;
    filter.partnerTenantId = m_partnerTenantId;
    filter.operatorUpn = m_ui->operatorCombo->currentData().toString();
    filter.action = m_ui->actionCombo->currentData().toString();
    // Dates are local days: from the start of the first to the end of the last.
    if (m_ui->fromCheck->isChecked())
        filter.fromUtc = m_ui->fromDate->date().startOfDay().toUTC();
    if (m_ui->toCheck->isChecked())
        filter.toUtc = m_ui->toDate->date().addDays(1).startOfDay().toUTC();
    m_model->setFilter(filter);
}

void AuditHistoryPage::updateStatus()
{
    const int shown = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_status = m_model->lastError();
    else if (shown == 0)
        m_status = tr("No events match these filters.");
    else if (m_model->isComplete())
        m_status = tr("%Ln event(s)", nullptr, shown);
    else
        m_status = tr("The newest %Ln event(s); scroll down for older ones", nullptr, shown);
    Q_EMIT statusChanged(m_status);
}

void AuditHistoryPage::verify()
{
    if (m_verifier)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyProgress->setRange(0, 0);
    m_ui->verifyProgress->setVisible(true);
    m_ui->cancelVerifyButton->setVisible(true);
    m_verifyMessage = [] { return tr("Verifying the history…"); };
    m_ui->verifyResultLabel->setText(m_verifyMessage());
    const auto open = m_context.openRepository;
    const auto cancel = m_cancel;
    const QStringList folders = m_context.receiptFolders ? m_context.receiptFolders() : QStringList();
    QPointer<AuditHistoryPage> self(this);
    m_verifier = QThread::create([open, cancel, self, folders] {
        auto post
            = [&](auto function) { QMetaObject::invokeMethod(self.data(), function, Qt::QueuedConnection); };
        auto opened = open();
        if (!opened) {
            const QString message = opened.error().message;
            post([self, message] { self->finishVerification([message] { return message; }, false); });
            return;
        }
        auto result = opened.value()->verifyAudit([&](qint64 done, qint64 total) {
            post([self, done, total] {
                self->m_ui->verifyProgress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
                self->m_ui->verifyProgress->setValue(int(std::min<qint64>(done, INT_MAX)));
            });
            return !cancel->load();
        });
        if (!result) {
            const QString message = result.error().message;
            post([self, message] { self->finishVerification([message] { return message; }, false); });
            return;
        }
        const AuditVerification v = result.value();
        // An intact chain can still have been cut short or rewritten whole: the receipts outside the
        // register tell.
        std::optional<ReceiptCheck> receipts;
        if (v.intact() && !folders.isEmpty()) {
            auto check = opened.value()->checkReceipts(folders, {});
            if (!check) {
                const QString message = check.error().message;
                post([self, message] { self->finishVerification([message] { return message; }, false); });
                return;
            }
            receipts = check.value();
        }
        post([self, v, receipts] {
            // Said again in the new language after a switch.
            const auto message = [v, receipts]() -> QString {
                const QString checked
                    = tr("The whole history was checked: %Ln event(s).", nullptr, int(v.checked));
                if (v.intact() && receipts && receipts->failed())
                    return checked + u' ' + receipts->summary();
                if (v.intact() && receipts)
                    return checked + u' ' + tr("It is intact.") + u' ' + receipts->summary();
                if (v.intact())
                    return tr("The whole history is intact: %Ln event(s) verified, not only the rows shown.",
                        nullptr, int(v.checked));
                return tr("The history was altered at event %1: %2.")
                    .arg(QLocale().toString(v.firstBadSequence), v.problem);
            };
            self->finishVerification(message, v.intact() && !(receipts && receipts->failed()));
        });
    });
    connect(m_verifier, &QThread::finished, this, [this] {
        m_verifier->deleteLater();
        m_verifier = nullptr;
        m_ui->verifyButton->setEnabled(true);
        m_ui->verifyProgress->setVisible(false);
        m_ui->cancelVerifyButton->setVisible(false);
    });
    m_verifier->start();
}

void AuditHistoryPage::openEvent(int row)
{
    const AuditEvent *event = m_model->event(row);
    if (!event)
        return;
    AuditEventDialog dialog(*event, this);
    dialog.exec();
}

void AuditHistoryPage::setDateFormats()
{
    // The date edits read and write dates as the chosen language does (25-11-2026, 25/11/2026).
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_ui->fromDate, m_ui->toDate})
        edit->setDisplayFormat(format);
}

void AuditHistoryPage::finishVerification(std::function<QString()> message, bool intact)
{
    m_verifyMessage = std::move(message);
    m_ui->verifyResultLabel->setText(m_verifyMessage());
    QPalette palette = m_ui->verifyResultLabel->palette();
    palette.setColor(QPalette::WindowText, intact ? QColor(0x10, 0x6b, 0x21) : QColor(0xb0, 0x00, 0x20));
    m_ui->verifyResultLabel->setPalette(palette);
    Q_EMIT verificationFinished(intact);
}

void AuditHistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        m_model->retranslate();
        updateStatus();
        if (m_verifyMessage)
            m_ui->verifyResultLabel->setText(m_verifyMessage());
        setDateFormats();
    }
    QWidget::changeEvent(event);
}
