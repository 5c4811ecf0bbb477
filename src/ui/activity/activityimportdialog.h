#pragma once
// ActivityImportDialog: File > Import… for an Entra sign-in or audit log — read off the GUI thread
// (progress, Cancel), the dry run shown (what is new, who signed in that the register does not know,
// what was passed over), and kept as evidence on "Keep as evidence". Nothing is stored before.

#include "activity/activityservice.h"
#include "common/operator.h"
#include "shell/uicontext.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

class ActivityImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ActivityImportDialog(
        UiContext context, const Operator &actor, const QString &path, QWidget *parent = nullptr);
    ~ActivityImportDialog() override;

    QString resultText() const { return m_resultText; } // after Keep, for the status bar
    const ActivityPlan *plan() const { return m_plan.get(); }
    bool isReading() const { return m_thread != nullptr; }

Q_SIGNALS:
    void planReady(); // the dry run is shown, or reading failed; for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startReading();
    void showPlan(const std::shared_ptr<ActivityPlan> &plan);
    void showFailure(const QString &message);
    void updateKeep();
    void keep();

    UiContext m_context;
    Operator m_actor;
    QString m_path;
    std::shared_ptr<ActivityPlan> m_plan;
    QString m_failure;
    QString m_resultText;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThread *m_thread = nullptr;
    QLabel *m_fileLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_details;
    QLabel *m_reasonLabel;
    QPushButton *m_keepButton;
    QPushButton *m_closeButton;
};
