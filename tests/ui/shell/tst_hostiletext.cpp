// Text from outside (a crafted register, a directory service) shown everywhere in the window: every
// label, tooltip and dialog shows it literally. A label or tooltip that Qt renders as rich text may
// carry outside text only escaped; otherwise a name like <img src=...> loads files and any name can
// fake what a dialog says.

#include "directory/findpartnerpage.h"
#include "directory/outboxsender.h"
#include "directory/sqldirectoryrepository.h"
#include "invitations/invitationservice.h"
#include "invitations/invitationspage.h"
#include "partners/partnerpage.h"
#include "relationships/relationshipservice.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "todos/todospage.h"
#include "translations.h"
#include "ui/dialoghelpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSqlError>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

namespace {
// Markup that would show (an image, bold, a link) if rendered, and a right-to-left override.
const QString Hostile
    = u"<img src=\"file:///nonexistent/hostile.png\"><b>Bold</b><a href=\"https://evil.example\">click</a>\u202Etxt.exe"_s;
const QStringList RawMarkers {u"<img"_s, u"<b>Bold"_s, u"<a href=\"https://evil"_s};

bool rendersRich(const QString &text, Qt::TextFormat format)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

QString rawMarker(const QString &text)
{
    for (const QString &marker : RawMarkers) {
        if (text.contains(marker))
            return marker;
    }
    return {};
}
} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init();
    void cleanup();
    void partnersPageAndDetails();
    void partnerDialogs();
    void invitationsPageAndDialogs();
    void findPartnerPageAndContactDialog();
    void historyAndSettings();
    void todosPageAndDialogs();

private:
    // Fails the test where a rich label or tooltip carries outside markup; returns how many texts
    // were checked that hold the hostile name, literally shown.
    int check(QWidget *root, const QString &where);
    int checkView(QAbstractItemView *view, const QString &where);

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlDirectoryRepository> m_directory;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_problems;
};

void TestHostileText::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    // A received invitation from Contoso, before the names turn hostile.
    InvitationService invitations(*m_fixture->repository, m_fixture->clock);
    const Operator anna = m_fixture->repository->operators().value().constFirst();
    QVERIFY(invitations.receive(anna,
        u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10&msppId=0&DAP=true#/BillingAccounts/partner-invitation"_s));
    // A crafted register file: every name, email, website and note a partner or file controls.
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_update"_s)); // whoever crafts a file can do this
    for (const QString &sql : {u"UPDATE organisation SET name = :h || ' school'"_s,
             u"UPDATE operators SET display_name = :h || ' ' || display_name"_s,
             u"UPDATE partners SET name = :h || ' ' || name, email = 'x' || :h || '@evil.example', "
             "website = 'https://evil.example/' || :h"_s,
             u"UPDATE relationships SET end_request_note = :h, gdap_name = substr(:h, 1, 50) "
             "WHERE gdap_name IS NOT NULL OR end_request_note IS NOT NULL"_s,
             u"UPDATE audit_events SET partner_name = :h || ' ' || partner_name, operator_name = :h"_s,
             u"UPDATE directory_entries SET name = :h || ' ' || name, description = :h, "
             "contact_email = :h || '@evil.example', website = :h WHERE name LIKE 'Adatum%'"_s}) {
        QVERIFY(q.prepare(sql));
        q.bindValue(u":h"_s, Hostile);
        QVERIFY2(q.exec(), qPrintable(sql + u": "_s + q.lastError().text()));
    }
    q.finish();
    m_directory
        = std::make_unique<SqlDirectoryRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sender = std::make_unique<OutboxSender>(*m_directory, *m_network, m_fixture->clock);
    UiContext context {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock,
        m_directory.get(), nullptr, m_sender.get()};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->partnerPage()->isLoading());
}

void TestHostileText::cleanup()
{
    const QStringList problems = std::exchange(m_problems, {});
    m_window.reset();
    m_sender.reset();
    m_network.reset();
    m_directory.reset();
    m_fixture.reset();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

int TestHostileText::check(QWidget *root, const QString &where)
{
    int literal = 0;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString name
            = where + u" / "_s + QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            const QString marker = rawMarker(text);
            if (rendersRich(text, label->textFormat()) && !marker.isEmpty())
                m_problems.append(name + u" renders outside markup as rich text: "_s + text.left(200));
            literal += rendersRich(text, label->textFormat()) ? text.contains(Hostile.toHtmlEscaped())
                                                              : text.contains(Hostile);
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            literal += edit->text().contains(Hostile);
        const QString tip = w->toolTip();
        if (Qt::mightBeRichText(tip) && !rawMarker(tip).isEmpty())
            m_problems.append(name + u" has a rich tooltip with outside markup: "_s + tip.left(200));
        literal += tip.contains(Hostile) || tip.contains(Hostile.toHtmlEscaped());
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            literal += checkView(view, name);
    }
    return literal;
}

int TestHostileText::checkView(QAbstractItemView *view, const QString &where)
{
    int literal = 0;
    QAbstractItemModel *model = view->model();
    if (!model)
        return 0;
    for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            if (Qt::mightBeRichText(tip) && !rawMarker(tip).isEmpty())
                m_problems.append(u"%1 row %2 column %3 has a rich tooltip with outside markup: %4"_s.arg(
                    where, QString::number(row), QString::number(column), tip.left(200)));
            literal += tip.contains(Hostile) + index.data(Qt::DisplayRole).toString().contains(Hostile);
        }
    }
    return literal;
}

void TestHostileText::partnersPageAndDetails()
{
    QVERIFY(m_window->windowTitle().contains(Hostile) || !m_window->windowTitle().contains(u"<img"_s));
    int literal = check(m_window.get(), u"window"_s);
    auto *table = m_window->partnerPage()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        literal += check(m_window.get(), u"partner row %1"_s.arg(row));
    }
    QVERIFY2(literal > 20, qPrintable(QString::number(literal))); // the names are shown, literally
}

void TestHostileText::partnerDialogs()
{
    m_window->partnerPage()->selectPartner(contosoTenant);
    for (const QString &button : {u"removeRolesButton"_s, u"editButton"_s, u"requestEndButton"_s,
             u"acceptAgreementButton"_s, u"markEndedButton"_s}) {
        m_window->partnerPage()->selectPartner(
            button == u"acceptAgreementButton"_s ? northwindTenant : contosoTenant);
        auto *b = m_window->findChild<QPushButton *>(button);
        QVERIFY2(b, qPrintable(button));
        if (!b->isEnabled())
            continue;
        int literal = -1;
        auto shown = onNextDialog([&](QWidget *dialog) {
            literal = check(dialog, button);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        b->click();
        QTRY_VERIFY2(*shown, qPrintable(button));
        QVERIFY2(literal > 0, qPrintable(button + u": the dialog does not show the partner's name"_s));
    }
}

void TestHostileText::invitationsPageAndDialogs()
{
    m_window->showPage(MainWindow::InvitationsPage);
    InvitationsPage *page = m_window->invitationsPage();
    QTRY_COMPARE(page->table()->rowCount(), 1);
    page->table()->selectRow(0);
    QVERIFY(check(m_window.get(), u"invitations"_s) > 0);
    for (QPushButton *button : {page->acceptButton(), page->cancelButton()}) {
        QVERIFY(button->isEnabled());
        int literal = -1;
        auto shown = onNextDialog([&](QWidget *dialog) {
            literal = check(dialog, button->objectName());
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        button->click();
        QTRY_VERIFY(*shown);
        QVERIFY2(literal > 0, qPrintable(button->objectName()));
    }
}

void TestHostileText::findPartnerPageAndContactDialog()
{
    m_window->showPage(MainWindow::FindPartnerPage);
    FindPartnerPage *page = m_window->findPartnerPage();
    page->keywordsEdit()->setText(u"adatum"_s);
    QTRY_VERIFY(page->table()->rowCount() > 0);
    QVERIFY(check(m_window.get(), u"find a partner"_s) > 0);
    page->table()->item(0, 0)->setCheckState(Qt::Checked);
    int literal = -1;
    auto shown = onNextDialogNamed(u"contactDialog"_s, [&](QWidget *dialog) {
        literal = check(dialog, u"contact dialog"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    page->contactButton()->click();
    QTRY_VERIFY(*shown);
    QVERIFY(literal > 0);
}

void TestHostileText::historyAndSettings()
{
    m_window->showPage(MainWindow::HistoryPage);
    QTRY_VERIFY(check(m_window.get(), u"history"_s) > 0);
    m_window->showPage(MainWindow::RegisterSettingsPage);
    QVERIFY(check(m_window.get(), u"settings"_s) > 0);
}

void TestHostileText::todosPageAndDialogs()
{
    // A decision on the hostile-named partner, by the hostile-named operator: both reach the to-do.
    RelationshipService service(*m_fixture->repository, m_fixture->clock);
    QVERIFY(
        service.removeRoles(m_fixture->repository->operators().value().constFirst(), {contosoTenant}).ok());
    m_window->showPage(MainWindow::TodoListPage);
    TodosPage *page = m_window->todosPage();
    QTRY_COMPARE(page->table()->rowCount(), 1);
    QVERIFY(check(m_window.get(), u"to do in Microsoft 365"_s) > 0);
    for (const QString &button : {u"markDoneButton"_s, u"withdrawButton"_s}) {
        int literal = -1;
        auto shown = onNextDialog([&](QWidget *dialog) {
            literal = check(dialog, button);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        page->findChild<QPushButton *>(button)->click();
        QTRY_VERIFY2(*shown, qPrintable(button));
        QVERIFY2(literal > 0, qPrintable(button + u": the dialog does not show the partner's name"_s));
    }
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
