#include "partners/partnertablemodel.h"

#include "relationships/riskassessment.h"
#include "relationships/todo.h"
#include "widgets/riskicon.h"

#include <QBrush>
#include <QCollator>
#include <QDateTime>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QString haystackFor(const PartnerSummary &s)
{
    return QString(s.name + u'\x1f' + s.tenantId + u'\x1f' + s.partnerId).toCaseFolded();
}

QList<int> ranksFor(const QList<PartnerSummary> &rows, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<QCollatorSortKey> keys;
    keys.reserve(rows.size());
    for (const PartnerSummary &s : rows)
        keys.append(collator.sortKey(s.name));
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    QList<int> ranks(rows.size());
    for (int position = 0; position < order.size(); ++position)
        ranks[order.at(position)] = position;
    return ranks;
}

// Which catalogue roles' names (in this language or in English) contain the needle.
quint32 roleMaskMatching(const QString &needle)
{
    quint32 mask = 0;
    const QList<AdminRole> catalogue = AdminRole::catalogue();
    for (int i = 0; i < catalogue.size(); ++i) {
        const AdminRole &role = catalogue.at(i);
        if (role.displayName().contains(needle, Qt::CaseInsensitive)
            || role.englishName().contains(needle, Qt::CaseInsensitive) || role.templateId().contains(needle))
            mask |= 1u << i;
    }
    return mask;
}

} // namespace

PartnerTableModel::Prepared PartnerTableModel::prepare(
    QList<PartnerSummary> rows, const QDateTime &nowUtc, const QLocale &locale)
{
    Prepared prepared;
    prepared.haystacks.reserve(rows.size());
    for (PartnerSummary &s : rows) {
        s.riskFlags = RiskAssessment::assess(s, nowUtc);
        prepared.haystacks.append(haystackFor(s));
    }
    prepared.nameRanks = ranksFor(rows, locale);
    prepared.rows = std::move(rows);
    prepared.locale = locale;
    return prepared;
}

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_noneText(tr("None"))
{ }

void PartnerTableModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    m_nameRanks = std::move(prepared.nameRanks);
    m_haystacks = std::move(prepared.haystacks);
    m_locale = prepared.locale;
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
    m_visible = filteredRows(nullptr);
    sortVisible();
    endResetModel();
}

void PartnerTableModel::updateRows(const QList<PartnerSummary> &rows, const QDateTime &nowUtc)
{
    bool namesChanged = false;
    for (PartnerSummary s : rows) {
        s.riskFlags = RiskAssessment::assess(s, nowUtc);
        const auto it = m_rowOfId.constFind(s.id);
        if (it == m_rowOfId.cend()) {
            m_rowOfId.insert(s.id, int(m_rows.size()));
            m_haystacks.append(haystackFor(s));
            m_nameRanks.append(0);
            m_rows.append(s);
            namesChanged = true;
        } else {
            namesChanged |= m_rows.at(*it).name != s.name;
            m_haystacks[*it] = haystackFor(s);
            m_rows[*it] = s;
        }
    }
    if (namesChanged)
        recomputeNameRanks();

    // Rows may enter or leave the filter or move in the sort order: a layout change keeps the
    // selection and current item on the same relationships.
    const QList<int> visible = filteredRows(nullptr);
    if (visible.size() != m_visible.size()) {
        beginResetModel();
        m_visible = visible;
        sortVisible();
        endResetModel();
        return;
    }
    relayout([&] {
        m_visible = visible;
        sortVisible();
    });
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
}

void PartnerTableModel::relayout(const std::function<void()> &reorder)
{
    // Persistent indexes (selection, current item) follow their relationships to their new rows.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(m_visible.at(index.row())).id);
    reorder();
    if (!before.isEmpty()) {
        QHash<qint64, int> rowOf;
        rowOf.reserve(m_visible.size());
        for (int row = 0; row < m_visible.size(); ++row)
            rowOf.insert(m_rows.at(m_visible.at(row)).id, row);
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            const auto it = rowOf.constFind(ids.at(i));
            after.append(it == rowOf.cend() ? QModelIndex() : index(*it, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PartnerTableModel::recomputeNameRanks()
{
    m_nameRanks = ranksFor(m_rows, m_locale);
}

void PartnerTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.typeKind == m_filter.typeKind
        && filter.attentionOnly == m_filter.attentionOnly && filter.highRiskOnly == m_filter.highRiskOnly
        && filter.slice == m_filter.slice && filter.sliceNowUtc == m_filter.sliceNowUtc
        && filter.text.toCaseFolded().contains(m_filter.text.toCaseFolded());
    m_filter = filter;
    rebuildVisible(narrowing);
}

void PartnerTableModel::rebuildVisible(bool allowNarrowing)
{
    beginResetModel();
    if (allowNarrowing) {
        // Typing one more letter only ever removes rows: look at the rows still shown. Their order
        // is unchanged, so no sort is needed.
        m_visible = filteredRows(&m_visible);
    } else {
        m_visible = filteredRows(nullptr);
        sortVisible();
    }
    endResetModel();
}

bool PartnerTableModel::matches(int sourceRow, const QString &needle, quint32 roleMatchMask) const
{
    const PartnerSummary &s = m_rows.at(sourceRow);
    if (m_filter.typeKind >= 0 && !s.hasType(PartnerType::Kind(m_filter.typeKind)))
        return false;
    if (m_filter.typeKind == kDelegatedAdminTypes && !s.hasType(PartnerType::Kind::DelegatedAdministrator)
        && !s.hasType(PartnerType::Kind::ResellerAndDelegatedAdministrator)
        && !s.hasType(PartnerType::Kind::GdapPartner))
        return false;
    if (m_filter.attentionOnly && !RiskAssessment::needsAttention(s.riskFlags))
        return false;
    if (m_filter.highRiskOnly && RiskAssessment::level(s.riskFlags) != RiskAssessment::Level::High)
        return false;
    if (m_filter.slice.isFilter() && !m_filter.slice.contains(s, m_filter.sliceNowUtc))
        return false;
    if (needle.isEmpty())
        return true;
    return m_haystacks.at(sourceRow).contains(needle) || (s.roleMask & roleMatchMask) != 0
        || (!s.unknownRoleIds.isEmpty() && s.unknownRoleIds.contains(needle, Qt::CaseInsensitive));
}

QList<int> PartnerTableModel::filteredRows(const QList<int> *within) const
{
    const QString needle = m_filter.text.toCaseFolded();
    const quint32 roleMask = needle.isEmpty() ? 0 : roleMaskMatching(m_filter.text);
    QList<int> out;
    if (within) {
        out.reserve(within->size());
        for (int row : *within) {
            if (matches(row, needle, roleMask))
                out.append(row);
        }
        return out;
    }
    out.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        if (matches(row, needle, roleMask))
            out.append(row);
    }
    return out;
}

qint64 PartnerTableModel::sortKey(int sourceRow, int column) const
{
    const PartnerSummary &s = m_rows.at(sourceRow);
    switch (column) {
    case AgreementColumn:
        return s.agreementAcceptedMs;
    case PartnerSinceColumn:
        return s.partnerSinceMs;
    case LastReviewedColumn:
        return s.lastReviewedMs;
    case LastSignInColumn:
        return s.activity.lastSignInMs;
    case RiskColumn:
        // Level first, then how many reasons.
        return qint64(RiskAssessment::level(s.riskFlags)) * 64 + qPopulationCount(s.riskFlags);
    case NameColumn:
    default:
        return m_nameRanks.at(sourceRow);
    }
}

void PartnerTableModel::sortVisible()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // One contiguous array of (key, name rank, row): sorting it touches no row data, so 100,000 rows
    // sort within a frame whatever the column.
    struct Entry
    {
        qint64 key;
        int rank;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(m_visible.size()));
    if (column == TypeColumn || column == RolesColumn) {
        // Few distinct texts: rank them once with the collator, then sort by integers.
        QCollator collator(m_locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QHash<QString, int> indexOfText;
        QList<QString> texts;
        std::vector<int> textOfEntry;
        textOfEntry.reserve(size_t(m_visible.size()));
        for (int row : std::as_const(m_visible)) {
            const PartnerSummary &s = m_rows.at(row);
            const QString &text = column == TypeColumn ? typesText(s) : rolesText(s);
            auto it = indexOfText.find(text);
            if (it == indexOfText.end()) {
                it = indexOfText.insert(text, int(texts.size()));
                texts.append(text);
            }
            textOfEntry.push_back(*it);
        }
        QList<int> order(texts.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
            [&](int a, int b) { return collator.compare(texts.at(a), texts.at(b)) < 0; });
        QList<int> rankOfText(texts.size());
        for (int i = 0; i < order.size(); ++i)
            rankOfText[order.at(i)] = i;
        for (size_t i = 0; i < textOfEntry.size(); ++i) {
            const int row = m_visible.at(qsizetype(i));
            entries.push_back({rankOfText.at(textOfEntry[i]), m_nameRanks.at(row), row});
        }
    } else {
        for (int row : std::as_const(m_visible))
            entries.push_back({column == NameColumn ? 0 : sortKey(row, column), m_nameRanks.at(row), row});
    }
    std::sort(entries.begin(), entries.end(), [descending](const Entry &a, const Entry &b) {
        if (a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        // Equal keys keep name order; sorting by name itself follows the requested direction.
        return a.rank < b.rank;
    });
    if (column == NameColumn && descending)
        std::reverse(entries.begin(), entries.end());
    for (size_t i = 0; i < entries.size(); ++i)
        m_visible[qsizetype(i)] = entries[i].row;
}

void PartnerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortVisible();
    });
}

void PartnerTableModel::retranslate()
{
    m_typesCache.clear();
    m_rolesCache.clear();
    m_noneText = tr("None");
    if (m_locale != QLocale()) {
        // Each language collates in its own way: rank the names again and re-sort.
        m_locale = QLocale();
        recomputeNameRanks();
        sort(m_sortColumn, m_sortOrder);
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
}

const PartnerSummary *PartnerTableModel::summaryAt(int row) const
{
    return (row >= 0 && row < m_visible.size()) ? &m_rows.at(m_visible.at(row)) : nullptr;
}

int PartnerTableModel::rowOfRelationship(qint64 relationshipId) const
{
    const auto it = m_rowOfId.constFind(relationshipId);
    if (it == m_rowOfId.cend())
        return -1;
    return int(m_visible.indexOf(*it));
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QString &PartnerTableModel::typesText(const PartnerSummary &s) const
{
    auto it = m_typesCache.find(s.typeMask);
    if (it == m_typesCache.end())
        it = m_typesCache.insert(s.typeMask, PartnerSummary::typesDisplay(s.typeMask, {}));
    if (s.otherTypes.isEmpty())
        return *it;
    m_scratch = it->isEmpty() ? s.otherTypes : *it + u", "_s + s.otherTypes;
    return m_scratch;
}

const QString &PartnerTableModel::rolesText(const PartnerSummary &s) const
{
    auto it = m_rolesCache.find(s.roleMask);
    if (it == m_rolesCache.end()) {
        const QString names = PartnerSummary::rolesDisplay(s.roleMask, {});
        it = m_rolesCache.insert(s.roleMask, names);
    }
    if (s.unknownRoleIds.isEmpty()) {
        return it->isEmpty() ? m_noneText : *it;
    }
    m_scratch = PartnerSummary::rolesDisplay(s.roleMask, s.unknownRoleIds); // unknown ones named as such
    return m_scratch;
}

QString PartnerTableModel::dateText(qint64 ms) const
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().date(), QLocale::ShortFormat);
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int sourceRow = m_visible.at(index.row());
    const PartnerSummary &s = m_rows.at(sourceRow);
    switch (role) {
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == RiskColumn)
            return s.riskFlags ? RiskAssessment::explanations(s.riskFlags).join(u'\n')
                               : tr("Nothing needs attention.");
        if (index.column() == NameColumn) // the whole name when the column cuts it short; plain text
            return Qt::convertFromPlainText(
                s.name + u'\n' + tr("Partner tenant ID: %1").arg(s.tenantId), Qt::WhiteSpaceNormal);
        if (index.column() == LastSignInColumn) {
            if (s.activity.evidenceToMs == 0)
                return tr("No activity evidence: import an Entra sign-in log (File > Import partner file…) "
                          "to see which "
                          "partners sign in.");
            return tr("Partner sign-ins in the imported sign-in logs (%1 to %2).")
                .arg(dateText(s.activity.evidenceFromMs), dateText(s.activity.evidenceToMs));
        }
        if (index.column() == RolesColumn && s.pendingKinds != 0)
            return tr("Decided in PartnerDesk, not yet done in Microsoft 365: the tenant still holds what is "
                      "shown. "
                      "See To do in Microsoft 365.");
        if (index.column() == RolesColumn)
            return Qt::convertFromPlainText(rolesText(s), Qt::WhiteSpaceNormal);
        if (index.column() == AgreementColumn && s.agreementAcceptedMs)
            return tr("Microsoft Customer Agreement accepted on %1").arg(dateText(s.agreementAcceptedMs));
        if (index.column() == TypeColumn)
            return Qt::convertFromPlainText(typesText(s), Qt::WhiteSpaceNormal);
        break;
    case Qt::DecorationRole:
        if (index.column() == RiskColumn)
            return RiskIcon::icon(RiskAssessment::level(s.riskFlags));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == RiskColumn) {
            switch (RiskAssessment::level(s.riskFlags)) {
            case RiskAssessment::Level::High:
                return QBrush(QColor(0xb0, 0x00, 0x20));
            case RiskAssessment::Level::Medium:
                return QBrush(QColor(0x9a, 0x5b, 0x00));
            default:
                break;
            }
        }
        return {};
    case SortKeyRole:
        if (index.column() == TypeColumn)
            return typesText(s);
        if (index.column() == RolesColumn)
            return rolesText(s);
        return sortKey(sourceRow, index.column());
    case TenantIdRole:
        return s.tenantId;
    case RelationshipIdRole:
        return s.id;
    case RiskFlagsRole:
        return int(s.riskFlags);
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case TypeColumn:
        if (s.state == Relationship::State::EndRequested)
            return tr("%1 — end requested").arg(typesText(s));
        if (s.state == Relationship::State::Ended)
            return tr("%1 — ended").arg(typesText(s));
        return typesText(s);
    case RolesColumn:
        // What the tenant holds, with the decisions still to do in Microsoft 365 marked.
        if (s.isPending(int(Todo::Kind::RemoveRoles)))
            return tr("Removal decided, still to do: %1").arg(rolesText(s));
        if (s.isPending(int(Todo::Kind::Authorize)))
            return tr("Authorization decided, still to do: %1").arg(rolesText(s));
        return rolesText(s);
    case AgreementColumn:
        // The date alone, so the column stays narrow; the tooltip says it in words.
        return s.agreementAcceptedMs ? dateText(s.agreementAcceptedMs) : tr("Not accepted");
    case PartnerSinceColumn:
        return s.partnerSinceMs ? dateText(s.partnerSinceMs) : QString();
    case LastReviewedColumn:
        return s.lastReviewedMs ? dateText(s.lastReviewedMs) : tr("Never");
    case LastSignInColumn:
        // Without evidence nothing is known: blank, not "none".
        if (s.activity.evidenceToMs == 0)
            return QString();
        return s.activity.lastSignInMs ? dateText(s.activity.lastSignInMs) : tr("None in the logs");
    case RiskColumn: {
        const RiskAssessment::Level level = RiskAssessment::level(s.riskFlags);
        return level == RiskAssessment::Level::None ? m_noneText : RiskAssessment::levelName(level);
    }
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
        return tr("Roles");
    case AgreementColumn:
        return tr("Agreement");
    case PartnerSinceColumn:
        return tr("Partner since");
    case LastReviewedColumn:
        return tr("Last reviewed");
    case LastSignInColumn:
        return tr("Last sign-in");
    case RiskColumn:
        return tr("Risk");
    default:
        return {};
    }
}
