#include "history/auditeventdialog.h"

#include "audit/auditdescription.h"
#include "audit/auditevent.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names and notes come from outside
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString person(const QString &name, const QString &id)
{
    if (name.isEmpty())
        return id;
    return id.isEmpty() || id == name ? name : u"%1 (%2)"_s.arg(name, id);
}
} // namespace

AuditEventDialog::AuditEventDialog(const AuditEvent &event, QWidget *parent)
    : QDialog(parent)
    , m_changes(new QTableWidget(this))
{
    setObjectName(u"auditEventDialog"_s);
    setWindowTitle(tr("History event %1").arg(QLocale().toString(event.sequence)));

    auto *form = new QFormLayout;
    const QDateTime local = event.atUtc.toLocalTime();
    form->addRow(tr("When:"),
        plainLabel(tr("%1 (%2 UTC)")
                       .arg(QLocale().toString(local, QLocale::LongFormat),
                           event.atUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)),
            u"whenLabel"_s));
    form->addRow(tr("By:"), plainLabel(person(event.operatorName, event.operatorUpn), u"byLabel"_s));
    form->addRow(tr("Partner:"),
        plainLabel(event.partnerTenantId.isEmpty() && event.partnerName.isEmpty()
                ? tr("None: it concerns the whole register")
                : person(event.partnerName, event.partnerTenantId),
            u"partnerLabel"_s));
    form->addRow(tr("What:"), plainLabel(AuditDescription::actionName(event.action), u"actionLabel"_s));

    const QList<AuditDescription::FieldChange> changes
        = AuditDescription::fieldChanges(event.before, event.after);
    m_changes->setObjectName(u"changesTable"_s);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setRowCount(int(changes.size()));
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->setTabKeyNavigation(false); // Tab goes on to Close
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int row = 0; row < changes.size(); ++row) {
        const AuditDescription::FieldChange &c = changes.at(row);
        const QStringList cells {c.label, c.before.isEmpty() ? tr("(not set)") : c.before,
            c.after.isEmpty() ? tr("(not set)") : c.after};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(Qt::convertFromPlainText(cells.at(column)));
            m_changes->setItem(row, column, item);
        }
    }
    m_changes->resizeRowsToContents();

    auto *noChanges = new QLabel(tr("This event records no field before and after."), this);
    noChanges->setObjectName(u"noChangesLabel"_s);
    noChanges->setVisible(changes.isEmpty());
    m_changes->setVisible(!changes.isEmpty());

    auto *hash = plainLabel(tr("Event %1, SHA-256 %2\nafter %3")
                                .arg(QString::number(event.sequence), event.hash, event.previousHash),
        u"hashLabel"_s);
    hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    hash->setToolTip(tr("What Verify history checks: each event's hash covers the one before it."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_changes, 1);
    layout->addWidget(noChanges);
    layout->addWidget(hash);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(
        std::max(sizeHint().width(), em * 100), std::max(sizeHint().height(), fontMetrics().height() * 24));
    buttons->button(QDialogButtonBox::Close)->setFocus(Qt::OtherFocusReason);
}
