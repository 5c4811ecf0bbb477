#pragma once
// ImportPlanModel: the dry run of an import as a table — rejected records first, then what would be
// added, updated (field by field) and what is unchanged.

#include "import/importplan.h"

#include <QAbstractTableModel>

class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, RecordColumn, PartnerColumn, TenantColumn, DetailsColumn, ColumnCount };
    enum class RowKind { Rejected, Added, Updated, Unchanged };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    void clear();
    RowKind kindAt(int row) const { return m_rows.at(row).kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate(); // the kinds and headers follow a language switch

private:
    struct Row
    {
        RowKind kind;
        int record;
        QString partner;
        QString tenantId;
        QString details;
    };
    QList<Row> m_rows;
};
