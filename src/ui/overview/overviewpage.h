#pragma once
// OverviewPage: the register at a glance, the first page of the window — headline tiles and the
// overview charts. Every tile and bar opens the partner list filtered to what it counts.

#include "overview/registeroverview.h"
#include "shell/uicontext.h"

#include <QList>
#include <QWidget>

class OverviewChartView;
class QLabel;
class QPushButton;

class OverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(UiContext context, QWidget *parent = nullptr);

    void reload(); // reads the register again (when shown; otherwise at the next show)
    const RegisterOverview &overview() const { return m_overview; }
    QList<QPushButton *> tiles() const { return m_tiles; }
    QList<OverviewChartView *> charts() const { return m_charts; }
    QString statusText() const { return m_status; }

Q_SIGNALS:
    void sliceRequested(const OverviewSlice &slice, const QString &title);
    void statusChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markDirty();
    void fill();
    UiContext m_context;
    RegisterOverview m_overview;
    QList<PartnerSummary> m_summaries;
    QList<std::pair<qint64, int>> m_weekly;
    QList<QPushButton *> m_tiles;
    QList<OverviewChartView *> m_charts;
    QLabel *m_error = nullptr;
    QString m_status;
    bool m_dirty = true;
};
