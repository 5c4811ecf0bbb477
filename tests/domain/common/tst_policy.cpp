#include "common/operator.h"
#include "common/policy.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PolicyAction)

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRoleAgainstEveryAction_data();
    void everyRoleAgainstEveryAction();
    void refusalGivesReason_data();
    void refusalGivesReason();
};

namespace {
Operator withRoles(const QStringList &names)
{
    Operator op {u"someone@school.example"_s, u"Someone"_s, {}};
    for (const QString &name : names)
        op.roles.append(AdminRole::find(name));
    return op;
}
} // namespace

void TestPolicy::everyRoleAgainstEveryAction_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("view");
    QTest::addColumn<bool>("manage");
    QTest::addColumn<bool>("grant");

    QTest::newRow("no roles") << QStringList {} << true << false << false;
    QTest::newRow("Global Administrator") << QStringList {u"Global Administrator"_s} << true << true << true;
    QTest::newRow("legacy Company Administrator")
        << QStringList {u"Company Administrator"_s} << true << true << true;
    QTest::newRow("Billing Administrator")
        << QStringList {u"Billing Administrator"_s} << true << true << false;
    QTest::newRow("Helpdesk Administrator")
        << QStringList {u"Helpdesk Administrator"_s} << true << false << false;
    QTest::newRow("Global Reader") << QStringList {u"Global Reader"_s} << true << false << false;
    QTest::newRow("User Administrator") << QStringList {u"User Administrator"_s} << true << false << false;
    QTest::newRow("Privileged Role Administrator")
        << QStringList {u"Privileged Role Administrator"_s} << true << false << false;
    QTest::newRow("Billing + Helpdesk")
        << QStringList {u"Billing Administrator"_s, u"Helpdesk Administrator"_s} << true << true << false;
    QTest::newRow("Helpdesk + Global")
        << QStringList {u"Helpdesk Administrator"_s, u"Global Administrator"_s} << true << true << true;
    QTest::newRow("unknown role id") << QStringList {u"00000000-0000-4000-8000-000000000000"_s} << true
                                     << false << false;
}

void TestPolicy::everyRoleAgainstEveryAction()
{
    QFETCH(QStringList, roles);
    QFETCH(bool, view);
    QFETCH(bool, manage);
    QFETCH(bool, grant);
    const Operator op = withRoles(roles);
    QCOMPARE(Policy::check(op, PolicyAction::View).allowed(), view);
    QCOMPARE(Policy::check(op, PolicyAction::ManageRelationships).allowed(), manage);
    QCOMPARE(Policy::check(op, PolicyAction::GrantAdminRoles).allowed(), grant);
}

void TestPolicy::refusalGivesReason_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<PolicyAction>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("helpdesk manages")
        << QStringList {u"Helpdesk Administrator"_s} << PolicyAction::ManageRelationships
        << u"Requires Global Administrator or Billing Administrator"_s;
    QTest::newRow("billing grants") << QStringList {u"Billing Administrator"_s}
                                    << PolicyAction::GrantAdminRoles << u"Requires Global Administrator"_s;
    QTest::newRow("global grants") << QStringList {u"Global Administrator"_s} << PolicyAction::GrantAdminRoles
                                   << QString();
}

void TestPolicy::refusalGivesReason()
{
    QFETCH(QStringList, roles);
    QFETCH(PolicyAction, action);
    QFETCH(QString, reason);
    QCOMPARE(Policy::check(withRoles(roles), action).reason(), reason);
}

QTEST_APPLESS_MAIN(TestPolicy)
#include "tst_policy.moc"
