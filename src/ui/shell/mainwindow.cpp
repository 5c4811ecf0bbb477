#include "shell/mainwindow.h"

#include "activity/activityimportdialog.h"
#include "common/ports.h"
#include "common/registernotifier.h"
#include "directory/findpartnerpage.h"
#include "history/audithistorypage.h"
#include "import/importdialog.h"
#include "import/importformat.h"
#include "invitations/invitationemail.h"
#include "invitations/invitationspage.h"
#include "overview/overviewpage.h"
#include "partners/partnerpage.h"
#include "reports/exportdialog.h"
#include "review/reviewpage.h"
#include "settings/settingspage.h"
#include "todos/todospage.h"
#include "ui_mainwindow.h"
#include "widgets/admincenternotice.h"
#include "widgets/focusstyle.h"
#include "widgets/icons.h"

#include <QActionGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(UiContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(std::move(context))
    , m_overviewPage(nullptr)
    , m_partnerPage(nullptr)
    , m_reviewPage(nullptr)
    , m_todosPage(nullptr)
    , m_historyPage(nullptr)
    , m_invitationsPage(nullptr)
    , m_findPartnerPage(nullptr)
    , m_settingsPage(nullptr)
    , m_languageGroup(new QActionGroup(this))
{
    FocusStyle::install(); // where keyboard focus is must be visible on every control
    m_ui->setupUi(this);
    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->pageTitleLabel->setFont(titleFont);

    m_overviewPage = new ::OverviewPage(m_context, m_ui->pageStack);
    m_overviewPage->setObjectName(u"overviewPage"_s);
    m_ui->pageStack->addWidget(m_overviewPage);
    m_partnerPage = new PartnerPage(m_context, m_ui->pageStack);
    m_partnerPage->setObjectName(u"partnerPage"_s);
    m_ui->pageStack->addWidget(m_partnerPage);
    m_reviewPage = new ReviewPage(m_context, m_ui->pageStack);
    m_reviewPage->setObjectName(u"reviewPage"_s);
    m_ui->pageStack->addWidget(m_reviewPage);
    m_todosPage = new TodosPage(m_context, m_ui->pageStack);
    m_todosPage->setObjectName(u"todosPage"_s);
    m_ui->pageStack->addWidget(m_todosPage);
    m_invitationsPage = new ::InvitationsPage(m_context, m_ui->pageStack);
    m_invitationsPage->setObjectName(u"invitationsPage"_s);
    m_ui->pageStack->addWidget(m_invitationsPage);
    m_findPartnerPage = new ::FindPartnerPage(m_context, m_ui->pageStack);
    m_findPartnerPage->setObjectName(u"findPartnerPage"_s);
    m_ui->pageStack->addWidget(m_findPartnerPage);
    m_historyPage = new AuditHistoryPage(m_context, m_ui->pageStack);
    m_historyPage->setObjectName(u"historyPage"_s);
    m_ui->pageStack->addWidget(m_historyPage);
    m_settingsPage = new SettingsPage(m_context, m_ui->pageStack);
    m_settingsPage->setObjectName(u"settingsPage"_s);
    m_ui->pageStack->addWidget(m_settingsPage);
    m_ui->navigationList->setCurrentRow(OverviewPage);
    setIcons();
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({fontMetrics().averageCharWidth() * 28, 1000});
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_ui->pageStack->setCurrentIndex(row);
        retranslate();
    });
    connect(m_partnerPage, &PartnerPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_partnerPage)
            statusBar()->showMessage(text);
    });
    connect(m_overviewPage, &::OverviewPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_overviewPage)
            statusBar()->showMessage(text);
    });
    connect(m_overviewPage, &::OverviewPage::sliceRequested, this,
        [this](const OverviewSlice &slice, const QString &title) {
            showPage(PartnersPage);
            m_partnerPage->showSlice(slice, title);
            m_partnerPage->table()->setFocus(Qt::OtherFocusReason);
        });
    connect(m_reviewPage, &ReviewPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_reviewPage)
            statusBar()->showMessage(text);
    });
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_todosPage, &TodosPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_todosPage)
            statusBar()->showMessage(text);
    });
    connect(m_todosPage, &TodosPage::openCountChanged, this, &MainWindow::retranslate);
    connect(m_historyPage, &AuditHistoryPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_historyPage)
            statusBar()->showMessage(text);
    });
    connect(m_invitationsPage, &::InvitationsPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_invitationsPage)
            statusBar()->showMessage(text);
    });
    connect(m_invitationsPage, &::InvitationsPage::partnerAccepted, this, &MainWindow::onPartnerAccepted);
    connect(m_findPartnerPage, &::FindPartnerPage::statusChanged, this, [this](const QString &text) {
        if (m_ui->pageStack->currentWidget() == m_findPartnerPage)
            statusBar()->showMessage(text);
    });
    connect(m_partnerPage, &PartnerPage::addInvitationRequested, this, [this] {
        showPage(InvitationsPage);
        m_invitationsPage->linkEdit()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->actionPasteInvitation, &QAction::triggered, this, &MainWindow::pasteInvitation);
    connect(m_ui->actionOpenEmail, &QAction::triggered, this, [this] {
        showPage(InvitationsPage);
        m_invitationsPage->chooseEmailFile();
    });
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_partnerPage, &PartnerPage::importRequested, this, &MainWindow::chooseImportFile);
    connect(m_ui->actionAddPartner, &QAction::triggered, this, [this] {
        showPage(PartnersPage);
        m_partnerPage->addPartner();
    });
    setAcceptDrops(true);
    // Ctrl+1 … Ctrl+8: the pages, in the order of the navigation.
    for (int page = 0; page < PageCount; ++page) {
        auto *go = new QAction(this);
        go->setObjectName(u"showPage%1Action"_s.arg(page + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        go->setShortcutContext(Qt::WindowShortcut);
        connect(go, &QAction::triggered, this, [this, page] {
            showPage(Page(page));
            // On the navigation, at the page chosen: Tab goes on into the page.
            m_ui->navigationList->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(go);
    }
    connect(m_partnerPage, &PartnerPage::findPartnerRequested, this, [this] { showPage(FindPartnerPage); });

    m_languageGroup->addAction(m_ui->actionDutch);
    m_languageGroup->addAction(m_ui->actionEnglish);
    m_languageGroup->setExclusive(true);
    m_ui->actionDutch->setData(u"nl"_s);
    m_ui->actionEnglish->setData(u"en"_s);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { Q_EMIT languageRequested(action->data().toString()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionHowItWorks, &QAction::triggered, this, &MainWindow::showHowItWorks);
    connect(m_ui->actionPartnerHelp, &QAction::triggered, this,
        [this] { QDesktopServices::openUrl(m_ui->actionPartnerHelp->data().toUrl()); });
    connect(m_ui->operatorCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateOperatorDetails();
        Q_EMIT operatorChanged(currentOperator());
    });

    connect(&m_context.repository.notifier(), &RegisterNotifier::operatorsChanged, this, [this] {
        if (auto operators = m_context.repository.operators())
            setOperators(operators.value(), currentOperator().upn);
    });
    if (auto organisation = m_context.repository.organisation())
        m_organisationName = organisation->name;
    retranslate();
    m_partnerPage->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::exportReport()
{
    ExportDialog dialog(m_context, currentOperator(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.writtenSummary());
}

void MainWindow::setOperators(const QList<Operator> &operators, const QString &currentUpn)
{
    m_operators = operators;
    QSignalBlocker blocker(m_ui->operatorCombo);
    m_ui->operatorCombo->clear();
    int current = 0;
    for (int i = 0; i < operators.size(); ++i) {
        m_ui->operatorCombo->addItem(operators.at(i).displayName, operators.at(i).upn);
        if (operators.at(i).upn.compare(currentUpn, Qt::CaseInsensitive) == 0)
            current = i;
    }
    m_ui->operatorCombo->setCurrentIndex(current);
    updateOperatorDetails();
}

Operator MainWindow::currentOperator() const
{
    const int index = m_ui->operatorCombo->currentIndex();
    return (index >= 0 && index < m_operators.size()) ? m_operators.at(index) : Operator {};
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(page);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int row = m_ui->navigationList->currentRow();
        m_ui->retranslateUi(this);
        m_ui->navigationList->setCurrentRow(row);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setIcons()
{
    using Icons::Icon;
    setWindowIcon(Icons::icon(Icon::Application));
    static constexpr Icon pageIcons[PageCount] = {Icon::Overview, Icon::Partners, Icon::Review, Icon::Todo,
        Icon::Invitations, Icon::Find, Icon::History, Icon::Settings};
    for (int page = 0; page < PageCount && page < m_ui->navigationList->count(); ++page)
        m_ui->navigationList->item(page)->setIcon(Icons::icon(pageIcons[page]));
    m_ui->navigationList->setIconSize(QSize(20, 20));
    m_ui->actionAddPartner->setIcon(Icons::icon(Icon::AddPartner));
    m_ui->actionImport->setIcon(Icons::icon(Icon::Import));
    m_ui->actionExport->setIcon(Icons::icon(Icon::Export));
    m_ui->actionPasteInvitation->setIcon(Icons::icon(Icon::PasteLink));
    m_ui->actionOpenEmail->setIcon(Icons::icon(Icon::OpenEmail));
    m_ui->actionAbout->setIcon(Icons::icon(Icon::Help));
}

void MainWindow::retranslate()
{
    setWindowTitle(
        m_organisationName.isEmpty() ? tr("PartnerDesk") : tr("%1 — PartnerDesk").arg(m_organisationName));
    m_ui->organisationLabel->setText(m_organisationName);
    const int open = m_todosPage->openCount();
    m_ui->navigationList->item(TodoListPage)
        ->setText(open > 0 ? tr("To do in Microsoft 365 (%1)").arg(open) : tr("To do in Microsoft 365"));
    // The navigation is as wide as its longest entry in this language, count included.
    int widest = 0;
    for (int i = 0; i < m_ui->navigationList->count(); ++i) {
        widest = std::max(widest,
            m_ui->navigationList->fontMetrics().horizontalAdvance(m_ui->navigationList->item(i)->text()));
    }
    m_ui->navigationList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < m_ui->navigationList->count() && i < PageCount; ++i) {
        m_ui->navigationList->item(i)->setToolTip(
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText));
    }
    m_ui->navigationList->setMinimumWidth(widest + 2 * m_ui->navigationList->frameWidth()
        + m_ui->navigationList->iconSize().width()
        + m_ui->navigationList->fontMetrics().averageCharWidth() * 4);
    const int row = std::max(0, m_ui->navigationList->currentRow());
    m_ui->pageTitleLabel->setText(
        row == TodoListPage ? tr("To do in Microsoft 365") : m_ui->navigationList->item(row)->text());
    m_ui->actionPartnerHelp->setData(partnerHelpUrl());
    m_ui->actionPartnerHelp->setToolTip(partnerHelpUrl().toString());
    updateOperatorDetails();
    if (row == OverviewPage)
        statusBar()->showMessage(m_overviewPage->statusText());
    else if (row == ReviewsPage)
        statusBar()->showMessage(m_reviewPage->statusText());
    else if (row == PartnersPage)
        statusBar()->showMessage(m_partnerPage->statusText());
    else if (row == HistoryPage)
        statusBar()->showMessage(m_historyPage->statusText());
    else if (row == InvitationsPage)
        statusBar()->showMessage(m_invitationsPage->statusText());
    else if (row == FindPartnerPage)
        statusBar()->showMessage(m_findPartnerPage->statusText());
    else if (row == TodoListPage)
        statusBar()->showMessage(m_todosPage->statusText());
    else
        statusBar()->clearMessage();
}

void MainWindow::updateOperatorDetails()
{
    const Operator op = currentOperator();
    const QString roles = op.roles.isEmpty() ? tr("no admin roles") : op.rolesDisplay();
    m_ui->operatorRolesLabel->setText(tr("(%1)").arg(roles));
    m_ui->operatorCombo->setToolTip(op.upn);
    m_partnerPage->setOperator(op);
    m_reviewPage->setOperator(op);
    m_todosPage->setOperator(op);
    m_invitationsPage->setOperator(op);
    m_findPartnerPage->setOperator(op);
    m_settingsPage->setOperator(op);
}

QUrl MainWindow::partnerHelpUrl()
{
    // Microsoft's own help page for what PartnerDesk keeps a register of, in the window's language.
    const bool dutch = QLocale().language() == QLocale::Dutch;
    return QUrl(dutch ? u"https://learn.microsoft.com/nl-nl/microsoft-365/commerce/manage-partners"_s
                      : u"https://learn.microsoft.com/en-us/microsoft-365/commerce/manage-partners"_s);
}

void MainWindow::showHowItWorks()
{
    QMessageBox box(
        QMessageBox::Information, tr("How PartnerDesk works"), QString(), QMessageBox::Close, this);
    box.setObjectName(u"howItWorksDialog"_s);
    box.setTextFormat(Qt::RichText); // our own text, no names from outside
    box.setText(
        tr("<p><b>PartnerDesk is a register: it records what you decide about your Microsoft partners. "
           "It does not change your tenant.</p>"));
    box.setInformativeText(tr(
        "<ol>"
        "<li><b>Partner relationships</b> lists each partner, the admin roles your tenant is known to hold "
        "for it, and the risk: high when a delegated admin holds Global Administrator.</li>"
        "<li><b>Decisions</b> such as removing roles, ending a relationship or accepting an invitation are "
        "recorded here. The step itself is done in the Microsoft 365 admin center; it waits on <b>To do in "
        "Microsoft 365</b> until you mark it done there.</li>"
        "<li><b>Evidence</b>: import the partner list from the admin center and Entra sign-in logs to see "
        "which partners still sign in.</li>"
        "<li><b>Access review</b> takes you through every current partner; a report shows the register as "
        "of a moment and can be checked against it.</li>"
        "<li><b>History</b> keeps every decision in a chain of hashes; <b>Verify history</b> shows whether "
        "anything was altered.</li>"
        "</ol>"
        "<p>Keyboard: Ctrl+1 to Ctrl+8 open the pages, Ctrl+F finds, Tab moves on, Escape clears a "
        "filter.</p>"));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PartnerDesk"),
        tr("<p><b>PartnerDesk %1</b></p><p>A register of your organisation's Microsoft partner "
           "relationships: who your partners are, which admin roles they hold, and every "
           "decision taken about them.</p><p>PartnerDesk records your decisions; changes in "
           "your tenant itself are made in the Microsoft 365 admin center.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::openInvitation(const QString &text)
{
    showPage(InvitationsPage);
    if (InvitationLink::parse(text).isValid()) {
        m_invitationsPage->addLink(text);
        return;
    }
    // Text copied from an email: take the invitation links in it.
    const QByteArray bytes = "\n" + text.toUtf8();
    const InvitationEmail::Found found = InvitationEmail::read(bytes);
    if (found.invitations.isEmpty()) {
        m_invitationsPage->addLink(text.trimmed().left(8000)); // the box says why it is refused
        return;
    }
    if (found.invitationCount == 1) {
        m_invitationsPage->addLink(found.invitations.constFirst().url().toString());
        return;
    }
    // Several links: the admin picks which to record.
    m_invitationsPage->addFromEmailText(tr("the pasted text"), [bytes] { return bytes; });
}

void MainWindow::openInvitationEmail(const QString &path)
{
    showPage(InvitationsPage);
    m_invitationsPage->addFromEmail(path);
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import partner file"), QString(),
        tr("Partner files and Entra logs (*.csv *.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    // Entra sign-in and audit logs are evidence of what partners do, not partner records.
    if (ActivityService::detectFile(path) != ActivityFile::Kind::Unknown) {
        ActivityImportDialog dialog(m_context, currentOperator(), path, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.resultText().isEmpty()) {
            showPage(PartnersPage);
            statusBar()->showMessage(dialog.resultText());
        }
        return;
    }
    ImportDialog dialog(m_context, currentOperator(), path, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.resultText().isEmpty()) {
        showPage(PartnersPage);
        statusBar()->showMessage(dialog.resultText());
    }
}

void MainWindow::pasteInvitation()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !takeInvitations(data, false)) {
        showPage(InvitationsPage);
        statusBar()->showMessage(tr("The clipboard holds no link or email to add."));
    }
}

bool MainWindow::takeInvitations(const QMimeData *data, bool dryRun, bool fromDrop)
{
    QStringList files;
    QStringList links;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
        else if (url.scheme() == "https"_L1 || url.scheme() == "http"_L1)
            links.append(url.toString());
    }
    const QString text = data->hasText() ? data->text() : QString();
    if (files.isEmpty() && links.isEmpty() && text.trimmed().isEmpty())
        return false;
    if (dryRun)
        return true;
    for (const QString &file : std::as_const(files)) {
        // A partner file is imported, anything else is read as an email; the content decides.
        QFile f(file);
        const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
        if (ImportFormat::detect(head) != ImportFormat::Kind::Unknown)
            // After the drop has finished: the review is a modal dialog.
            QMetaObject::invokeMethod(
                this, [this, file] { importFile(file); }, Qt::QueuedConnection);
        else
            // Also after the drop: the links found are offered in a modal dialog.
            QMetaObject::invokeMethod(
                this, [this, file] { openInvitationEmail(file); }, Qt::QueuedConnection);
    }
    // Links and text are taken after the drop has finished too: several links are offered to pick from
    // in a modal dialog, and a drop must not wait for it.
    auto takeText = [this, links, text, files] {
        if (links.size() == 1)
            openInvitation(links.constFirst());
        else if (!links.isEmpty())
            openInvitation(links.join(u'\n')); // several: the admin picks
        else if (files.isEmpty())
            openInvitation(text);
    };
    if (fromDrop)
        QMetaObject::invokeMethod(this, takeText, Qt::QueuedConnection);
    else
        takeText();
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (takeInvitations(event->mimeData(), true))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (takeInvitations(event->mimeData(), false, true))
        event->acceptProposedAction();
}

void MainWindow::onPartnerAccepted(const QString &tenantId, const QUrl &invitationUrl)
{
    showPage(PartnersPage);
    m_partnerPage->selectPartner(tenantId);
    AdminCenterNotice::show(this, u"invitationRecordedNotice"_s, tr("Invitation accepted in the register"),
        tr("Recorded. Now accept the invitation in the Microsoft 365 admin center: open the partner's link "
           "there and accept it with the same choices. The step waits on the To do in Microsoft 365 page "
           "until "
           "you mark it done."),
        invitationUrl);
}
