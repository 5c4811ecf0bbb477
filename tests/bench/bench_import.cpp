// bench_import: imports N Graph-shaped records (cross-tenant access partners, pages of 100 as Graph
// returns them, all in one file) into an empty register and into one that already holds N other
// partners, through the whole pipeline (read, dry run, apply with one hash-chained audit event per
// record). In the same run it inserts the same rows (partner, relationship, audit event) with bare
// prepared INSERTs in one transaction, and prints the ratio. Also a CSV and an admin-center file of
// the same size for comparison. Prints "name value unit" lines.
//   bench_import [--records 100000]

#include "common/clock.h"
#include "database/database.h"
#include "import/importservice.h"
#include "register/sqlregisterrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kOrganisationTenant = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;

void report(const QString &name, double value, const char *unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

QString tenant(qint64 n, int salt)
{
    return u"%1-%2-4000-8000-%3"_s.arg(n, 8, 16, QChar(u'0'))
        .arg(salt, 4, 16, QChar(u'0'))
        .arg(n, 12, 16, QChar(u'0'));
}

QByteArray graphPages(qint64 records, int salt)
{
    QByteArray out;
    out.reserve(records * 260);
    for (qint64 page = 0; page * 100 < records; ++page) {
        out += "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#policies/"
               "crossTenantAccessPolicy/partners\","
               "\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy/"
               "partners?$skiptoken=";
        out += QByteArray::number(page);
        out += "\",\"value\":[";
        for (qint64 i = page * 100; i < std::min(records, (page + 1) * 100); ++i) {
            if (i > page * 100)
                out += ',';
            out += "{\"tenantId\":\"" + tenant(i, salt).toLatin1()
                + "\",\"isServiceProvider\":true,\"isInMultiTenantOrganization\":false,"
                  "\"inboundTrust\":{\"isMfaAccepted\":true,\"isCompliantDeviceAccepted\":false,"
                  "\"isHybridAzureADJoinedDeviceAccepted\":false},\"tenantRestrictions\":null}";
        }
        out += "]}\n";
    }
    return out;
}

QByteArray csvFile(qint64 records, int salt)
{
    QByteArray out = "Partner name,Tenant ID,Relationship type,Admin roles,PartnerID,Email\r\n";
    for (qint64 i = 0; i < records; ++i)
        out += "Partner " + QByteArray::number(i) + ',' + tenant(i, salt).toLatin1()
            + ",Reseller,Helpdesk Administrator," + QByteArray::number(4000000 + i) + ",p"
            + QByteArray::number(i) + "@partner.example\r\n";
    return out;
}

QByteArray adminCenterFile(qint64 records, int salt)
{
    QByteArray out = "{\"partners\":[";
    for (qint64 i = 0; i < records; ++i) {
        if (i)
            out += ',';
        out += "{\"id\":\"" + tenant(i, salt).toLatin1() + "\",\"name\":\"Partner " + QByteArray::number(i)
            + "\",\"aadRoles\":[\"729827e3-9c14-49f7-bb1b-9608f156bbb8\"],\"companyType\":1,"
              "\"canRemoveDap\":false,\"contractTypes\":[\"Reseller\"]}";
    }
    return out + "]}";
}

std::unique_ptr<Database> newRegister(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db)
        return nullptr;
    SqlRegisterRepository repository(*db.value());
    const Operator anna {u"anna@bench.example"_s, u"Anna"_s, {AdminRole::globalAdministrator()}};
    if (!repository.initialise(
            {u"Bench School"_s, kOrganisationTenant, QDateTime::currentDateTimeUtc(), anna.upn}, {anna}))
        return nullptr;
    return std::move(db).value();
}

// Returns records per second through the whole pipeline, or -1.
double importInto(Database &db, const QString &file, qint64 expected, const QString &label)
{
    SqlRegisterRepository repository(db);
    SystemClock clock;
    ImportService service(repository, clock);
    const Operator anna {u"anna@bench.example"_s, u"Anna"_s, {AdminRole::globalAdministrator()}};
    QElapsedTimer timer;
    timer.start();
    auto plan = service.planFile(file, {});
    if (!plan || plan->count(ImportChange::Kind::Added) != expected || !plan->rejected.isEmpty()) {
        QTextStream(stderr) << label << ": plan failed: " << (plan ? plan->summary() : plan.error().message)
                            << Qt::endl;
        return -1;
    }
    const double planSeconds = timer.nsecsElapsed() / 1e9;
    auto applied = service.apply(anna, plan.value());
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!applied || applied->size() != expected) {
        QTextStream(stderr) << label << ": apply failed" << Qt::endl;
        return -1;
    }
    report(u"import_%1_dry_run_s"_s.arg(label), planSeconds, "s");
    report(u"import_%1_s"_s.arg(label), seconds, "s");
    report(u"import_%1_records_per_s"_s.arg(label), expected / seconds, "records/s");
    return expected / seconds;
}

// The same rows as an import of the Graph file writes (partner, relationship, audit event), with bare
// prepared INSERTs in one transaction and no reading, checking or hashing.
double bareInsert(Database &db, qint64 records, int salt)
{
    QSqlDatabase c = db.connection();
    // The IDs and names are made before the clock starts: only the inserts are timed.
    QStringList ids, names;
    for (qint64 i = 0; i < records; ++i) {
        ids.append(tenant(i, salt));
        names.append(u"Service provider %1 (not yet identified)"_s.arg(ids.constLast().left(8)));
    }
    QElapsedTimer timer;
    timer.start();
    c.transaction();
    QSqlQuery partner(c), relationship(c), event(c);
    partner.prepare(u"INSERT INTO partners (tenant_id, name) VALUES (?, ?)"_s);
    relationship.prepare(u"INSERT INTO relationships (partner_id, imported_fields_json) VALUES (?, ?)"_s);
    event.prepare(
        u"INSERT INTO audit_events (seq, at_utc, operator_upn, operator_name, action, partner_tenant_id, "
        "partner_name, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery seq(c);
    seq.exec(u"SELECT coalesce(max(seq), 0) FROM audit_events"_s);
    seq.next();
    qint64 next = seq.value(0).toLongLong() + 1;
    const QString fields
        = u"{\"crossTenantAccess\":{\"inboundTrust\":{\"isCompliantDeviceAccepted\":false,"
          "\"isHybridAzureADJoinedDeviceAccepted\":false,\"isMfaAccepted\":true},"
          "\"isInMultiTenantOrganization\":false,\"isServiceProvider\":true,\"tenantRestrictions\":null}}"_s;
    const QString hash(64, u'0');
    for (qint64 i = 0; i < records; ++i) {
        const QString &id = ids.at(i);
        const QString &name = names.at(i);
        partner.addBindValue(id);
        partner.addBindValue(name);
        if (!partner.exec())
            return -1;
        relationship.addBindValue(partner.lastInsertId());
        relationship.addBindValue(fields);
        if (!relationship.exec())
            return -1;
        event.addBindValue(next++);
        event.addBindValue(u"2026-12-01T10:00:00.000Z"_s);
        event.addBindValue(u"anna@bench.example"_s);
        event.addBindValue(u"Anna"_s);
        event.addBindValue(u"relationship.imported"_s);
        event.addBindValue(id);
        event.addBindValue(name);
        event.addBindValue(fields);
        event.addBindValue(hash);
        event.addBindValue(hash);
        if (!event.exec())
            return -1;
    }
    if (!c.commit())
        return -1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    report(u"bare_insert_same_rows_s"_s, seconds, "s");
    report(u"bare_insert_same_rows_records_per_s"_s, records / seconds, "records/s");
    return records / seconds;
}

bool write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(u"records"_s, u"Records per file."_s, u"N"_s, u"100000"_s);
    parser.addOption(recordsOption);
    parser.process(app);
    const qint64 records = parser.value(recordsOption).toLongLong();
    if (records <= 0)
        return 2;
    QTemporaryDir dir;
    const QString graph = dir.filePath(u"graph.json"_s);
    const QString graphOther = dir.filePath(u"graph-other.json"_s);
    const QString csv = dir.filePath(u"partners.csv"_s);
    const QString admin = dir.filePath(u"admincenter.json"_s);
    if (!write(graph, graphPages(records, 1)) || !write(graphOther, graphPages(records, 2))
        || !write(csv, csvFile(records, 3)) || !write(admin, adminCenterFile(records, 4)))
        return 1;
    report(u"records"_s, records, "records");
    report(u"graph_file_size"_s, QFile(graph).size() / 1048576.0, "MiB");

    auto empty = newRegister(dir.filePath(u"empty.sqlite"_s));
    if (!empty)
        return 1;
    const double intoEmpty = importInto(*empty, graph, records, u"graph_into_empty"_s);
    // Into a register that already holds N partners: the ones just imported.
    const double intoFull = importInto(*empty, graphOther, records, u"graph_into_full"_s);
    auto bare = newRegister(dir.filePath(u"bare.sqlite"_s));
    if (!bare)
        return 1;
    const double bareRate = bareInsert(*bare, records, 1);
    auto other = newRegister(dir.filePath(u"csv.sqlite"_s));
    auto third = newRegister(dir.filePath(u"admin.sqlite"_s));
    if (!other || !third)
        return 1;
    const double csvRate = importInto(*other, csv, records, u"csv_into_empty"_s);
    const double adminRate = importInto(*third, admin, records, u"admincenter_into_empty"_s);
    if (intoEmpty < 0 || intoFull < 0 || bareRate < 0 || csvRate < 0 || adminRate < 0)
        return 1;
    report(u"ratio_graph_into_empty_to_bare_insert"_s, intoEmpty / bareRate, "x");
    report(u"ratio_graph_into_full_to_bare_insert"_s, intoFull / bareRate, "x");
    return 0;
}
