#include "relationships/partnertype.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPartnerType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKnownTypeRoundTripsThroughItsKey();
    void spellingsFromExports_data();
    void spellingsFromExports();
    void unknownTypesAreKeptAsText();
    void delegatedAdminTypes();
};

void TestPartnerType::everyKnownTypeRoundTripsThroughItsKey()
{
    const QList<PartnerType> all = PartnerType::knownTypes();
    QCOMPARE(all.size(), 12); // the eight of the help page and the four newer ones
    QSet<QString> keys;
    for (const PartnerType &type : all) {
        QVERIFY(type.isKnown());
        QVERIFY(!type.displayName().isEmpty());
        QCOMPARE(PartnerType::fromKey(type.key()), type);
        keys.insert(type.key());
    }
    QCOMPARE(keys.size(), all.size());
}

void TestPartnerType::spellingsFromExports_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    using K = PartnerType::Kind;
    QTest::newRow("display name") << u"Reseller & delegated administrator"_s
                                  << int(K::ResellerAndDelegatedAdministrator);
    QTest::newRow("upper case") << u"RESELLER"_s << int(K::Reseller);
    QTest::newRow("spaces around") << u"  Advisor "_s << int(K::Advisor);
    QTest::newRow("MPSA short") << u"MPSA"_s << int(K::MpsaPartner);
    QTest::newRow("LOB display") << u"Line-of-business (LOB) partner"_s << int(K::LobPartner);
    QTest::newRow("GDAP") << u"gdap"_s << int(K::GdapPartner);
    QTest::newRow("indirect reseller") << u"Indirect reseller"_s << int(K::IndirectReseller);
    QTest::newRow("ISV") << u"ISV"_s << int(K::IndependentSoftwareVendor);
    QTest::newRow("OEM") << u"oem"_s << int(K::Oem);
}

void TestPartnerType::spellingsFromExports()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QCOMPARE(int(PartnerType::fromKey(text).kind()), kind);
}

void TestPartnerType::unknownTypesAreKeptAsText()
{
    const PartnerType type = PartnerType::fromKey(u"Solution integrator"_s);
    QVERIFY(!type.isKnown());
    QCOMPARE(type.kind(), PartnerType::Kind::Other);
    QCOMPARE(type.key(), u"Solution integrator"_s);
    QCOMPARE(type.displayName(), u"Solution integrator"_s);
    QCOMPARE(PartnerType::fromKey(type.key()), type);
    QVERIFY(PartnerType::fromKey(u"Something else"_s) != type);
}

void TestPartnerType::delegatedAdminTypes()
{
    for (const PartnerType &type : PartnerType::knownTypes()) {
        const bool dap = type.kind() == PartnerType::Kind::DelegatedAdministrator
            || type.kind() == PartnerType::Kind::ResellerAndDelegatedAdministrator;
        QCOMPARE(type.holdsDelegatedAdmin(), dap);
    }
}

QTEST_APPLESS_MAIN(TestPartnerType)
#include "tst_partnertype.moc"
