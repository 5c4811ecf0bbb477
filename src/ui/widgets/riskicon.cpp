#include "widgets/riskicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
constexpr int kSide = 16;

QPixmap draw(RiskAssessment::Level level, qreal ratio)
{
    QPixmap pixmap(QSize(kSide, kSide) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1, 1, kSide - 2, kSide - 2);
    switch (level) {
    case RiskAssessment::Level::High: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb0, 0x00, 0x20));
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 4.2), QPointF(8, 9));
        p.drawPoint(QPointF(8, 12));
        break;
    }
    case RiskAssessment::Level::Medium: {
        QPainterPath triangle;
        triangle.moveTo(8, 1.5);
        triangle.lineTo(15, 14.5);
        triangle.lineTo(1, 14.5);
        triangle.closeSubpath();
        p.setPen(QPen(QColor(0x7a, 0x48, 0x00), 1));
        p.setBrush(QColor(0xf0, 0xa2, 0x02));
        p.drawPath(triangle);
        p.setPen(QPen(QColor(0x3a, 0x22, 0x00), 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 6), QPointF(8, 9.8));
        p.drawPoint(QPointF(8, 12.3));
        break;
    }
    case RiskAssessment::Level::Low:
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        p.setBrush(QColor(0x9e, 0x9e, 0x9e));
        p.drawEllipse(QPointF(8, 8), 3.5, 3.5);
        break;
    case RiskAssessment::Level::None:
        break;
    }
    return pixmap;
}
} // namespace

QIcon RiskIcon::icon(RiskAssessment::Level level)
{
    // None draws nothing, but takes the same room, so every level name starts in the same place.
    static QIcon icons[4];
    QIcon &icon = icons[int(level)];
    if (icon.isNull()) {
        for (const qreal ratio : {1.0, 2.0}) {
            const QPixmap pixmap = draw(level, ratio);
            // The same picture when selected: no tint from the highlight colour.
            for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected, QIcon::Active})
                icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

int RiskIcon::size()
{
    return kSide + 6;
}
