// The Access review page, keyboard first: start a review, decide partner by partner (the "Remove
// roles?" question and the admin-center notice as on the partner page, a missing note shown next to
// the note), sign off as a Global or Billing Administrator only, and see the review frozen after.

#include "review/reviewpage.h"
#include "review/reviewservice.h"
#include "review/sqlreviewrepository.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "ui/dialoghelpers.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlReviewRepository> m_reviews;
    std::unique_ptr<MainWindow> m_window;
    Translations m_translations;

    UiContext context() const
    {
        UiContext c {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
        c.reviews = m_reviews.get();
        return c;
    }
    Operator op(int index) const { return m_fixture->repository->operators().value().at(index); }
    ReviewPage *page() const { return m_window->reviewPage(); }
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < page()->table()->rowCount(); ++row) {
            if (page()->table()->item(row, ReviewPage::PartnerColumn)->text() == name)
                return row;
        }
        return -1;
    }
    // Moves the table's current row by keyboard, from the top.
    void goToRow(int row)
    {
        QTableWidget *table = page()->table();
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Home);
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), row);
        QCOMPARE(table->selectedItems().constFirst()->row(), row);
    }
    void startByKeyboard()
    {
        auto *start = child<QPushButton>(u"startReviewButton"_s);
        QVERIFY(start->isEnabled());
        const Shown shown = onNextDialogNamed(u"startReviewDialog"_s, [](QWidget *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(u"titleEdit"_s);
            QCOMPARE(title->text(), u"Q4 2026 partner access review"_s);
            QCOMPARE(dialog->focusWidget(), title); // typing goes to the title first
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        start->setFocus(Qt::TabFocusReason);
        QTest::keyClick(start, Qt::Key_Space);
        QVERIFY(*shown);
        QVERIFY(page()->review().has_value());
        m_window->activateWindow(); // back from the dialog: shortcuts need the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init()
    {
        m_fixture = std::make_unique<DemoRegisterFixture>();
        QVERIFY(m_fixture->create());
        m_reviews
            = std::make_unique<SqlReviewRepository>(*m_fixture->database, m_fixture->repository->notifier());
        m_window = std::make_unique<MainWindow>(context());
        m_window->setOperators(
            m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier); // Ctrl+3: Access review
        QVERIFY(page()->isVisible());
    }
    void cleanup()
    {
        m_window.reset();
        m_reviews.reset();
        m_fixture.reset();
    }

    void withoutAReviewItSaysHowToStart()
    {
        QCOMPARE(child<QLabel>(u"reviewHeading"_s)->text(), u"No access review yet"_s);
        QCOMPARE(page()->table()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(u"signOffButton"_s)->isVisible());
    }

    void startAndDecideByKeyboard()
    {
        startByKeyboard();
        QCOMPARE(page()->table()->rowCount(), 14);
        QCOMPARE(child<QProgressBar>(u"reviewProgress"_s)->value(), 0);
        QCOMPARE(page()->statusText(), u"0 of 14 partners reviewed"_s);
        goToRow(rowOf(u"Fabrikam Cloud Solutions"_s));
        QCOMPARE(child<QLabel>(u"reviewPartnerName"_s)->text(), u"Fabrikam Cloud Solutions"_s);
        QVERIFY(child<QLabel>(u"reviewPartnerDetails"_s)->text().contains(u"Admin roles: none"_s));
        // Tab leaves the table for the decision; the selected partner stays.
        const int row = page()->table()->currentRow();
        QTest::keyClick(page()->table(), Qt::Key_Tab);
        QVERIFY(child<QRadioButton>(u"keepRadio"_s)->hasFocus());
        QCOMPARE(page()->table()->currentRow(), row);
        QTest::keyClick(child<QRadioButton>(u"keepRadio"_s), Qt::Key_Space);
        QVERIFY(child<QRadioButton>(u"keepRadio"_s)->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier); // N&ote
        QVERIFY(child<QPlainTextEdit>(u"noteEdit"_s)->hasFocus());
        QTest::keyClicks(child<QPlainTextEdit>(u"noteEdit"_s), u"Licences only."_s);
        QVERIFY(child<QPushButton>(u"recordDecisionButton"_s)->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier); // Recor&d decision
        QTRY_COMPARE(page()->review()->decided, 1); // a mnemonic clicks the button a moment later
        QCOMPARE(
            page()->table()->item(rowOf(u"Fabrikam Cloud Solutions"_s), ReviewPage::DecisionColumn)->text(),
            u"Keep"_s);
        QCOMPARE(child<QProgressBar>(u"reviewProgress"_s)->value(), 1);
        // On to the next partner still to decide.
        QVERIFY(
            !m_reviews->items(page()->review()->id).value().at(page()->table()->currentRow()).isDecided());
    }

    void aMissingNoteIsShownNextToTheNote()
    {
        startByKeyboard();
        goToRow(rowOf(u"Contoso Onderwijs ICT"_s));
        QTest::keyClick(page()->table(), Qt::Key_Tab);
        QTest::keyClick(child<QRadioButton>(u"keepRadio"_s), Qt::Key_Space);
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        auto *problem = child<QLabel>(u"noteProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"privileged admin role"_s));
        QVERIFY(child<QPlainTextEdit>(u"noteEdit"_s)->hasFocus());
        QCOMPARE(page()->review()->decided, 0);
        QTest::keyClicks(child<QPlainTextEdit>(u"noteEdit"_s), u"Runs our Intune."_s);
        QVERIFY(!problem->isVisible()); // cleared once fixed
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(page()->review()->decided, 1);
    }

    void removeRolesAsksTheSameQuestion()
    {
        startByKeyboard();
        goToRow(rowOf(u"Tailspin Advies"_s));
        child<QRadioButton>(u"removeRolesRadio"_s)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(child<QRadioButton>(u"removeRolesRadio"_s), Qt::Key_Space);
        // No (the default, also Escape) decides nothing.
        Shown asked = onNextDialogNamed(
            u"removeRolesDialog"_s, [](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(*asked);
        QCOMPARE(page()->review()->decided, 0);
        // Yes records the decision and says what is still to do in the admin center.
        asked = answerNextDialog(u"yesButton"_s);
        const Shown notice = onNextDialog(
            [](QWidget *dialog) { dialog->findChild<QPushButton *>(u"closeNotice"_s)->click(); },
            [](QWidget *dialog) { return dialog->objectName() == u"rolesRemovedNotice"_s; }, 10000);
        m_window->activateWindow();
        goToRow(rowOf(u"Tailspin Advies"_s));
        child<QRadioButton>(u"removeRolesRadio"_s)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(child<QRadioButton>(u"removeRolesRadio"_s), Qt::Key_Space);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(*asked);
        QTRY_VERIFY(*notice);
        QTRY_COMPARE(page()->review()->decided, 1);
        QCOMPARE(page()->table()->item(rowOf(u"Tailspin Advies"_s), ReviewPage::DecisionColumn)->text(),
            u"Remove roles"_s);
    }

    void signOffOnlyByAManagerAndThenFrozen()
    {
        startByKeyboard();
        ReviewService service(*m_fixture->repository, *m_reviews, m_fixture->clock);
        for (const ReviewItem &item : m_reviews->items(page()->review()->id).value())
            QVERIFY(service.decide(op(0), item.id, {ReviewItem::Decision::Keep, u"Checked."_s, {}}).ok());
        auto *signOff = child<QPushButton>(u"signOffButton"_s);
        QTRY_VERIFY(signOff->isEnabled());
        // A Helpdesk Administrator may look, not sign off; the reason is given.
        m_window->setOperators(
            m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
        QVERIFY(!signOff->isEnabled());
        QVERIFY(signOff->toolTip().contains(u"Global Administrator"_s));
        QVERIFY(child<QLabel>(u"reviewPermissionLabel"_s)->isVisible());
        QVERIFY(child<QLabel>(u"reviewPermissionLabel"_s)->text().contains(u"Billing Administrator"_s));
        QVERIFY(!child<QPushButton>(u"recordDecisionButton"_s)->isEnabled());

        m_window->setOperators(m_fixture->repository->operators().value(), u"bram.jansen@hetbaken.example"_s);
        QVERIFY(signOff->isEnabled());
        const Shown note = onNextDialog(
            [](QWidget *dialog) {
                auto *input = qobject_cast<QInputDialog *>(dialog);
                QVERIFY(input);
                input->setTextValue(u"Seen in the team meeting."_s);
                input->accept();
            },
            [](QWidget *dialog) { return qobject_cast<QInputDialog *>(dialog) != nullptr; });
        // The question defaults to No: Return would keep the review open, so Yes is clicked.
        const Shown confirmed = onNextDialog(
            [](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
                box->button(QMessageBox::Yes)->click();
            },
            [](QWidget *dialog) { return dialog->objectName() == u"signOffConfirmation"_s; }, 10000);
        signOff->click();
        QVERIFY(*note);
        QVERIFY(*confirmed);
        QVERIFY(page()->review()->isSignedOff());
        QCOMPARE(page()->review()->signedOffByUpn, u"bram.jansen@hetbaken.example"_s);
        QVERIFY(child<QLabel>(u"reviewProgressText"_s)->text().contains(u"frozen"_s));
        QVERIFY(!signOff->isVisible());
        QVERIFY(!child<QRadioButton>(u"keepRadio"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"recordDecisionButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"startReviewButton"_s)->isEnabled()); // the next review may start
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
