#include "settings/operatordialog.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "ui/dialoghelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace TestSupport;

// Operators in Settings: a Global Administrator adds and changes them; everyone else sees why not.
class TestOperatorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void globalAddsAnOperatorWhoCanThenBeChosen();
    void receiptFolderIsShownAndCanBeCleared();
    void billingSeesWhyNot();
    void theLastGlobalAdministratorStays();

private:
    UiContext context() const
    {
        return {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
    }
    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestOperatorDialog::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestOperatorDialog::cleanup()
{
    m_fixture.reset();
}

void TestOperatorDialog::receiptFolderIsShownAndCanBeCleared()
{
    QSettings().remove(u"receiptFolder"_s);
    MainWindow window(context());
    window.setOperators(m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
    window.showPage(MainWindow::RegisterSettingsPage);
    window.show();
    auto *value = window.findChild<QLabel *>(u"receiptFolderValue"_s);
    auto *clear = window.findChild<QPushButton *>(u"clearReceiptFolderButton"_s);
    QCOMPARE(value->text(), u"Second copy: none. Receipts are kept in your data folder only."_s);
    QVERIFY(!clear->isEnabled());
    window.settingsPage()->setReceiptFolder(m_fixture->dir.filePath(u"share/receipts/"_s));
    QCOMPARE(QSettings().value(u"receiptFolder"_s).toString(), m_fixture->dir.filePath(u"share/receipts"_s));
    QCOMPARE(value->text(), u"Second copy: "_s + m_fixture->dir.filePath(u"share/receipts"_s));
    QVERIFY(clear->isEnabled());
    clear->click();
    QVERIFY(!QSettings().contains(u"receiptFolder"_s));
    QVERIFY(value->text().startsWith(u"Second copy: none."_s));
}

void TestOperatorDialog::globalAddsAnOperatorWhoCanThenBeChosen()
{
    MainWindow window(context());
    window.setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    window.showPage(MainWindow::RegisterSettingsPage);
    window.show();
    auto *list = window.findChild<QListWidget *>(u"operatorsList"_s);
    QCOMPARE(list->count(), 3);
    bool shown = false;
    DialogHelpers::onNextDialog([&](QWidget *dialog) {
        QVERIFY(qobject_cast<OperatorDialog *>(dialog));
        shown = true;
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(u"operatorUpnEdit"_s), u"dirk.smit@hetbaken.example"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"operatorNameEdit"_s), u"Dirk Smit"_s);
        auto *roles = dialog->findChild<QListWidget *>(u"operatorRolesList"_s);
        roles->findItems(u"Billing Administrator"_s, Qt::MatchExactly)
            .constFirst()
            ->setCheckState(Qt::Checked);
        dialog->findChild<QPushButton *>(u"operatorSaveButton"_s)->click();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(u"addOperatorButton"_s), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(list->count(), 4);
    auto *combo = window.findChild<QComboBox *>(u"operatorCombo"_s);
    QVERIFY(combo->findData(u"dirk.smit@hetbaken.example"_s) >= 0);
    QCOMPARE(window.currentOperator().upn, u"anna.devries@hetbaken.example"_s); // still acting as Anna
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'operator.saved'"_s), 1);
}

void TestOperatorDialog::billingSeesWhyNot()
{
    SettingsPage page(context());
    for (const Operator &op : m_fixture->repository->operators().value()) {
        if (op.upn == u"bram.jansen@hetbaken.example"_s)
            page.setOperator(op);
    }
    page.show();
    QVERIFY(!page.findChild<QPushButton *>(u"addOperatorButton"_s)->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"editOperatorButton"_s)->isEnabled());
    auto *reason = page.findChild<QLabel *>(u"operatorsPermissionLabel"_s);
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), u"Requires Global Administrator"_s);
}

void TestOperatorDialog::theLastGlobalAdministratorStays()
{
    Operator anna;
    for (const Operator &op : m_fixture->repository->operators().value()) {
        if (op.upn == u"anna.devries@hetbaken.example"_s)
            anna = op;
    }
    OperatorDialog dialog(*m_fixture->repository, m_fixture->clock, anna, anna);
    dialog.show();
    QVERIFY(dialog.findChild<QLineEdit *>(u"operatorUpnEdit"_s)->isReadOnly());
    auto *roles = dialog.findChild<QListWidget *>(u"operatorRolesList"_s);
    roles->findItems(u"Global Administrator"_s, Qt::MatchExactly).constFirst()->setCheckState(Qt::Unchecked);
    roles->findItems(u"Billing Administrator"_s, Qt::MatchExactly).constFirst()->setCheckState(Qt::Checked);
    dialog.findChild<QPushButton *>(u"operatorSaveButton"_s)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"operatorErrorLabel"_s)
                ->text()
                .contains(u"at least one Global Administrator"_s));
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'operator.saved'"_s), 0);
}

QTEST_MAIN(TestOperatorDialog)
#include "tst_operatordialog.moc"
