// The overview page: the first page of the window; each tile and each bar, opened by mouse or by
// keyboard, shows the partner list filtered to exactly the partners it counted; the way back shows
// everyone; a change in the register shows on the overview.

#include "activity/activityimportdialog.h"
#include "activity/signingenerator.h"
#include "activity/sqlactivityrepository.h"
#include "overview/overviewchartview.h"
#include "overview/overviewpage.h"
#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "relationships/relationshipservice.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestOverviewPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlActivityRepository> m_activity;
    std::unique_ptr<MainWindow> m_window;
    Translations m_translations;

    UiContext context() const
    {
        UiContext c {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
        c.activity = m_activity.get();
        const QString path = m_fixture->path();
        c.openActivity = [path] { return SqlActivityRepository::openConnection(path); };
        return c;
    }
    void importDemoLog()
    {
        const QString path = m_fixture->dir.filePath(u"signins.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(SignInGenerator::write(
            file, SignInGenerator::demo(u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s, fixedNow())));
        file.close();
        ActivityImportDialog dialog(context(), m_fixture->repository->operators().value().at(0), path);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isReading(); }, 20000));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"activityKeepButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    PartnerPage *partners() const { return m_window->partnerPage(); }
    // After a tile or bar opened the list: the list shows count partners, and says where they came from.
    void expectList(int count, const QString &what)
    {
        QCOMPARE(m_window->findChild<QListWidget *>(u"navigationList"_s)->currentRow(),
            int(MainWindow::PartnersPage));
        QTRY_VERIFY(!partners()->isLoading());
        QVERIFY2(partners()->model()->rowCount() == count,
            qPrintable(
                u"%1: %2 shown, %3 counted"_s.arg(what).arg(partners()->model()->rowCount()).arg(count)));
        auto *label = m_window->findChild<QLabel *>(u"sliceLabel"_s);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"%1 partner"_s.arg(count)), qPrintable(label->text()));
        // The way back shows every partner again.
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"sliceClearButton"_s), Qt::LeftButton);
        QCOMPARE(partners()->model()->rowCount(), 14);
        QVERIFY(!label->isVisible());
        m_window->showPage(MainWindow::OverviewPage);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init()
    {
        m_fixture = std::make_unique<DemoRegisterFixture>();
        QVERIFY(m_fixture->create());
        m_activity = std::make_unique<SqlActivityRepository>(
            *m_fixture->database, m_fixture->repository->notifier());
        importDemoLog();
        m_window = std::make_unique<MainWindow>(context());
        m_window->setOperators(
            m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(!partners()->isLoading());
    }
    void cleanup()
    {
        m_window.reset();
        m_activity.reset();
        m_fixture.reset();
    }

    void theWindowOpensOnTheOverview()
    {
        QCOMPARE(m_window->findChild<QListWidget *>(u"navigationList"_s)->currentRow(),
            int(MainWindow::OverviewPage));
        OverviewPage *page = m_window->overviewPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->overview().partners, 14);
        QCOMPARE(page->tiles().at(0)->text(), u"14\nCurrent partners"_s);
        QCOMPARE(page->tiles().at(1)->text(), u"2\nHigh risk"_s);
        QCOMPARE(m_window->statusBar()->currentMessage(), u"14 current partners; 2 at high risk"_s);
        // Every chart has its figures, also for a screen reader; the sign-ins come from the log.
        QCOMPARE(page->charts().size(), 5);
        QVERIFY(page->charts().at(0)->accessibleDescription().startsWith(u"Partners by risk: High: 2"_s));
        const OverviewChart &weeks = page->charts().at(4)->chart();
        QVERIFY(weeks.bars.size() > 4);
        QVERIFY(weeks.total() > 0);
    }

    void eachTileOpensThePartnersItCounts()
    {
        OverviewPage *page = m_window->overviewPage();
        for (int i = 0; i < page->overview().tiles.size(); ++i) {
            const OverviewBar tile = page->overview().tiles.at(i);
            if (tile.count == 0)
                continue;
            QTest::mouseClick(page->tiles().at(i), Qt::LeftButton);
            expectList(tile.count, tile.label);
        }
    }

    void eachBarOpensThePartnersItCountsByKeyboard()
    {
        OverviewPage *page = m_window->overviewPage();
        int opened = 0;
        for (OverviewChartView *view : page->charts()) {
            const OverviewChart chart = view->chart();
            for (int i = 0; i < chart.bars.size(); ++i) {
                const OverviewBar bar = chart.bars.at(i);
                if (!bar.slice.isFilter() || bar.count == 0)
                    continue;
                view->setFocus(Qt::TabFocusReason);
                QTest::keyClick(view, Qt::Key_Home);
                const Qt::Key next = chart.horizontal ? Qt::Key_Down : Qt::Key_Right;
                for (int step = 0; step < i; ++step)
                    QTest::keyClick(view, next);
                QCOMPARE(view->focusedBar(), i);
                QTest::keyClick(view, Qt::Key_Return);
                // A bar of one named partner counts its privileged roles and opens that partner.
                const bool onePartner = bar.slice.kind == OverviewSlice::Kind::Partner;
                if (onePartner)
                    QCOMPARE(partners()->model()->index(0, 0).data().toString(), bar.label);
                expectList(onePartner ? 1 : bar.count, chart.title + u" / "_s + bar.label);
                ++opened;
            }
        }
        QVERIFY(opened >= 8); // risk levels, partners with privileged roles, GDAP, to-dos
    }

    void aBarOpensByMouseToo()
    {
        OverviewChartView *risk = m_window->overviewPage()->charts().at(0);
        const QRectF high = risk->barRect(0);
        QVERIFY(!high.isEmpty());
        QTest::mouseClick(risk, Qt::LeftButton, {}, high.center().toPoint());
        expectList(2, u"High"_s);
        // A week's sign-ins count sign-ins, not partners: it opens nothing.
        OverviewChartView *weeks = m_window->overviewPage()->charts().at(4);
        QTest::mouseClick(weeks, Qt::LeftButton, {},
            weeks->barRect(int(weeks->chart().bars.size()) - 1).center().toPoint());
        QCOMPARE(m_window->findChild<QListWidget *>(u"navigationList"_s)->currentRow(),
            int(MainWindow::OverviewPage));
    }

    void aChangeShowsOnTheOverview()
    {
        OverviewPage *page = m_window->overviewPage();
        const int openTodos = page->overview().tiles.at(5).count;
        RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
        QVERIFY(relationships.removeRoles(m_fixture->repository->operators().value().at(0), {tailspinTenant})
                    .ok());
        QTRY_COMPARE(page->overview().tiles.at(5).count, openTodos + 1);
        QCOMPARE(page->tiles().at(5)->text(), u"%1\nStill to do in Microsoft 365"_s.arg(openTodos + 1));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
