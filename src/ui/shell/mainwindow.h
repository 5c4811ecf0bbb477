#pragma once
// MainWindow: the thin shell — navigation, the pages, the acting operator, menus and status bar.

#include "common/operator.h"
#include "shell/uicontext.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QUrl;

class AuditHistoryPage;
class OverviewPage;
class ReviewPage;
class FindPartnerPage;
class InvitationsPage;
class PartnerPage;
class SettingsPage;
class TodosPage;
class QActionGroup;
class QLabel;
class QMimeData;
class QUrl;
namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        OverviewPage,
        PartnersPage,
        ReviewsPage,
        TodoListPage,
        InvitationsPage,
        FindPartnerPage,
        HistoryPage,
        RegisterSettingsPage,
        PageCount
    };

    explicit MainWindow(UiContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setOperators(const QList<Operator> &operators, const QString &currentUpn);
    Operator currentOperator() const;
    void setCurrentLanguage(const QString &language); // checks the matching Language menu entry
    static QUrl partnerHelpUrl(); // Microsoft Learn's "Manage partner relationships", in the language shown
    void showPage(Page page);
    PartnerPage *partnerPage() const { return m_partnerPage; }
    AuditHistoryPage *historyPage() const { return m_historyPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    ::InvitationsPage *invitationsPage() const { return m_invitationsPage; }
    ::FindPartnerPage *findPartnerPage() const { return m_findPartnerPage; }
    TodosPage *todosPage() const { return m_todosPage; }
    ::OverviewPage *overviewPage() const { return m_overviewPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    void exportReport(); // File > Export report…

    // Ways in for invitations: a link (or text holding one), or a saved email; opens the Invitations page.
    void openInvitation(const QString &text);
    void openInvitationEmail(const QString &path);
    // A partner file (CSV or JSON): its dry run for review, applied on Apply.
    void importFile(const QString &path);
    void chooseImportFile();

Q_SIGNALS:
    void languageRequested(const QString &language);
    void operatorChanged(const Operator &op);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setIcons();
    void retranslate();
    void updateOperatorDetails();
    void showAbout();
    void showHowItWorks();
    void pasteInvitation();
    bool takeInvitations(const QMimeData *data, bool dryRun, bool fromDrop = false);
    void onPartnerAccepted(const QString &tenantId, const QUrl &invitationUrl);

    std::unique_ptr<Ui::MainWindow> m_ui;
    UiContext m_context;
    ::OverviewPage *m_overviewPage;
    PartnerPage *m_partnerPage;
    ReviewPage *m_reviewPage;
    TodosPage *m_todosPage;
    AuditHistoryPage *m_historyPage;
    ::InvitationsPage *m_invitationsPage;
    ::FindPartnerPage *m_findPartnerPage;
    SettingsPage *m_settingsPage;
    QActionGroup *m_languageGroup;
    QList<Operator> m_operators;
    QString m_organisationName;
};
