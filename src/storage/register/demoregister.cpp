#include "register/demoregister.h"

#include "common/clock.h"
#include "database/database.h"
#include "directory/directorygenerator.h"
#include "directory/sqldirectoryrepository.h"
#include "register/sqlregisterrepository.h"
#include "relationships/relationshipjson.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

using Kind = PartnerType::Kind;

const QString kGlobalUpn = u"anna.devries@hetbaken.example"_s;

struct DemoPartner
{
    const char16_t *name;
    const char16_t *tenantId;
    const char16_t *partnerId;
    const char16_t *domain;
    QList<PartnerType> types;
    QList<AdminRole> roles;
    int sinceDaysAgo;
    bool agreementAccepted;
    int reviewedDaysAgo; // -1: never reviewed
};

AdminRole role(const char16_t *id)
{
    return AdminRole(QString::fromUtf16(id));
}

QList<DemoPartner> demoPartners()
{
    const AdminRole global = AdminRole::globalAdministrator();
    const AdminRole helpdesk = AdminRole::helpdeskAdministrator();
    return {
        {u"Contoso Onderwijs ICT", u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10", u"4810231",
            u"contoso-onderwijs.example", {PartnerType(Kind::ResellerAndDelegatedAdministrator)},
            {global, helpdesk}, 1150, true, 400},
        {u"Fabrikam Cloud Solutions", u"a1b2c3d4-1111-4222-8333-444455556666", u"5521907",
            u"fabrikam.example", {PartnerType(Kind::Reseller)}, {}, 900, true, 30},
        {u"Northwind Beheer B.V.", u"b7e4d2c1-2222-4333-9444-555566667777", u"6034218",
            u"northwind-beheer.example", {PartnerType(Kind::DelegatedAdministrator)}, {global, helpdesk}, 820,
            false, -1},
        {u"Tailspin Advies", u"c9d8e7f6-3333-4444-a555-666677778888", u"", u"tailspin-advies.example",
            {PartnerType(Kind::Advisor)}, {helpdesk, role(u"966707d0-3269-4727-9be2-8c3a10f19b9d")}, 610,
            true, 45},
        {u"Litware Licenties", u"d0e1f2a3-4444-4555-b666-777788889999", u"7123456", u"litware.example",
            {PartnerType(Kind::MpsaPartner)}, {}, 700, true, 120},
        {u"Adatum Apps", u"e1f2a3b4-5555-4666-8777-88889999aaaa", u"7345120", u"adatum-apps.example",
            {PartnerType(Kind::LobPartner)}, {}, 540, true, 10},
        {u"Woodgrove Security", u"f2a3b4c5-6666-4777-9888-9999aaaabbbb", u"7590044",
            u"woodgrove-security.example", {PartnerType(Kind::GdapPartner)},
            {role(u"194ae4cb-b126-40b2-bd5b-6091b380977d"), role(u"fe930be7-5e62-47db-91af-98c3a49a38b1"),
                role(u"f2ef992c-3afb-46b9-b7cf-a126ee74c451")},
            159, true, 20},
        {u"Proseware Partners", u"0a1b2c3d-7777-4888-a999-aaaabbbbcccc", u"6650032", u"proseware.example",
            {PartnerType(Kind::Partner)}, {role(u"29232cdf-9323-42fd-ade2-1d097af3e4de")}, 480, true, 60},
        {u"Wide World Distributie", u"1b2c3d4e-8888-4999-baaa-bbbbccccdddd", u"6012345", u"wideworld.example",
            {PartnerType(Kind::IndirectReseller)}, {}, 365, true, 100},
        {u"Lamna Distribution", u"2c3d4e5f-9999-4aaa-8bbb-ccccddddeeee", u"5000871", u"lamna.example",
            {PartnerType(Kind::IndirectProvider)}, {}, 365, true, 100},
        {u"Relecloud Software", u"3d4e5f6a-aaaa-4bbb-9ccc-ddddeeeeffff", u"7777001", u"relecloud.example",
            {PartnerType(Kind::IndependentSoftwareVendor)}, {}, 200, true, 15},
        {u"VanArsdel Hardware", u"4e5f6a7b-bbbb-4ccc-addd-eeeeffff0000", u"7002311", u"vanarsdel.example",
            {PartnerType(Kind::Oem)}, {}, 150, true, 15},
        {u"Ölfabriek Digitaal", u"5f6a7b8c-cccc-4ddd-beee-ffff00001111", u"7910206", u"olfabriek.example",
            {PartnerType(Kind::Reseller), PartnerType::fromKey(u"Solution integrator"_s)},
            {role(u"11111111-2222-4333-8444-555555555555")}, 90, true, 95},
        {u"de Vries IT-diensten", u"6a7b8c9d-dddd-4eee-8fff-000011112222", u"7800112", u"devries-it.example",
            {PartnerType(Kind::Reseller)}, {}, 40, false, -1},
    };
}

} // namespace

Status DemoRegister::create(Database &database, const Clock &clock)
{
    const QDateTime now = clock.nowUtc();
    SqlRegisterRepository repository(database);

    Organisation school;
    school.name = u"Het Baken College"_s;
    school.tenantId = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;
    school.createdUtc = now.addDays(-1200);
    school.defaultOperatorUpn = kGlobalUpn;
    const QList<Operator> operators {
        {kGlobalUpn, u"Anna de Vries"_s, {AdminRole::globalAdministrator()}},
        {u"bram.jansen@hetbaken.example"_s, u"Bram Jansen"_s, {AdminRole::billingAdministrator()}},
        {u"chloe.bakker@hetbaken.example"_s, u"Chloé Bakker"_s, {AdminRole::helpdeskAdministrator()}},
    };
    if (Status s = repository.initialise(school, operators); !s)
        return s;

    const QString agreementHash = QString::fromLatin1(
        QCryptographicHash::hash("Microsoft Customer Agreement (demo record)", QCryptographicHash::Sha256)
            .toHex());
    RegisterChange change;
    const QList<DemoPartner> partners = demoPartners();
    for (const DemoPartner &d : partners) {
        Relationship r;
        const QString domain = QString::fromUtf16(d.domain);
        r.partner = Partner {QString::fromUtf16(d.tenantId), QString::fromUtf16(d.name),
            QString::fromUtf16(d.partnerId), u"partners@"_s + domain,
            u"+31 20 555 01%1"_s.arg(int(change.relationships.size()), 2, 10, QChar(u'0')),
            u"https://www."_s + domain};
        r.types = d.types;
        r.roles = d.roles;
        r.partnerSinceUtc = now.addDays(-d.sinceDaysAgo);
        if (d.reviewedDaysAgo >= 0)
            r.lastReviewedUtc = now.addDays(-d.reviewedDaysAgo);
        if (d.agreementAccepted) {
            r.agreement = AgreementAcceptance {u"Anna de Vries"_s, kGlobalUpn,
                r.partnerSinceUtc.addSecs(3600), u"MCA"_s, u"2024-04"_s, agreementHash};
        }
        if (r.types.contains(PartnerType(Kind::GdapPartner))) {
            r.gdap = GdapDetails {u"Woodgrove security operations"_s, u"active"_s, 180, r.partnerSinceUtc,
                r.partnerSinceUtc.addDays(180), false,
                u"7d1c5e3a-0b2f-4e6d-9a8c-1f2e3d4c5b6a-9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s};
        }
        change.relationships.append(r);

        AuditEvent added;
        added.atUtc = r.partnerSinceUtc;
        added.operatorUpn = kGlobalUpn;
        added.operatorName = u"Anna de Vries"_s;
        added.action = QString::fromUtf16(AuditActions::RelationshipAdded);
        added.partnerTenantId = r.partner.tenantId;
        added.partnerName = r.partner.name;
        added.after = RelationshipJson::accessSnapshot(r);
        change.events.append(added);
    }
    auto stored = repository.apply(change);
    if (!stored)
        return stored.error();
    // A directory of fictional partners to search on the Find a partner page.
    SqlDirectoryRepository directory(database, repository.notifier());
    return directory.replaceCatalogue(DirectoryGenerator::generate(kDemoDirectoryEntries));
}
