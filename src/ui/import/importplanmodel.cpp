#include "import/importplanmodel.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(plan.rejected.size() + plan.changes.size());
    for (const ImportIssue &issue : plan.rejected) {
        const QString details = issue.field.isEmpty() ? issue.reason : tr("%1: %2").arg(issue.field, issue.reason);
        m_rows.append({RowKind::Rejected, issue.record, {}, {}, details});
    }
    const QString none = tr("none");
    for (const ImportChange &c : plan.changes) {
        Row row {RowKind::Unchanged, c.record, c.after.partner.name, c.after.partner.tenantId, {}};
        switch (c.kind) {
        case ImportChange::Kind::Added: {
            row.kind = RowKind::Added;
            QStringList parts;
            if (!c.after.types.isEmpty())
                parts.append(c.after.typesDisplay());
            parts.append(c.after.roles.isEmpty() ? tr("no admin roles") : c.after.rolesDisplay());
            row.details = parts.join(u"; "_s);
            break;
        }
        case ImportChange::Kind::Updated: {
            row.kind = RowKind::Updated;
            QStringList parts;
            for (const AuditDescription::FieldChange &f : c.fields)
                parts.append(tr("%1: %2 → %3")
                                 .arg(f.label, f.before.isEmpty() ? none : f.before, f.after.isEmpty() ? none : f.after));
            row.details = parts.join(u"; "_s);
            break;
        }
        case ImportChange::Kind::Unchanged:
            break;
        }
        m_rows.append(row);
    }
    // Rejected first, then added, updated, unchanged: what needs a look comes first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.kind < b.kind; });
    endResetModel();
}

void ImportPlanModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        // Tooltips are rich text when they look like it: partner text is shown as it is.
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(text.toHtmlEscaped());
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChangeColumn:
            switch (row.kind) {
            case RowKind::Rejected:
                return tr("Rejected");
            case RowKind::Added:
                return tr("Added");
            case RowKind::Updated:
                return tr("Updated");
            case RowKind::Unchanged:
                return tr("Unchanged");
            }
            return {};
        case RecordColumn:
            return row.record > 0 ? QVariant(row.record) : QVariant(tr("file"));
        case PartnerColumn:
            return row.partner;
        case TenantColumn:
            return row.tenantId;
        case DetailsColumn:
            return row.details;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn && row.kind == RowKind::Rejected)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case RecordColumn:
        return tr("Record");
    case PartnerColumn:
        return tr("Partner");
    case TenantColumn:
        return tr("Tenant ID");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void ImportPlanModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ChangeColumn), index(int(m_rows.size()) - 1, RecordColumn), {Qt::DisplayRole});
}
