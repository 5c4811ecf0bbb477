#include "history/audithistorymodel.h"

#include "audit/auditdescription.h"
#include "common/ports.h"

#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

AuditHistoryModel::AuditHistoryModel(RegisterRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

void AuditHistoryModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

QList<AuditHistoryModel::Row> AuditHistoryModel::fetchPage(const AuditCursor &after)
{
    auto events = m_repository.auditEvents(m_filter, after, kPageSize);
    if (!events) {
        m_error = events.error().message;
        m_complete = true;
        return {};
    }
    m_error.clear();
    m_complete = events->size() < kPageSize;
    QList<Row> rows;
    rows.reserve(events->size());
    for (AuditEvent &event : events.value()) {
        Row row {std::move(event), {}, {}};
        row.change = AuditDescription::change(row.event);
        row.action = AuditDescription::actionName(row.event.action);
        rows.append(std::move(row));
    }
    return rows;
}

void AuditHistoryModel::reload()
{
    beginResetModel();
    m_rows = fetchPage({});
    endResetModel();
    Q_EMIT loaded();
}

bool AuditHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_rows.isEmpty();
}

void AuditHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const AuditEvent &last = m_rows.constLast().event;
    QList<Row> more = fetchPage({last.atUtc, last.sequence});
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(std::move(more));
    endInsertRows();
    Q_EMIT loaded();
}

void AuditHistoryModel::retranslate()
{
    for (Row &row : m_rows) {
        row.change = AuditDescription::change(row.event);
        row.action = AuditDescription::actionName(row.event.action);
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const AuditEvent *AuditHistoryModel::event(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).event : nullptr;
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AuditEvent &e = row.event;
    switch (role) {
    case SequenceRole:
        return e.sequence;
    case TimeUtcRole:
        return e.atUtc;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return tr("%1 UTC\nEvent %2\nSHA-256 %3")
                .arg(e.atUtc.toUTC().toString(Qt::ISODateWithMs), QString::number(e.sequence), e.hash);
        }
        if (index.column() == OperatorColumn)
            return Qt::convertFromPlainText(e.operatorUpn);
        if (index.column() == PartnerColumn)
            return Qt::convertFromPlainText(e.partnerTenantId);
        if (index.column() == ChangeColumn)
            return Qt::convertFromPlainText(row.change);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.atUtc.toLocalTime(), QLocale::ShortFormat);
    case OperatorColumn:
        return e.operatorName.isEmpty() ? e.operatorUpn : e.operatorName;
    case PartnerColumn:
        if (e.partnerName.isEmpty())
            return e.partnerTenantId.isEmpty() ? u"—"_s : e.partnerTenantId;
        return e.partnerName;
    case ActionColumn:
        return row.action;
    case ChangeColumn:
        return row.change;
    default:
        return {};
    }
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case PartnerColumn:
        return tr("Partner");
    case ActionColumn:
        return tr("Action");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}
