#pragma once
// PartnerTableModel: the partner relationships as table rows, with filtering and sorting done on
// precomputed keys (a collation rank per name, a case-folded search text, bit masks for types and
// roles), so both stay within a frame at 100,000 partners without a proxy model.

#include "overview/registeroverview.h"
#include "relationships/partnersummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include <functional>

class QDateTime;

class PartnerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RiskColumn, // beside the name: the reason the page exists, seen without scrolling
        TypeColumn,
        RolesColumn,
        AgreementColumn,
        PartnerSinceColumn,
        LastReviewedColumn,
        LastSignInColumn, // from the imported sign-in logs
        ColumnCount
    };
    enum Role {
        SortKeyRole = Qt::UserRole + 1, // the value a column sorts by (qint64)
        TenantIdRole,
        RelationshipIdRole,
        RiskFlagsRole,
    };

    // Delegated administrator, reseller & delegated administrator, and GDAP: every way a partner
    // administers the tenant, picked at once.
    static constexpr int kDelegatedAdminTypes = -2;
    struct Filter
    {
        QString text; // matched literally against name, tenant ID, PartnerID and role names
        int typeKind = -1; // a PartnerType::Kind, -1 for every type, kDelegatedAdminTypes for all three
        bool attentionOnly = false;
        bool highRiskOnly = false; // RiskAssessment::Level::High (delegated admin with Global Administrator)
        OverviewSlice slice = {}; // what an overview bar counts (Kind::None: no such filter)
        QDateTime sliceNowUtc = {}; // the moment the slice is counted at
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    // Rows with their keys, built off the GUI thread by prepare() and handed over whole.
    struct Prepared
    {
        QList<PartnerSummary> rows;
        QList<int> nameRanks; // position of each row's name in collation order
        QList<QString> haystacks; // case-folded "name tenantId partnerId"
        QLocale locale; // the collation the ranks follow
    };
    static Prepared prepare(QList<PartnerSummary> rows, const QDateTime &nowUtc, const QLocale &locale);

    explicit PartnerTableModel(QObject *parent = nullptr);

    void setPrepared(Prepared prepared);
    // Replaces or adds the given rows (a live update) and keeps the current sort and filter.
    void updateRows(const QList<PartnerSummary> &rows, const QDateTime &nowUtc);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Type and role names, dates and the collation follow the language; call after a switch.
    void retranslate();

    int totalCount() const { return int(m_rows.size()); }
    const PartnerSummary *summaryAt(int row) const;
    int rowOfRelationship(qint64 relationshipId) const; // -1 when filtered out or absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    qint64 sortKey(int sourceRow, int column) const;
    bool matches(int sourceRow, const QString &needle, quint32 roleMatchMask) const;
    QList<int> filteredRows(const QList<int> *within) const;
    void sortVisible();
    void rebuildVisible(bool allowNarrowing);
    void relayout(const std::function<void()> &reorder);
    const QString &typesText(const PartnerSummary &summary) const;
    const QString &rolesText(const PartnerSummary &summary) const;
    QString dateText(qint64 ms) const;
    void recomputeNameRanks();

    QList<PartnerSummary> m_rows;
    QList<int> m_nameRanks;
    QList<QString> m_haystacks;
    QHash<qint64, int> m_rowOfId; // relationship id -> index in m_rows
    QList<int> m_visible; // indexes into m_rows, in display order
    Filter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<quint32, QString> m_typesCache; // display text per type mask, per language
    mutable QHash<quint32, QString> m_rolesCache;
    mutable QString m_scratch;
    QString m_noneText;
    QLocale m_locale;
};
