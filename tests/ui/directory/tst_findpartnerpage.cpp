#include "directory/contactservice.h"
#include "directory/directoryrefresher.h"
#include "directory/findpartnerpage.h"
#include "directory/outboxsender.h"
#include "directory/sqldirectoryrepository.h"
#include "invitations/invitationspage.h"
#include "partners/partnerpage.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "ui/dialoghelpers.h"
#include "widgets/highlightdelegate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

class TestFindPartnerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init();
    void cleanup();
    void searchesAsYouType();
    void matchedWordsAreMarked();
    void checkboxesEnableContactButton();
    void formValidationAndQueuedRequestShownQueued();
    void helpdeskCannotContact();
    void invitationFromDirectoryPartnerIsRecognised();
    void changingTheServiceAsksBeforeSendingQueuedRequests();

private:
    int rowOf(const QString &name) const;
    void check(const QString &name);

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlDirectoryRepository> m_directory;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DirectoryRefresher> m_refresher;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<MainWindow> m_window;
    FindPartnerPage *m_page = nullptr;
};

void TestFindPartnerPage::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_directory
        = std::make_unique<SqlDirectoryRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_refresher = std::make_unique<DirectoryRefresher>(*m_directory, *m_network);
    m_sender = std::make_unique<OutboxSender>(*m_directory, *m_network, m_fixture->clock);
    UiContext context {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock,
        m_directory.get(), m_refresher.get(), m_sender.get()};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->partnerPage()->isLoading());
    m_window->showPage(MainWindow::FindPartnerPage);
    m_page = m_window->findPartnerPage();
}

void TestFindPartnerPage::cleanup()
{
    m_window.reset();
    m_sender.reset();
    m_refresher.reset();
    m_network.reset();
    m_directory.reset();
    m_fixture.reset();
}

int TestFindPartnerPage::rowOf(const QString &name) const
{
    for (int row = 0; row < m_page->table()->rowCount(); ++row) {
        if (m_page->table()->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

void TestFindPartnerPage::check(const QString &name)
{
    const int row = rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    m_page->table()->item(row, 0)->setCheckState(Qt::Checked);
}

void TestFindPartnerPage::searchesAsYouType()
{
    QCOMPARE(m_page->table()->rowCount(), 200); // the first page of the whole directory
    QTest::keyClicks(m_page->locationEdit(), u"Gent"_s);
    QTest::keyClicks(m_page->keywordsEdit(), u"defen"_s);
    QVERIFY(rowOf(u"Lamna Security Gent"_s) >= 0);
    for (int row = 0; row < m_page->table()->rowCount(); ++row)
        QVERIFY(m_page->table()->item(row, 1)->text().contains(u"Gent"_s));
    m_page->sizeCombo()->setCurrentIndex(m_page->sizeCombo()->findData(int(OrganisationSize::Small)));
    QCOMPARE(rowOf(u"Lamna Security Gent"_s), -1); // Lamna does not serve small organisations
    QTest::keyClicks(m_page->keywordsEdit(), u"zzzz"_s);
    QCOMPARE(m_page->table()->rowCount(), 0);
    QVERIFY2(m_page->findChild<QLabel *>(u"resultCountLabel"_s)->text().contains(u"0 matches"_s),
        qPrintable(m_page->findChild<QLabel *>(u"resultCountLabel"_s)->text()));
}

namespace {
int markedPixels(QWidget *view)
{
    const QImage image = view->grab().toImage();
    const QRgb mark = HighlightDelegate::markColour().rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xffffff) == (mark & 0xffffff) ? 1 : 0;
    }
    return count;
}
} // namespace

void TestFindPartnerPage::matchedWordsAreMarked()
{
    QCOMPARE(markedPixels(m_page->table()->viewport()), 0); // nothing searched, nothing marked
    QTest::keyClicks(m_page->keywordsEdit(), u"lamna DEFEN"_s);
    const int row = rowOf(u"Lamna Security Gent"_s);
    QVERIFY(row >= 0);
    // The words as typed, in any case, where they occur in what is shown.
    const QString name = m_page->table()->item(row, 0)->text();
    QCOMPARE(m_page->highlight()->matches(name), (QList<std::pair<int, int>> {{0, 5}}));
    QCOMPARE(m_page->highlight()->matches(u"Defender and defence"_s),
        (QList<std::pair<int, int>> {{0, 5}, {13, 5}}));
    QVERIFY(markedPixels(m_page->table()->viewport()) > 50);
    // Escape clears the search, and the marks go with it.
    m_page->keywordsEdit()->setFocus();
    QTest::keyClick(m_page->keywordsEdit(), Qt::Key_Escape);
    QVERIFY(m_page->keywordsEdit()->text().isEmpty());
    QCOMPARE(markedPixels(m_page->table()->viewport()), 0);
}

void TestFindPartnerPage::checkboxesEnableContactButton()
{
    m_page->keywordsEdit()->setText(u"adatum"_s);
    QVERIFY(!m_page->contactButton()->isEnabled());
    check(u"Adatum Schoolsupport"_s);
    QVERIFY(m_page->contactButton()->isEnabled());
    // A ticked provider stays ticked while searching for another.
    m_page->keywordsEdit()->setText(u"lamna"_s);
    QVERIFY(m_page->contactButton()->isEnabled());
    check(u"Lamna Security Gent"_s);
    QCOMPARE(m_page->checkedCount(), 2);
    m_page->keywordsEdit()->setText(u"adatum"_s);
    QCOMPARE(m_page->table()->item(rowOf(u"Adatum Schoolsupport"_s), 0)->checkState(), Qt::Checked);
    m_page->table()->item(rowOf(u"Adatum Schoolsupport"_s), 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_page->checkedCount(), 1);
    m_page->keywordsEdit()->setText(u"lamna"_s);
    m_page->table()->item(rowOf(u"Lamna Security Gent"_s), 0)->setCheckState(Qt::Unchecked);
    QVERIFY(!m_page->contactButton()->isEnabled());
}

void TestFindPartnerPage::formValidationAndQueuedRequestShownQueued()
{
    m_page->keywordsEdit()->setText(u"adatum"_s);
    check(u"Adatum Schoolsupport"_s);
    QStringList problems;
    onNextDialog([&](QWidget *dialog) {
        auto *send = dialog->findChild<QPushButton *>(u"sendButton"_s);
        auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
        // No directory service is set up: the button says what will happen.
        QCOMPARE(send->text(), u"&Queue requests"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"organisationEdit"_s)->text(), u"Het Baken College"_s);
        send->click(); // no size chosen
        problems << problem->text();
        auto *size = dialog->findChild<QComboBox *>(u"sizeCombo"_s);
        size->setCurrentIndex(size->findData(int(OrganisationSize::Medium)));
        auto *email = dialog->findChild<QLineEdit *>(u"emailEdit"_s);
        email->setText(u"anna@"_s);
        send->click();
        problems << problem->text();
        QCOMPARE(dialog->focusWidget(), email); // the window's focus, whether or not it is active yet
        // The message sits right under the field it is about, and goes once that field is fixed.
        QVERIFY(problem->isVisible());
        auto *phone = dialog->findChild<QLineEdit *>(u"phoneEdit"_s);
        const int problemY = problem->mapTo(dialog, QPoint(0, 0)).y();
        QVERIFY(problemY > email->mapTo(dialog, QPoint(0, 0)).y());
        QVERIFY(problemY < phone->mapTo(dialog, QPoint(0, 0)).y());
        QTest::keyClicks(email, u"@"_s); // still not an address
        QVERIFY(problem->isVisible());
        email->clear();
        QTest::keyClicks(email, u"anna.devries@hetbaken.example"_s);
        QVERIFY(!problem->isVisible());
        send->click(); // no description yet
        problems << problem->text();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"needsEdit"_s), u"Laptops for 120 pupils."_s);
        send->click();
    });
    m_page->contactButton()->click();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(u"size"_s), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(u"email address"_s), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(u"business needs"_s), qPrintable(problems.at(2)));

    const QList<ContactRequest> requests = m_directory->contactRequests().value();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().state, ContactRequest::State::Queued);
    QCOMPARE(requests.constFirst().needs, u"Laptops for 120 pupils."_s);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'contact.requested'"_s), 1);
    // No directory service is set up: the request waits, and the page says so per provider.
    const int row = rowOf(u"Adatum Schoolsupport"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->table()->item(row, 4)->text(), u"Queued (not sent yet)"_s);
    QVERIFY(m_page->statusText().contains(u"outbox"_s));
    QCOMPARE(m_page->checkedCount(), 0);
}

void TestFindPartnerPage::helpdeskCannotContact()
{
    m_window->setOperators(m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
    m_page->keywordsEdit()->setText(u"adatum"_s);
    check(u"Adatum Schoolsupport"_s);
    QVERIFY(!m_page->contactButton()->isEnabled());
    QVERIFY(m_page->contactButton()->toolTip().contains(u"Billing Administrator"_s));
}

void TestFindPartnerPage::invitationFromDirectoryPartnerIsRecognised()
{
    QVERIFY(m_window->invitationsPage()->addLink(
        u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        "0d9e8f7a-1234-4abc-9def-0123456789ab&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s));
    const QString review = m_window->invitationsPage()->reviewLabel()->text();
    QVERIFY2(review.contains(u"Adatum Schoolsupport from the partner directory"_s), qPrintable(review));
}

void TestFindPartnerPage::changingTheServiceAsksBeforeSendingQueuedRequests()
{
    ContactService service(*m_fixture->repository, *m_directory, m_fixture->clock);
    const Operator anna = m_fixture->repository->operators().value().constFirst();
    const DirectoryEntry partner
        = m_directory->entryForTenant(u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s).value().value();
    const QString first = u"https://127.0.0.1:9/first"_s;
    QVERIFY(service.setDirectoryService(anna, first));
    QVERIFY(service.send(anna, {partner},
        {u"Het Baken College"_s, OrganisationSize::Medium, u"Anna de Vries"_s,
            u"anna.devries@hetbaken.example"_s, {}, u"Laptops."_s}));
    auto *edit = m_page->findChild<QLineEdit *>(u"serviceEdit"_s);
    auto *save = m_page->findChild<QPushButton *>(u"saveServiceButton"_s);
    QVERIFY(edit && save);

    // No (the default): the request stays with the service it was written for.
    edit->setText(u"https://127.0.0.1:9/second"_s);
    QString question;
    auto shown = onNextDialogNamed(u"redirectQueuedQuestion"_s, [&](QWidget *dialog) {
        question = dialog->findChild<QLabel *>(u"qt_msgbox_label"_s)->text();
        QTest::keyClick(dialog, Qt::Key_Return); // the default button
    });
    save->click();
    QVERIFY(*shown);
    QVERIFY2(question.contains(u"1 contact request with your contact details could not be sent yet"_s),
        qPrintable(question));
    QVERIFY(question.contains(u"https://127.0.0.1:9/second"_s));
    QCOMPARE(m_directory->contactRequests().value().constFirst().destination, first);
    QCOMPARE(service.directoryService().value(), u"https://127.0.0.1:9/second"_s);

    // Yes: sent to the new service instead, and audited.
    edit->setText(u"https://127.0.0.1:9/third"_s);
    shown = answerNextDialog(u"yesButton"_s);
    save->click();
    QVERIFY(*shown);
    QCOMPARE(m_directory->contactRequests().value().constFirst().destination, u"https://127.0.0.1:9/third"_s);
    QCOMPARE(
        m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'contact.redirected'"_s), 1);
    QVERIFY2(
        m_page->statusText().contains(u"1 queued request will be sent"_s), qPrintable(m_page->statusText()));
}

QTEST_MAIN(TestFindPartnerPage)
#include "tst_findpartnerpage.moc"
