// Every dialog, in English and Dutch, walked with the Tab key: each control reachable, none a trap,
// the order the order of reading.

#include "activity/activityimportdialog.h"
#include "common/policy.h"
#include "directory/contactdialog.h"
#include "history/auditeventdialog.h"
#include "import/importdialog.h"
#include "invitations/agreementdialog.h"
#include "invitations/cancelinvitationdialog.h"
#include "invitations/invitationemaildialog.h"
#include "partners/endrequestdialog.h"
#include "partners/partnereditdialog.h"
#include "relationships/todo.h"
#include "reports/exportdialog.h"
#include "review/startreviewdialog.h"
#include "settings/operatordialog.h"
#include "shell/firststartdialog.h"
#include "shell/uicontext.h"
#include "testsupport.h"
#include "todos/todoclosedialog.h"
#include "translations.h"
#include "ui/taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestDialogTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyDialog_data();
    void everyDialog();
    void agreementOpensOnWhatIsMissing();
    void theWalkFindsProblems();

private:
    std::unique_ptr<QDialog> make(const QString &name);
    Operator anna() const;

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestDialogTabOrder::initTestCase()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestDialogTabOrder::cleanupTestCase()
{
    QVERIFY(m_translations.setLanguage(u"en"_s));
    m_fixture.reset();
}

Operator TestDialogTabOrder::anna() const
{
    const QList<Operator> operators = m_fixture->repository->operators().value();
    const auto found = std::find_if(operators.cbegin(), operators.cend(),
        [](const Operator &o) { return o.upn == "anna.devries@hetbaken.example"_L1; });
    return found == operators.cend() ? Operator {} : *found;
}

std::unique_ptr<QDialog> TestDialogTabOrder::make(const QString &name)
{
    RegisterRepository &repository = *m_fixture->repository;
    const QDateTime now = m_fixture->clock.nowUtc();
    if (name == "contact"_L1) {
        auto dialog = std::make_unique<ContactDialog>(QStringList {u"Contoso Onderwijs ICT"_s});
        dialog->setDeliversNow(false);
        return dialog;
    }
    if (name == "history event"_L1) {
        const QList<AuditEvent> events = repository.auditEvents({}, {}, 1).value();
        if (events.isEmpty())
            return nullptr;
        return std::make_unique<AuditEventDialog>(events.first());
    }
    if (name == "agreement with invitation"_L1) {
        auto dialog = std::make_unique<AgreementDialog>(AgreementDialog::Mode::AcceptAndAuthorize);
        dialog->setInvitationSummary(u"<p>Reseller relationship with delegated admin roles</p>"_s);
        dialog->setPartner(QString(), contosoTenant, false);
        dialog->setPermission(Decision::allow());
        dialog->setCancelInvitationAvailable(true, Decision::allow());
        return dialog;
    }
    if (name == "agreement alone"_L1) {
        auto dialog = std::make_unique<AgreementDialog>(AgreementDialog::Mode::AcceptOnly);
        dialog->setPartner(u"Contoso Onderwijs ICT"_s, contosoTenant, false);
        dialog->setPermission(Decision::allow());
        return dialog;
    }
    if (name == "agreement ticked"_L1) {
        // Everything given: Accept & Authorize is on the way too.
        auto dialog = std::make_unique<AgreementDialog>(AgreementDialog::Mode::AcceptAndAuthorize);
        dialog->setInvitationSummary(u"<p>Reseller relationship with delegated admin roles</p>"_s);
        dialog->setPartner(u"Contoso Onderwijs ICT"_s, contosoTenant, false);
        dialog->setPermission(Decision::allow());
        dialog->setCancelInvitationAvailable(true, Decision::allow());
        if (auto *check = dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s))
            check->setChecked(true);
        if (!dialog->isAcceptEnabled())
            return nullptr;
        return dialog;
    }
    if (name == "partner file"_L1 || name == "sign-in log"_L1) {
        const UiContext context {repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
        std::unique_ptr<QDialog> dialog;
        std::function<bool()> read;
        if (name == "partner file"_L1) {
            auto import = std::make_unique<ImportDialog>(
                context, anna(), QStringLiteral(PARTNERDESK_IMPORT_DATA "/partners-en.csv"));
            ImportDialog *raw = import.get();
            read = [raw] { return !raw->isReading(); };
            dialog = std::move(import);
        } else {
            auto import = std::make_unique<ActivityImportDialog>(
                context, anna(), QStringLiteral(PARTNERDESK_ACTIVITY_DATA "/signins.csv"));
            ActivityImportDialog *raw = import.get();
            read = [raw] { return !raw->isReading(); };
            dialog = std::move(import);
        }
        if (!QTest::qWaitFor(read, 20000))
            return nullptr;
        return dialog;
    }
    if (name == "cancel invitation"_L1)
        return std::make_unique<CancelInvitationDialog>(u"Contoso Onderwijs ICT (reseller)"_s);
    if (name == "invitation email"_L1) {
        const QByteArray eml = "From: partner@contoso.example\r\nTo: anna@hetbaken.example\r\n"
                               "Subject: Invitation\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                               "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship"
                               "&partnerId=3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10&msppId=0&DAP=true"
                               "#/BillingAccounts/partner-invitation\r\n";
        auto dialog = std::make_unique<InvitationEmailDialog>(u"invitation.eml"_s, [eml] { return eml; });
        dialog->start();
        auto *list = dialog->findChild<QListWidget *>();
        if (!list || !QTest::qWaitFor([list] { return list->count() > 0; }, 10000))
            return nullptr;
        return dialog;
    }
    if (name == "request end"_L1)
        return std::make_unique<EndRequestDialog>(u"Contoso Onderwijs ICT"_s, now.date());
    if (name == "new partner"_L1)
        return std::make_unique<PartnerEditDialog>(repository, m_fixture->clock, anna(), std::nullopt);
    if (name == "new partner, every field"_L1) {
        // The agreement recorded and a GDAP relationship: every field of the form is on.
        auto dialog = std::make_unique<PartnerEditDialog>(repository, m_fixture->clock, anna(), std::nullopt);
        auto *agreement = dialog->findChild<QCheckBox *>(u"agreementCheck"_s);
        auto *gdap = dialog->findChild<QGroupBox *>(u"gdapGroup"_s);
        if (!agreement || !gdap)
            return nullptr;
        agreement->setChecked(true);
        gdap->setChecked(true);
        return dialog;
    }
    if (name == "edit partner"_L1 || name == "edit partner with GDAP"_L1) {
        const QString tenant = name == "edit partner"_L1 ? contosoTenant : woodgroveTenant;
        const QList<Relationship> all = repository.relationships().value();
        const auto found = std::find_if(
            all.cbegin(), all.cend(), [&](const Relationship &r) { return r.partner.tenantId == tenant; });
        if (found == all.cend())
            return nullptr;
        return std::make_unique<PartnerEditDialog>(repository, m_fixture->clock, anna(), *found);
    }
    if (name == "export"_L1 || name == "export as CSV"_L1) {
        const UiContext context {repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
        auto dialog = std::make_unique<ExportDialog>(context, anna());
        if (name == "export as CSV"_L1) {
            auto *format = dialog->findChild<QComboBox *>(u"formatCombo"_s);
            if (!format)
                return nullptr;
            format->setCurrentIndex(format->findData(u"csv"_s)); // the delimiter is asked too
        }
        return dialog;
    }
    if (name == "start review"_L1)
        return std::make_unique<StartReviewDialog>(now.date(), 14);
    if (name == "new operator"_L1)
        return std::make_unique<OperatorDialog>(repository, m_fixture->clock, anna(), std::nullopt);
    if (name == "first start"_L1 || name == "first start, own register"_L1) {
        auto dialog = std::make_unique<FirstStartDialog>();
        if (name == "first start, own register"_L1) {
            auto *own = dialog->findChild<QRadioButton *>(u"ownRegisterChoice"_s);
            if (!own)
                return nullptr;
            own->setChecked(true); // the organisation, the tenant and the first admin are asked
        }
        return dialog;
    }
    if (name == "to-do done"_L1 || name == "to-do withdrawn"_L1) {
        Todo todo;
        todo.id = 1;
        todo.kind = Todo::Kind::RemoveRoles;
        todo.partnerTenantId = contosoTenant;
        todo.partnerName = u"Contoso Onderwijs ICT"_s;
        todo.decidedUtc = now.addDays(-2);
        todo.decidedByUpn = u"anna.devries@hetbaken.example"_s;
        todo.decidedByName = u"Anna de Vries"_s;
        const auto mode
            = name == "to-do done"_L1 ? TodoCloseDialog::Mode::Done : TodoCloseDialog::Mode::Withdraw;
        return std::make_unique<TodoCloseDialog>(mode, todo, u"Anna de Vries"_s, now);
    }
    return nullptr;
}

void TestDialogTabOrder::everyDialog_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("controls"); // at least this many on the way: the dialog is not mostly disabled
    // Each dialog opened as the admin meets it, and again with what it asks for only after a choice.
    const QList<std::pair<QString, int>> dialogs {{u"contact"_s, 8}, {u"history event"_s, 2},
        {u"agreement with invitation"_s, 7}, {u"agreement alone"_s, 6}, {u"agreement ticked"_s, 8},
        {u"cancel invitation"_s, 3}, {u"invitation email"_s, 3}, {u"request end"_s, 5},
        {u"new partner"_s, 12}, {u"new partner, every field"_s, 21}, {u"edit partner"_s, 11},
        {u"edit partner with GDAP"_s, 17}, {u"export"_s, 8}, {u"export as CSV"_s, 8}, {u"start review"_s, 5},
        {u"new operator"_s, 5}, {u"first start"_s, 3}, {u"first start, own register"_s, 8},
        {u"to-do done"_s, 4}, {u"to-do withdrawn"_s, 3}, {u"partner file"_s, 3}, {u"sign-in log"_s, 2}};
    for (const QString &language : {u"en"_s, u"nl"_s}) {
        for (const auto &[dialog, controls] : dialogs)
            QTest::addRow("%s, %s", qPrintable(dialog), qPrintable(language))
                << dialog << language << controls;
    }
}

void TestDialogTabOrder::everyDialog()
{
    QFETCH(QString, dialog);
    QFETCH(QString, language);
    QFETCH(int, controls);
    QVERIFY(m_translations.setLanguage(language));
    std::unique_ptr<QDialog> window = make(dialog);
    QVERIFY2(window, qPrintable(dialog));
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QStringList problems = TabOrder::problems(window.get());
    QStringList ignored;
    const QList<QWidget *> order = TabOrder::walk(window.get(), ignored);
    if (order.size() < controls)
        problems << u"Tab reaches only %1 controls, not %2"_s.arg(order.size()).arg(controls);
    if (!problems.isEmpty()) {
        QStringList walked;
        for (QWidget *w : order) {
            const QRect r = TabOrder::rectIn(w, window.get());
            walked << u"%1 at %2,%3 %4x%5"_s.arg(TabOrder::describe(w))
                          .arg(r.x())
                          .arg(r.y())
                          .arg(r.width())
                          .arg(r.height());
        }
        problems << u"Tab walks:"_s << walked;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDialogTabOrder::agreementOpensOnWhatIsMissing()
{
    QVERIFY(m_translations.setLanguage(u"en"_s));
    const auto focused = [] {
        QWidget *widget = QApplication::focusWidget();
        return widget ? widget->objectName() : u"(nothing)"_s;
    };
    // A link that names neither partner nor tenant, a link that fixes the tenant only, a partner named
    // but its tenant still to give: typing starts in the first thing missing.
    const QList<std::tuple<QString, QString, bool, QString>> cases {
        {QString(), QString(), true, u"partnerNameEdit"_s},
        {QString(), contosoTenant, false, u"partnerNameEdit"_s},
        {u"Contoso Onderwijs ICT"_s, QString(), true, u"tenantIdEdit"_s},
        {u"Contoso Onderwijs ICT"_s, contosoTenant, false, u"acknowledgeCheck"_s},
    };
    for (const auto &[name, tenant, editable, expected] : cases) {
        AgreementDialog dialog(AgreementDialog::Mode::AcceptAndAuthorize);
        dialog.setPartner(name, tenant, editable);
        dialog.setPermission(Decision::allow());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(focused(), expected);
    }
    std::unique_ptr<QDialog> unnamed = make(u"agreement with invitation"_s);
    QVERIFY(unnamed);
    unnamed->show();
    QVERIFY(QTest::qWaitForWindowActive(unnamed.get()));
    QCOMPARE(focused(), u"partnerNameEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Contoso"_s);
    QCOMPARE(qobject_cast<AgreementDialog *>(unnamed.get())->partnerName(), u"Contoso"_s);
    // Everything given and ticked: the buttons follow in reading order.
    std::unique_ptr<QDialog> named = make(u"agreement ticked"_s);
    QVERIFY(named);
    named->show();
    QVERIFY(QTest::qWaitForWindowActive(named.get()));
    QCOMPARE(focused(), u"acknowledgeCheck"_s);
    QStringList after;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        after << focused();
    }
    QCOMPARE(after, QStringList({u"cancelInvitationButton"_s, u"acceptButton"_s, u"closeButton"_s}));
}

void TestDialogTabOrder::theWalkFindsProblems()
{
    // The check itself. A step back up the window is found:
    {
        QDialog window;
        auto *top = new QPushButton(u"Top"_s, &window);
        auto *middle = new QPushButton(u"Middle"_s, &window);
        auto *bottom = new QPushButton(u"Bottom"_s, &window);
        top->setObjectName(u"top"_s);
        middle->setObjectName(u"middle"_s);
        bottom->setObjectName(u"bottom"_s);
        top->setGeometry(10, 10, 80, 30);
        middle->setGeometry(10, 100, 80, 30);
        bottom->setGeometry(10, 150, 80, 30);
        QWidget::setTabOrder(top, bottom);
        QWidget::setTabOrder(bottom, middle);
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        top->setFocus();
        const QStringList found = TabOrder::problems(&window);
        // Top, Bottom, Middle and round to Top: two steps back up where going round needs one.
        QVERIFY2(found
                == QStringList({u"Tab goes back from QPushButton bottom to QPushButton middle"_s,
                    u"Tab goes back from QPushButton middle to QPushButton top"_s}),
            qPrintable(found.join(u'\n')));
        // and the same buttons in reading order pass.
        QWidget::setTabOrder(top, middle);
        QWidget::setTabOrder(middle, bottom);
        top->setFocus();
        QVERIFY2(TabOrder::problems(&window).isEmpty(), qPrintable(TabOrder::problems(&window).join(u'\n')));
    }
    // A field that keeps Tab for itself, and so the control after it that is never reached:
    {
        QDialog window;
        auto *top = new QPushButton(u"Top"_s, &window);
        auto *trap = new QPlainTextEdit(&window);
        auto *bottom = new QPushButton(u"Bottom"_s, &window);
        top->setObjectName(u"top"_s);
        trap->setObjectName(u"note"_s);
        bottom->setObjectName(u"bottom"_s);
        top->setGeometry(10, 10, 80, 30);
        trap->setGeometry(10, 50, 180, 60);
        bottom->setGeometry(10, 150, 80, 30);
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        top->setFocus();
        const QStringList found = TabOrder::problems(&window);
        QVERIFY2(found.contains(u"Tab cannot leave QPlainTextEdit note"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(u"Tab never reaches QPushButton bottom"_s), qPrintable(found.join(u'\n')));
        trap->setTabChangesFocus(true);
        top->setFocus();
        QVERIFY2(TabOrder::problems(&window).isEmpty(), qPrintable(TabOrder::problems(&window).join(u'\n')));
    }
}

QTEST_MAIN(TestDialogTabOrder)
#include "tst_dialogtaborder.moc"
