#pragma once
// OverviewPainter: draws an OverviewChart (title, bars, counts, labels) with plain QPainter calls, so
// the overview page and the PDF report show the same pictures. Needs QtGui only.

#include "overview/registeroverview.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;
class QPalette;

namespace OverviewPainter {

struct Colours
{
    QColor text;
    QColor muted; // labels, axis
    QColor bar; // a bar that is not a risk level
    QColor focus; // the bar the keyboard is on
    static Colours fromPalette(const QPalette &palette);
    static Colours forPrint(); // black text on white paper
};

// The colour of a bar: risk levels and expired GDAP in their traffic-light colours, others in c.bar.
QColor barColour(const OverviewSlice &slice, const Colours &c);

// Paints the chart into rect; returns each bar's clickable rectangle (label included), in bar order.
QList<QRectF> paint(
    QPainter &painter, const QRectF &rect, const OverviewChart &chart, const Colours &c, int focusedBar = -1);

// The chart as an image of size logical pixels at the given scale (for documents).
QImage render(const OverviewChart &chart, const QSize &size, qreal scale);

} // namespace OverviewPainter
