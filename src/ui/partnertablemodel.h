#pragma once
// PartnerTableModel: the partner relationships of the register as table rows.

#include "relationship.h"

#include <QAbstractTableModel>
#include <QList>

class PartnerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, RolesColumn, ColumnCount };
    enum Role { TenantIdRole = Qt::UserRole + 1 };

    explicit PartnerTableModel(QObject *parent = nullptr);

    void setRelationships(QList<Relationship> relationships);
    const Relationship *relationshipAt(int row) const;
    // Type and role names are translated; call after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Relationship relationship;
        QString types; // translated display text, computed once per language
        QString roles;
    };
    static Row makeRow(Relationship relationship);
    QList<Row> m_rows;
};
