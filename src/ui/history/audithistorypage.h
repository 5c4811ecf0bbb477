#pragma once
// AuditHistoryPage: every decision, newest first, filtered by partner, operator, action and dates, and
// a "Verify history" that recomputes the hash chain off the GUI thread with progress and Cancel.

#include "shell/uicontext.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class AuditHistoryModel;
class QCompleter;
class QStringListModel;
class QTableView;
class QThread;
namespace Ui {
class AuditHistoryPage;
}

class AuditHistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditHistoryPage(UiContext context, QWidget *parent = nullptr);
    ~AuditHistoryPage() override;

    AuditHistoryModel *model() const { return m_model; }
    QTableView *table() const;
    QString statusText() const { return m_status; }
    bool isVerifying() const { return m_verifier != nullptr; }
    void showPartner(const QString &tenantId, const QString &name); // filters the page to one partner
    void verify();
    void openEvent(int row); // the event in words, in a dialog

Q_SIGNALS:
    void statusChanged(const QString &text);
    void verificationFinished(bool intact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void applyFilter();
    void updatePartnerSuggestions(const QString &text);
    void resolvePartner();
    void updateStatus();
    void finishVerification(std::function<QString()> message, bool intact);
    void setDateFormats();

    std::unique_ptr<Ui::AuditHistoryPage> m_ui;
    UiContext m_context;
    AuditHistoryModel *m_model;
    QCompleter *m_completer;
    QStringListModel *m_suggestions;
    QString m_partnerTenantId;
    QString m_status;
    std::function<QString()> m_verifyMessage; // the last result, said again after a language switch
    QThread *m_verifier = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
