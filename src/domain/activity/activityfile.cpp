#include "activity/activityfile.h"

#include "activity/csvrecordstream.h"
#include "activity/jsonrecordstream.h"
#include "common/tenantid.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstring>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace {

QByteArrayView withoutBom(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    while (!head.isEmpty() && (head[0] == ' ' || head[0] == '\t' || head[0] == '\r' || head[0] == '\n'))
        head = head.sliced(1);
    return head;
}

// Keeps the earliest and latest of the ISO 8601 times seen, compared as text (they sort as times
// when written alike, as one download writes them), parsed once at the end.
struct Period
{
    std::string first;
    std::string last;
    void see(std::string_view time)
    {
        if (time.size() < 19 || time.size() > 40 || time[0] < '0' || time[0] > '9')
            return;
        if (first.empty() || time < std::string_view(first))
            first.assign(time);
        if (last.empty() || time > std::string_view(last))
            last.assign(time);
    }
    // The period the file covers; a file whose earliest or latest time is not a plausible date is
    // refused whole (one record dated in the year 9999 would otherwise stretch the evidence).
    void into(ActivityFile::Scan &scan, const ActivityFile::Options &options, bool assumeUtc) const;
};

// Whether needle occurs in haystack, found by memchr on one of its rarer characters (the capital of
// "serviceProvider", the backslash of an escape): several times quicker on records full of common
// letters than a search from the first character.
bool contains(std::string_view haystack, std::string_view needle, size_t rare)
{
    const char *const begin = haystack.data();
    const char *const end = begin + haystack.size();
    const char *p = begin + rare;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, needle[rare], size_t(end - p)));
        if (p == nullptr)
            return false;
        const char *start = p - rare;
        if (start >= begin && size_t(end - start) >= needle.size()
            && std::string_view(start, needle.size()) == needle)
            return true;
        ++p;
    }
    return false;
}

void reject(ActivityFile::Scan &scan, qint64 record, const QString &field, const QString &reason)
{
    if (scan.rejected.size() < ImportLimits::kMaxRejectionsListed)
        scan.rejected.append({int(qMin<qint64>(record, std::numeric_limits<int>::max())), field, reason});
}

qint64 latestMs(const ActivityFile::Options &options)
{
    return options.latestMs > 0 ? options.latestMs
                                : QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * qint64(1000);
}

bool plausible(qint64 ms, const ActivityFile::Options &options)
{
    return ms >= ActivityFile::Limits::kEarliestMs && ms <= latestMs(options);
}

void Period::into(ActivityFile::Scan &scan, const ActivityFile::Options &options, bool assumeUtc) const
{
    const QString firstText = QString::fromLatin1(first.data(), qsizetype(first.size()));
    const QString lastText = QString::fromLatin1(last.data(), qsizetype(last.size()));
    scan.firstMs = ActivityFile::parseUtcMs(firstText, assumeUtc);
    scan.lastMs = ActivityFile::parseUtcMs(lastText, assumeUtc);
    for (const auto &[text, ms] : {std::pair {firstText, scan.firstMs}, std::pair {lastText, scan.lastMs}}) {
        if (!text.isEmpty() && !plausible(ms, options)) {
            reject(scan, 0, {},
                QCoreApplication::translate("ActivityFile",
                    "The file holds the time \"%1\", which is no date between 2000 and today: it was not "
                    "written by Entra as it is.")
                    .arg(text.left(40)));
            return;
        }
    }
}

// Text from the log shown on one line: line breaks (also U+2028/2029) and tabs become one space.
void oneLine(QString &text)
{
    text = text.simplified();
}

bool keepable(ActivityFile::Scan &scan, qint64 record, const QString &field, const QString &value)
{
    if (value.size() <= ActivityFile::Limits::kMaxFieldChars)
        return true;
    reject(scan, record, field,
        QCoreApplication::translate("ActivityFile", "Longer than %1 characters.")
            .arg(ActivityFile::Limits::kMaxFieldChars));
    return false;
}

// The checks a partner sign-in passes before it is kept, whichever format it came in.
void keepSignIn(ActivityFile::Scan &scan, const ActivityFile::Options &options, SignIn &s, qint64 record,
    const QString &timeText, const QString &timeField, bool assumeUtc)
{
    s.resourceTenantId = s.resourceTenantId.trimmed().toLower();
    s.homeTenantId = s.homeTenantId.trimmed().toLower();
    if (!TenantId::isValid(s.resourceTenantId)) {
        return reject(scan, record, u"resourceTenantId"_s,
            QCoreApplication::translate(
                "ActivityFile", "The partner sign-in names no tenant it signed in to."));
    }
    if (s.resourceTenantId != options.organisationTenantId) {
        ++scan.skippedOtherTenant;
        if (scan.otherTenantId.isEmpty())
            scan.otherTenantId = s.resourceTenantId;
        return;
    }
    if (s.id.trimmed().isEmpty())
        return reject(
            scan, record, u"id"_s, QCoreApplication::translate("ActivityFile", "The sign-in has no ID."));
    s.createdMs = ActivityFile::parseUtcMs(timeText, assumeUtc);
    if (s.createdMs != 0 && !plausible(s.createdMs, options)) {
        return reject(scan, record, timeField,
            QCoreApplication::translate("ActivityFile", "The time \"%1\" is no date between 2000 and today.")
                .arg(timeText.left(40)));
    }
    if (s.createdMs == 0) {
        const bool zoneless = !timeText.isEmpty() && ActivityFile::parseUtcMs(timeText, true) != 0;
        return reject(scan, record, timeField,
            zoneless ? QCoreApplication::translate(
                "ActivityFile", "The time \"%1\" has no time zone; PartnerDesk does not guess one.")
                           .arg(timeText.left(40))
                     : QCoreApplication::translate("ActivityFile", "\"%1\" is not a date and time.")
                           .arg(timeText.left(40)));
    }
    if (!TenantId::isValid(s.homeTenantId))
        return reject(scan, record, u"homeTenantId"_s,
            QCoreApplication::translate("ActivityFile", "The partner's home tenant ID is not a tenant ID."));
    s.countryOrRegion = s.countryOrRegion.trimmed().toUpper();
    for (QString *text : {&s.id, &s.homeTenantName, &s.userPrincipalName, &s.appDisplayName, &s.ipAddress,
             &s.city, &s.state, &s.countryOrRegion, &s.failureReason})
        oneLine(*text);
    const std::pair<const char *, const QString *> fields[] = {{"id", &s.id},
        {"homeTenantName", &s.homeTenantName}, {"userPrincipalName", &s.userPrincipalName},
        {"appDisplayName", &s.appDisplayName}, {"ipAddress", &s.ipAddress}, {"city", &s.city},
        {"state", &s.state}, {"countryOrRegion", &s.countryOrRegion}, {"failureReason", &s.failureReason}};
    for (const auto &[name, value] : fields) {
        if (!keepable(scan, record, QString::fromLatin1(name), *value))
            return;
    }
    for (const auto &field : fields)
        scan.keptChars += field.second->size();
    if (scan.signIns.size() >= ActivityFile::Limits::kMaxKept
        || scan.keptChars > ActivityFile::Limits::kMaxKeptChars)
        return reject(scan, 0, {},
            QCoreApplication::translate(
                "ActivityFile", "The file holds more than %1 partner sign-ins; download a shorter period.")
                .arg(scan.signIns.size()));
    scan.signIns.append(std::move(s));
}

// One record read whole by QJsonDocument; nullopt (and the record rejected) when it cannot be. The
// streaming parser does not check text encoding; this one does, for the records that are kept.
std::optional<QJsonObject> recordObject(ActivityFile::Scan &scan, std::string_view bytes, qint64 record)
{
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        reject(scan, record, {},
            QCoreApplication::translate("ActivityFile", "The record cannot be read: %1.")
                .arg(error.errorString()));
        return std::nullopt;
    }
    return document.object();
}

void signInFromJson(
    ActivityFile::Scan &scan, const ActivityFile::Options &options, std::string_view bytes, qint64 record)
{
    // Most records are the organisation's own people: only a record that names the access type (or
    // escapes characters, which could spell it) is read whole.
    if (!contains(bytes, "serviceProvider", 7) && !contains(bytes, "\\u", 0)) {
        ++scan.skippedNotPartner;
        return;
    }
    const std::optional<QJsonObject> read = recordObject(scan, bytes, record);
    if (!read)
        return;
    const QJsonObject &o = *read;
    if (o.value("crossTenantAccessType"_L1).toString() != "serviceProvider"_L1) {
        ++scan.skippedNotPartner;
        return;
    }
    SignIn s;
    s.id = o.value("id"_L1).toString();
    s.homeTenantId = o.value("homeTenantId"_L1).toString();
    s.homeTenantName = o.value("homeTenantName"_L1).toString();
    s.resourceTenantId = o.value("resourceTenantId"_L1).toString();
    s.userPrincipalName = o.value("userPrincipalName"_L1).toString();
    s.appDisplayName = o.value("appDisplayName"_L1).toString();
    s.ipAddress = o.value("ipAddress"_L1).toString();
    const QJsonObject location = o.value("location"_L1).toObject();
    s.city = location.value("city"_L1).toString();
    s.state = location.value("state"_L1).toString();
    s.countryOrRegion = location.value("countryOrRegion"_L1).toString();
    const QJsonObject status = o.value("status"_L1).toObject();
    // An error code outside the int range is still a failure, not a success.
    const double code = status.value("errorCode"_L1).toDouble();
    s.errorCode
        = code > std::numeric_limits<int>::max() || code < std::numeric_limits<int>::min() ? -1 : int(code);
    s.failureReason = status.value("failureReason"_L1).toString();
    s.failed = code != 0;
    keepSignIn(
        scan, options, s, record, o.value("createdDateTime"_L1).toString(), u"createdDateTime"_s, false);
}

// A partner tenant ID named anywhere a directory audit record keeps one: its targets, their changed
// properties, or its additional details.
QString partnerTenantOf(const QJsonObject &o)
{
    for (const QJsonValue &target : o.value("targetResources"_L1).toArray()) {
        const QJsonObject t = target.toObject();
        for (const QJsonValue &p : t.value("modifiedProperties"_L1).toArray()) {
            const QJsonObject property = p.toObject();
            if (property.value("displayName"_L1).toString().contains("tenant"_L1, Qt::CaseInsensitive)) {
                if (const QString id = TenantId::find(
                        property.value("newValue"_L1).toString() + property.value("oldValue"_L1).toString());
                    !id.isEmpty())
                    return id;
            }
        }
    }
    for (const QJsonValue &d : o.value("additionalDetails"_L1).toArray()) {
        const QJsonObject detail = d.toObject();
        if (detail.value("key"_L1).toString().contains("tenant"_L1, Qt::CaseInsensitive)) {
            if (const QString id = TenantId::find(detail.value("value"_L1).toString()); !id.isEmpty())
                return id;
        }
    }
    for (const QJsonValue &target : o.value("targetResources"_L1).toArray()) {
        const QString id = target.toObject().value("id"_L1).toString();
        if (TenantId::isValid(id))
            return id.toLower();
    }
    return {};
}

void keepEvent(ActivityFile::Scan &scan, const ActivityFile::Options &options, PartnerEvent &e, qint64 record,
    const QString &timeText, const QString &timeField, bool assumeUtc)
{
    if (e.id.trimmed().isEmpty())
        return reject(scan, record, u"id"_s,
            QCoreApplication::translate("ActivityFile", "The audit record has no ID."));
    e.activityMs = ActivityFile::parseUtcMs(timeText, assumeUtc);
    if (e.activityMs != 0 && !plausible(e.activityMs, options))
        e.activityMs = 0;
    for (QString *text : {&e.id, &e.activity, &e.partnerName, &e.result, &e.initiatedBy})
        oneLine(*text);
    if (e.activityMs == 0)
        return reject(scan, record, timeField,
            QCoreApplication::translate("ActivityFile", "\"%1\" is not a date and time with a time zone.")
                .arg(timeText.left(40)));
    const std::pair<const char *, const QString *> fields[]
        = {{"id", &e.id}, {"activityDisplayName", &e.activity}, {"partnerName", &e.partnerName},
            {"result", &e.result}, {"initiatedBy", &e.initiatedBy}};
    for (const auto &[name, value] : fields) {
        if (!keepable(scan, record, QString::fromLatin1(name), *value))
            return;
    }
    if (scan.events.size() >= ActivityFile::Limits::kMaxKept)
        return reject(scan, 0, {},
            QCoreApplication::translate(
                "ActivityFile", "The file holds too many partner activities; download a shorter period."));
    scan.events.append(std::move(e));
}

void eventFromJson(
    ActivityFile::Scan &scan, const ActivityFile::Options &options, std::string_view bytes, qint64 record)
{
    if (bytes.find("artner") == std::string_view::npos && bytes.find("ARTNER") == std::string_view::npos
        && !contains(bytes, "\\u", 0)) {
        ++scan.skippedNotPartner;
        return;
    }
    const std::optional<QJsonObject> read = recordObject(scan, bytes, record);
    if (!read)
        return;
    const QJsonObject &o = *read;
    PartnerEvent e;
    e.activity = o.value("activityDisplayName"_L1).toString();
    if (!e.activity.contains("partner"_L1, Qt::CaseInsensitive)) {
        ++scan.skippedNotPartner;
        return;
    }
    e.id = o.value("id"_L1).toString();
    e.result = o.value("result"_L1).toString();
    const QJsonObject by = o.value("initiatedBy"_L1).toObject();
    e.initiatedBy = by.value("user"_L1).toObject().value("userPrincipalName"_L1).toString();
    if (e.initiatedBy.isEmpty())
        e.initiatedBy = by.value("app"_L1).toObject().value("displayName"_L1).toString();
    e.partnerTenantId = partnerTenantOf(o);
    const QJsonArray targets = o.value("targetResources"_L1).toArray();
    if (!targets.isEmpty())
        e.partnerName = targets.first().toObject().value("displayName"_L1).toString();
    keepEvent(
        scan, options, e, record, o.value("activityDateTime"_L1).toString(), u"activityDateTime"_s, false);
}

ActivityFile::Scan readJson(QIODevice &device, ActivityFile::Kind kind, const ActivityFile::Options &options)
{
    ActivityFile::Scan scan;
    scan.kind = kind;
    Period period;
    const bool signIns = kind == ActivityFile::Kind::SignInsJson;
    JsonRecordStream::Handlers handlers;
    handlers.timeKey = signIns ? "createdDateTime" : "activityDateTime";
    handlers.time = [&](std::string_view time) { period.see(time); };
    handlers.progress = options.progress;
    handlers.record = [&](std::string_view bytes, qint64 number) {
        if (signIns)
            signInFromJson(scan, options, bytes, number);
        else
            eventFromJson(scan, options, bytes, number);
        return scan.rejected.size() < ImportLimits::kMaxRejectionsListed;
    };
    const JsonRecordStream::Outcome outcome
        = JsonRecordStream::walk(device, ActivityFile::Limits::kMaxRecordBytes, handlers);
    scan.records = outcome.records;
    using K = JsonRecordStream::Outcome::Kind;
    if (outcome.kind == K::Cancelled)
        scan.cancelled = true;
    else if (outcome.kind != K::Done && outcome.kind != K::Stopped)
        reject(scan, outcome.record, {}, outcome.message());
    else if (scan.records == 0)
        reject(scan, 0, {}, QCoreApplication::translate("ActivityFile", "The file holds no records."));
    period.into(scan, options, false);
    return scan;
}

// CSV column names as the Entra downloads write them, trimmed and without case.
enum class Col {
    Date,
    RequestId,
    Username,
    Application,
    AccessType,
    ResourceTenant,
    HomeTenant,
    HomeTenantName,
    Ip,
    Location,
    Status,
    ErrorCode,
    FailureReason, // sign-ins
    Id,
    Activity,
    Result,
    Actor,
    Target,
    TargetId, // audit log
    Count
};

QString normalised(QString header)
{
    return header.trimmed().toLower();
}

ActivityFile::Scan readCsv(QIODevice &device, ActivityFile::Kind kind, const ActivityFile::Options &options)
{
    ActivityFile::Scan scan;
    scan.kind = kind;
    const bool signIns = kind == ActivityFile::Kind::SignInsCsv;
    static const QHash<QString, Col> names {{u"date (utc)"_s, Col::Date}, {u"date"_s, Col::Date},
        {u"request id"_s, Col::RequestId}, {u"username"_s, Col::Username},
        {u"user principal name"_s, Col::Username}, {u"application"_s, Col::Application},
        {u"cross tenant access type"_s, Col::AccessType}, {u"resource tenant id"_s, Col::ResourceTenant},
        {u"home tenant id"_s, Col::HomeTenant}, {u"home tenant name"_s, Col::HomeTenantName},
        {u"ip address"_s, Col::Ip}, {u"location"_s, Col::Location}, {u"status"_s, Col::Status},
        {u"sign-in error code"_s, Col::ErrorCode}, {u"failure reason"_s, Col::FailureReason},
        {u"id"_s, Col::Id}, {u"activity"_s, Col::Activity}, {u"result"_s, Col::Result},
        {u"actoruserprincipalname"_s, Col::Actor}, {u"target1displayname"_s, Col::Target},
        {u"target1objectid"_s, Col::TargetId}};
    int column[int(Col::Count)];
    std::fill(std::begin(column), std::end(column), -1);
    bool assumeUtc = false;
    Period period;
    CsvRecordStream::Handlers handlers;
    handlers.progress = options.progress;
    qint64 number = 0;
    handlers.row = [&](const std::vector<std::string> &cells) {
        if (number++ == 0) { // the header
            if (qsizetype(cells.size()) > ActivityFile::Limits::kMaxColumns) {
                reject(scan, 0, {},
                    QCoreApplication::translate("ActivityFile", "The header has more than %1 columns.")
                        .arg(ActivityFile::Limits::kMaxColumns));
                return false;
            }
            for (size_t i = 0; i < cells.size(); ++i) {
                const QString name
                    = normalised(QString::fromUtf8(cells[i].data(), qsizetype(cells[i].size())));
                const auto it = names.constFind(name);
                if (it != names.cend() && column[int(*it)] < 0) // the first of duplicate names
                    column[int(*it)] = int(i);
                if (name == "date (utc)"_L1 && column[int(Col::Date)] == int(i))
                    assumeUtc = true;
            }
            const QList<std::pair<Col, QString>> required = signIns
                ? QList<std::pair<Col, QString>> {{Col::Date, u"Date (UTC)"_s},
                    {Col::RequestId, u"Request ID"_s}, {Col::AccessType, u"Cross tenant access type"_s},
                    {Col::ResourceTenant, u"Resource tenant ID"_s}, {Col::HomeTenant, u"Home tenant ID"_s}}
                : QList<std::pair<Col, QString>> {
                    {Col::Date, u"Date (UTC)"_s}, {Col::Id, u"Id"_s}, {Col::Activity, u"Activity"_s}};
            for (const auto &[col, name] : required) {
                if (column[int(col)] < 0) {
                    reject(scan, 1, name,
                        QCoreApplication::translate("ActivityFile",
                            "The header has no column \"%1\": this is not an Entra %2 download.")
                            .arg(name,
                                signIns ? QCoreApplication::translate("ActivityFile", "sign-in log")
                                        : QCoreApplication::translate("ActivityFile", "audit log")));
                    return false;
                }
            }
            return true;
        }
        ++scan.records;
        const auto cell = [&](Col c) -> std::string_view {
            const int i = column[int(c)];
            return i >= 0 && size_t(i) < cells.size() ? std::string_view(cells[size_t(i)])
                                                      : std::string_view();
        };
        const auto text = [&](Col c) {
            const std::string_view v = cell(c);
            return QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
        };
        const int line = int(qMin<qint64>(number, std::numeric_limits<int>::max()));
        period.see(cell(Col::Date));
        if (signIns) {
            const std::string_view access = cell(Col::AccessType);
            if (access != "Service provider" && access != "serviceProvider"
                && text(Col::AccessType).compare("service provider"_L1, Qt::CaseInsensitive) != 0) {
                ++scan.skippedNotPartner;
                return scan.rejected.size() < ImportLimits::kMaxRejectionsListed;
            }
            SignIn s;
            s.id = text(Col::RequestId);
            s.resourceTenantId = text(Col::ResourceTenant);
            s.homeTenantId = text(Col::HomeTenant);
            s.homeTenantName = text(Col::HomeTenantName);
            s.userPrincipalName = text(Col::Username);
            s.appDisplayName = text(Col::Application);
            s.ipAddress = text(Col::Ip);
            // "Amsterdam, Noord-Holland, NL": the country is the last part.
            const QStringList place = text(Col::Location).split(u',');
            if (place.size() >= 1)
                s.countryOrRegion = place.last().trimmed();
            if (place.size() >= 2)
                s.city = place.first().trimmed();
            if (place.size() >= 3)
                s.state = place.at(1).trimmed();
            bool codeOk = false;
            const qlonglong code = text(Col::ErrorCode).toLongLong(&codeOk);
            s.errorCode = !codeOk ? 0
                : code > std::numeric_limits<int>::max() || code < std::numeric_limits<int>::min()
                ? -1
                : int(code);
            s.failureReason = text(Col::FailureReason);
            const QString status = text(Col::Status);
            s.failed = status.isEmpty() ? s.errorCode != 0
                                        : status.compare("failure"_L1, Qt::CaseInsensitive) == 0;
            keepSignIn(scan, options, s, line, text(Col::Date), u"Date (UTC)"_s, assumeUtc);
        } else {
            PartnerEvent e;
            e.activity = text(Col::Activity);
            if (!e.activity.contains("partner"_L1, Qt::CaseInsensitive)) {
                ++scan.skippedNotPartner;
                return scan.rejected.size() < ImportLimits::kMaxRejectionsListed;
            }
            e.id = text(Col::Id);
            e.result = text(Col::Result);
            e.initiatedBy = text(Col::Actor);
            e.partnerName = text(Col::Target);
            const QString target = text(Col::TargetId);
            e.partnerTenantId = TenantId::isValid(target) ? target.toLower() : QString();
            keepEvent(scan, options, e, line, text(Col::Date), u"Date (UTC)"_s, assumeUtc);
        }
        return scan.rejected.size() < ImportLimits::kMaxRejectionsListed;
    };
    const CsvRecordStream::Outcome outcome = CsvRecordStream::walk(
        device, ActivityFile::Limits::kMaxRecordBytes, ActivityFile::Limits::kMaxColumns, handlers);
    using K = CsvRecordStream::Outcome::Kind;
    if (outcome.kind == K::Cancelled)
        scan.cancelled = true;
    else if (outcome.kind != K::Done && outcome.kind != K::Stopped)
        reject(scan, outcome.line, {}, outcome.message());
    else if (number <= 1)
        reject(scan, 0, {}, QCoreApplication::translate("ActivityFile", "The file holds no records."));
    period.into(scan, options, assumeUtc);
    return scan;
}

} // namespace

ActivityFile::Kind ActivityFile::detect(QByteArrayView content)
{
    const QByteArrayView head = withoutBom(content.first(std::min<qsizetype>(content.size(), 1 << 20)));
    if (head.isEmpty())
        return Kind::Unknown;
    if (head[0] == '{' || head[0] == '[') {
        if (head.indexOf("\"crossTenantAccessType\"") >= 0)
            return Kind::SignInsJson;
        if (head.indexOf("\"activityDisplayName\"") >= 0)
            return Kind::AuditJson;
        return Kind::Unknown;
    }
    const qsizetype lineEnd = head.indexOf('\n');
    const QString header = QString::fromUtf8(head.first(lineEnd < 0 ? head.size() : lineEnd)).toLower();
    if (header.contains("cross tenant access type"_L1) && header.contains("home tenant id"_L1))
        return Kind::SignInsCsv;
    if (header.contains("date (utc)"_L1) && header.contains("\"activity\""_L1)
        && header.contains("category"_L1))
        return Kind::AuditCsv;
    return Kind::Unknown;
}

bool ActivityFile::isSignIns(Kind kind)
{
    return kind == Kind::SignInsJson || kind == Kind::SignInsCsv;
}

QString ActivityFile::displayName(Kind kind)
{
    switch (kind) {
    case Kind::SignInsJson:
        return QCoreApplication::translate("ActivityFile", "Entra sign-in log (JSON)");
    case Kind::SignInsCsv:
        return QCoreApplication::translate("ActivityFile", "Entra sign-in log (CSV)");
    case Kind::AuditJson:
        return QCoreApplication::translate("ActivityFile", "Entra audit log (JSON)");
    case Kind::AuditCsv:
        return QCoreApplication::translate("ActivityFile", "Entra audit log (CSV)");
    case Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("ActivityFile", "Unknown");
}

QString ActivityFile::key(Kind kind)
{
    switch (kind) {
    case Kind::SignInsJson:
        return u"signInsJson"_s;
    case Kind::SignInsCsv:
        return u"signInsCsv"_s;
    case Kind::AuditJson:
        return u"auditJson"_s;
    case Kind::AuditCsv:
        return u"auditCsv"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

ActivityFile::Scan ActivityFile::read(QIODevice &device, Kind kind, const Options &options)
{
    switch (kind) {
    case Kind::SignInsJson:
    case Kind::AuditJson:
        return readJson(device, kind, options);
    case Kind::SignInsCsv:
    case Kind::AuditCsv:
        return readCsv(device, kind, options);
    case Kind::Unknown:
        break;
    }
    Scan scan;
    reject(scan, 0, {},
        QCoreApplication::translate("ActivityFile", "This is not an Entra sign-in or audit log."));
    return scan;
}

qint64 ActivityFile::parseUtcMs(QStringView text, bool assumeUtc)
{
    text = text.trimmed();
    if (text.size() < 19 || text.size() > 40 || text.at(4) != u'-'
        || (text.at(10) != u'T' && text.at(10) != u' '))
        return 0;
    const QChar last = text.back();
    const bool hasZone = last == u'Z' || last == u'z'
        || (text.size() >= 25 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-')
            && text.at(text.size() - 3) == u':');
    if (!hasZone && !assumeUtc)
        return 0;
    QString iso = text.toString();
    iso[10] = u'T';
    // Entra writes up to seven fraction digits; Qt reads three.
    const qsizetype dot = iso.indexOf(u'.', 19);
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < iso.size() && iso.at(end).isDigit())
            ++end;
        iso = iso.left(dot + 1)
            + iso.mid(dot + 1, std::min<qsizetype>(3, end - dot - 1)).leftJustified(3, u'0') + iso.mid(end);
    }
    if (!hasZone)
        iso.append(u'Z');
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return 0;
    return t.toUTC().toMSecsSinceEpoch();
}
