#include "invitations/invitationlink.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using Kind = InvitationLink::Kind;
using Refusal = InvitationLink::Refusal;

Q_DECLARE_METATYPE(InvitationLink::Kind)
Q_DECLARE_METATYPE(InvitationLink::Refusal)

namespace {
const QString P = u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s; // partner tenant
const QString C = u"9a8b7c6d-1111-4222-8333-444455556666"_s; // indirect provider
const QString G1 = u"0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd"_s; // GDAP ids
const QString G2 = u"1f2e3d4c-eeee-4fff-8aaa-bbbbbbbbbbbb"_s;
const QString Home = u"https://admin.microsoft.com/Adminportal/Home"_s;
const QString Store = u"https://businessstore.microsoft.com/manage/partner-invitation"_s;
const QString GdapHome
    = u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"_s;

QString reseller(
    const QString &dap = u"false"_s, const QString &route = u"#/BillingAccounts/partner-invitation"_s)
{
    return Home + u"?invType=ResellerRelationship&partnerId="_s + P + u"&msppId=0&DAP="_s + dap + route;
}
} // namespace

class TestInvitationLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void grantsAndTypes();
};

void TestInvitationLink::accepted_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("partnerId");
    QTest::addColumn<QString>("indirect");
    QTest::addColumn<bool>("dap");

    // Documented shapes.
    QTest::newRow("reseller, DAP=false")
        << reseller() << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("reseller, DAP=true")
        << reseller(u"true"_s) << Kind::Reseller << P << QString() << QString() << true;
    QTest::newRow("reseller, new route") << reseller(u"false"_s, u"#/partners/invitation"_s) << Kind::Reseller
                                         << P << QString() << QString() << false;
    QTest::newRow("reseller, new route, no DAP")
        << (Home + u"?invType=ResellerRelationship&partnerId="_s + P + u"&msppId=0#/partners/invitation"_s)
        << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("reseller, AdminPortal casing") << reseller().replace(u"Adminportal"_s, u"AdminPortal"_s)
                                                  << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("reseller, lower-case path")
        << reseller().replace(u"Adminportal/Home"_s, u"adminportal/home"_s) << Kind::Reseller << P
        << QString() << QString() << false;
    QTest::newRow("reseller, upper-case GUID")
        << reseller().replace(P, P.toUpper()) << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("reseller with PartnerID") << (Home + u"?invType=ResellerRelationship&partnerId="_s + P
        + u"&msppId=4810231&DAP=false#/partners/invitation"_s)
                                             << Kind::Reseller << P << u"4810231"_s << QString() << false;
    QTest::newRow("indirect reseller") << (Home + u"?invType=IndirectResellerRelationship&partnerId="_s + P
        + u"&msppId=6012345&indirectCSPId="_s + C + u"#/BillingAccounts/partner-invitation"_s)
                                       << Kind::IndirectReseller << P << u"6012345"_s << C << false;
    QTest::newRow("indirect reseller, DAP=true asks no delegated admin")
        << (Home + u"?invType=IndirectResellerRelationship&partnerId="_s + P
               + u"&msppId=6012345&indirectCSPId="_s + C + u"&DAP=true#/partners/invitation"_s)
        << Kind::IndirectReseller << P << u"6012345"_s << C << false;
    QTest::newRow("indirect reseller without provider")
        << (Home + u"?invType=IndirectResellerRelationship&partnerId="_s + P
               + u"&msppId=0#/partners/invitation"_s)
        << Kind::IndirectReseller << P << QString() << QString() << false;
    QTest::newRow("delegated admin only") << (Home + u"?invType=Administration&partnerId="_s + P)
                                          << Kind::DelegatedAdmin << P << QString() << QString() << true;
    QTest::newRow("GDAP, single id")
        << (u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"_s
               + G1)
        << Kind::GdapApproval << QString() << QString() << QString() << false;
    QTest::newRow("GDAP, composite id")
        << (u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"_s
               + G1 + u"-"_s + G2)
        << Kind::GdapApproval << QString() << QString() << QString() << false;
    QTest::newRow("agreement only")
        << u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement"_s
        << Kind::AgreementOnly << QString() << QString() << QString() << false;
    QTest::newRow("Store for Business, its own page")
        << (Store + u"?invType=ResellerRelationship&partnerId="_s + P + u"&msppId=0&DAP=false"_s)
        << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("Store for Business, DAP=true")
        << (Store + u"?invType=ResellerRelationship&partnerId="_s + P + u"&msppId=0&DAP=true"_s)
        << Kind::Reseller << P << QString() << QString() << true;
    QTest::newRow("Store for Business, indirect reseller, other casing")
        << (u"https://BusinessStore.microsoft.com/Manage/Partner-Invitation/?invType=IndirectResellerRelationship&partnerId="_s
               + P + u"&msppId=6012345&indirectCSPId="_s + C)
        << Kind::IndirectReseller << P << u"6012345"_s << C << false;
    QTest::newRow("route dropped by the mail client")
        << (Home + u"?invType=ResellerRelationship&partnerId="_s + P + u"&msppId=0&DAP=true"_s)
        << Kind::Reseller << P << QString() << QString() << true;
    QTest::newRow("keys in another case") << (Home + u"?INVTYPE=ResellerRelationship&PartnerID="_s + P
        + u"&MSPPID=0&dap=TRUE#/partners/invitation"_s)
                                          << Kind::Reseller << P << QString() << QString() << true;

    // What email clients do.
    QTest::newRow("surrounding whitespace")
        << (u"  \t"_s + reseller() + u" \n"_s) << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("angle brackets") << (u"<"_s + reseller() + u">"_s) << Kind::Reseller << P << QString()
                                    << QString() << false;
    QTest::newRow("double quotes") << (u"\""_s + reseller() + u"\""_s) << Kind::Reseller << P << QString()
                                   << QString() << false;
    QTest::newRow("quotes in brackets")
        << (u"<\""_s + reseller() + u"\">"_s) << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("backslash escapes")
        << reseller().replace(u"&"_s, u"\\&"_s) << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("HTML entities") << reseller().replace(u"&"_s, u"&amp;"_s) << Kind::Reseller << P
                                   << QString() << QString() << false;
    QTest::newRow("wrapped across lines")
        << reseller().insert(60, u"\n"_s) << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("fully percent-encoded")
        << QString::fromLatin1(QUrl::toPercentEncoding(reseller(u"true"_s))) << Kind::Reseller << P
        << QString() << QString() << true;
    QTest::newRow("percent-encoded values")
        << reseller().replace(u"partnerId="_s + P, u"partnerId="_s + P.left(8) + u"%2D"_s + P.mid(9))
        << Kind::Reseller << P << QString() << QString() << false;
    QTest::newRow("Safe Links") << (u"https://eur01.safelinks.protection.outlook.com/?url="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(reseller(u"true"_s))) + u"&data=05%7C01&reserved=0"_s)
                                << Kind::Reseller << P << QString() << QString() << true;
    QTest::newRow("Safe Links, GDAP") << (u"https://nam12.safelinks.protection.outlook.com/?url="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(
            u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/"_s
            + G1))
        + u"&data=x"_s) << Kind::GdapApproval
                                      << QString() << QString() << QString() << false;
}

void TestInvitationLink::accepted()
{
    QFETCH(QString, link);
    QFETCH(Kind, kind);
    QFETCH(QString, partner);
    QFETCH(QString, partnerId);
    QFETCH(QString, indirect);
    QFETCH(bool, dap);
    const InvitationLink parsed = InvitationLink::parse(link);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.refusalReason()));
    QCOMPARE(parsed.kind(), kind);
    QCOMPARE(parsed.partnerTenantId(), partner);
    QCOMPARE(parsed.partnerId(), partnerId);
    QCOMPARE(parsed.indirectProviderTenantId(), indirect);
    QCOMPARE(parsed.requestsDelegatedAdmin(), dap);
    QVERIFY(parsed.refusalReason().isEmpty());
    QCOMPARE(parsed.url().host(), parsed.url().host().toLower());
}

void TestInvitationLink::refused_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<Refusal>("refusal");
    QTest::newRow("empty") << QString() << Refusal::Empty;
    QTest::newRow("only spaces") << u"   "_s << Refusal::Empty;
    QTest::newRow("not a link") << u"please accept our invitation"_s << Refusal::NotAUrl;
    QTest::newRow("http") << reseller().replace(u"https://"_s, u"http://"_s) << Refusal::NotHttps;
    QTest::newRow("ftp") << reseller().replace(u"https://"_s, u"ftp://"_s) << Refusal::NotAUrl;
    QTest::newRow("user-info") << reseller().replace(u"https://"_s, u"https://admin.microsoft.com@"_s)
                               << Refusal::UserInfo;
    QTest::newRow("user-info, other host")
        << reseller().replace(u"admin.microsoft.com"_s, u"admin.microsoft.com:x@evil.example"_s)
        << Refusal::UserInfo;
    QTest::newRow("other host") << reseller().replace(u"admin.microsoft.com"_s, u"partner-portal.example"_s)
                                << Refusal::ForeignHost;
    QTest::newRow("lookalike suffix")
        << reseller().replace(u"admin.microsoft.com"_s, u"admin.microsoft.com.evil.example"_s)
        << Refusal::ForeignHost;
    QTest::newRow("lookalike dash") << reseller().replace(u"admin.microsoft.com"_s, u"admin-microsoft.com"_s)
                                    << Refusal::ForeignHost;
    QTest::newRow("lookalike rn") << reseller().replace(u"admin.microsoft.com"_s, u"admin.rnicrosoft.com"_s)
                                  << Refusal::ForeignHost;
    QTest::newRow("lookalike Cyrillic o")
        << reseller().replace(u"microsoft"_s, u"micr\u043Esoft"_s) << Refusal::ForeignHost;
    QTest::newRow("other port") << reseller().replace(u"admin.microsoft.com"_s, u"admin.microsoft.com:8443"_s)
                                << Refusal::ForeignHost;
    QTest::newRow("other Microsoft host") << reseller().replace(u"admin.microsoft.com"_s,
        u"login.microsoftonline.com"_s) << Refusal::ForeignHost;
    QTest::newRow("not an invitation page")
        << u"https://admin.microsoft.com/AdminPortal/Home#/users"_s << Refusal::NotAnInvitation;
    QTest::newRow("another path") << reseller().replace(u"/Adminportal/Home"_s, u"/Adminportal/Settings"_s)
                                  << Refusal::NotAnInvitation;
    QTest::newRow("invitation query, other route")
        << reseller(u"false"_s, u"#/users"_s) << Refusal::NotAnInvitation;
    QTest::newRow("unknown invType") << reseller().replace(u"ResellerRelationship"_s,
        u"SupportRelationship"_s) << Refusal::UnknownInvitationType;
    QTest::newRow("missing partnerId")
        << (Home + u"?invType=ResellerRelationship&msppId=0&DAP=false"_s) << Refusal::MissingPartnerId;
    QTest::newRow("empty partnerId") << (Home + u"?invType=Administration&partnerId="_s)
                                     << Refusal::MissingPartnerId;
    QTest::newRow("malformed partnerId")
        << reseller().replace(P, u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f1"_s) << Refusal::MalformedPartnerId;
    QTest::newRow("partnerId not hex")
        << reseller().replace(P, u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2fzz"_s) << Refusal::MalformedPartnerId;
    QTest::newRow("non-numeric msppId")
        << reseller().replace(u"msppId=0"_s, u"msppId=12ab"_s) << Refusal::NonNumericMsppId;
    QTest::newRow("negative msppId") << reseller().replace(u"msppId=0"_s, u"msppId=-5"_s)
                                     << Refusal::NonNumericMsppId;
    QTest::newRow("malformed indirectCSPId") << (Home + u"?invType=IndirectResellerRelationship&partnerId="_s
        + P + u"&msppId=1&indirectCSPId=abc"_s)
                                             << Refusal::MalformedIndirectProvider;
    QTest::newRow("placeholder partnerId, angle brackets")
        << reseller().replace(P, u"<tenant GUID>"_s) << Refusal::Placeholder;
    QTest::newRow("placeholder partnerId, braces")
        << reseller().replace(P, u"{partnerId}"_s) << Refusal::Placeholder;
    QTest::newRow("placeholder msppId")
        << reseller().replace(u"msppId=0"_s, u"msppId=%MPN_ID%"_s) << Refusal::Placeholder;
    QTest::newRow("placeholder xxxx")
        << reseller().replace(P, u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s) << Refusal::Placeholder;
    QTest::newRow("GDAP, malformed id")
        << u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/12345"_s
        << Refusal::MalformedGdapId;
    QTest::newRow("GDAP, placeholder id")
        << u"https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/<id>"_s
        << Refusal::Placeholder;
    QTest::newRow("Safe Links without url")
        << u"https://eur01.safelinks.protection.outlook.com/?data=05"_s << Refusal::BadSafeLinks;
    QTest::newRow("Safe Links wrapping another host")
        << (u"https://eur01.safelinks.protection.outlook.com/?url="_s
               + QString::fromLatin1(
                   QUrl::toPercentEncoding(reseller().replace(u"admin.microsoft.com"_s, u"evil.example"_s))))
        << Refusal::ForeignHost;
    QTest::newRow("Safe Links lookalike wrapper")
        << (u"https://eur01.safelinks.protection.outlook.com.evil.example/?url="_s
               + QString::fromLatin1(QUrl::toPercentEncoding(reseller())))
        << Refusal::ForeignHost;
    QTest::newRow("Safe Links wrapping Safe Links")
        << (u"https://eur01.safelinks.protection.outlook.com/?url="_s
               + QString::fromLatin1(
                   QUrl::toPercentEncoding(u"https://nam01.safelinks.protection.outlook.com/?url="_s
                       + QString::fromLatin1(QUrl::toPercentEncoding(reseller())))))
        << Refusal::ForeignHost;
    // Links whose meaning depends on which of two values is read.
    QTest::newRow("DAP twice") << reseller().replace(u"DAP=false"_s, u"DAP=false&DAP=true"_s)
                               << Refusal::RepeatedParameter;
    QTest::newRow("dap and DAP") << reseller().replace(u"DAP=false"_s, u"dap=false&DAP=true"_s)
                                 << Refusal::RepeatedParameter;
    QTest::newRow("DAP twice, same value")
        << reseller().replace(u"DAP=false"_s, u"DAP=false&DAP=false"_s) << Refusal::RepeatedParameter;
    QTest::newRow("invType twice") << reseller().replace(
        u"invType=ResellerRelationship"_s, u"invType=ResellerRelationship&invtype=Administration"_s)
                                   << Refusal::RepeatedParameter;
    QTest::newRow("partnerId twice") << reseller().replace(
        u"partnerId="_s + P, u"partnerId="_s + P + u"&PARTNERID="_s + C)
                                     << Refusal::RepeatedParameter;
    QTest::newRow("msppId twice") << reseller().replace(u"msppId=0"_s, u"msppId=0&msppId=4810231"_s)
                                  << Refusal::RepeatedParameter;
    QTest::newRow("ref twice")
        << u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement&Ref=/BillingAccounts/agreement"_s
        << Refusal::RepeatedParameter;
    QTest::newRow("ref with invType")
        << (u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement&invType=Administration&partnerId="_s
               + P)
        << Refusal::ConflictingParameters;
    QTest::newRow("invType with ref, other order")
        << (Home + u"?invType=ResellerRelationship&partnerId="_s + P + u"&ref=/BillingAccounts/agreement"_s)
        << Refusal::ConflictingParameters;
    QTest::newRow("Safe Links wrapping a repeated key")
        << (u"https://eur01.safelinks.protection.outlook.com/?url="_s
               + QString::fromLatin1(
                   QUrl::toPercentEncoding(reseller().replace(u"DAP=false"_s, u"DAP=false&DAP=true"_s))))
        << Refusal::RepeatedParameter;

    QTest::newRow("GDAP approval with an invitation type")
        << (u"https://admin.microsoft.com/AdminPortal/Home?invType=Administration&partnerId="_s + P
               + u"#/partners/invitation/granularAdminRelationships/"_s + G1)
        << Refusal::GdapWithSettings;
    QTest::newRow("GDAP approval with DAP=true")
        << (u"https://admin.microsoft.com/AdminPortal/Home?DAP=true#/partners/invitation/granularAdminRelationships/"_s
               + G1)
        << Refusal::GdapWithSettings;
    QTest::newRow("GDAP approval with an agreement ref")
        << (u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement#/partners/"
            u"invitation/"
            "granularAdminRelationships/"_s
               + G1)
        << Refusal::GdapWithSettings;

    // The retired Store for Business: its own page only, no route, the same parameter rules.
    QTest::newRow("Store for Business, admin center path") << reseller().replace(u"admin.microsoft.com"_s,
        u"businessstore.microsoft.com"_s) << Refusal::NotAnInvitation;
    QTest::newRow("Store for Business, with a route")
        << (Store + u"?invType=ResellerRelationship&partnerId="_s + P + u"&msppId=0#/partners/invitation"_s)
        << Refusal::NotAnInvitation;
    QTest::newRow("Store for Business, other page")
        << (u"https://businessstore.microsoft.com/manage/settings?invType=ResellerRelationship&partnerId="_s
               + P)
        << Refusal::NotAnInvitation;
    QTest::newRow("Store for Business, no invType")
        << (Store + u"?partnerId="_s + P) << Refusal::NotAnInvitation;
    QTest::newRow("Store for Business, agreement ref")
        << (Store + u"?ref=/BillingAccounts/agreement"_s) << Refusal::NotAnInvitation;
    QTest::newRow("Store for Business, GDAP")
        << u"https://businessstore.microsoft.com/manage/partner-invitation#/partners/invitation/granularAdminRelationships/0b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd"_s
        << Refusal::NotAnInvitation;
    QTest::newRow("Store for Business, missing partnerId")
        << (Store + u"?invType=ResellerRelationship&msppId=0"_s) << Refusal::MissingPartnerId;
    QTest::newRow("Store for Business, DAP twice")
        << (Store + u"?invType=ResellerRelationship&partnerId="_s + P + u"&DAP=false&dap=true"_s)
        << Refusal::RepeatedParameter;
    QTest::newRow("Store for Business, other port")
        << (u"https://businessstore.microsoft.com:8443/manage/partner-invitation?invType=ResellerRelationship&partnerId="_s
               + P)
        << Refusal::ForeignHost;

    // Whole-text patterns: an encoded newline after an id is not part of a valid id.
    QTest::newRow("GDAP id followed by an encoded newline")
        << (GdapHome + G1 + u"%0A/"_s) << Refusal::MalformedGdapId;
    QTest::newRow("GDAP id followed by an encoded newline, no slash")
        << (GdapHome + G1 + u"%0A"_s) << Refusal::MalformedGdapId;
    QTest::newRow("route followed by an encoded newline")
        << reseller(u"false"_s, u"#/partners/invitation%0A"_s) << Refusal::NotAnInvitation;
    QTest::newRow("path followed by an encoded newline")
        << reseller().replace(u"/Adminportal/Home"_s, u"/Adminportal/Home%0A"_s) << Refusal::NotAnInvitation;

    QTest::newRow("agreement page is not agreement ref")
        << u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/invoices"_s
        << Refusal::NotAnInvitation;
}

void TestInvitationLink::refused()
{
    QFETCH(QString, link);
    QFETCH(Refusal, refusal);
    const InvitationLink parsed = InvitationLink::parse(link);
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.refusal(), refusal);
    QVERIFY(!parsed.refusalReason().isEmpty());
    QVERIFY(parsed.rolesGranted().isEmpty());
    QVERIFY(parsed.relationshipTypes().isEmpty());
}

void TestInvitationLink::grantsAndTypes()
{
    const InvitationLink dap = InvitationLink::parse(reseller(u"true"_s));
    QCOMPARE(dap.rolesGranted(),
        (QList<AdminRole> {AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator()}));
    QCOMPARE(dap.relationshipTypes(),
        QList<PartnerType> {PartnerType(PartnerType::Kind::ResellerAndDelegatedAdministrator)});
    const InvitationLink plain = InvitationLink::parse(reseller());
    QVERIFY(plain.rolesGranted().isEmpty());
    QCOMPARE(plain.relationshipTypes(), QList<PartnerType> {PartnerType(PartnerType::Kind::Reseller)});
    const InvitationLink admin = InvitationLink::parse(Home + u"?invType=Administration&partnerId="_s + P);
    QCOMPARE(admin.rolesGranted().size(), 2);
    QCOMPARE(admin.relationshipTypes(),
        QList<PartnerType> {PartnerType(PartnerType::Kind::DelegatedAdministrator)});
    QCOMPARE(InvitationLink::parse(
                 u"https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement"_s)
                 .relationshipTypes(),
        QList<PartnerType> {});
}

QTEST_APPLESS_MAIN(TestInvitationLink)
#include "tst_invitationlink.moc"
