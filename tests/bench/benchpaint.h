#pragma once
// Timing a keystroke or a click in a real widget up to the end of the paint it causes, for the benches
// that drive pages: PaintCounter counts a widget's paint events with an event filter; timeToPaint runs
// the action and processes events until the paint has happened.

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace BenchPaint {

class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// What one timed action caused: the time from the action to the end of its last paint, and whether
// the table's viewport was among the widgets painted.
struct Painted
{
    double ms = -1; // -1: the widget that must repaint did not within 30 s
    bool viewport = false;
};

// Runs action (a keystroke or a click, delivered synchronously), processes events until `always` (the
// filter box or the header, which every such action repaints) has painted, then until the event loop
// is idle. The time ends after the last event round in which `always` or the viewport painted: a view
// whose rows did not change need not repaint, and then the box's paint ends the keystroke.
inline Painted timeToPaint(
    const PaintCounter &always, const PaintCounter &viewport, const std::function<void()> &action)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(); // nothing left over from before is counted
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const int alwaysBefore = always.count();
    const int viewportBefore = viewport.count();
    Painted result;
    QDeadlineTimer deadline(30000);
    QElapsedTimer timer;
    timer.start();
    action();
    {
        QTimer wake; // lets the blocking wait look at the deadline
        wake.start(20);
        while (always.count() == alwaysBefore) {
            if (deadline.hasExpired())
                return result;
            dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    double end = timer.nsecsElapsed() / 1e6;
    int seen = always.count() + viewport.count();
    while (dispatcher->processEvents(QEventLoop::AllEvents) && !deadline.hasExpired()) {
        if (always.count() + viewport.count() != seen) {
            end = timer.nsecsElapsed() / 1e6;
            seen = always.count() + viewport.count();
        }
    }
    result.ms = end;
    result.viewport = viewport.count() != viewportBefore;
    return result;
}

inline void typeCharacter(QLineEdit *edit, QChar c)
{
    if (c.unicode() < 0x80)
        QTest::keyClick(edit, char(c.unicode()));
    else
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace BenchPaint
