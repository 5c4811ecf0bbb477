#pragma once
// ImportDialog: File > Import… — reads the file off the GUI thread (progress, Cancel), shows the dry
// run for review and applies it whole on Apply. A GDAP relationship file first asks which partner it
// came from. Nothing changes until Apply.

#include "common/operator.h"
#include "import/importplan.h"
#include "shell/uicontext.h"

#include <QDialog>

#include <atomic>
#include <memory>

class ImportPlanModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QWidget;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(UiContext context, const Operator &actor, const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What the last Apply changed, for the window's status line; empty until then.
    QString resultText() const { return m_resultText; }
    const ImportPlan *plan() const { return m_plan.get(); }
    bool isReading() const { return m_thread != nullptr; }

Q_SIGNALS:
    void planReady(); // a dry run is shown (or its reading failed); for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startReading();
    void cancelReading();
    void showPlan(const std::shared_ptr<ImportPlan> &plan);
    void showFailure(const QString &message);
    void updateApply();
    void apply();

    UiContext m_context;
    Operator m_actor;
    QString m_path;
    std::shared_ptr<ImportPlan> m_plan;
    QString m_failure;
    QString m_resultText;
    bool m_needsPartner = false;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QLabel *m_fileLabel;
    QWidget *m_partnerBox;
    QLabel *m_partnerQuestion;
    QLabel *m_partnerLabel;
    QComboBox *m_partnerCombo;
    QLabel *m_tenantLabel;
    QLineEdit *m_tenantEdit;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QPushButton *m_readAgainButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    ImportPlanModel *m_model;
    QLabel *m_notesLabel;
    QLabel *m_applyReason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;
};
