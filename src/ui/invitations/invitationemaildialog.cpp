#include "invitations/invitationemaildialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InvitationEmailDialog::InvitationEmailDialog(
    const QString &source, std::function<QByteArray()> load, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_load(std::move(load))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"invitationEmailDialog"_s);
    setWindowTitle(tr("Invitation links in %1").arg(source));
    m_summary->setObjectName(u"emailSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText); // the file name and the links come from outside
    m_summary->setWordWrap(true);
    m_busy->setObjectName(u"emailBusy"_s);
    m_busy->setRange(0, 0);
    m_list->setObjectName(u"emailLinkList"_s);
    m_list->setAccessibleName(tr("Invitation links found"));
    m_list->hide();
    m_recordButton = m_buttons->addButton(tr("&Record selected"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(u"recordButton"_s);
    m_recordButton->setEnabled(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 125,
        fontMetrics().height() * 18); // a kind, a dash and a whole tenant ID

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InvitationEmailDialog::cancel);
    connect(m_list, &QListWidget::itemChanged, this, &InvitationEmailDialog::updateRecordButton);
}

InvitationEmailDialog::~InvitationEmailDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread; // its finished handler, which would have deleted it, dies with this dialog
    }
}

void InvitationEmailDialog::start()
{
    m_summary->setText(tr("Reading %1…").arg(m_source));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancel;
    const auto load = m_load;
    QPointer<InvitationEmailDialog> self(this);
    m_thread = QThread::create([self, cancelled, load] {
        auto found = std::make_shared<InvitationEmail::Found>(InvitationEmail::read(load(), cancelled.get()));
        QMetaObject::invokeMethod(
            self.data(),
            [self, found] {
                if (self)
                    self->showFound(*found);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

void InvitationEmailDialog::cancel()
{
    if (m_thread)
        m_cancel->store(true);
    reject();
}

void InvitationEmailDialog::showFound(const InvitationEmail::Found &found)
{
    m_found = found;
    m_busy->hide();
    if (found.cancelled)
        return;
    if (found.invitations.isEmpty()) {
        done(NothingFound);
        return;
    }
    QString summary
        = tr("%n invitation link(s) found. Tick the ones to record; nothing is recorded until you "
             "choose Record selected.",
            nullptr, int(found.invitationCount));
    if (found.invitationCount > found.invitations.size())
        summary += u' ' + tr("Only the first %1 are shown.").arg(found.invitations.size());
    if (found.refusedCount > 0)
        summary += u' '
            + tr("%n other link(s) look like invitations but are refused, e.g.: %1", nullptr,
                int(found.refusedCount))
                  .arg(found.refused.constFirst().link.refusalReason());
    m_summary->setText(summary);
    QSignalBlocker blocker(m_list);
    for (const InvitationLink &link : found.invitations) {
        const QString who
            = link.partnerTenantId().isEmpty() ? link.gdapRelationshipId() : link.partnerTenantId();
        auto *item = new QListWidgetItem(
            who.isEmpty() ? link.kindName() : tr("%1 — partner %2").arg(link.kindName(), who), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // One link: ticked, the admin opened the email for it. Several: each one a choice.
        item->setCheckState(found.invitations.size() == 1 ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(Qt::convertFromPlainText(link.url().toString()));
    }
    m_list->show();
    m_list->setCurrentRow(0);
    m_list->setFocus(Qt::OtherFocusReason);
    updateRecordButton();
}

void InvitationEmailDialog::updateRecordButton()
{
    const int count = int(picked().size());
    m_recordButton->setEnabled(count > 0);
    m_recordButton->setDefault(count > 0);
}

QList<InvitationLink> InvitationEmailDialog::picked() const
{
    QList<InvitationLink> links;
    for (int row = 0; row < m_list->count() && row < m_found.invitations.size(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            links.append(m_found.invitations.at(row));
    }
    return links;
}
