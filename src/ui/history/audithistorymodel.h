#pragma once
// AuditHistoryModel: the audit log, newest first, fetched a page at a time as the view scrolls, with
// keyset paging on (time, sequence) so every page is one indexed query, even at 1,000,000 events.

#include "audit/auditevent.h"
#include "audit/auditfilter.h"

#include <QAbstractTableModel>
#include <QList>

class RegisterRepository;

class AuditHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OperatorColumn, PartnerColumn, ActionColumn, ChangeColumn, ColumnCount };
    enum Role { SequenceRole = Qt::UserRole + 1, TimeUtcRole };
    static constexpr int kPageSize = 200;

    explicit AuditHistoryModel(RegisterRepository &repository, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter); // reloads from the newest event
    const AuditFilter &filter() const { return m_filter; }
    void reload();
    void retranslate();
    QString lastError() const { return m_error; }
    bool isComplete() const { return m_complete; }
    const AuditEvent *event(int row) const; // nullptr outside the rows loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded(); // a page arrived or the list was reloaded

private:
    struct Row
    {
        AuditEvent event;
        QString change; // readable before → after, in the current language
        QString action;
    };
    QList<Row> fetchPage(const AuditCursor &after);

    RegisterRepository &m_repository;
    AuditFilter m_filter;
    QList<Row> m_rows;
    bool m_complete = false;
    QString m_error;
};
