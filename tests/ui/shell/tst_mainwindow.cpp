#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "ui/dialoghelpers.h"
#include "widgets/focusstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

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
    void ctrlFFindsOnEveryPageWithASearch();
    void tabLeavesEveryTable();
    void keyboardFocusIsVisible();
    void riskIconSurvivesTheSelectedRow();
    void helpSaysHowItWorksAndLinksToMicrosoft();
    void selectingAPartnerKeepsFiltersThatShowIt();

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

void TestMainWindow::ctrlFFindsOnEveryPageWithASearch()
{
    const QList<std::pair<MainWindow::Page, QString>> pages {{MainWindow::PartnersPage, u"filterEdit"_s},
        {MainWindow::FindPartnerPage, u"keywordsEdit"_s}, {MainWindow::HistoryPage, u"partnerEdit"_s}};
    for (const auto &[page, name] : pages) {
        m_window->showPage(page);
        auto *edit = m_window->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(u"contoso"_s);
        m_window->findChild<QListWidget *>(u"navigationList"_s)->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY2(edit->hasFocus(), qPrintable(name));
        QCOMPARE(edit->selectedText(), u"contoso"_s);
        // Escape clears it; a second Escape leaves the box.
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY2(edit->text().isEmpty(), qPrintable(name));
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY2(!edit->hasFocus(), qPrintable(name));
    }
}

void TestMainWindow::tabLeavesEveryTable()
{
    // Tab never walks cells: it leaves the table, and the arrows move the selection.
    for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>())
        QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));
}

namespace {
// Pixels that differ clearly between two pictures of the same widget.
int clearlyDifferent(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            const int d = std::max({std::abs(p.red() - q.red()), std::abs(p.green() - q.green()),
                std::abs(p.blue() - q.blue())});
            count += d >= 80 ? 1 : 0;
        }
    }
    return count;
}

// How clearly keyboard focus shows on a widget: the widget drawn with focus beside without.
int focusContrast(QWidget *widget, QWidget *elsewhere)
{
    // As after the Tab key or a shortcut: the window then shows keyboard focus.
    elsewhere->setFocus(Qt::ShortcutFocusReason);
    QCoreApplication::processEvents();
    const QImage without = widget->grab().toImage();
    widget->setFocus(Qt::ShortcutFocusReason);
    QCoreApplication::processEvents();
    const QImage with = widget->grab().toImage();
    return clearlyDifferent(without, with);
}
} // namespace

void TestMainWindow::keyboardFocusIsVisible()
{
    QVERIFY(qobject_cast<FocusStyle *>(QApplication::style()));
    m_window->showPage(MainWindow::PartnersPage);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
    auto *attention = m_window->findChild<QCheckBox *>(u"attentionCheck"_s);
    auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    m_window->partnerPage()->selectPartner(contosoTenant);
    auto *remove = m_window->findChild<QPushButton *>(u"removeRolesButton"_s);
    QVERIFY(navigation && attention && filter && remove && remove->isEnabled());
    // A ring around the control: at least as many clearly changed pixels as its outline is long.
    for (QWidget *widget : std::initializer_list<QWidget *> {navigation, attention, remove}) {
        const int changed = focusContrast(widget, filter);
        const int outline = widget == navigation
            ? 2 * navigation->visualItemRect(navigation->currentItem()).width()
            : widget->width() + widget->height();
        QVERIFY2(changed >= outline,
            qPrintable(
                u"%1: %2 pixels changed, outline %3"_s.arg(widget->objectName()).arg(changed).arg(outline)));
    }
}

void TestMainWindow::riskIconSurvivesTheSelectedRow()
{
    auto *table = m_window->findChild<QTableView *>(u"partnerTable"_s);
    const int contoso = int(column(0).indexOf(u"Contoso Onderwijs ICT"_s));
    const QModelIndex risk = table->model()->index(contoso, PartnerTableModel::RiskColumn);
    const QIcon icon = risk.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    // The picture is the same on a selected row: not tinted by the highlight colour.
    QCOMPARE(icon.pixmap(16, QIcon::Selected).toImage(), icon.pixmap(16, QIcon::Normal).toImage());
    // High and medium look different; a partner with no risk has no picture and says None.
    QStringList levels;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex cell = table->model()->index(row, PartnerTableModel::RiskColumn);
        if (cell.data().toString() == u"None"_s) {
            // An empty space, so the level names line up.
            const QImage none = cell.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
            QVERIFY(!none.isNull());
            for (int y = 0; y < none.height(); ++y) {
                for (int x = 0; x < none.width(); ++x)
                    QCOMPARE(qAlpha(none.pixel(x, y)), 0);
            }
        } else
            levels << cell.data().toString();
    }
    QVERIFY(levels.contains(u"High"_s));
    // The cell is wide enough for the picture and the longest level name.
    QVERIFY(table->columnWidth(PartnerTableModel::RiskColumn)
        >= table->fontMetrics().horizontalAdvance(u"Medium"_s) + 16);
}

void TestMainWindow::helpSaysHowItWorksAndLinksToMicrosoft()
{
    QString text;
    const auto shown = onNextDialog([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        text = box->text() + box->informativeText();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QVERIFY(*shown);
    QVERIFY2(text.contains(u"does not change your tenant"_s), qPrintable(text));
    QVERIFY(text.contains(u"To do in Microsoft 365"_s));
    auto *link = m_window->findChild<QAction *>(u"actionPartnerHelp"_s);
    QVERIFY(link);
    QCOMPARE(link->data().toUrl(),
        QUrl(u"https://learn.microsoft.com/en-us/microsoft-365/commerce/manage-partners"_s));
    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QTRY_COMPARE(link->data().toUrl(),
        QUrl(u"https://learn.microsoft.com/nl-nl/microsoft-365/commerce/manage-partners"_s));
}

void TestMainWindow::selectingAPartnerKeepsFiltersThatShowIt()
{
    // An accepted invitation selects its partner. A filter that shows the partner stays as the admin
    // set it; one that would hide it is cleared, so the new partner is never left unselected.
    m_window->showPage(MainWindow::PartnersPage);
    auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    auto *table = m_window->findChild<QTableView *>(u"partnerTable"_s);
    QVERIFY(filter && table);
    const auto selectedName = [table] {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data().toString() : QString();
    };
    QTest::keyClicks(filter, u"Contoso"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    m_window->partnerPage()->selectPartner(contosoTenant);
    QCOMPARE(filter->text(), u"Contoso"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(selectedName(), u"Contoso Onderwijs ICT"_s);

    m_window->partnerPage()->selectPartner(woodgroveTenant);
    QCOMPARE(filter->text(), QString());
    QVERIFY(table->model()->rowCount() > 1);
    QCOMPARE(selectedName(), u"Woodgrove Security"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
