#pragma once
// Helpers for GUI tests that meet modal dialogs: act on the next one as soon as it is shown.

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace DialogHelpers {

// Runs act on the next modal dialog as soon as it is shown.
inline void onNextDialog(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

// Answers the next modal dialog by clicking the button with this objectName (or pressing a key).
inline void answerNextDialog(const QString &buttonName, int key = 0)
{
    onNextDialog([buttonName, key](QWidget *dialog) {
        if (key) {
            QTest::keyClick(dialog, Qt::Key(key));
        } else if (auto *button = dialog->findChild<QPushButton *>(buttonName)) {
            button->click();
        } else if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            box->done(QMessageBox::Close);
        }
    });
}

} // namespace DialogHelpers
