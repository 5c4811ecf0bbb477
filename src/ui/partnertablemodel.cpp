#include "partnertablemodel.h"

using namespace Qt::StringLiterals;

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PartnerTableModel::Row PartnerTableModel::makeRow(Relationship relationship)
{
    Row row {std::move(relationship), {}, {}};
    row.types = row.relationship.typesDisplay();
    row.roles = row.relationship.roles.isEmpty() ? tr("None") : row.relationship.rolesDisplay();
    return row;
}

void PartnerTableModel::setRelationships(QList<Relationship> relationships)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(relationships.size());
    for (Relationship &r : relationships)
        m_rows.append(makeRow(std::move(r)));
    endResetModel();
}

const Relationship *PartnerTableModel::relationshipAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? &m_rows.at(row).relationship : nullptr;
}

void PartnerTableModel::retranslate()
{
    for (Row &row : m_rows)
        row = makeRow(std::move(row.relationship));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TypeColumn), index(int(m_rows.size()) - 1, RolesColumn),
            {Qt::DisplayRole, Qt::ToolTipRole});
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == TenantIdRole)
        return row.relationship.partner.tenantId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return tr("Partner tenant ID: %1").arg(row.relationship.partner.tenantId);
        return row.relationship.partner.name;
    case TypeColumn:
        return row.types;
    case RolesColumn:
        return row.roles;
    default:
        return {};
    }
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Partner name");
    case TypeColumn:
        return tr("Relationship type");
    case RolesColumn:
        return tr("Admin roles");
    default:
        return {};
    }
}
