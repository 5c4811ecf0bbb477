#include "overview/overviewchartview.h"

#include "overview/overviewpainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

OverviewChartView::OverviewChartView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void OverviewChartView::setChart(const OverviewChart &chart)
{
    m_chart = chart;
    if (m_focused >= m_chart.bars.size())
        m_focused = int(m_chart.bars.size()) - 1;
    setAccessibleName(m_chart.title);
    setAccessibleDescription(m_chart.description());
    update();
}

QSize OverviewChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 22, line * (m_chart.horizontal ? 2 + int(m_chart.bars.size()) * 2 : 12));
}

QSize OverviewChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 14, line * 9);
}

QRectF OverviewChartView::barRect(int index) const
{
    return m_hits.value(index);
}

bool OverviewChartView::isActive(int index) const
{
    return index >= 0 && index < m_chart.bars.size() && m_chart.bars.at(index).slice.isFilter()
        && m_chart.bars.at(index).count > 0;
}

void OverviewChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const qreal margin = fontMetrics().height() * 0.4;
    m_hits = OverviewPainter::paint(painter, QRectF(rect()).adjusted(margin, margin, -margin, -margin),
        m_chart, OverviewPainter::Colours::fromPalette(palette()), hasFocus() ? m_focused : -1);
    if (hasFocus() && (m_focused < 0 || m_hits.isEmpty())) {
        // Focus on a chart without bars to move to: the frame shows where the keyboard is.
        QStyleOptionFocusRect option;
        option.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void OverviewChartView::focusInEvent(QFocusEvent *event)
{
    if (m_focused < 0 && !m_chart.bars.isEmpty())
        m_focused = 0;
    QWidget::focusInEvent(event);
    update();
}

void OverviewChartView::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_chart.bars.size());
    const bool across = m_chart.horizontal;
    int next = m_focused;
    switch (event->key()) {
    case Qt::Key_Left:
        next = across ? m_focused : m_focused - 1;
        break;
    case Qt::Key_Right:
        next = across ? m_focused : m_focused + 1;
        break;
    case Qt::Key_Up:
        next = across ? m_focused - 1 : m_focused;
        break;
    case Qt::Key_Down:
        next = across ? m_focused + 1 : m_focused;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = n - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (isActive(m_focused)) {
            activate(m_focused);
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (n > 0) {
        m_focused = std::clamp(next, 0, n - 1);
        const OverviewBar &b = m_chart.bars.at(m_focused);
        // Screen readers and sighted keyboard users alike hear which bar they are on.
        setAccessibleDescription(b.label + u": "_s + QLocale().toString(b.count));
        update();
    }
}

int OverviewChartView::barAt(const QPointF &position) const
{
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).contains(position))
            return i;
    }
    return -1;
}

void OverviewChartView::mousePressEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    if (event->button() == Qt::LeftButton && index >= 0) {
        m_focused = index;
        if (isActive(index))
            activate(index);
        update();
        return;
    }
    QWidget::mousePressEvent(event);
}

void OverviewChartView::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(isActive(barAt(event->position())) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

bool OverviewChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const OverviewBar &b = m_chart.bars.at(index);
        QString text = b.label + u": "_s + QLocale().toString(b.count);
        if (isActive(index))
            text += u"\n"_s + tr("Click or press Enter to show these partners.");
        QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), this); // labels can be names
        return true;
    }
    return QWidget::event(event);
}

void OverviewChartView::activate(int index)
{
    Q_EMIT barActivated(m_chart.bars.at(index));
}
