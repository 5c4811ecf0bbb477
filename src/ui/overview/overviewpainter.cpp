#include "overview/overviewpainter.h"

#include "relationships/riskassessment.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace OverviewPainter {

Colours Colours::fromPalette(const QPalette &palette)
{
    return Colours {palette.color(QPalette::WindowText), palette.color(QPalette::PlaceholderText),
        QColor(0x15, 0x65, 0xc0), palette.color(QPalette::Highlight)};
}

Colours Colours::forPrint()
{
    return Colours {Qt::black, QColor(0x55, 0x55, 0x55), QColor(0x15, 0x65, 0xc0), QColor(0x15, 0x65, 0xc0)};
}

QColor barColour(const OverviewSlice &slice, const Colours &c)
{
    using K = OverviewSlice::Kind;
    if (slice.kind == K::RiskLevel) {
        switch (RiskAssessment::Level(slice.value)) {
        case RiskAssessment::Level::High:
            return QColor(0xc6, 0x28, 0x28);
        case RiskAssessment::Level::Medium:
            return QColor(0xe6, 0x51, 0x00);
        case RiskAssessment::Level::Low:
            return QColor(0xb2, 0x8c, 0x00);
        case RiskAssessment::Level::None:
            return QColor(0x2e, 0x7d, 0x32);
        }
    }
    if (slice.kind == K::GdapEnds && slice.value == OverviewSlice::GdapExpired)
        return QColor(0xc6, 0x28, 0x28);
    if (slice.kind == K::GdapEnds && slice.value == OverviewSlice::GdapWithin30Days)
        return QColor(0xe6, 0x51, 0x00);
    if (slice.kind == K::OpenTodos && slice.value == OverviewSlice::TodoOlder)
        return QColor(0xe6, 0x51, 0x00);
    return c.bar;
}

QList<QRectF> paint(
    QPainter &painter, const QRectF &rect, const OverviewChart &chart, const Colours &c, int focusedBar)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    const QFont plain = painter.font();
    const QFontMetricsF fm(plain, painter.device());
    const QFontMetricsF tfm(titleFont, painter.device());
    const qreal line = fm.height();
    const qreal pad = line * 0.4;

    painter.setFont(titleFont);
    painter.setPen(c.text);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), tfm.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        tfm.elidedText(chart.title, Qt::ElideRight, rect.width()));
    painter.setFont(plain);
    const QRectF area = rect.adjusted(0, titleRect.height() + pad, 0, 0);

    QList<QRectF> hits;
    const int maximum = chart.bars.isEmpty() ? 0
                                             : std::max_element(chart.bars.cbegin(), chart.bars.cend(),
                                                 [](const OverviewBar &a, const OverviewBar &b) {
                                                     return a.count < b.count;
                                                 })->count;
    if (chart.bars.isEmpty() || maximum == 0) {
        painter.setPen(c.muted);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, chart.emptyText);
        painter.restore();
        return hits;
    }
    const QLocale locale;
    const qsizetype n = chart.bars.size();
    if (chart.horizontal) {
        const qreal rowHeight = std::min(area.height() / qreal(n), line * 1.6);
        const qreal labelWidth = area.width() * 0.42;
        const qreal countWidth
            = std::max(fm.horizontalAdvance(locale.toString(maximum)) + pad * 2, area.width() * 0.12);
        const qreal barSpace = std::max<qreal>(1, area.width() - labelWidth - countWidth - pad);
        for (qsizetype i = 0; i < n; ++i) {
            const OverviewBar &b = chart.bars.at(i);
            const QRectF row(area.left(), area.top() + i * rowHeight, area.width(), rowHeight);
            painter.setPen(c.text);
            painter.drawText(QRectF(row.left(), row.top(), labelWidth - pad, rowHeight),
                Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(b.label, Qt::ElideRight, labelWidth - pad));
            const qreal w = barSpace * b.count / maximum;
            const QRectF bar(row.left() + labelWidth, row.top() + rowHeight * 0.18, w, rowHeight * 0.64);
            painter.fillRect(bar, barColour(b.slice, c));
            painter.drawText(QRectF(bar.right() + pad / 2, row.top(), countWidth, rowHeight),
                Qt::AlignLeft | Qt::AlignVCenter, locale.toString(b.count));
            if (i == focusedBar) {
                painter.setPen(QPen(c.focus, 2, Qt::DashLine));
                painter.drawRect(row.adjusted(1, 1, -1, -1));
            }
            hits.append(row);
        }
        painter.restore();
        return hits;
    }

    const qreal slot = area.width() / qreal(n);
    const qreal labelHeight = line * 2.2; // two lines of label under each bar
    const qreal top = area.top() + line; // the count above the tallest bar
    const qreal bottom = area.bottom() - labelHeight;
    const qreal barWidth = std::min(slot * 0.62, line * 3.5);
    painter.setPen(c.muted);
    painter.drawLine(QPointF(area.left(), bottom), QPointF(area.right(), bottom));
    for (qsizetype i = 0; i < n; ++i) {
        const OverviewBar &b = chart.bars.at(i);
        const qreal x = area.left() + i * slot;
        const qreal h = std::max<qreal>(0, (bottom - top) * b.count / maximum);
        const QRectF bar(x + (slot - barWidth) / 2, bottom - h, barWidth, h);
        painter.fillRect(bar, barColour(b.slice, c));
        painter.setPen(c.text);
        painter.drawText(QRectF(x, bar.top() - line, slot, line), Qt::AlignHCenter | Qt::AlignBottom,
            locale.toString(b.count));
        painter.setPen(c.muted);
        const QRectF label(x + 1, bottom + pad / 2, slot - 2, labelHeight - pad / 2);
        // Week labels only every few bars when they would not fit.
        const bool everyLabel
            = fm.horizontalAdvance(b.label) <= slot * 2 || i % std::max<qsizetype>(1, n / 6) == 0;
        if (everyLabel)
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, b.label);
        const QRectF hit(x, area.top(), slot, area.height());
        if (i == focusedBar) {
            painter.setPen(QPen(c.focus, 2, Qt::DashLine));
            painter.drawRect(hit.adjusted(1, 1, -1, -1));
        }
        hits.append(hit);
    }
    painter.restore();
    return hits;
}

QImage render(const OverviewChart &chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    paint(painter, QRectF(QPointF(4, 4), QSizeF(size) - QSizeF(8, 8)), chart, Colours::forPrint());
    return image;
}

} // namespace OverviewPainter
