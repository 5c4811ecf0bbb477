#include "shell/firststartdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;

// First start without a register: the demo by default, or the organisation's own, checked per field.
class TestFirstStartDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDemoIsTheDefault();
    void ownRegisterIsCheckedPerField();
};

void TestFirstStartDialog::theDemoIsTheDefault()
{
    FirstStartDialog dialog;
    dialog.show();
    QVERIFY(dialog.wantsDemo());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"organisationEdit"_s)->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.wantsDemo());
}

void TestFirstStartDialog::ownRegisterIsCheckedPerField()
{
    FirstStartDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QRadioButton *>(u"ownRegisterChoice"_s)->setChecked(true);
    auto *organisation = dialog.findChild<QLineEdit *>(u"organisationEdit"_s);
    QCOMPARE(dialog.focusWidget(), organisation);
    QTest::keyClicks(organisation, u"De Linde"_s);
    QTest::keyClick(organisation, Qt::Key_Tab);
    QTest::keyClicks(dialog.focusWidget(), u"9c8b7a6d-5e4f"_s);
    auto *start = dialog.findChild<QPushButton *>(u"firstStartButton"_s);
    start->click();
    QVERIFY(dialog.isVisible());
    auto *tenant = dialog.findChild<QLineEdit *>(u"organisationTenantEdit"_s);
    QCOMPARE(dialog.focusWidget(), tenant);
    QVERIFY(dialog.findChild<QLabel *>(u"firstStartError"_s)->text().contains(u"GUID"_s));
    tenant->setText(u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s);
    dialog.findChild<QLineEdit *>(u"operatorNameEdit"_s)->setText(u"Anna de Vries"_s);
    start->click();
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(u"operatorUpnEdit"_s));
    dialog.findChild<QLineEdit *>(u"operatorUpnEdit"_s)->setText(u"anna@delinde.example"_s);
    // Without Global Administrator the first operator could never add the others.
    auto *roles = dialog.findChild<QListWidget *>(u"operatorRolesList"_s);
    roles->item(0)->setCheckState(Qt::Unchecked);
    start->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.focusWidget(), roles);
    roles->item(0)->setCheckState(Qt::Checked);
    start->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.wantsDemo());
    QCOMPARE(dialog.organisation().name, u"De Linde"_s);
    QCOMPARE(dialog.firstOperator().roles, QList<AdminRole> {AdminRole::globalAdministrator()});
}

QTEST_MAIN(TestFirstStartDialog)
#include "tst_firststartdialog.moc"
