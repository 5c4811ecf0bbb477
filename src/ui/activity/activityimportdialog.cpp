#include "activity/activityimportdialog.h"

#include "activity/activityrepository.h"
#include "common/policy.h"
#include "common/ports.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

ActivityImportDialog::ActivityImportDialog(
    UiContext context, const Operator &actor, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_actor(actor)
    , m_path(path)
{
    setObjectName(u"activityImportDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_fileLabel = plainLabel(this, u"activityFileLabel"_s);
    layout->addWidget(m_fileLabel);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"activityProgress"_s);
    m_progress->setRange(0, 100);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(u"activityCancelButton"_s);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    m_summaryLabel = plainLabel(this, u"activitySummaryLabel"_s);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    layout->addWidget(m_summaryLabel);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"activityDetails"_s);
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_details, 1);
    m_reasonLabel = plainLabel(this, u"activityReasonLabel"_s);
    layout->addWidget(m_reasonLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"activityCloseButton"_s);
    m_keepButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_keepButton->setObjectName(u"activityKeepButton"_s);
    m_keepButton->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_keepButton, &QPushButton::clicked, this, &ActivityImportDialog::keep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_cancelButton->setEnabled(false);
    });
    resize(720, 480);
    retranslate();
    startReading();
}

ActivityImportDialog::~ActivityImportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ActivityImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ActivityImportDialog::retranslate()
{
    setWindowTitle(tr("Import a sign-in or audit log"));
    m_fileLabel->setText(tr("File: %1").arg(QFileInfo(m_path).fileName()));
    m_cancelButton->setText(tr("&Cancel reading"));
    m_keepButton->setText(tr("&Keep as evidence"));
    if (!m_failure.isEmpty()) {
        m_summaryLabel->setText(m_failure);
    } else if (m_plan) {
        m_summaryLabel->setText(ActivityFile::displayName(m_plan->scan.kind) + u": "_s + m_plan->summary());
        QStringList lines;
        if (m_plan->scan.firstMs > 0) {
            const QLocale locale;
            const auto when = [&](qint64 ms) {
                return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QLocale::ShortFormat);
            };
            lines << tr("The file covers %1 to %2 (UTC).")
                         .arg(when(m_plan->scan.firstMs), when(m_plan->scan.lastMs));
        }
        lines << m_plan->lines();
        m_details->setPlainText(lines.join(u'\n'));
    } else {
        m_summaryLabel->setText(tr("Reading the file…"));
    }
    updateKeep();
}

void ActivityImportDialog::startReading()
{
    m_plan.reset();
    m_failure.clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    const auto open = m_context.openActivity;
    const Clock &clock = m_context.clock;
    const QString path = m_path;
    QPointer<ActivityImportDialog> self(this);
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
        if (!open) {
            deliver([](ActivityImportDialog *d) {
                d->showFailure(tr("This window cannot keep activity evidence."));
            });
            return;
        }
        auto opened = open();
        if (!opened) {
            const QString message = opened.error().message;
            deliver([message](ActivityImportDialog *d) { d->showFailure(message); });
            return;
        }
        ActivityConnection connection = std::move(opened).value();
        ActivityService service(*connection.activity, *connection.registerRepository, clock);
        int lastPercent = -1;
        auto plan = service.planFile(path, [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : lastPercent;
            if (percent != lastPercent) {
                lastPercent = percent;
                deliver([percent](ActivityImportDialog *d) { d->m_progress->setValue(percent); });
            }
            return !cancel->load();
        });
        if (!plan) {
            const QString message = plan.error().message;
            deliver([message](ActivityImportDialog *d) { d->showFailure(message); });
            return;
        }
        auto shared = std::make_shared<ActivityPlan>(std::move(plan).value());
        deliver([shared](ActivityImportDialog *d) { d->showPlan(shared); });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_thread) {
            m_thread->deleteLater();
            m_thread = nullptr;
        }
        m_progress->hide();
        m_cancelButton->hide();
        updateKeep();
    });
    m_thread->start();
    updateKeep();
}

void ActivityImportDialog::showPlan(const std::shared_ptr<ActivityPlan> &plan)
{
    m_plan = plan;
    retranslate();
    m_details->setFocus();
    Q_EMIT planReady();
}

void ActivityImportDialog::showFailure(const QString &message)
{
    m_failure = message;
    retranslate();
    m_closeButton->setFocus();
    Q_EMIT planReady();
}

void ActivityImportDialog::updateKeep()
{
    const Decision allowed = Policy::check(m_actor, PolicyAction::ManageRelationships);
    const bool ready = m_plan && !m_thread && m_context.activity;
    m_keepButton->setEnabled(ready && m_plan->canApply() && m_plan->hasNew() && allowed.allowed());
    QString reason;
    if (ready && !m_plan->canApply())
        reason = tr(
            "Nothing can be kept from this file: it was refused as a whole (see above). Download the log "
            "again.");
    else if (ready && !m_plan->hasNew())
        reason = tr("The register already holds every partner sign-in and activity in this file.");
    else if (ready && !allowed)
        reason = allowed.reason();
    m_reasonLabel->setText(reason);
    m_reasonLabel->setVisible(!reason.isEmpty());
}

void ActivityImportDialog::keep()
{
    if (!m_plan || !m_context.activity)
        return;
    ActivityService service(*m_context.activity, m_context.repository, m_context.clock);
    auto stored = service.apply(m_actor, *m_plan);
    if (!stored) {
        m_reasonLabel->setText(stored.error().message);
        m_reasonLabel->show();
        return;
    }
    m_resultText = tr("Kept %1 as evidence: %n new partner sign-in(s).", nullptr, int(stored->signIns))
                       .arg(m_plan->fileName);
    if (stored->confirmed > 0) {
        m_resultText += u' '
            + tr("%n step(s) on To do in Microsoft 365 confirmed done.", nullptr, int(stored->confirmed));
    }
    accept();
}
