#pragma once
// ExportDialog: File > Export report… — the access report as PDF (to read and hand over), CSV (for a
// spreadsheet) or JSON (to check later with partnerdesk-cli verify-report), in Dutch or English, with
// or without a review's decisions. Written through a temporary file, so a failure leaves nothing.

#include "common/operator.h"
#include "shell/uicontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(UiContext context, const Operator &actor, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString writtenSummary() const { return m_written; } // after accept(): what was written

    // Writes the report as chosen; false with the problem shown next to its field.
    bool exportReport();

private:
    void updateFields();
    QString format() const;
    UiContext m_context;
    Operator m_actor;
    QComboBox *m_format;
    QComboBox *m_language;
    QComboBox *m_review;
    QComboBox *m_delimiter;
    QCheckBox *m_alsoJson;
    QLineEdit *m_path;
    QLabel *m_pathProblem;
    QString m_written;
};
