#pragma once
// Helpers for GUI tests that meet modal dialogs: act on the next one as soon as it is shown.
//
// Each returns a flag that tells whether the dialog was shown: a "No" or Escape test asserts it, or
// it would pass when no dialog opened at all. A dialog that does not appear within the timeout
// fails the running test, and the helper stops then, so it can never answer a later test's dialog.
// A dialog the action leaves open (a failed check inside it) is closed, so the test goes on instead
// of waiting for CTest's timeout.

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace DialogHelpers {

using Shown = std::shared_ptr<bool>;

// Runs act on the next modal dialog that matches (every one when no matcher is given).
inline Shown onNextDialog(
    std::function<void(QWidget *)> act, std::function<bool(QWidget *)> matches = {}, int timeoutMs = 5000)
{
    auto shown = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const QByteArray testFunction = QTest::currentTestFunction();
    QObject::connect(timer, &QTimer::timeout, [timer, act, matches, shown, clock, testFunction, timeoutMs] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && (!matches || matches(dialog))) {
            timer->stop();
            timer->deleteLater();
            *shown = true;
            const QPointer<QWidget> guard(dialog);
            // Focus checks inside act need the dialog active; on a busy machine that can take a moment.
            if (!dialog->isActiveWindow())
                (void)QTest::qWaitForWindowActive(dialog, 2000);
            if (!guard)
                return;
            act(dialog);
            if (guard && guard->isVisible() && QApplication::activeModalWidget() == guard) {
                qWarning("DialogHelpers: the dialog %s was left open; closing it",
                    qPrintable(guard->objectName()));
                if (auto *d = qobject_cast<QDialog *>(guard.data()))
                    d->reject();
                else
                    guard->close();
            }
            return;
        }
        if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            if (testFunction == QTest::currentTestFunction())
                QTest::qFail("the expected dialog did not appear in time", __FILE__, __LINE__);
        }
    });
    timer->start();
    return shown;
}

// Acts on the next modal dialog with this objectName.
inline Shown onNextDialogNamed(const QString &objectName, std::function<void(QWidget *)> act)
{
    return onNextDialog(std::move(act), [objectName](QWidget *d) { return d->objectName() == objectName; });
}

// Answers the next modal dialog that has a button with this objectName by clicking it, or, with
// a key and no button name, the next modal dialog by pressing the key.
inline Shown answerNextDialog(const QString &buttonName, int key = 0)
{
    if (key) {
        return onNextDialog([key](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key(key)); });
    }
    return onNextDialog(
        [buttonName](QWidget *dialog) { dialog->findChild<QPushButton *>(buttonName)->click(); },
        [buttonName](QWidget *dialog) { return dialog->findChild<QPushButton *>(buttonName) != nullptr; });
}

} // namespace DialogHelpers
