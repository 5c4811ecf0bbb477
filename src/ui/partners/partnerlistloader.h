#pragma once
// PartnerListLoader: reads the partner list off the GUI thread — first a page to paint at once, then
// every row with its sort and search keys. A newer load makes the results of an older one stale.

#include "partners/partnertablemodel.h"
#include "shell/uicontext.h"

#include <QObject>

class QThread;

class PartnerListLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFirstPage = 200;

    explicit PartnerListLoader(UiContext context, QObject *parent = nullptr);
    ~PartnerListLoader() override;

    void start();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void firstPageLoaded(const std::shared_ptr<PartnerTableModel::Prepared> &rows);
    void loaded(const std::shared_ptr<PartnerTableModel::Prepared> &rows);
    void failed(const QString &message);

private:
    UiContext m_context;
    QList<QThread *> m_threads; // the newest last; older ones finish and are dropped as stale
    quint64 m_generation = 0;
    bool m_loading = false;
};
