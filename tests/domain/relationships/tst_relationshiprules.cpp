#include "relationships/relationship.h"
#include "relationships/relationshiprules.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The checks every typed-in or imported relationship passes before the register stores it.
class TestRelationshipRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void names_data();
    void names();
    void checkNamesTheFieldToFix_data();
    void checkNamesTheFieldToFix();
    void aValidRelationshipPasses();
};

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

Relationship valid()
{
    Relationship r;
    r.partner = Partner {u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s, u"Contoso Onderwijs ICT"_s, u"4810231"_s,
        u"partners@contoso.example"_s, u"+31 20 555 0100"_s, u"https://contoso.example"_s};
    r.types = {PartnerType(PartnerType::Kind::GdapPartner)};
    r.roles = {AdminRole::helpdeskAdministrator()};
    r.gdap = GdapDetails {u"Contoso helpdesk"_s, u"active"_s, 730, kNow.addDays(-10), kNow.addDays(720), true,
        u"5d027261-d21f-4aa9-b7db-7fa1f56fb163-9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s};
    return r;
}

} // namespace

void TestRelationshipRules::durations_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<int>("days"); // -1: not a duration
    QTest::newRow("P730D") << u"P730D"_s << 730;
    QTest::newRow("P2Y") << u"P2Y"_s << 730;
    QTest::newRow("P1Y6M") << u"P1Y6M"_s << 545;
    QTest::newRow("P12W") << u"P12W"_s << 84;
    QTest::newRow("p90d lower case") << u"p90d"_s << 90;
    QTest::newRow("PT0S") << u"PT0S"_s << 0;
    QTest::newRow("P0D") << u"P0D"_s << 0;
    QTest::newRow("P1D") << u"P1D"_s << 1;
    QTest::newRow("bare P") << u"P"_s << -1;
    QTest::newRow("hours") << u"PT24H"_s << -1;
    QTest::newRow("negative") << u"-P1D"_s << -1;
    QTest::newRow("words") << u"two years"_s << -1;
    QTest::newRow("trailing junk") << u"P1DX"_s << -1;
    QTest::newRow("huge") << u"P9999Y"_s << -1;
}

void TestRelationshipRules::durations()
{
    QFETCH(QString, iso);
    QFETCH(int, days);
    const auto parsed = RelationshipRules::durationDays(iso);
    QCOMPARE(parsed.has_value(), days >= 0);
    if (days >= 0)
        QCOMPARE(*parsed, days);
}

void TestRelationshipRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << u"Contoso Onderwijs ICT"_s << false;
    QTest::newRow("diacritics") << u"Ölfabriek Digitaal"_s << false;
    QTest::newRow("hyphen word") << u"-Sharp IT"_s << false;
    QTest::newRow("empty") << u"   "_s << true;
    QTest::newRow("equals") << u"=HYPERLINK(\"x\")"_s << true;
    QTest::newRow("plus") << u"+cmd"_s << true;
    QTest::newRow("at") << u"@SUM(A1)"_s << true;
    QTest::newRow("minus digit") << u"-2+3"_s << true;
    QTest::newRow("full-width equals") << u"＝1+1"_s << true;
    QTest::newRow("control character") << u"Contoso\u001b[2J"_s << true;
    QTest::newRow("C1 control") << u"Contoso\u0085"_s << true;
    QTest::newRow("201 characters") << QString(201, u'a') << true;
    QTest::newRow("200 characters") << QString(200, u'a') << false;
}

void TestRelationshipRules::names()
{
    QFETCH(QString, name);
    QFETCH(bool, refused);
    QCOMPARE(RelationshipRules::nameProblem(name).has_value(), refused);
}

void TestRelationshipRules::checkNamesTheFieldToFix_data()
{
    QTest::addColumn<Relationship>("relationship");
    QTest::addColumn<QString>("field");
    Relationship r = valid();
    r.partner.tenantId = u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f1"_s;
    QTest::newRow("tenant ID one digit short") << r << u"tenantId"_s;
    r = valid();
    r.partner.tenantId += u"\n"_s;
    QTest::newRow("tenant ID with a newline") << r << u"tenantId"_s;
    r = valid();
    r.partner.partnerId = u"48-10231"_s;
    QTest::newRow("PartnerID not digits") << r << u"partnerId"_s;
    r = valid();
    r.partner.email = u"partners.contoso.example"_s;
    QTest::newRow("email without @") << r << u"email"_s;
    r = valid();
    r.partner.website = u"javascript:alert(1)"_s;
    QTest::newRow("website not http") << r << u"website"_s;
    r = valid();
    r.roles.append(AdminRole(u"not-a-guid"_s));
    QTest::newRow("role not a GUID") << r << u"roles"_s;
    r = valid();
    r.agreement.acceptedAtUtc = kNow.addSecs(1);
    QTest::newRow("agreement one second in the future") << r << u"agreement"_s;
    r = valid();
    r.gdap.name = QString(51, u'x');
    QTest::newRow("GDAP name of 51 characters") << r << u"gdapName"_s;
    r = valid();
    r.gdap.name.clear();
    QTest::newRow("GDAP name empty") << r << u"gdapName"_s;
    r = valid();
    r.gdap.durationDays = 731;
    QTest::newRow("GDAP 731 days") << r << u"gdapDuration"_s;
    r = valid();
    r.gdap.durationDays = 0;
    QTest::newRow("GDAP 0 days") << r << u"gdapDuration"_s;
    r = valid();
    r.gdap.endUtc = r.gdap.startUtc.addSecs(-1);
    QTest::newRow("GDAP ends before it starts") << r << u"gdapEnd"_s;
    r = valid();
    r.roles.append(AdminRole::globalAdministrator());
    QTest::newRow("auto-extend with Global Administrator") << r << u"gdapAutoExtend"_s;
    r = valid();
    r.gdap.relationshipId = u"5d027261-d21f-4aa9-b7db-7fa1f56fb163-"_s;
    QTest::newRow("GDAP id with a dangling hyphen") << r << u"gdapId"_s;
}

void TestRelationshipRules::checkNamesTheFieldToFix()
{
    QFETCH(Relationship, relationship);
    QFETCH(QString, field);
    const QList<FieldProblem> problems = RelationshipRules::check(relationship, kNow);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    QVERIFY(!problems.constFirst().reason.isEmpty());
}

void TestRelationshipRules::aValidRelationshipPasses()
{
    QVERIFY(RelationshipRules::check(valid(), kNow).isEmpty());
    Relationship edge = valid();
    edge.gdap.name = QString(50, u'x');
    edge.gdap.durationDays = 1;
    edge.agreement.acceptedAtUtc = kNow;
    edge.gdap.autoExtend = false;
    edge.roles.append(AdminRole::globalAdministrator());
    QVERIFY(RelationshipRules::check(edge, kNow).isEmpty());
    edge.gdap.durationDays = 730;
    QVERIFY(RelationshipRules::check(edge, kNow).isEmpty());
}

QTEST_APPLESS_MAIN(TestRelationshipRules)
#include "tst_relationshiprules.moc"
