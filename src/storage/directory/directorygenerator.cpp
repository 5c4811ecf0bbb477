#include "directory/directorygenerator.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const QStringList kFirst {u"Adatum"_s, u"Alpine"_s, u"Bellows"_s, u"Blue Yonder"_s, u"City Power"_s,
    u"Coho"_s, u"Consolidated"_s, u"Datum"_s, u"Fourth Coffee"_s, u"Graphic Design"_s, u"Humongous"_s,
    u"Lamna"_s, u"Litware"_s, u"Lucerne"_s, u"Margie's"_s, u"Nod"_s, u"Northwind"_s, u"Proseware"_s,
    u"Relecloud"_s, u"School of Fine Art"_s, u"Southridge"_s, u"Tailspin"_s, u"Trey"_s, u"VanArsdel"_s,
    u"Wide World"_s, u"Wingtip"_s, u"Woodgrove"_s, u"Zeeland"_s, u"Dijkstra"_s, u"Van den Berg"_s,
    u"Brabant"_s, u"Övergaard"_s, u"Élan"_s, u"Kempen"_s, u"Hanze"_s, u"Delta"_s};
const QStringList kSecond {u"ICT"_s, u"IT Services"_s, u"Cloud Partners"_s, u"Onderwijs ICT"_s,
    u"Solutions"_s, u"Digital"_s, u"Systems"_s, u"Consulting"_s, u"Netwerken"_s, u"Security"_s,
    u"Automatisering"_s, u"Workplace"_s};
const QStringList kCities {u"Amsterdam, Netherlands"_s, u"Rotterdam, Netherlands"_s,
    u"Utrecht, Netherlands"_s, u"Den Haag, Netherlands"_s, u"Eindhoven, Netherlands"_s,
    u"Groningen, Netherlands"_s, u"Zwolle, Netherlands"_s, u"Nijmegen, Netherlands"_s,
    u"Maastricht, Netherlands"_s, u"Leeuwarden, Netherlands"_s, u"Middelburg, Netherlands"_s,
    u"Tilburg, Netherlands"_s, u"Breda, Netherlands"_s, u"Arnhem, Netherlands"_s, u"Antwerpen, Belgium"_s,
    u"Gent, Belgium"_s, u"Brussel, Belgium"_s, u"Leuven, Belgium"_s, u"Brugge, Belgium"_s,
    u"Hasselt, Belgium"_s, u"Liège, Belgium"_s, u"Luxembourg, Luxembourg"_s, u"Düsseldorf, Germany"_s,
    u"Köln, Germany"_s};
const QStringList kKeywords {u"Microsoft 365"_s, u"Teams"_s, u"Intune"_s, u"Azure"_s, u"Security"_s,
    u"Backup"_s, u"SharePoint"_s, u"Migration"_s, u"Licensing"_s, u"Education"_s, u"Exchange Online"_s,
    u"Defender"_s, u"Entra ID"_s, u"Power BI"_s, u"Dynamics 365"_s, u"Copilot"_s, u"Devices"_s,
    u"Networking"_s, u"Training"_s, u"Managed services"_s, u"Compliance"_s, u"Windows 11"_s,
    u"Cloud telephony"_s, u"Data protection"_s};
const QStringList kIndustries {u"Education"_s, u"Healthcare"_s, u"Government"_s, u"Retail"_s,
    u"Manufacturing"_s, u"Non-profit"_s, u"Financial services"_s, u"Professional services"_s};

QString pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

QStringList pickSome(const QStringList &list, int count, QRandomGenerator &random)
{
    QStringList chosen;
    while (chosen.size() < count) {
        const QString item = pick(list, random);
        if (!chosen.contains(item))
            chosen.append(item);
    }
    return chosen;
}

QString guid(QRandomGenerator &random)
{
    auto hex = [&](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i)
            s += QChar(u"0123456789abcdef"[random.bounded(16)]);
        return s;
    };
    return hex(8) + u'-' + hex(4) + u"-4"_s + hex(3) + u'-' + QChar(u"89ab"[random.bounded(4)]) + hex(3)
        + u'-' + hex(12);
}

} // namespace

QList<DirectoryEntry> DirectoryGenerator::namedEntries()
{
    DirectoryEntry adatum;
    adatum.tenantId = u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s;
    adatum.partnerId = u"5120456"_s;
    adatum.name = u"Adatum Schoolsupport"_s;
    adatum.locations = {u"Utrecht, Netherlands"_s, u"Amersfoort, Netherlands"_s};
    adatum.sizes = OrganisationSize::Small | OrganisationSize::Medium;
    adatum.keywords = {u"Microsoft 365"_s, u"Intune"_s, u"Education"_s, u"Devices"_s};
    adatum.industries = {u"Education"_s};
    adatum.description = u"Fictional partner: devices and Microsoft 365 for primary and secondary schools."_s;
    adatum.contactEmail = u"scholen@adatum.example"_s;
    adatum.contactPhone = u"+31 30 000 0000"_s;
    adatum.website = u"https://adatum.example"_s;

    DirectoryEntry lamna;
    lamna.tenantId = u"7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"_s;
    lamna.partnerId = u"6034120"_s;
    lamna.name = u"Lamna Security Gent"_s;
    lamna.locations = {u"Gent, Belgium"_s};
    lamna.sizes = OrganisationSize::Medium | OrganisationSize::Large | OrganisationSize::Enterprise;
    lamna.keywords = {u"Security"_s, u"Defender"_s, u"Entra ID"_s, u"Compliance"_s};
    lamna.industries = {u"Government"_s, u"Healthcare"_s};
    lamna.description = u"Fictional partner: security reviews and managed detection."_s;
    lamna.contactEmail = u"info@lamna.example"_s;
    lamna.website = u"https://lamna.example"_s;
    return {adatum, lamna};
}

QList<DirectoryEntry> DirectoryGenerator::generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<DirectoryEntry> entries = count >= 2 ? namedEntries() : QList<DirectoryEntry>();
    entries.reserve(count);
    while (entries.size() < count) {
        DirectoryEntry e;
        e.tenantId = guid(random);
        e.partnerId = QString::number(4000000 + random.bounded(3000000));
        e.name = pick(kFirst, random) + u' ' + pick(kSecond, random) + u' '
            + QString::number(entries.size() + 1);
        e.locations = pickSome(kCities, 1 + int(random.bounded(2)), random);
        e.sizes = quint8(1 + random.bounded(15));
        e.keywords = pickSome(kKeywords, 2 + int(random.bounded(4)), random);
        e.industries = pickSome(kIndustries, 1 + int(random.bounded(2)), random);
        e.description = u"Fictional partner for %1 in %2."_s.arg(
            e.keywords.constFirst(), e.locations.constFirst().section(u',', 0, 0));
        e.contactEmail = u"contact%1@partner.example"_s.arg(entries.size() + 1);
        e.website = u"https://partner%1.example"_s.arg(entries.size() + 1);
        entries.append(e);
    }
    return entries;
}
