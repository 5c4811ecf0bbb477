#pragma once
// OverviewChartView: one overview chart on screen. Each bar opens the partners it counts: by mouse,
// or from the keyboard (arrows move between bars, Enter or Space opens). Screen readers get the
// chart's figures as its description.

#include "overview/registeroverview.h"

#include <QRectF>
#include <QWidget>

class OverviewChartView final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewChartView(QWidget *parent = nullptr);

    void setChart(const OverviewChart &chart);
    const OverviewChart &chart() const { return m_chart; }
    int focusedBar() const { return m_focused; }
    QRectF barRect(int index) const; // where bar index is drawn now (empty when not drawn)
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barActivated(const OverviewBar &bar);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    int barAt(const QPointF &position) const;
    void activate(int index);
    bool isActive(int index) const;
    OverviewChart m_chart;
    QList<QRectF> m_hits;
    int m_focused = -1;
};
