#include "invitations/agreementtext.h"
#include "invitations/invitationservice.h"
#include "invitations/invitationspage.h"
#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "ui/dialoghelpers.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using namespace DialogHelpers;

namespace {
const QString NewTenant = u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s;

QString resellerLink(const QString &tenant, bool dap)
{
    return u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=%1&msppId=0"
           "&DAP=%2#/BillingAccounts/partner-invitation"_s.arg(tenant, dap ? u"true"_s : u"false"_s);
}

const QString GdapLink = u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/"
                         "granularAdminRelationships/0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd"_s;
} // namespace

class TestInvitationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.setLanguage(u"en"_s)); }
    void init();
    void cleanup();
    void boxValidatesAsYouType();
    void reviewSaysWhatDelegatedAdminWouldGrant();
    void acceptButtonFollowsCheckboxAndClosingLeavesPending();
    void cancelInvitationFromDialogRecordsIt();
    void keepInvitationDecidesNothing();
    void acceptingSelectsNewPartnerInPartnerList();
    void permissionsDisableButtonsWithReason();
    void expiredGdapRequestShownExpired();
    void emailFileDropAndPaste();
    void acceptAgreementFromDetailsPane();
    void emailWithSeveralLinksRecordsOnlyThosePicked();
    void agreementDialogSaysWhyAcceptIsDisabled();
    void keepInvitationReturnsToTheAgreementWithWhatWasTyped();
    void sameLinkTwiceSaysSoAndAddsNothing();

private:
    void openWindow(const QString &upn = u"anna.devries@hetbaken.example"_s);
    Invitation invitation(qint64 id) const { return m_fixture->repository->invitation(id).value().value(); }
    qint64 count(const QString &sql) const { return m_fixture->scalar(sql); }

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    InvitationsPage *m_page = nullptr;
};

void TestInvitationsPage::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    openWindow();
}

void TestInvitationsPage::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestInvitationsPage::openWindow(const QString &upn)
{
    m_window.reset();
    UiContext context {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(m_fixture->repository->operators().value(), upn);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->partnerPage()->isLoading());
    m_window->showPage(MainWindow::InvitationsPage);
    m_page = m_window->invitationsPage();
}

void TestInvitationsPage::boxValidatesAsYouType()
{
    QLineEdit *edit = m_page->linkEdit();
    auto *add = m_page->findChild<QPushButton *>(u"addLinkButton"_s);
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(edit, u"http://admin.microsoft.com/x"_s);
    QVERIFY(!add->isEnabled());
    QVERIFY2(m_page->validationLabel()->text().contains(u"https"_s),
        qPrintable(m_page->validationLabel()->text()));
    edit->clear();
    edit->setText(resellerLink(NewTenant, false).replace(u"admin.microsoft.com"_s, u"admin.micros0ft.com"_s));
    QVERIFY(!add->isEnabled());
    edit->setText(u"  <"_s + resellerLink(NewTenant, false) + u">  "_s);
    QVERIFY(add->isEnabled());
    QVERIFY(m_page->validationLabel()->text().contains(u"new partner"_s));
    QCOMPARE(count(u"SELECT count(*) FROM invitations"_s), 0); // validating records nothing
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(count(u"SELECT count(*) FROM invitations"_s), 1);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(m_page->table()->rowCount(), 1);
    QVERIFY(m_page->selectedInvitation().has_value());
}

void TestInvitationsPage::reviewSaysWhatDelegatedAdminWouldGrant()
{
    QVERIFY(m_page->addLink(resellerLink(contosoTenant, true)));
    const QString review = m_page->reviewLabel()->text();
    QVERIFY2(review.contains(u"Global Administrator and Helpdesk Administrator, with no end date"_s),
        qPrintable(review));
    QVERIFY(review.contains(u"High risk"_s));
    QVERIFY(review.contains(u"GDAP instead"_s));
    QVERIFY(review.contains(u"already in your register"_s));
    QVERIFY(review.contains(contosoTenant));
    QVERIFY(m_page->addLink(resellerLink(NewTenant, false)));
    QVERIFY(m_page->reviewLabel()->text().contains(u"new partner"_s));
    QVERIFY(m_page->reviewLabel()->text().contains(u"No admin roles"_s));
    QCOMPARE(m_page->table()->rowCount(), 2);
}

void TestInvitationsPage::acceptButtonFollowsCheckboxAndClosingLeavesPending()
{
    QVERIFY(m_page->addLink(resellerLink(contosoTenant, true)));
    const qint64 id = m_page->selectedInvitation()->id;
    const qint64 events = count(u"SELECT count(*) FROM audit_events"_s);
    QList<bool> enabled;
    QString title;
    onNextDialog([&](QWidget *dialog) {
        title = dialog->windowTitle();
        auto *check = dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        enabled << accept->isEnabled();
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        enabled << accept->isEnabled();
        QTest::keyClick(check, Qt::Key_Space);
        enabled << accept->isEnabled();
        check->setChecked(true);
        enabled << accept->isEnabled();
        dialog->findChild<QPushButton *>(u"closeButton"_s)->click();
    });
    m_page->acceptButton()->click();
    QCOMPARE(title, u"Accept agreement & authorize partner"_s);
    QCOMPARE(enabled, (QList<bool> {false, true, false, true}));
    QCOMPARE(invitation(id).status, Invitation::Status::Received);
    QCOMPARE(count(u"SELECT count(*) FROM audit_events"_s), events);

    // Escape closes it too, and also decides nothing.
    const auto escaped = onNextDialog([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    m_page->acceptButton()->click();
    QVERIFY(*escaped);
    QCOMPARE(invitation(id).status, Invitation::Status::Received);
}

void TestInvitationsPage::cancelInvitationFromDialogRecordsIt()
{
    QVERIFY(m_page->addLink(resellerLink(contosoTenant, true)));
    const qint64 id = m_page->selectedInvitation()->id;
    onNextDialog([](QWidget *dialog) {
        // The "Cancel invitation?" confirmation, with a reason, opens over the agreement.
        onNextDialog([](QWidget *confirm) {
            QCOMPARE(confirm->objectName(), u"cancelInvitationDialog"_s);
            QTest::keyClicks(confirm->findChild<QLineEdit *>(u"reasonEdit"_s), u"We want GDAP, not DAP"_s);
            confirm->findChild<QPushButton *>(u"confirmCancelButton"_s)->click();
        });
        dialog->findChild<QPushButton *>(u"cancelInvitationButton"_s)->click();
    });
    m_page->acceptButton()->click();
    const Invitation cancelled = invitation(id);
    QCOMPARE(cancelled.status, Invitation::Status::Cancelled);
    QCOMPARE(cancelled.note, u"We want GDAP, not DAP"_s);
    QCOMPARE(cancelled.decidedByUpn, u"anna.devries@hetbaken.example"_s);
    QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'invitation.cancelled'"_s), 1);
    // Nothing was granted: Contoso's roles are as they were.
    QCOMPARE(count(u"SELECT count(*) FROM invitations WHERE status = 'accepted'"_s), 0);
    // A decided invitation leaves the list unless asked for.
    QCOMPARE(m_page->table()->rowCount(), 0);
    m_page->findChild<QCheckBox *>(u"showDecidedCheck"_s)->setChecked(true);
    QCOMPARE(m_page->table()->rowCount(), 1);
    QVERIFY(m_page->reviewLabel()->text().contains(u"We want GDAP, not DAP"_s));
    QVERIFY(!m_page->acceptButton()->isEnabled());
}

void TestInvitationsPage::keepInvitationDecidesNothing()
{
    QVERIFY(m_page->addLink(resellerLink(contosoTenant, false)));
    const qint64 id = m_page->selectedInvitation()->id;
    const auto kept = answerNextDialog(u"keepButton"_s);
    m_page->cancelButton()->click();
    QVERIFY(*kept);
    QCOMPARE(invitation(id).status, Invitation::Status::Received);
    const auto escaped = onNextDialog([](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    m_page->cancelButton()->click();
    QVERIFY(*escaped);
    QCOMPARE(invitation(id).status, Invitation::Status::Received);
    answerNextDialog(u"confirmCancelButton"_s);
    m_page->cancelButton()->click();
    QCOMPARE(invitation(id).status, Invitation::Status::Cancelled);
    QCOMPARE(invitation(id).note, QString());
}

void TestInvitationsPage::acceptingSelectsNewPartnerInPartnerList()
{
    QVERIFY(m_page->addLink(resellerLink(NewTenant, false)));
    const qint64 id = m_page->selectedInvitation()->id;
    QString notice;
    onNextDialog([&](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"partnerNameEdit"_s);
        auto *tenant = dialog->findChild<QLineEdit *>(u"tenantIdEdit"_s);
        QVERIFY(!name->isReadOnly());
        QVERIFY(tenant->isReadOnly()); // the link names the partner's tenant
        QCOMPARE(tenant->text(), NewTenant);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->setChecked(true);
        QVERIFY(!accept->isEnabled()); // no name yet
        QTest::keyClicks(name, u"Adatum Schoolsupport"_s);
        QVERIFY(accept->isEnabled());
        onNextDialog([&](QWidget *box) {
            notice = box->objectName();
            box->findChild<QPushButton *>(u"openAdminCenterButton"_s)->setEnabled(false); // no browser here
            QTest::keyClick(box, Qt::Key_Escape);
        });
        accept->click();
    });
    m_page->acceptButton()->click();
    QCOMPARE(notice, u"invitationRecordedNotice"_s);
    QCOMPARE(invitation(id).status, Invitation::Status::Accepted);
    const Relationship created = m_fixture->repository->relationshipForPartner(NewTenant).value().value();
    QCOMPARE(created.partner.name, u"Adatum Schoolsupport"_s);
    QVERIFY(created.agreement.isAccepted());
    QCOMPARE(created.agreement.acceptedByUpn, u"anna.devries@hetbaken.example"_s);
    QCOMPARE(created.agreement.acceptedAtUtc, fixedNow());
    const AgreementText shown = AgreementText::bundled(u"en"_s);
    QVERIFY(!shown.html.isEmpty());
    QCOMPARE(created.agreement.textSha256, InvitationService::sha256(shown.html));
    QCOMPARE(created.agreement.agreementVersion, shown.version);

    // The partner list is shown with the new partner selected.
    PartnerPage *partners = m_window->partnerPage();
    QCOMPARE(m_window->findChild<QWidget *>(u"partnerPage"_s)->isVisible(), true);
    QTRY_COMPARE(partners->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(partners->table()
                 ->selectionModel()
                 ->selectedRows()
                 .constFirst()
                 .data(PartnerTableModel::TenantIdRole)
                 .toString(),
        NewTenant);
}

void TestInvitationsPage::permissionsDisableButtonsWithReason()
{
    QVERIFY(m_page->addLink(resellerLink(contosoTenant, true)));
    QVERIFY(m_page->addLink(resellerLink(NewTenant, false)));

    openWindow(u"chloe.bakker@hetbaken.example"_s); // Helpdesk Administrator: may look only
    QCOMPARE(m_page->table()->rowCount(), 2);
    m_page->table()->selectRow(0);
    QVERIFY(!m_page->acceptButton()->isEnabled());
    QVERIFY(!m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->reviewLabel()->text().isEmpty());
    auto *reason = m_page->findChild<QLabel *>(u"invitationPermissionLabel"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"Global Administrator"_s), qPrintable(reason->text()));
    m_page->linkEdit()->setText(resellerLink(woodgroveTenant, false));
    QVERIFY(!m_page->findChild<QPushButton *>(u"addLinkButton"_s)->isEnabled());
    QVERIFY(m_page->validationLabel()->text().contains(u"You cannot add it"_s));

    openWindow(u"bram.jansen@hetbaken.example"_s); // Billing Administrator
    for (int row = 0; row < m_page->table()->rowCount(); ++row) {
        m_page->table()->selectRow(row);
        const bool dap = m_page->selectedInvitation()->parsed().requestsDelegatedAdmin();
        QCOMPARE(m_page->acceptButton()->isEnabled(), !dap); // DAP needs Global Administrator
        QVERIFY(m_page->cancelButton()->isEnabled());
        if (dap)
            QVERIFY(m_page->acceptButton()->toolTip().contains(u"Global Administrator"_s));
    }
}

void TestInvitationsPage::expiredGdapRequestShownExpired()
{
    FixedClock longAgo(fixedNow().addDays(-100));
    InvitationService service(*m_fixture->repository, longAgo);
    const Operator anna = m_fixture->repository->operators().value().constFirst();
    QVERIFY(service.receive(anna, GdapLink));
    QTRY_COMPARE(m_page->table()->rowCount(), 1);
    m_page->table()->selectRow(0);
    QCOMPARE(m_page->table()->item(0, 3)->text(), u"Expired"_s);
    QVERIFY(!m_page->acceptButton()->isEnabled());
    QVERIFY(m_page->reviewLabel()->text().contains(u"90 days"_s));
}

void TestInvitationsPage::emailFileDropAndPaste()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"invitation.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Subject: Invitation\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: "
               "quoted-printable\r\n\r\n"
               "Accept here:\r\n<"
        + resellerLink(NewTenant, false).replace(u"="_s, u"=3D"_s).toUtf8() + ">\r\n");
    file.close();

    // Dropped on the window.
    m_window->showPage(MainWindow::PartnersPage);
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(50, 50), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    // The one link found is offered ticked; nothing is recorded before Record selected.
    int offered = -1;
    int recordedBefore = -1;
    auto shown = onNextDialogNamed(u"invitationEmailDialog"_s, [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(u"emailLinkList"_s);
        QVERIFY(QTest::qWaitFor([list] { return list->isVisible(); }, 5000));
        offered = list->count();
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        recordedBefore = m_page->table()->rowCount();
        dialog->findChild<QPushButton *>(u"recordButton"_s)->click();
    });
    QApplication::sendEvent(m_window.get(), &dropEvent);
    QTRY_VERIFY(*shown);
    QTRY_COMPARE(m_page->table()->rowCount(), 1);
    QCOMPARE(offered, 1);
    QCOMPARE(recordedBefore, 0);
    QVERIFY(m_page->isVisible());
    QCOMPARE(m_page->selectedInvitation()->parsed().partnerTenantId(), NewTenant);

    // Pasted with Ctrl+V anywhere but a text box.
    QGuiApplication::clipboard()->setText(
        u"Hi, here is the link: "_s + resellerLink(contosoTenant, true) + u" Thanks"_s);
    m_window->showPage(MainWindow::PartnersPage);
    m_window->activateWindow(); // back from the email dialog: shortcuts need the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->partnerPage()->table()->setFocus();
    QTest::keyClick(m_window->partnerPage()->table(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(m_page->isVisible());
    QCOMPARE(m_page->table()->rowCount(), 2);
    QCOMPARE(m_page->selectedInvitation()->parsed().partnerTenantId(), contosoTenant);

    // An email without a link says so and records nothing.
    const QString lunch = dir.filePath(u"lunch.eml"_s);
    QFile other(lunch);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("Subject: lunch\r\n\r\nhttps://example.org/menu\r\n");
    other.close();
    m_window->openInvitationEmail(lunch);
    QVERIFY(m_page->validationLabel()->text().contains(u"holds no invitation link"_s));
    QCOMPARE(m_page->table()->rowCount(), 2);
}

void TestInvitationsPage::acceptAgreementFromDetailsPane()
{
    m_window->showPage(MainWindow::PartnersPage);
    PartnerPage *partners = m_window->partnerPage();
    partners->selectPartner(northwindTenant);
    auto *button = m_window->findChild<QPushButton *>(u"acceptAgreementButton"_s);
    QVERIFY(button->isEnabled());
    QString acceptText;
    QString notice;
    onNextDialog([&](QWidget *dialog) {
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        acceptText = accept->text();
        QVERIFY(dialog->findChild<QLineEdit *>(u"partnerNameEdit"_s)->isReadOnly());
        QVERIFY(!dialog->findChild<QPushButton *>(u"cancelInvitationButton"_s)->isVisible());
        QVERIFY(!accept->isEnabled());
        dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->setChecked(true);
        onNextDialog([&](QWidget *box) {
            notice = box->objectName();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        accept->click();
    });
    button->click();
    QCOMPARE(acceptText, u"Accept"_s);
    QCOMPARE(notice, u"agreementRecordedNotice"_s);
    const Relationship after = m_fixture->repository->relationshipForPartner(northwindTenant).value().value();
    QVERIFY(after.agreement.isAccepted());
    QCOMPARE(after.agreement.textSha256, InvitationService::sha256(AgreementText::bundled(u"en"_s).html));
    QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'agreement.accepted'"_s), 1);
    QTRY_VERIFY(!button->isEnabled()); // accepted now
}

void TestInvitationsPage::emailWithSeveralLinksRecordsOnlyThosePicked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray body = "Subject: Invitations\r\n\r\n";
    for (int i = 0; i < 23; ++i) {
        const QString tenant = u"%1-5b7d-4c21-9e1a-0d4b6c8e2f10"_s.arg(0x20000000 + i, 8, 16);
        body += "Link: " + resellerLink(tenant, false).toUtf8() + "\r\n";
    }
    file.write(body);
    file.close();

    // Cancel records nothing.
    auto shown = onNextDialogNamed(u"invitationEmailDialog"_s, [](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(u"emailLinkList"_s);
        QVERIFY(QTest::qWaitFor([list] { return list->isVisible(); }, 5000));
        dialog->findChild<QPushButton *>(u"cancelButton"_s)->click();
    });
    QCOMPARE(m_page->addFromEmail(path), 0);
    QVERIFY(*shown);
    QCOMPARE(m_page->table()->rowCount(), 0);

    // Twenty offered, none ticked; the second one picked is the only one recorded.
    QString summary;
    int offered = 0;
    bool recordEnabledBeforePicking = true;
    shown = onNextDialogNamed(u"invitationEmailDialog"_s, [&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(u"emailLinkList"_s);
        QVERIFY(QTest::qWaitFor([list] { return list->isVisible(); }, 5000));
        offered = list->count();
        summary = dialog->findChild<QLabel *>(u"emailSummaryLabel"_s)->text();
        auto *record = dialog->findChild<QPushButton *>(u"recordButton"_s);
        recordEnabledBeforePicking = record->isEnabled();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Space); // ticked from the keyboard
        record->click();
    });
    QCOMPARE(m_page->addFromEmail(path), 1);
    QVERIFY(*shown);
    QCOMPARE(offered, 20);
    QVERIFY(!recordEnabledBeforePicking);
    QVERIFY2(summary.contains(u"23 invitation links found"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"first 20"_s), qPrintable(summary));
    QCOMPARE(m_page->table()->rowCount(), 1);
    QCOMPARE(
        m_page->selectedInvitation()->parsed().partnerTenantId(), u"20000001-5b7d-4c21-9e1a-0d4b6c8e2f10"_s);
}

void TestInvitationsPage::agreementDialogSaysWhyAcceptIsDisabled()
{
    // A GDAP approval link names no partner: the admin types the name and tenant, by keyboard only.
    QVERIFY(m_page->addLink(GdapLink));
    QStringList reasons;
    QList<bool> enabled;
    QString version;
    const auto shown = onNextDialog([&](QWidget *dialog) {
        auto *message = dialog->findChild<QLabel *>(u"messageLabel"_s);
        auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
        const auto note = [&] {
            enabled << accept->isEnabled();
            reasons << (message->isVisibleTo(dialog) ? message->text() : QString());
        };
        version = dialog->findChild<QLabel *>(u"versionLabel"_s)->text();
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(u"partnerNameEdit"_s));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"tenantIdEdit"_s)->isReadOnly());
        note(); // nothing yet
        QTest::keyClicks(dialog->focusWidget(), u"Fourth Coffee IT"_s);
        note(); // named, box not ticked
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), NewTenant.left(20));
        note(); // tenant cut short
        QTest::keyClicks(dialog->focusWidget(), NewTenant.mid(20));
        dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->setFocus();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
        note(); // complete
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_page->acceptButton()->click();
    QVERIFY(*shown);
    QCOMPARE(version, u"Version of November 2026"_s);
    QCOMPARE(enabled, (QList<bool> {false, false, false, true}));
    QVERIFY2(reasons.at(0).contains(u"Tick the box"_s), qPrintable(reasons.at(0)));
    QVERIFY2(reasons.at(1).contains(u"Tick the box"_s), qPrintable(reasons.at(1)));
    QCOMPARE(reasons.at(3), QString());
    // Ticked first, then the fields: each missing one is named.
    const auto again = onNextDialog([&](QWidget *dialog) {
        auto *message = dialog->findChild<QLabel *>(u"messageLabel"_s);
        dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->setChecked(true);
        reasons = {message->text()};
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"partnerNameEdit"_s), u"Fourth Coffee IT"_s);
        reasons << message->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_page->acceptButton()->click();
    QVERIFY(*again);
    QVERIFY2(reasons.at(0).contains(u"partner's name"_s), qPrintable(reasons.at(0)));
    QVERIFY2(reasons.at(1).contains(u"tenant ID"_s), qPrintable(reasons.at(1)));
}

void TestInvitationsPage::keepInvitationReturnsToTheAgreementWithWhatWasTyped()
{
    QVERIFY(m_page->addLink(GdapLink));
    const qint64 id = m_page->selectedInvitation()->id;
    bool stillOpen = false;
    QString typed;
    const auto shown = onNextDialog([&](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"partnerNameEdit"_s), u"Fourth Coffee IT"_s);
        const auto kept = answerNextDialog(u"keepButton"_s);
        dialog->findChild<QPushButton *>(u"cancelInvitationButton"_s)->click();
        QVERIFY(*kept);
        stillOpen = dialog->isVisible();
        typed = dialog->findChild<QLineEdit *>(u"partnerNameEdit"_s)->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    m_page->acceptButton()->click();
    QVERIFY(*shown);
    QVERIFY(stillOpen);
    QCOMPARE(typed, u"Fourth Coffee IT"_s);
    QCOMPARE(invitation(id).status, Invitation::Status::Received);
}

void TestInvitationsPage::sameLinkTwiceSaysSoAndAddsNothing()
{
    QVERIFY(m_page->addLink(resellerLink(NewTenant, false)));
    const qint64 id = m_page->selectedInvitation()->id;
    m_page->addLink(GdapLink); // another one selected in between
    QCOMPARE(m_page->table()->rowCount(), 2);
    // Said before adding, while the link is in the box...
    m_page->linkEdit()->setText(resellerLink(NewTenant, false));
    QVERIFY2(m_page->validationLabel()->text().contains(u"already in the list"_s),
        qPrintable(m_page->validationLabel()->text()));
    // ...and after: nothing new, the waiting one selected.
    QTest::keyClick(m_page->linkEdit(), Qt::Key_Return);
    QCOMPARE(count(u"SELECT count(*) FROM invitations"_s), 2);
    QCOMPARE(m_page->table()->rowCount(), 2);
    QCOMPARE(m_page->selectedInvitation()->id, id);
    QVERIFY2(m_page->statusText().contains(u"nothing was added"_s), qPrintable(m_page->statusText()));
}

QTEST_MAIN(TestInvitationsPage)
#include "tst_invitationspage.moc"
