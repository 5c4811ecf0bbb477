#pragma once
// AuditEventDialog: one history event in words, opened with Enter or a double click on the history
// table — when, who, which partner, what was decided, and each field before and after, then the
// sequence number and hash an auditor checks. Every text from the register is shown as plain text.

#include <QDialog>

struct AuditEvent;
class QTableWidget;

class AuditEventDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditEventDialog(const AuditEvent &event, QWidget *parent = nullptr);

    QTableWidget *changesTable() const { return m_changes; }

private:
    QTableWidget *m_changes;
};
