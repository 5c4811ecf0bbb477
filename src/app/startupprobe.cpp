#include "startupprobe.h"

#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "shell/mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

StartupProbe::StartupProbe(MainWindow &window, const QElapsedTimer &sinceMain)
    : QObject(&window)
    , m_window(window)
    , m_sinceMain(sinceMain)
{
    window.partnerPage()->table()->viewport()->installEventFilter(this);
    connect(window.partnerPage(), &PartnerPage::loadFinished, this, [this] {
        m_loaded = true;
        report("all_rows_loaded");
        m_window.partnerPage()->table()->viewport()->update();
        finishIfDone();
    });
}

bool StartupProbe::requested()
{
    return qEnvironmentVariableIntValue("PARTNERDESK_STARTUP_PROBE") == 1;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        // Report after the paint has happened.
        const bool rows = m_window.partnerPage()->model()->rowCount() > 0;
        QTimer::singleShot(0, this, [this, rows] {
            if (!m_painted) {
                m_painted = true;
                report("first_paint");
            }
            if (rows && !m_rowsPainted) {
                m_rowsPainted = true;
                report("first_rows_painted");
            }
            finishIfDone();
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report(const char *what)
{
    QTextStream(stdout) << what << ' ' << m_sinceMain.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
}

void StartupProbe::finishIfDone()
{
    if (m_painted && m_rowsPainted && m_loaded)
        QCoreApplication::quit();
}
