#pragma once
// StartupProbe: for bench_partnerpage only (PARTNERDESK_STARTUP_PROBE=1). Prints when the window first
// paints, when it first paints partner rows, and when every row is loaded, then quits.

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow &window, const QElapsedTimer &sinceMain);
    static bool requested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const char *what);
    void finishIfDone();

    MainWindow &m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_painted = false;
    bool m_rowsPainted = false;
    bool m_loaded = false;
};
