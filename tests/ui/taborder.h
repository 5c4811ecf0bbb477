#pragma once
// Walks a window's tab order with real Tab key presses and says what a keyboard user would trip over:
// a control Tab never reaches, a control Tab cannot leave, and a step that goes back up the window
// (reading order is down, or right to the next control in a row or column).

#include <QAbstractScrollArea>
#include <QApplication>
#include <QGroupBox>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace TabOrder {

inline QString describe(const QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

// The widget that takes the focus for w (a spin box's line edit gives it to the spin box, and so on).
inline QWidget *focusTaker(QWidget *widget)
{
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

inline QRect rectIn(const QWidget *widget, const QWidget *window)
{
    // A checkable group box takes the focus on its title, above the fields it holds.
    if (qobject_cast<const QGroupBox *>(widget))
        return QRect(
            widget->mapTo(window, QPoint(0, 0)), QSize(widget->width(), widget->fontMetrics().height()));
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// The controls in the order Tab visits them, starting with the one that has the focus. Problems
// found on the way (no focus, a trap) are appended to problems.
inline QList<QWidget *> walk(QWidget *window, QStringList &problems)
{
    QList<QWidget *> order;
    QWidget *start = QApplication::focusWidget();
    if (!start || !window->isAncestorOf(start)) {
        problems << QStringLiteral("nothing in the window has the focus when it opens");
        return order;
    }
    order << start;
    bool round = false;
    for (int step = 0; step < 200 && !round; ++step) {
        QWidget *before = QApplication::focusWidget();
        QWidget *now = before;
        // A text browser first walks its own links with Tab; a few presses take it past them.
        for (int press = 0; press < 20 && now == before; ++press) {
            QTest::keyClick(before, Qt::Key_Tab);
            now = QApplication::focusWidget();
        }
        if (now == before) {
            problems << QStringLiteral("Tab cannot leave %1").arg(describe(before));
            break;
        }
        if (!now || !window->isAncestorOf(now)) {
            problems << QStringLiteral("Tab left the window from %1").arg(describe(before));
            break;
        }
        if (now == start) {
            round = true;
            break;
        }
        if (order.contains(now)) {
            problems << QStringLiteral("Tab circles back to %1 without reaching %2 again")
                            .arg(describe(now), describe(start));
            break;
        }
        order << now;
    }
    if (!round && problems.isEmpty())
        problems << QStringLiteral("Tab did not come back to %1 within 200 steps").arg(describe(start));
    return order;
}

// Tab order problems of a shown, active window.
inline QStringList problems(QWidget *window)
{
    QStringList found;
    const QList<QWidget *> order = walk(window, found);
    if (order.isEmpty())
        return found;
    // Every control a keyboard user could use is on the way.
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        QWidget *taker = focusTaker(widget);
        if (taker != widget || !widget->isVisible() || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A scroll area's viewport and the like belong to their area.
        if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget())
            && static_cast<QAbstractScrollArea *>(widget->parentWidget())->viewport() == widget)
            continue;
        if (!order.contains(widget))
            found << QStringLiteral("Tab never reaches %1").arg(describe(widget));
    }
    // Reading order: each step goes down, or right (the next control in a row, or the next column).
    // Tab goes round: one step back up, from the last control to the first, is the way round; the
    // walk starts wherever the window put the focus, so that step may be anywhere in it.
    QStringList back;
    for (qsizetype i = 0; i < order.size() && order.size() > 1; ++i) {
        QWidget *from = order.at(i);
        QWidget *to = order.at((i + 1) % order.size());
        const QRect a = rectIn(from, window);
        const QRect b = rectIn(to, window);
        const bool down = b.top() >= a.center().y();
        const bool right = b.left() >= a.right() - 2;
        if (!down && !right)
            back << QStringLiteral("Tab goes back from %1 to %2").arg(describe(from), describe(to));
    }
    if (back.size() > 1)
        found << back;
    return found;
}

} // namespace TabOrder
