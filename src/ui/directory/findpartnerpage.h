#pragma once
// FindPartnerPage: search the partner directory by location, organisation size and keywords (results
// as you type), tick providers, and contact them with one form. Each provider's latest request shows
// its state: queued (offline), sent, or failed with the server's reason and Retry. The catalogue can
// be refreshed from the directory service, with progress and Cancel.

#include "common/operator.h"
#include "directory/directory.h"
#include "shell/uicontext.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class ContactService;
class HighlightDelegate;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

class FindPartnerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FindPartnerPage(UiContext context, QWidget *parent = nullptr);
    ~FindPartnerPage() override;

    void setOperator(const Operator &op);
    void search();
    void contactSelected();
    void refreshDirectory();
    void retrySelected();
    QString statusText() const { return m_status ? m_status() : QString(); }

    QLineEdit *locationEdit() const { return m_locationEdit; }
    QLineEdit *keywordsEdit() const { return m_keywordsEdit; }
    QComboBox *sizeCombo() const { return m_sizeCombo; }
    QTableWidget *table() const { return m_table; }
    HighlightDelegate *highlight() const { return m_highlight; }
    QPushButton *contactButton() const { return m_contactButton; }
    QLineEdit *serviceEdit() const { return m_serviceEdit; }
    int checkedCount() const { return int(m_checked.size()); }

Q_SIGNALS:
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSizeCombo();
    void showResults();
    void reloadRequests();
    void reloadCount();
    void updateActions();
    void saveService();
    void askAboutQueuedRequests(const QString &url);
    void loadService();
    void setStatus(const QString &text);
    void setStatus(std::function<QString()> text); // said again in the new language after a switch
    QString requestState(const QString &tenantId, bool *failed) const;

    UiContext m_context;
    std::unique_ptr<ContactService> m_service;
    Operator m_operator;
    QList<DirectoryEntry> m_results;
    QHash<QString, DirectoryEntry> m_checked; // by tenant ID, kept across searches
    QHash<QString, ContactRequest> m_latestRequest; // by tenant ID
    qint64 m_entryCount = 0;
    std::function<QString()> m_status;

    QLabel *m_locationLabel;
    QLineEdit *m_locationEdit;
    QLabel *m_sizeLabel;
    QComboBox *m_sizeCombo;
    QLabel *m_keywordsLabel;
    QLineEdit *m_keywordsEdit;
    QLabel *m_countLabel;
    QTableWidget *m_table;
    HighlightDelegate *m_highlight = nullptr;
    QPushButton *m_contactButton;
    QPushButton *m_retryButton;
    QLabel *m_serviceLabel;
    QLineEdit *m_serviceEdit;
    QPushButton *m_saveServiceButton;
    QPushButton *m_refreshButton;
    QPushButton *m_cancelRefreshButton;
    QProgressBar *m_progress;
};
