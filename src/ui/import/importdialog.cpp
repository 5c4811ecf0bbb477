#include "import/importdialog.h"

#include "common/policy.h"
#include "common/ports.h"
#include "import/importformat.h"
#include "import/importplanmodel.h"
#include "import/importservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // file names, partner names and reasons come from outside
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportDialog::ImportDialog(UiContext context, const Operator &actor, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_actor(actor)
    , m_path(path)
{
    setObjectName(u"importDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_fileLabel = plainLabel(this, u"importFileLabel"_s);
    layout->addWidget(m_fileLabel);

    m_partnerBox = new QWidget(this);
    auto *partnerLayout = new QFormLayout(m_partnerBox);
    partnerLayout->setContentsMargins(0, 0, 0, 0);
    m_partnerQuestion = plainLabel(m_partnerBox, u"importPartnerQuestion"_s);
    partnerLayout->addRow(m_partnerQuestion);
    m_partnerCombo = new QComboBox(m_partnerBox);
    m_partnerCombo->setObjectName(u"importPartnerCombo"_s);
    m_partnerLabel = new QLabel(m_partnerBox);
    m_partnerLabel->setBuddy(m_partnerCombo);
    partnerLayout->addRow(m_partnerLabel, m_partnerCombo);
    m_tenantEdit = new QLineEdit(m_partnerBox);
    m_tenantEdit->setObjectName(u"importPartnerTenantEdit"_s);
    m_tenantEdit->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    m_tenantLabel = new QLabel(m_partnerBox);
    m_tenantLabel->setBuddy(m_tenantEdit);
    partnerLayout->addRow(m_tenantLabel, m_tenantEdit);
    m_nameEdit = new QLineEdit(m_partnerBox);
    m_nameEdit->setObjectName(u"importPartnerNameEdit"_s);
    m_nameLabel = new QLabel(m_partnerBox);
    m_nameLabel->setBuddy(m_nameEdit);
    partnerLayout->addRow(m_nameLabel, m_nameEdit);
    m_readAgainButton = new QPushButton(m_partnerBox);
    m_readAgainButton->setObjectName(u"importReadButton"_s);
    partnerLayout->addRow(QString(), m_readAgainButton);
    layout->addWidget(m_partnerBox);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 100);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(u"importCancelButton"_s);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);

    m_summaryLabel = plainLabel(this, u"importSummaryLabel"_s);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    layout->addWidget(m_summaryLabel);
    m_model = new ImportPlanModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"importTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);
    m_notesLabel = plainLabel(this, u"importNotesLabel"_s);
    layout->addWidget(m_notesLabel);
    m_applyReason = plainLabel(this, u"importApplyReason"_s);
    layout->addWidget(m_applyReason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"importApplyButton"_s);
    m_applyButton->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"importCloseButton"_s);
    layout->addWidget(m_buttons);

    connect(m_applyButton, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    connect(m_readAgainButton, &QPushButton::clicked, this, &ImportDialog::startReading);
    connect(m_partnerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString tenant = m_partnerCombo->itemData(index).toString();
        if (!tenant.isEmpty()) {
            m_tenantEdit->setText(tenant);
            m_nameEdit->clear();
        }
        m_nameEdit->setEnabled(tenant.isEmpty());
    });
    connect(m_tenantEdit, &QLineEdit::returnPressed, this, &ImportDialog::startReading);
    // A dry run is for the partner it was read for: another partner needs the file read again.
    for (QLineEdit *edit : {m_tenantEdit, m_nameEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_plan && m_failure.isEmpty())
                return;
            m_plan.reset();
            m_failure.clear();
            m_model->clear();
            m_notesLabel->clear();
            retranslate();
        });
    }

    // The kind of file decides whether to ask for the partner first; its head is enough to tell.
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(1 << 20) : QByteArray();
    m_needsPartner = ImportFormat::detect(head) == ImportFormat::Kind::GraphRelationships;
    m_partnerBox->setVisible(m_needsPartner);
    if (m_needsPartner) {
        m_partnerCombo->addItem(QString(), QString());
        if (auto partners = m_context.repository.findPartners(QString(), 2000)) {
            for (const auto &[tenantId, name] : partners.value())
                m_partnerCombo->addItem(name, tenantId);
        }
    }
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 32);
    retranslate();
    if (m_needsPartner) {
        m_progress->hide();
        m_cancelButton->hide();
        m_partnerCombo->setFocus();
    } else {
        startReading();
    }
    updateApply();
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import"));
    m_fileLabel->setText(tr("File: %1").arg(QFileInfo(m_path).fileName()));
    m_partnerQuestion->setText(
        tr("This file holds GDAP relationships as a partner exports them. They name your "
           "organisation, not the partner: which partner did it come from?"));
    m_partnerLabel->setText(tr("&Partner in the register:"));
    if (m_partnerCombo->count() > 0)
        m_partnerCombo->setItemText(0, tr("Another partner (give its tenant ID)"));
    m_tenantLabel->setText(tr("Partner's &tenant ID:"));
    m_nameLabel->setText(tr("Partner's &name (when new):"));
    m_readAgainButton->setText(tr("&Read the file"));
    m_cancelButton->setText(tr("Cancel"));
    m_applyButton->setText(tr("&Apply"));
    m_model->retranslate();
    if (m_plan) {
        m_summaryLabel->setText(
            tr("%1: %2").arg(ImportFormat::displayName(m_plan->format), m_plan->summary()));
        m_notesLabel->setText(m_plan->notes.join(u'\n'));
    } else if (!m_failure.isEmpty()) {
        m_summaryLabel->setText(m_failure);
    } else if (m_thread) {
        m_summaryLabel->setText(tr("Reading the file…"));
    } else {
        m_summaryLabel->clear();
    }
    updateApply();
}

void ImportDialog::startReading()
{
    if (m_thread)
        return;
    m_plan.reset();
    m_failure.clear();
    m_model->clear();
    m_notesLabel->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_readAgainButton->setEnabled(false);
    m_summaryLabel->setText(tr("Reading the file…"));
    updateApply();

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    const auto open = m_context.openRepository;
    const Clock &clock = m_context.clock;
    const QString path = m_path;
    const ImportService::Options options {m_tenantEdit->text().trimmed(), m_nameEdit->text().trimmed()};
    QPointer<ImportDialog> self(this);
    m_thread = QThread::create([=, &clock] {
        auto deliver = [&](auto function) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, function] {
                    if (self)
                        function(self.data());
                },
                Qt::QueuedConnection);
        };
        auto opened = open();
        if (!opened) {
            const QString message = opened.error().message;
            deliver([message](ImportDialog *d) { d->showFailure(message); });
            return;
        }
        const std::unique_ptr<RegisterRepository> repository = std::move(opened).value();
        ImportService service(*repository, clock);
        int lastPercent = -1;
        auto progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : lastPercent; // total < 0: only asking
            if (percent != lastPercent) {
                lastPercent = percent;
                deliver([percent](ImportDialog *d) { d->m_progress->setValue(percent); });
            }
            return !cancel->load();
        };
        auto plan = service.planFile(path, options, progress);
        if (!plan) {
            const QString message = plan.error().message;
            deliver([message](ImportDialog *d) { d->showFailure(message); });
            return;
        }
        auto shared = std::make_shared<ImportPlan>(std::move(plan).value());
        deliver([shared](ImportDialog *d) { d->showPlan(shared); });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_thread) {
            m_thread->deleteLater();
            m_thread = nullptr;
        }
        m_progress->hide();
        m_cancelButton->hide();
        m_readAgainButton->setEnabled(true);
        updateApply();
    });
    m_thread->start();
}

void ImportDialog::cancelReading()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
}

void ImportDialog::showPlan(const std::shared_ptr<ImportPlan> &plan)
{
    m_plan = plan;
    m_model->setPlan(*plan);
    m_table->resizeColumnsToContents();
    const int maxWidth = fontMetrics().averageCharWidth() * 40;
    // Names may be long; tenant IDs are read in full.
    m_table->setColumnWidth(ImportPlanModel::PartnerColumn,
        std::min(m_table->columnWidth(ImportPlanModel::PartnerColumn), maxWidth));
    m_table->setColumnWidth(ImportPlanModel::TenantColumn,
        std::max(m_table->columnWidth(ImportPlanModel::TenantColumn),
            m_table->fontMetrics().horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s) + 16));
    retranslate();
    m_table->setFocus();
    Q_EMIT planReady();
}

void ImportDialog::showFailure(const QString &message)
{
    m_failure = message;
    m_summaryLabel->setText(message);
    if (m_needsPartner)
        m_tenantEdit->setFocus();
    updateApply();
    Q_EMIT planReady();
}

void ImportDialog::updateApply()
{
    const Decision allowed = Policy::check(m_actor, PolicyAction::ManageRelationships);
    const bool ready = m_plan && !m_thread;
    m_applyButton->setEnabled(ready && m_plan->canApply() && allowed.allowed());
    QString reason;
    if (ready && !m_plan->rejected.isEmpty())
        reason
            = tr("Nothing can be applied while records are rejected: the file applies whole or not at all. "
                 "Correct the file and import it again.");
    else if (ready && !m_plan->hasChanges())
        reason = tr("The register already holds what this file says; there is nothing to apply.");
    else if (ready && !allowed)
        reason = allowed.reason();
    m_applyReason->setText(reason);
    m_applyReason->setVisible(!reason.isEmpty());
}

void ImportDialog::apply()
{
    if (!m_plan)
        return;
    ImportService service(m_context.repository, m_context.clock);
    auto applied = service.apply(m_actor, *m_plan);
    if (!applied) {
        m_applyReason->setText(applied.error().message);
        m_applyReason->show();
        return;
    }
    m_resultText = tr("Imported %1: %2.").arg(m_plan->fileName, m_plan->summary());
    accept();
}
