#include "activity/signingenerator.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRandomGenerator>

#include <string>

using namespace Qt::StringLiterals;

namespace {

const char *const kOwnPeople[] = {"anna.devries", "pieter.bakker", "fatima.elamrani", "joris.jansen",
    "sanne.visser", "mohammed.yilmaz", "lotte.smit", "daan.meijer", "eva.mulder", "noah.bos"};
const char *const kApps[]
    = {"Office 365 Exchange Online", "Microsoft Teams", "OfficeHome", "SharePoint Online",
        "Microsoft 365 admin center", "Azure Portal", "Microsoft Intune", "Microsoft Graph PowerShell"};
const char *const kCities[][3] = {{"Amsterdam", "Noord-Holland", "NL"}, {"Utrecht", "Utrecht", "NL"},
    {"Rotterdam", "Zuid-Holland", "NL"}, {"Antwerpen", "Antwerpen", "BE"}, {"Dublin", "Dublin", "IE"},
    {"Seattle", "Washington", "US"}, {"Berlin", "Berlin", "DE"}, {"Lagos", "Lagos", "NG"}};

std::string jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    out.reserve(size_t(utf8.size()) + 2);
    out.push_back('"');
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out.append(escaped);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

std::string csvCell(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8.toStdString();
    std::string out = "\"";
    for (const char c : utf8) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

QString guid(QRandomGenerator &random)
{
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    return u"%1-%2-4%3-%4-%5"_s.arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg((a >> 4) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((b >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

struct Record
{
    QString id;
    QString time; // ISO 8601 UTC
    QString upn;
    QString displayName;
    QString app;
    QString ip;
    QString city, state, country;
    int errorCode = 0;
    QString failureReason;
    QString accessType; // Graph spelling
    QString homeTenantId, homeTenantName, resourceTenantId;
};

std::string graphRecord(const Record &r)
{
    std::string s;
    s.reserve(1400);
    s += "{\"id\":" + jsonString(r.id) + ",\"createdDateTime\":" + jsonString(r.time)
        + ",\"userDisplayName\":" + jsonString(r.displayName) + ",\"userPrincipalName\":" + jsonString(r.upn)
        + ",\"userId\":\"00000000-0000-0000-0000-000000000000\",\"appId\":\"00000002-0000-0ff1-ce00-"
          "000000000000\""
          ",\"appDisplayName\":"
        + jsonString(r.app) + ",\"ipAddress\":" + jsonString(r.ip)
        + ",\"clientAppUsed\":\"Browser\",\"correlationId\":" + jsonString(r.id)
        + ",\"conditionalAccessStatus\":\"success\",\"isInteractive\":true,\"riskDetail\":\"none\""
          ",\"riskLevelAggregated\":\"none\",\"riskLevelDuringSignIn\":\"none\",\"riskState\":\"none\""
          ",\"riskEventTypes\":[],\"riskEventTypes_v2\":[],\"resourceDisplayName\":"
        + jsonString(r.app)
        + ",\"resourceId\":\"00000003-0000-0000-c000-000000000000\",\"status\":{\"errorCode\":"
        + std::to_string(r.errorCode) + ",\"failureReason\":" + jsonString(r.failureReason)
        + ",\"additionalDetails\":null},\"deviceDetail\":{\"deviceId\":\"\",\"displayName\":\"\","
          "\"operatingSystem\":\"Windows10\",\"browser\":\"Edge "
          "131.0.0\",\"isCompliant\":false,\"isManaged\":false,"
          "\"trustType\":\"\"},\"location\":{\"city\":"
        + jsonString(r.city) + ",\"state\":" + jsonString(r.state)
        + ",\"countryOrRegion\":" + jsonString(r.country)
        + ",\"geoCoordinates\":{\"altitude\":null,\"latitude\":52.37,\"longitude\":4.89}},"
          "\"appliedConditionalAccessPolicies\":[{\"id\":\"6b4c0f4e-0000-4000-8000-000000000001\","
          "\"displayName\":\"Require MFA for admins\",\"enforcedGrantControls\":[\"Mfa\"],"
          "\"enforcedSessionControls\":[],\"result\":\"success\"}],\"crossTenantAccessType\":"
        + jsonString(r.accessType) + ",\"homeTenantId\":" + jsonString(r.homeTenantId)
        + ",\"homeTenantName\":" + jsonString(r.homeTenantName)
        + ",\"resourceTenantId\":" + jsonString(r.resourceTenantId) + "}";
    return s;
}

// The Entra download's header, as it is: a trailing space in two names and one name twice.
const char kCsvHeader[]
    = "Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,"
      "Cross tenant access type,Incoming token type,Authentication Protocol,"
      "Unique token identifier,Client credential type,Application,Application ID ,Resource,"
      "Resource ID ,Resource tenant ID,Home tenant ID,Home tenant name,IP address,Location,"
      "Status,Sign-in error code,Failure reason,Client app,Device ID,Browser,"
      "Operating System,Compliant,Managed,Join Type,Multifactor authentication result,"
      "Incoming token type,Latency,Conditional Access\r\n";

std::string csvRecord(const Record &r)
{
    const QString access = r.accessType == "serviceProvider"_L1 ? u"Service provider"_s
        : r.accessType == "none"_L1                             ? u"None"_s
                                                                : u"B2B collaboration"_s;
    const QString status = r.errorCode == 0 ? u"Success"_s : u"Failure"_s;
    const QString place = r.city + u", "_s + r.state + u", "_s + r.country;
    const QStringList cells {QString(r.time).replace(u'T', u' ').remove(u'Z'), r.id,
        u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/131.0.0"_s, r.id,
        u"00000000-0000-0000-0000-000000000000"_s, r.displayName, r.upn,
        r.accessType == "serviceProvider"_L1 ? u"Member"_s : u"Member"_s, access, u"None"_s, u"None"_s,
        u"AAAAAAAAAAAAAAAAAAAAAA"_s, u"None"_s, r.app, u"00000002-0000-0ff1-ce00-000000000000"_s, r.app,
        u"00000003-0000-0000-c000-000000000000"_s, r.resourceTenantId, r.homeTenantId, r.homeTenantName, r.ip,
        place, status, QString::number(r.errorCode), r.failureReason, u"Browser"_s, QString(),
        u"Edge 131.0.0"_s, u"Windows10"_s, u"No"_s, u"No"_s, QString(), u"MFA completed in Azure AD"_s,
        u"None"_s, u"84"_s, u"Success"_s};
    std::string line;
    line.reserve(900);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.push_back(',');
        line += csvCell(cells.at(i));
    }
    line += "\r\n";
    return line;
}

} // namespace

Status SignInGenerator::write(QIODevice &out, const Spec &spec)
{
    QRandomGenerator random(spec.seed);
    const qint64 endMs = spec.endUtc.toMSecsSinceEpoch();
    const qint64 spanMs = qint64(spec.days) * 24 * 3600 * 1000;
    const qint64 stepMs = spec.records > 0 ? std::max<qint64>(1, spanMs / spec.records) : 1;
    double totalWeight = 0;
    for (const Partner &p : spec.partners)
        totalWeight += p.weight;
    std::string chunk;
    const auto flush = [&]() -> bool {
        const bool ok = out.write(chunk.data(), qint64(chunk.size())) == qint64(chunk.size());
        chunk.clear();
        return ok;
    };
    const bool json = spec.format != Format::EntraCsv;
    if (spec.format == Format::GraphPage)
        chunk += "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/"
                 "signIns\",\"value\":[";
    else if (json)
        chunk += "[";
    else
        chunk += std::string("\xEF\xBB\xBF") + kCsvHeader;
    for (qint64 i = 0; i < spec.records; ++i) {
        const qint64 t = endMs - i * stepMs - qint64(random.bounded(int(std::min<qint64>(stepMs, 1 << 30))));
        Record r;
        r.id = guid(random);
        r.time = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
        r.resourceTenantId = spec.organisationTenantId;
        const auto &place = kCities[random.bounded(3)];
        r.city = QString::fromLatin1(place[0]);
        r.state = QString::fromLatin1(place[1]);
        r.country = QString::fromLatin1(place[2]);
        r.app = QString::fromLatin1(kApps[random.bounded(int(std::size(kApps)))]);
        r.ip
            = u"145.%1.%2.%3"_s.arg(random.bounded(256)).arg(random.bounded(256)).arg(random.bounded(1, 255));
        r.accessType = u"none"_s;
        r.homeTenantId = spec.organisationTenantId;
        const Partner *partner = nullptr;
        if (totalWeight > 0 && random.generateDouble() < spec.partnerShare) {
            double pick = random.generateDouble() * totalWeight;
            for (const Partner &p : spec.partners) {
                pick -= p.weight;
                if (pick <= 0) {
                    partner = &p;
                    break;
                }
            }
            if (partner == nullptr)
                partner = &spec.partners.last();
            if (partner->quietDays > 0 && t > endMs - qint64(partner->quietDays) * 24 * 3600 * 1000)
                partner = nullptr; // it did not sign in lately: one of the organisation's own instead
        }
        if (partner != nullptr) {
            r.accessType = u"serviceProvider"_s;
            r.homeTenantId = partner->tenantId;
            r.homeTenantName = partner->name;
            r.upn = partner->people.at(random.bounded(int(partner->people.size())));
            r.displayName = r.upn.section(u'@', 0, 0);
            r.country = partner->countries.at(
                random.generateDouble() < 0.85 ? 0 : random.bounded(int(partner->countries.size())));
            if (!partner->newCountry.isEmpty()
                && t > endMs - qint64(partner->newCountryDays) * 24 * 3600 * 1000
                && random.generateDouble() < 0.4)
                r.country = partner->newCountry;
            r.city = r.state = QString();
            r.ip = u"20.%1.%2.%3"_s.arg(qHash(partner->tenantId) % 200)
                       .arg(random.bounded(2))
                       .arg(random.bounded(1, 4));
            r.app = u"Microsoft 365 admin center"_s;
            if (random.generateDouble() < partner->failureRate) {
                r.errorCode = 50126;
                r.failureReason = u"Error validating credentials due to invalid username or password."_s;
            }
        } else {
            const char *person = kOwnPeople[random.bounded(int(std::size(kOwnPeople)))];
            r.upn = QString::fromLatin1(person) + u"@hetbaken.example"_s;
            r.displayName = QString::fromLatin1(person);
            if (random.bounded(50) == 0) {
                r.errorCode = 50126;
                r.failureReason = u"Error validating credentials due to invalid username or password."_s;
            }
        }
        if (json) {
            if (i > 0)
                chunk.push_back(',');
            chunk += graphRecord(r);
        } else {
            chunk += csvRecord(r);
        }
        if (chunk.size() > (1u << 20) && !flush())
            return Error {ErrorKind::Storage, out.errorString()};
    }
    if (spec.format == Format::GraphPage)
        chunk += "]}";
    else if (json)
        chunk += "]";
    if (!flush())
        return Error {ErrorKind::Storage, out.errorString()};
    return Done {};
}

SignInGenerator::Spec SignInGenerator::demo(const QString &organisationTenantId, const QDateTime &endUtc)
{
    Spec spec;
    spec.organisationTenantId = organisationTenantId;
    spec.endUtc = endUtc;
    spec.days = 120;
    spec.records = 6000;
    spec.partnerShare = 0.08;
    const auto partner = [](const QString &tenantId, const QString &name, const QStringList &people,
                             const QStringList &countries, double weight, double failureRate) {
        Partner p;
        p.tenantId = tenantId;
        p.name = name;
        p.people = people;
        p.countries = countries;
        p.weight = weight;
        p.failureRate = failureRate;
        return p;
    };
    Partner northwind = partner(u"b7e4d2c1-2222-4333-9444-555566667777"_s, u"Northwind Beheer B.V."_s,
        {u"support@northwind-beheer.example"_s}, {u"NL"_s}, 0.5, 0.0);
    northwind.quietDays = 100;
    Partner woodgrove = partner(u"f2a3b4c5-6666-4777-9888-9999aaaabbbb"_s, u"Woodgrove Security"_s,
        {u"soc1@woodgrove-security.example"_s, u"soc2@woodgrove-security.example"_s,
            u"soc3@woodgrove-security.example"_s},
        {u"IE"_s, u"NL"_s}, 4.0, 0.03);
    woodgrove.newCountry = u"US"_s;
    woodgrove.newCountryDays = 20;
    spec.partners = {
        partner(u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s, u"Contoso Onderwijs ICT"_s,
            {u"kees@contoso-onderwijs.example"_s, u"ilse@contoso-onderwijs.example"_s}, {u"NL"_s}, 3.0, 0.02),
        northwind,
        partner(u"c9d8e7f6-3333-4444-a555-666677778888"_s, u"Tailspin Advies"_s,
            {u"advies@tailspin-advies.example"_s}, {u"BE"_s}, 1.0, 0.02),
        woodgrove,
        partner(u"0a1b2c3d-7777-4888-a999-aaaabbbbcccc"_s, u"Proseware Partners"_s,
            {u"ops@proseware.example"_s}, {u"NL"_s}, 1.0, 0.01),
        partner(u"7b8c9d0e-eeee-4fff-8000-111122223333"_s, u"Margie's Travel IT"_s,
            {u"tech@margiestravel.example"_s}, {u"DE"_s}, 0.6, 0.05),
    };
    return spec;
}
