#include "common/registernotifier.h"
#include "partners/partnerdetailspane.h"
#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "relationships/relationshipservice.h"
#include "relationships/riskassessment.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "todos/todoservice.h"
#include "todos/todospage.h"
#include "translations.h"
#include "ui/dialoghelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TestSupport;

using namespace DialogHelpers;

class TestPartnerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init();
    void cleanup();
    void loadsDemoRegister();
    void theStatusCountsASelectionOfSeveral();
    void selectingRowFillsDetailsPane();
    void helpdeskOperatorSeesActionsDisabledWithReason();
    void markAsReviewedWritesOneAuditEventAndUpdatesRow();
    void ctrlFFocusesFilterAndFilterCounts();
    void removeRolesAnsweredNoChangesNothing();
    void removeRolesEscapeIsNo();
    void removeRolesAnsweredYesRemovesRoles();
    void helpdeskSeesStepsButCannotMarkThemDone();
    void keyboardTabEscapeAndPageShortcuts();
    void highRiskAndDelegatedAdminFilters();
    void changeElsewhereKeepsSelection();
    void emptyRegisterShowsEmptyState();
    void requestEndThenPartnerEnded();
    void mpsaSharingSettingWithConfirmation();
    void rolesReadTheSameInTableAndDetails();

private:
    void openWindow(DemoRegisterFixture &fixture);
    void select(const QString &name);
    int rowOf(const QString &name) const;
    qint64 eventCount() const { return m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s); }
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    PartnerPage *m_page = nullptr;
};

void TestPartnerPage::openWindow(DemoRegisterFixture &fixture)
{
    const QString path = fixture.path();
    UiContext context {*fixture.repository, repositoryOpener(path), fixture.clock};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(fixture.repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::PartnersPage); // the window opens on the overview
    m_page = m_window->partnerPage();
    QTRY_VERIFY(!m_page->isLoading());
    QVERIFY2(!m_page->statusText().contains(u"could not"_s), qPrintable(m_page->statusText()));
}

void TestPartnerPage::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    openWindow(*m_fixture);
}

void TestPartnerPage::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

int TestPartnerPage::rowOf(const QString &name) const
{
    const auto *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void TestPartnerPage::select(const QString &name)
{
    const int row = rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    QTableView *table = m_page->table();
    table->setFocus();
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
}

void TestPartnerPage::loadsDemoRegister()
{
    QCOMPARE(m_page->model()->rowCount(), 14);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"14 of 14 partners"_s);
    auto *navigation = child<QListWidget>(u"navigationList"_s);
    QCOMPARE(navigation->count(), 8);
    QCOMPARE(navigation->currentRow(), int(MainWindow::PartnersPage));
    QCOMPARE(navigation->item(0)->text(), u"Overview"_s);
    QCOMPARE(navigation->item(1)->text(), u"Partner relationships"_s);
}

void TestPartnerPage::theStatusCountsASelectionOfSeveral()
{
    QTableView *table = m_page->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"14 of 14 partners, 3 selected"_s);
    QTest::keyClick(table, Qt::Key_Down); // one again
    QCOMPARE(m_window->statusBar()->currentMessage(), u"14 of 14 partners"_s);
}

void TestPartnerPage::selectingRowFillsDetailsPane()
{
    select(u"Contoso Onderwijs ICT"_s);
    QCOMPARE(child<QLabel>(u"nameLabel"_s)->text(), u"Contoso Onderwijs ICT"_s);
    QCOMPARE(child<QLabel>(u"tenantIdValue"_s)->text(), contosoTenant);
    QCOMPARE(child<QLabel>(u"partnerIdValue"_s)->text(), u"4810231"_s);
    QVERIFY(child<QLabel>(u"rolesValue"_s)->text().contains(u"Global Administrator (privileged)"_s));
    QVERIFY(child<QLabel>(u"riskLabel"_s)->text().contains(u"Risk: High"_s));
    QVERIFY(child<QLabel>(u"agreementValue"_s)->text().contains(u"anna.devries@hetbaken.example"_s));
    QVERIFY(child<QLabel>(u"websiteValue"_s)
                ->text()
                .contains(u"href=\"https://www.contoso-onderwijs.example\""_s));
    QVERIFY(child<QLabel>(u"historyValue"_s)->text().contains(u"Relationship added"_s));
    QVERIFY(child<QPushButton>(u"removeRolesButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"markReviewedButton"_s)->isEnabled());

    select(u"Woodgrove Security"_s);
    const QString gdap = child<QLabel>(u"gdapValue"_s)->text();
    QVERIFY2(gdap.contains(u"status Active"_s) && gdap.contains(u"Auto-extend: off"_s), qPrintable(gdap));
}

void TestPartnerPage::helpdeskOperatorSeesActionsDisabledWithReason()
{
    m_window->setOperators(m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
    select(u"Contoso Onderwijs ICT"_s);
    auto *remove = child<QPushButton>(u"removeRolesButton"_s);
    auto *reviewed = child<QPushButton>(u"markReviewedButton"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!reviewed->isEnabled());
    QCOMPARE(remove->toolTip(), u"Requires Global Administrator or Billing Administrator"_s);
    auto *permission = child<QLabel>(u"permissionLabel"_s);
    QVERIFY(permission->isVisible());
    QVERIFY(permission->text().contains(u"Chloé Bakker"_s));
    QVERIFY(permission->text().contains(u"Requires Global Administrator or Billing Administrator"_s));

    m_window->setOperators(m_fixture->repository->operators().value(), u"bram.jansen@hetbaken.example"_s);
    QVERIFY(remove->isEnabled());
    QVERIFY(!permission->isVisible());
}

void TestPartnerPage::markAsReviewedWritesOneAuditEventAndUpdatesRow()
{
    select(u"Northwind Beheer B.V."_s);
    const int row = rowOf(u"Northwind Beheer B.V."_s);
    auto *model = m_page->model();
    QCOMPARE(model->index(row, PartnerTableModel::LastReviewedColumn).data().toString(), u"Never"_s);
    QVERIFY(
        model->index(row, 0).data(PartnerTableModel::RiskFlagsRole).toInt() & RiskAssessment::ReviewOverdue);
    const qint64 before = eventCount();

    QTest::mouseClick(child<QPushButton>(u"markReviewedButton"_s), Qt::LeftButton);

    QCOMPARE(eventCount(), before + 1);
    QCOMPARE(
        m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'relationship.reviewed'"_s), 1);
    const int after = rowOf(u"Northwind Beheer B.V."_s);
    QCOMPARE(model->index(after, PartnerTableModel::LastReviewedColumn).data().toString(),
        QLocale().toString(fixedNow().toLocalTime().date(), QLocale::ShortFormat));
    QVERIFY(!(model->index(after, 0).data(PartnerTableModel::RiskFlagsRole).toInt()
        & RiskAssessment::ReviewOverdue));
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1); // still selected
    QVERIFY(child<QLabel>(u"historyValue"_s)->text().contains(u"Marked as reviewed"_s));
}

void TestPartnerPage::ctrlFFocusesFilterAndFilterCounts()
{
    m_page->table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(u"filterEdit"_s);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"helpdesk"_s);
    QCOMPARE(m_page->model()->rowCount(), 3); // Contoso, Northwind, Tailspin hold Helpdesk Administrator
    QCOMPARE(m_window->statusBar()->currentMessage(), u"3 of 14 partners"_s);
    filter->clear();
    child<QCheckBox>(u"attentionCheck"_s)->setChecked(true);
    QVERIFY(m_page->model()->rowCount() < 14);
    QVERIFY(m_page->model()->rowCount() >= 5);
}

void TestPartnerPage::removeRolesAnsweredNoChangesNothing()
{
    select(u"Contoso Onderwijs ICT"_s);
    const qint64 before = eventCount();
    const auto shown = answerNextDialog(u"noButton"_s);
    QTest::mouseClick(child<QPushButton>(u"removeRolesButton"_s), Qt::LeftButton);
    QVERIFY(*shown); // "No" was answered, not skipped
    QCOMPARE(eventCount(), before);
    QCOMPARE(m_fixture->repository->relationshipForPartner(contosoTenant).value()->roles.size(), 2);
}

void TestPartnerPage::removeRolesEscapeIsNo()
{
    select(u"Northwind Beheer B.V."_s);
    const qint64 before = eventCount();
    const auto shown = answerNextDialog({}, Qt::Key_Escape);
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QVERIFY(*shown);
    QCOMPARE(eventCount(), before);
    QCOMPARE(m_fixture->repository->relationshipForPartner(northwindTenant).value()->roles.size(), 2);
}

void TestPartnerPage::removeRolesAnsweredYesRemovesRoles()
{
    select(u"Contoso Onderwijs ICT"_s);
    const qint64 before = eventCount();
    answerNextDialog(u"yesButton"_s);
    QString notice;
    QTimer::singleShot(0, this, [&notice] {
        // The "now do it in the admin center" notice.
        onNextDialog([&notice](QWidget *dialog) {
            notice = qobject_cast<QMessageBox *>(dialog)->text();
            qobject_cast<QMessageBox *>(dialog)->done(QMessageBox::Close);
        });
    });
    QTest::mouseClick(child<QPushButton>(u"removeRolesButton"_s), Qt::LeftButton);
    QCOMPARE(eventCount(), before + 1);
    QVERIFY2(
        notice.contains(u"still holds the roles until you remove them in the Microsoft 365 admin center"_s),
        qPrintable(notice));

    // Decided, not done: what the tenant holds stays in view, marked, and so does its risk.
    QCOMPARE(m_fixture->repository->relationshipForPartner(contosoTenant).value()->roles.size(), 2);
    int row = rowOf(u"Contoso Onderwijs ICT"_s);
    QCOMPARE(m_page->model()->index(row, PartnerTableModel::RolesColumn).data().toString(),
        u"Removal decided, still to do: Global Administrator, Helpdesk Administrator"_s);
    const int flags = m_page->model()->index(row, 0).data(PartnerTableModel::RiskFlagsRole).toInt();
    QVERIFY(flags & RiskAssessment::DelegatedAdmin);
    QVERIFY(flags & RiskAssessment::DecidedNotDone);
    QVERIFY2(child<QLabel>(u"rolesValue"_s)->text().contains(u"Removal decided on "_s),
        qPrintable(child<QLabel>(u"rolesValue"_s)->text()));
    QVERIFY(child<QLabel>(u"rolesValue"_s)
                ->text()
                .contains(u"by Anna de Vries — still to do in Microsoft 365"_s));
    QVERIFY(!child<QPushButton>(u"removeRolesButton"_s)->isEnabled()); // decided once

    // The step waits on its page; marking it done removes the roles from what the tenant holds.
    auto *navigation = child<QListWidget>(u"navigationList"_s);
    QCOMPARE(navigation->item(MainWindow::TodoListPage)->text(), u"To do in Microsoft 365 (1)"_s);
    m_window->showPage(MainWindow::TodoListPage);
    TodosPage *todos = m_window->todosPage();
    QCOMPARE(todos->table()->rowCount(), 1);
    QCOMPARE(todos->table()->item(0, TodosPage::StepColumn)->text(),
        u"Remove the admin roles of Contoso Onderwijs ICT in the Microsoft 365 admin center."_s);
    QCOMPARE(todos->table()->item(0, TodosPage::DecidedByColumn)->text(), u"Anna de Vries"_s);
    const auto doneShown = onNextDialogNamed(u"todoDoneDialog"_s, [](QWidget *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"todoNoteEdit"_s)
            ->setPlainText(u"Done by phone with the partner"_s);
        dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
    });
    QTest::mouseClick(todos->findChild<QPushButton *>(u"markDoneButton"_s), Qt::LeftButton);
    QVERIFY(*doneShown);
    QCOMPARE(eventCount(), before + 2);
    QCOMPARE(todos->table()->rowCount(), 0);
    QCOMPARE(navigation->item(MainWindow::TodoListPage)->text(), u"To do in Microsoft 365"_s);

    m_window->showPage(MainWindow::PartnersPage);
    QVERIFY(m_fixture->repository->relationshipForPartner(contosoTenant).value()->roles.isEmpty());
    row = rowOf(u"Contoso Onderwijs ICT"_s);
    QCOMPARE(m_page->model()->index(row, PartnerTableModel::RolesColumn).data().toString(), u"None"_s);
    QCOMPARE(m_page->model()->index(row, PartnerTableModel::TypeColumn).data().toString(), u"Reseller"_s);
    QVERIFY(!(m_page->model()->index(row, 0).data(PartnerTableModel::RiskFlagsRole).toInt()
        & RiskAssessment::DelegatedAdmin));
    select(u"Contoso Onderwijs ICT"_s);
    QCOMPARE(child<QLabel>(u"rolesValue"_s)->text(), u"None"_s);
    const QList<AuditEvent> events = m_fixture->repository->eventsForPartner(contosoTenant, 2).value();
    QCOMPARE(events.at(0).action, u"todo.done"_s);
    QCOMPARE(events.at(0).after.value(u"note"_s).toString(), u"Done by phone with the partner"_s);
    QCOMPARE(events.at(1).action, u"relationship.rolesRemovalDecided"_s);
}

void TestPartnerPage::keyboardTabEscapeAndPageShortcuts()
{
    select(u"Northwind Beheer B.V."_s);
    QTableView *table = m_page->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const QModelIndexList before = table->selectionModel()->selectedRows();
    QCOMPARE(before.size(), 1);
    // Tab leaves the table for the next control and does not change the partner.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->selectionModel()->selectedRows(), before);

    auto *filter = child<QLineEdit>(u"filterEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"contoso"_s);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Escape); // clears
    QCOMPARE(filter->text(), QString());
    QCOMPARE(m_page->model()->rowCount(), 14);
    QTest::keyClick(filter, Qt::Key_Escape); // empty: back to the table
    QTRY_VERIFY(table->hasFocus());

    // Ctrl+N is the Nth page of the navigation: Ctrl+1 the overview, Ctrl+8 the settings.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(child<QListWidget>(u"navigationList"_s)->currentRow(), int(MainWindow::TodoListPage));
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(child<QListWidget>(u"navigationList"_s)->currentRow(), int(MainWindow::RegisterSettingsPage));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(child<QListWidget>(u"navigationList"_s)->currentRow(), int(MainWindow::OverviewPage));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(child<QListWidget>(u"navigationList"_s)->currentRow(), int(MainWindow::PartnersPage));
}

void TestPartnerPage::highRiskAndDelegatedAdminFilters()
{
    // High risk: exactly the partners whose risk column says High.
    QStringList high;
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->index(row, PartnerTableModel::RiskColumn).data().toString() == "High"_L1)
            high.append(m_page->model()->index(row, PartnerTableModel::NameColumn).data().toString());
    }
    QCOMPARE(high, (QStringList {u"Contoso Onderwijs ICT"_s, u"Northwind Beheer B.V."_s}));
    auto *check = child<QCheckBox>(u"highRiskCheck"_s);
    check->click();
    QStringList shown;
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        shown.append(m_page->model()->index(row, PartnerTableModel::NameColumn).data().toString());
    QCOMPARE(shown, high);
    check->click();
    QCOMPARE(m_page->model()->rowCount(), 14);

    // Every delegated admin type at once: DAP, reseller & DAP, and GDAP.
    auto *types = child<QComboBox>(u"typeCombo"_s);
    types->setCurrentIndex(types->findData(PartnerTableModel::kDelegatedAdminTypes));
    QCOMPARE(types->currentText(), u"All delegated admin types (DAP and GDAP)"_s);
    shown.clear();
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        shown.append(m_page->model()->index(row, PartnerTableModel::NameColumn).data().toString());
    QCOMPARE(shown,
        (QStringList {u"Contoso Onderwijs ICT"_s, u"Northwind Beheer B.V."_s, u"Woodgrove Security"_s}));
}

void TestPartnerPage::helpdeskSeesStepsButCannotMarkThemDone()
{
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service.removeRoles(m_fixture->repository->operators().value().at(0), {northwindTenant}).ok());
    m_window->setOperators(m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
    m_window->showPage(MainWindow::TodoListPage);
    TodosPage *todos = m_window->todosPage();
    QCOMPARE(todos->table()->rowCount(), 1);
    QVERIFY(todos->findChild<QPushButton *>(u"openAdminCenterButton"_s)->isEnabled());
    QVERIFY(!todos->findChild<QPushButton *>(u"markDoneButton"_s)->isEnabled());
    QVERIFY(!todos->findChild<QPushButton *>(u"withdrawButton"_s)->isEnabled());
    QVERIFY(todos->findChild<QLabel *>(u"todoPermissionLabel"_s)
                ->text()
                .contains(u"Requires Global Administrator"_s));
}

void TestPartnerPage::changeElsewhereKeepsSelection()
{
    select(u"Woodgrove Security"_s);
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    const Operator anna = m_fixture->repository->operators().value().first();
    QVERIFY(service.markReviewed(anna, fabrikamTenant).ok());
    const QModelIndexList selected = m_page->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), u"Woodgrove Security"_s);
    const int fabrikam = rowOf(u"Fabrikam Cloud Solutions"_s);
    QCOMPARE(m_page->model()->index(fabrikam, PartnerTableModel::LastReviewedColumn).data().toString(),
        QLocale().toString(fixedNow().toLocalTime().date(), QLocale::ShortFormat));
}

void TestPartnerPage::emptyRegisterShowsEmptyState()
{
    m_window.reset();
    DemoRegisterFixture empty;
    QVERIFY(empty.dir.isValid());
    auto db = Database::open(empty.path(), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    empty.database = std::move(db).value();
    empty.repository = std::make_unique<SqlRegisterRepository>(*empty.database);
    QVERIFY(empty.repository
                ->initialise({u"Empty School"_s, u"00000000-0000-4000-8000-000000000001"_s, fixedNow(),
                                 u"admin@empty.example"_s},
                    {{u"admin@empty.example"_s, u"Admin"_s, {AdminRole::globalAdministrator()}}})
                .ok());
    openWindow(empty);
    auto *stack = child<QStackedWidget>(u"contentStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
    QVERIFY(child<QLabel>(u"emptyLabel"_s)->text().contains(u"no partners"_s));
    QTest::mouseClick(child<QPushButton>(u"findPartnerButton"_s), Qt::LeftButton);
    QCOMPARE(child<QListWidget>(u"navigationList"_s)->currentRow(), int(MainWindow::FindPartnerPage));
    m_window.reset();
}

void TestPartnerPage::requestEndThenPartnerEnded()
{
    select(u"Fabrikam Cloud Solutions"_s);
    auto *requestEnd = child<QPushButton>(u"requestEndButton"_s);
    QVERIFY(requestEnd->isEnabled());
    QString intro;
    onNextDialog([&intro](QWidget *dialog) {
        intro = dialog->findChild<QLabel *>(u"introLabel"_s)->text();
        auto *method = dialog->findChild<QComboBox *>(u"methodCombo"_s);
        method->setCurrentIndex(method->findData(u"phone"_s));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s), u"Called the account manager"_s);
        dialog->findChild<QPushButton *>(u"recordButton"_s)->click();
    });
    QVERIFY(requestEnd->isVisible());
    requestEnd->click();
    QVERIFY2(intro.contains(u"Only Fabrikam Cloud Solutions can end the relationship"_s), qPrintable(intro));
    const Relationship requested
        = m_fixture->repository->relationshipForPartner(fabrikamTenant).value().value();
    QCOMPARE(requested.state, Relationship::State::EndRequested);
    QCOMPARE(requested.endRequestMethod, u"phone"_s);
    QCOMPARE(requested.endRequestNote, u"Called the account manager"_s);
    const int row = rowOf(u"Fabrikam Cloud Solutions"_s);
    QCOMPARE(m_page->model()->index(row, PartnerTableModel::TypeColumn).data().toString(),
        u"Reseller — end requested"_s);
    QVERIFY(child<QLabel>(u"stateValue"_s)->text().contains(u"End requested on"_s));
    QVERIFY(child<QLabel>(u"stateValue"_s)->text().contains(u"Called the account manager"_s));
    auto *ended = child<QPushButton>(u"markEndedButton"_s);
    QVERIFY(!requestEnd->isVisible());
    QVERIFY(ended->isVisible() && ended->isEnabled());

    answerNextDialog(u"yesButton"_s);
    QTest::mouseClick(ended, Qt::LeftButton);
    QCOMPARE(m_fixture->repository->relationshipForPartner(fabrikamTenant).value()->state,
        Relationship::State::Ended);
    QCOMPARE(m_page->model()
                 ->index(rowOf(u"Fabrikam Cloud Solutions"_s), PartnerTableModel::TypeColumn)
                 .data()
                 .toString(),
        u"Reseller — ended"_s);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action IN "
                               "('relationship.endRequested', 'relationship.ended')"_s),
        2);
}

void TestPartnerPage::mpsaSharingSettingWithConfirmation()
{
    select(u"Litware Licenties"_s);
    QVERIFY(child<QLabel>(u"mpsaValue"_s)->isVisible());
    QVERIFY(child<QLabel>(u"mpsaValue"_s)->text().startsWith(u"Off"_s));
    m_window->showPage(MainWindow::RegisterSettingsPage);
    auto *check = child<QCheckBox>(u"mpsaSharingCheck"_s);
    QVERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());
    const qint64 before = eventCount();

    const auto noShown = answerNextDialog(u"noButton"_s);
    check->click();
    QVERIFY(*noShown);
    QVERIFY(!check->isChecked());
    QCOMPARE(eventCount(), before);

    QString notice;
    answerNextDialog(u"yesButton"_s);
    QTimer::singleShot(0, this, [&notice] {
        // Then the "do it in Microsoft 365 too" notice.
        onNextDialog([&notice](QWidget *dialog) {
            notice = qobject_cast<QMessageBox *>(dialog)->text();
            qobject_cast<QMessageBox *>(dialog)->done(QMessageBox::Close);
        });
    });
    check->click();
    QVERIFY(check->isChecked());
    QVERIFY2(notice.startsWith(
                 u"Your decision is recorded. Now make the same change in the Microsoft 365 admin center"_s),
        qPrintable(notice));
    QCOMPARE(eventCount(), before + 1);
    // Decided: the box shows the decision, the pane what Microsoft 365 is known to have, and the step.
    QVERIFY(child<QLabel>(u"mpsaValue"_s)->text().startsWith(u"Off\nChange decided on"_s));
    QVERIFY(child<QLabel>(u"mpsaPermissionLabel"_s)
                ->text()
                .contains(u"Microsoft 365 is known to have it off."_s));
    TodoService todos(*m_fixture->repository, m_fixture->clock);
    QVERIFY(todos
                .markDone(m_fixture->repository->operators().value().at(0),
                    todos.list(false).value().constFirst().id, {})
                .ok());
    QVERIFY(check->isChecked());
    QCOMPARE(child<QLabel>(u"mpsaValue"_s)->text(), u"On"_s);

    m_window->setOperators(m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
    QVERIFY(!check->isEnabled());
    QVERIFY(child<QLabel>(u"mpsaPermissionLabel"_s)->text().contains(u"Requires Global Administrator"_s));
}

void TestPartnerPage::rolesReadTheSameInTableAndDetails()
{
    // Every partner: the roles in the table's cell in the order the details list them, an unknown
    // role named as one (Ölfabriek holds a role template ID no catalogue knows).
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QString name = m_page->model()->index(row, PartnerTableModel::NameColumn).data().toString();
        select(name);
        const QString cell
            = m_page->model()->index(rowOf(name), PartnerTableModel::RolesColumn).data().toString();
        QStringList details = child<QLabel>(u"rolesValue"_s)->text().split(u"<br>"_s);
        details.removeIf([](const QString &line) { return line.startsWith(u"<i>"_s); }); // decisions to do
        for (QString &line : details)
            line = QTextDocumentFragment::fromHtml(line).toPlainText().remove(u" (privileged)"_s);
        QCOMPARE(cell, details.join(u", "_s));
        QVERIFY2(!cell.contains(QRegularExpression(u"(^|, )[0-9a-f]{8}-"_s)), qPrintable(cell));
    }
    const int olfabriek = rowOf(u"Ölfabriek Digitaal"_s);
    QVERIFY(olfabriek >= 0);
    QCOMPARE(m_page->model()->index(olfabriek, PartnerTableModel::RolesColumn).data().toString(),
        u"Unknown role (ID 11111111-2222-4333-8444-555555555555)"_s);
}

QTEST_MAIN(TestPartnerPage)
#include "tst_partnerpage.moc"
