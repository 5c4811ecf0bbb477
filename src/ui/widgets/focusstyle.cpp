#include "widgets/focusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

void FocusStyle::install()
{
    if (qobject_cast<FocusStyle *>(QApplication::style()))
        return;
    // A fresh copy of the current style: QProxyStyle takes ownership of its base.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new FocusStyle(base));
}

void FocusStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element != PE_FrameFocusRect) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    if (!(option->state & State_KeyboardFocusChange))
        return; // focus given by the mouse: no ring, as in the base style
    const bool onSelection = option->state & State_Selected;
    const QColor colour
        = option->palette.color(onSelection ? QPalette::HighlightedText : QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(onSelection ? colour : colour.darker(130), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // Inside the rectangle, so neither edge is clipped away.
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}
