#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnDemoRegisterAndShowsPartners();
    void rowsHaveFixedHeight();
    void operatorCanBeSwitched();
    void languageSwitchRetranslatesWindow();
    void languageMenuAsksForLanguage();

private:
    QStringList column(int column) const;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    Translations m_translations;
};

void TestMainWindow::init()
{
    m_translations.setLanguage(u"en"_s);
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    const QString path = m_fixture->path();
    UiContext context {*m_fixture->repository, repositoryOpener(path), m_fixture->clock};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->partnerPage()->isLoading());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

QStringList TestMainWindow::column(int column) const
{
    auto *table = m_window->findChild<QTableView *>(u"partnerTable"_s);
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values.append(table->model()->index(row, column).data().toString());
    return values;
}

void TestMainWindow::opensOnDemoRegisterAndShowsPartners()
{
    // The first page is the overview of the whole register.
    QCOMPARE(m_window->findChild<QLabel *>(u"pageTitleLabel"_s)->text(), u"Overview"_s);
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), u"14 current partners; 2 at high risk"_s);
    m_window->showPage(MainWindow::PartnersPage);
    auto *table = m_window->findChild<QTableView *>(u"partnerTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 14);
    QCOMPARE(table->model()->columnCount(), 8);
    const QStringList names = column(0);
    QVERIFY(names.contains(u"Contoso Onderwijs ICT"_s));
    QVERIFY(names.contains(u"Woodgrove Security"_s));
    const int contoso = int(names.indexOf(u"Contoso Onderwijs ICT"_s));
    QCOMPARE(column(PartnerTableModel::RiskColumn).at(contoso), u"High"_s); // beside the name
    QCOMPARE(column(PartnerTableModel::TypeColumn).at(contoso), u"Reseller & delegated administrator"_s);
    QCOMPARE(column(PartnerTableModel::RolesColumn).at(contoso),
        u"Global Administrator, Helpdesk Administrator"_s);
    QCOMPARE(
        column(PartnerTableModel::RolesColumn).at(names.indexOf(u"Fabrikam Cloud Solutions"_s)), u"None"_s);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Partner name"_s);
    QVERIFY(m_window->windowTitle().contains(u"Het Baken College"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"14 of 14 partners"_s);
}

void TestMainWindow::rowsHaveFixedHeight()
{
    auto *table = m_window->findChild<QTableView *>(u"partnerTable"_s);
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(table->rowHeight(0), table->rowHeight(13));
}

void TestMainWindow::operatorCanBeSwitched()
{
    auto *combo = m_window->findChild<QComboBox *>(u"operatorCombo"_s);
    auto *roles = m_window->findChild<QLabel *>(u"operatorRolesLabel"_s);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(m_window->currentOperator().upn, u"anna.devries@hetbaken.example"_s);
    QVERIFY(roles->text().contains(u"Global Administrator"_s));

    QSignalSpy spy(m_window.get(), &MainWindow::operatorChanged);
    combo->setFocus();
    const int chloe = combo->findData(u"chloe.bakker@hetbaken.example"_s);
    QVERIFY(chloe >= 0);
    combo->setCurrentIndex(chloe);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Operator>().upn, u"chloe.bakker@hetbaken.example"_s);
    QCOMPARE(m_window->currentOperator().displayName, u"Chloé Bakker"_s);
    QVERIFY(roles->text().contains(u"Helpdesk Administrator"_s));
}

void TestMainWindow::languageSwitchRetranslatesWindow()
{
    auto *table = m_window->findChild<QTableView *>(u"partnerTable"_s);
    auto *title = m_window->findChild<QLabel *>(u"pageTitleLabel"_s);
    m_window->showPage(MainWindow::PartnersPage);
    QCOMPARE(title->text(), u"Partner relationships"_s);

    QVERIFY(m_translations.setLanguage(u"nl"_s));
    // Qt posts LanguageChange; the window retranslates when the event loop delivers it.
    QTRY_COMPARE(title->text(), u"Partnerrelaties"_s);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Partnernaam"_s);
    const int contoso = int(column(0).indexOf(u"Contoso Onderwijs ICT"_s));
    QCOMPARE(column(PartnerTableModel::RiskColumn).at(contoso), u"Hoog"_s);
    QCOMPARE(column(PartnerTableModel::TypeColumn).at(contoso), u"Wederverkoper & gedelegeerde beheerder"_s);
    QCOMPARE(column(PartnerTableModel::RolesColumn).at(contoso), u"Globale beheerder, Helpdeskbeheerder"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"14 van 14 partners"_s);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&Bestand"_s);

    QVERIFY(m_translations.setLanguage(u"en"_s));
    QTRY_COMPARE(title->text(), u"Partner relationships"_s);
    QCOMPARE(column(PartnerTableModel::TypeColumn).at(contoso), u"Reseller & delegated administrator"_s);
}

void TestMainWindow::languageMenuAsksForLanguage()
{
    QSignalSpy spy(m_window.get(), &MainWindow::languageRequested);
    QAction *dutch = m_window->findChild<QAction *>(u"actionDutch"_s);
    QVERIFY(dutch);
    dutch->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"nl"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
