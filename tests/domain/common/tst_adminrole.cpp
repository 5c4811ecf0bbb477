#include "common/adminrole.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAdminRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueHoldsTheDocumentedRoles();
    void lookupByIdOrName_data();
    void lookupByIdOrName();
    void unknownIdsAreKept();
    void privilegedFlag_data();
    void privilegedFlag();
    void shownInOneOrderUnknownLastAndNamed();
};

void TestAdminRole::catalogueHoldsTheDocumentedRoles()
{
    const QList<AdminRole> all = AdminRole::catalogue();
    QCOMPARE(all.size(), 19);
    for (const AdminRole &role : all) {
        QVERIFY(role.isKnown());
        QCOMPARE(role.templateId().size(), 36);
        QVERIFY(role.englishName() != role.templateId());
    }
    QCOMPARE(AdminRole::globalAdministrator().templateId(), u"62e90394-69f5-4237-9190-012177145e10"_s);
    QCOMPARE(AdminRole::billingAdministrator().englishName(), u"Billing Administrator"_s);
}

void TestAdminRole::lookupByIdOrName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::newRow("id") << u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s
                        << u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
    QTest::newRow("id upper case") << u"729827E3-9C14-49F7-BB1B-9608F156BBB8"_s
                                   << u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
    QTest::newRow("name") << u"Helpdesk Administrator"_s << u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
    QTest::newRow("legacy name") << u"Company Administrator"_s << u"62e90394-69f5-4237-9190-012177145e10"_s;
}

void TestAdminRole::lookupByIdOrName()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QCOMPARE(AdminRole::find(text).templateId(), id);
}

void TestAdminRole::unknownIdsAreKept()
{
    const AdminRole role(u"11111111-2222-4333-8444-555555555555"_s);
    QVERIFY(!role.isKnown());
    QCOMPARE(role.englishName(), role.templateId());
    QCOMPARE(role.displayName(), u"11111111-2222-4333-8444-555555555555"_s);
    QVERIFY(role.isPrivileged()); // unknown access is treated as risky until someone looks at it
}

void TestAdminRole::privilegedFlag_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("privileged");
    QTest::newRow("Global") << u"Global Administrator"_s << true;
    QTest::newRow("Helpdesk") << u"Helpdesk Administrator"_s << true;
    QTest::newRow("Privileged Role") << u"Privileged Role Administrator"_s << true;
    QTest::newRow("Security") << u"Security Administrator"_s << true;
    QTest::newRow("Billing") << u"Billing Administrator"_s << false;
    QTest::newRow("License") << u"License Administrator"_s << false;
    QTest::newRow("Directory Readers") << u"Directory Readers"_s << false;
    QTest::newRow("Teams") << u"Teams Administrator"_s << false;
}

void TestAdminRole::privilegedFlag()
{
    QFETCH(QString, name);
    QFETCH(bool, privileged);
    const AdminRole role = AdminRole::find(name);
    QVERIFY(role.isKnown());
    QCOMPARE(role.isPrivileged(), privileged);
}

void TestAdminRole::shownInOneOrderUnknownLastAndNamed()
{
    // However a file or a person listed them, roles are shown in the catalogue's order, unknown last.
    const AdminRole unknownB(u"bbbbbbbb-0000-4000-8000-000000000000"_s);
    const AdminRole unknownA(u"aaaaaaaa-0000-4000-8000-000000000000"_s);
    const QList<AdminRole> shown = AdminRole::inShownOrder(
        {unknownB, AdminRole::helpdeskAdministrator(), unknownA, AdminRole::globalAdministrator()});
    QCOMPARE(shown,
        (QList<AdminRole> {
            AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator(), unknownA, unknownB}));
    QCOMPARE(unknownA.shownName(), u"Unknown role (ID aaaaaaaa-0000-4000-8000-000000000000)"_s);
    QCOMPARE(AdminRole::globalAdministrator().shownName(), u"Global Administrator"_s);
}

QTEST_APPLESS_MAIN(TestAdminRole)
#include "tst_adminrole.moc"
