// Keyboard accelerators never clash: in both languages, on every page (with the menu bar it is shown
// with), in every menu and in the dialogs the pages open, no two visible things answer to the same
// Alt+letter. A clash means one of them can never be reached by its letter.
#include "partners/partnerpage.h"
#include "relationships/relationshipservice.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "todos/todospage.h"
#include "translations.h"
#include "ui/dialoghelpers.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

class TestAccelerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesAndMenus_data();
    void pagesAndMenus();
    void dialogs_data();
    void dialogs();
    void clashCheckFindsAClash();

private:
    // "Alt+H" → the texts that use it, for everything visible in the window of root (child windows not).
    static QMultiMap<QString, QString> mnemonics(QWidget *root);
    // One line per key used more than once; empty when none clash.
    static QStringList clashes(const QMultiMap<QString, QString> &used);
    void setUp(const QString &language);
    void selectPartner(const QString &tenantId);

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

void addMnemonic(QMultiMap<QString, QString> &used, const QString &text, const QString &what)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        used.insert(key.toString(QKeySequence::PortableText), what + u" \""_s + text + u'"');
}

} // namespace

QMultiMap<QString, QString> TestAccelerators::mnemonics(QWidget *root)
{
    QMultiMap<QString, QString> used;
    QWidget *window = root->window();
    auto shown = [window](QWidget *w) { return w->window() == window && w->isVisibleTo(window); };
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (shown(button))
            addMnemonic(used, button->text(), u"button"_s);
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        // A label's letter works only through its buddy; without one Qt shows the & as it is.
        if (shown(label) && label->buddy())
            addMnemonic(used, label->text(), u"label"_s);
    }
    for (QGroupBox *group : root->findChildren<QGroupBox *>()) {
        if (shown(group))
            addMnemonic(used, group->title(), u"group"_s);
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            addMnemonic(used, tabs->tabText(i), u"tab"_s);
    }
    for (QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        if (!shown(bar))
            continue;
        for (QAction *action : bar->actions()) {
            if (action->isVisible())
                addMnemonic(used, action->text(), u"menu"_s);
        }
    }
    return used;
}

QStringList TestAccelerators::clashes(const QMultiMap<QString, QString> &used)
{
    QStringList out;
    for (const QString &key : used.uniqueKeys()) {
        QStringList users = used.values(key);
        users.sort();
        if (users.size() > 1)
            out.append(key + u": "_s + users.join(u", "_s));
    }
    return out;
}

void TestAccelerators::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestAccelerators::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    QVERIFY(m_translations.setLanguage(u"en"_s));
}

void TestAccelerators::setUp(const QString &language)
{
    QVERIFY(m_translations.setLanguage(language));
    UiContext context {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->partnerPage()->isLoading());
}

void TestAccelerators::selectPartner(const QString &tenantId)
{
    m_window->showPage(MainWindow::PartnersPage);
    m_window->partnerPage()->selectPartner(tenantId);
    QCoreApplication::processEvents();
}

void TestAccelerators::pagesAndMenus_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestAccelerators::pagesAndMenus()
{
    QFETCH(QString, language);
    setUp(language);
    // The language really is the one asked for.
    QCOMPARE(m_window->menuBar()->actions().constFirst()->text(),
        language == "nl"_L1 ? u"&Bestand"_s : u"&File"_s);
    QStringList problems;
    // The partner page once with an active relationship and once with one whose end was requested:
    // the details pane shows other buttons then.
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(service
                .requestEnd(m_fixture->repository->operators().value().constFirst(), northwindTenant,
                    {fixedNow().date(), u"email"_s, {}})
                .ok());
    for (const QString &tenant : {contosoTenant, northwindTenant}) {
        selectPartner(tenant);
        if (qEnvironmentVariableIsSet("ACCELERATORS_DUMP"))
            qInfo() << tenant << mnemonics(m_window.get());
        for (const QString &clash : clashes(mnemonics(m_window.get())))
            problems.append(u"partners ("_s + tenant + u"): "_s + clash);
    }
    int pages = 0;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        if (page == MainWindow::PartnersPage)
            continue; // above, with both kinds of partner
        m_window->showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        const QMultiMap<QString, QString> used = mnemonics(m_window.get());
        if (qEnvironmentVariableIsSet("ACCELERATORS_DUMP"))
            qInfo() << page << used;
        QVERIFY2(used.size() > 3, qPrintable(u"page %1 shows almost no accelerators"_s.arg(page)));
        for (const QString &clash : clashes(used))
            problems.append(u"page %1: "_s.arg(page) + clash);
        ++pages;
    }
    QCOMPARE(pages, int(MainWindow::PageCount) - 1);
    // Within each menu.
    for (QAction *top : m_window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        QMultiMap<QString, QString> used;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                addMnemonic(used, action->text(), u"item"_s);
        }
        for (const QString &clash : clashes(used))
            problems.append(u"menu "_s + top->text() + u": "_s + clash);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestAccelerators::dialogs_data()
{
    pagesAndMenus_data();
}

void TestAccelerators::dialogs()
{
    QFETCH(QString, language);
    setUp(language);
    QStringList problems;
    int checked = 0;
    auto inspect = [&](const QString &what, const std::function<void()> &open) {
        auto shown = onNextDialog([&](QWidget *dialog) {
            const QMultiMap<QString, QString> used = mnemonics(dialog);
            if (used.isEmpty())
                problems.append(what + u": no accelerators at all"_s);
            for (const QString &clash : clashes(used))
                problems.append(what + u": "_s + clash);
            ++checked;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        open();
        QTRY_VERIFY2(*shown, qPrintable(what));
    };
    auto click = [this](const QString &button) {
        return [this, button] {
            auto *b = m_window->findChild<QPushButton *>(button);
            QVERIFY2(b && b->isEnabled(), qPrintable(button));
            b->click();
        };
    };
    selectPartner(contosoTenant);
    inspect(u"edit partner"_s, click(u"editButton"_s));
    inspect(u"request end"_s, click(u"requestEndButton"_s));
    inspect(u"remove roles?"_s, click(u"removeRolesButton"_s));
    selectPartner(northwindTenant);
    inspect(u"accept agreement"_s, click(u"acceptAgreementButton"_s));
    m_window->showPage(MainWindow::RegisterSettingsPage);
    inspect(u"add operator"_s, click(u"addOperatorButton"_s));

    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(
        service.removeRoles(m_fixture->repository->operators().value().constFirst(), {contosoTenant}).ok());
    m_window->showPage(MainWindow::TodoListPage);
    QTRY_COMPARE(m_window->todosPage()->table()->rowCount(), 1);
    inspect(u"mark as done"_s, click(u"markDoneButton"_s));
    inspect(u"withdraw"_s, click(u"withdrawButton"_s));
    QCOMPARE(checked, 7);
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestAccelerators::clashCheckFindsAClash()
{
    // The check itself: two buttons on H, a label whose buddy makes its & count, one without.
    QWidget window;
    auto *first = new QPushButton(u"&Help"_s, &window);
    auto *second = new QPushButton(u"&Handelend als"_s, &window);
    auto *label = new QLabel(u"&Taal"_s, &window);
    label->setBuddy(first);
    auto *plain = new QLabel(u"&Tot"_s, &window);
    window.show();
    const QMultiMap<QString, QString> used = mnemonics(&window);
    QCOMPARE(used.size(), 3);
    QCOMPARE(clashes(used), QStringList {u"Alt+H: button \"&Handelend als\", button \"&Help\""_s});
    label->setBuddy(nullptr);
    second->setText(u"Ha&ndelend als"_s);
    QVERIFY(clashes(mnemonics(&window)).isEmpty());
    (void)plain;
}

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
