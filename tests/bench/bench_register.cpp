// bench_register: creates a register of N partners and M audit events from a fixed seed and prints
// how long creation, loading the list and verifying the audit chain took, as "name value unit" lines.
//   bench_register [--partners 100000] [--events 1000000] [--seed 42] [--keep FILE]

#include "auditchain.h"
#include "database.h"
#include "sqlregisterrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const char *name, double value, const char *unit)
{
    out() << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

QString guid(QRandomGenerator &random)
{
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    return u"%1-%2-4%3-8%4-%5"_s.arg(a >> 32, 8, 16, QChar(u'0'))
        .arg((a >> 16) & 0xffff, 4, 16, QChar(u'0'))
        .arg(a & 0xfff, 3, 16, QChar(u'0'))
        .arg((b >> 48) & 0xfff, 3, 16, QChar(u'0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QChar(u'0'));
}

Relationship randomRelationship(QRandomGenerator &random, qint64 n, const QDateTime &now)
{
    static const QStringList words {u"Contoso"_s, u"Fabrikam"_s, u"Northwind"_s, u"Tailspin"_s, u"Litware"_s,
        u"Adatum"_s, u"Woodgrove"_s, u"Proseware"_s, u"Relecloud"_s, u"Ölfabriek"_s};
    static const QStringList suffixes {
        u"ICT"_s, u"B.V."_s, u"Cloud"_s, u"Beheer"_s, u"Advies"_s, u"Solutions"_s};
    const QList<PartnerType> types = PartnerType::knownTypes();
    const QList<AdminRole> catalogue = AdminRole::catalogue();

    Relationship r;
    r.partner.tenantId = guid(random);
    r.partner.name = words.at(random.bounded(int(words.size()))) + u' '
        + suffixes.at(random.bounded(int(suffixes.size()))) + u' ' + QString::number(n);
    r.partner.partnerId = QString::number(4000000 + random.bounded(3000000));
    r.partner.email = u"partner%1@example.test"_s.arg(n);
    r.types = {types.at(random.bounded(int(types.size())))};
    if (r.types.first().holdsDelegatedAdmin())
        r.roles = {AdminRole::globalAdministrator(), AdminRole::helpdeskAdministrator()};
    else if (r.types.first().kind() == PartnerType::Kind::GdapPartner) {
        for (int i = 0, count = 1 + random.bounded(4); i < count; ++i)
            r.roles.append(catalogue.at(random.bounded(int(catalogue.size()))));
        r.gdap = GdapDetails {u"GDAP %1"_s.arg(n), u"active"_s, 1 + random.bounded(730),
            now.addDays(-random.bounded(700)), now.addDays(random.bounded(700)), false};
    }
    r.partnerSinceUtc = now.addSecs(-qint64(random.bounded(100000000)));
    if (random.bounded(3) != 0)
        r.lastReviewedUtc = now.addDays(-random.bounded(400));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption partnersOption(u"partners"_s, u"Partners to create."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"Audit events in total."_s, u"M"_s, u"1000000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"SEED"_s, u"42"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Write the register to FILE and keep it."_s, u"FILE"_s);
    parser.addOptions({partnersOption, eventsOption, seedOption, keepOption});
    parser.process(app);
    const qint64 partners = parser.value(partnersOption).toLongLong();
    const qint64 events = std::max(parser.value(eventsOption).toLongLong(), partners + 1);
    QRandomGenerator random(parser.value(seedOption).toUInt());

    QTemporaryDir dir;
    const QString path
        = parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(u"bench.sqlite"_s);
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return 2;
    }
    Database &database = *opened.value();
    SqlRegisterRepository repository(database);
    const Operator admin {u"bench@example.test"_s, u"Bench Admin"_s, {AdminRole::globalAdministrator()}};
    if (!repository.initialise({u"Bench School"_s, guid(random), now, admin.upn}, {admin}))
        return 1;

    constexpr qint64 batch = 5000;
    for (qint64 done = 0; done < partners;) {
        RegisterChange change;
        for (qint64 i = 0; i < batch && done < partners; ++i, ++done) {
            Relationship r = randomRelationship(random, done, now);
            AuditEvent e;
            e.atUtc = r.partnerSinceUtc;
            e.operatorUpn = admin.upn;
            e.operatorName = admin.displayName;
            e.action = QString::fromUtf16(AuditActions::RelationshipAdded);
            e.partnerTenantId = r.partner.tenantId;
            e.partnerName = r.partner.name;
            change.relationships.append(std::move(r));
            change.events.append(std::move(e));
        }
        if (auto stored = repository.apply(change); !stored) {
            QTextStream(stderr) << stored.error().message << Qt::endl;
            return 1;
        }
    }
    const double partnersSeconds = timer.nsecsElapsed() / 1e9;

    QElapsedTimer eventTimer;
    eventTimer.start();
    for (qint64 written = partners + 1; written < events;) {
        QList<AuditEvent> chunk;
        for (qint64 i = 0; i < 20000 && written < events; ++i, ++written) {
            AuditEvent e;
            e.atUtc = now.addSecs(written);
            e.operatorUpn = admin.upn;
            e.operatorName = admin.displayName;
            e.action = QString::fromUtf16(AuditActions::RelationshipReviewed);
            e.partnerTenantId = u"tenant-%1"_s.arg(random.bounded(int(std::max<qint64>(partners, 1))));
            e.after = QJsonObject {{u"lastReviewed"_s, e.atUtc.toString(Qt::ISODate)}};
            chunk.append(std::move(e));
        }
        ScopedTransaction transaction(database.connection());
        if (!AuditChain::append(database.connection(), chunk) || !transaction.commit())
            return 1;
    }
    const double eventsSeconds = eventTimer.nsecsElapsed() / 1e9;

    timer.restart();
    auto list = repository.relationships();
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    if (!list || list->size() != partners)
        return 1;

    timer.restart();
    auto verification = AuditChain::verify(database.connection());
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    if (!verification || !verification->intact() || verification->checked != events)
        return 1;

    report("partners", double(partners), "count");
    report("audit_events", double(events), "count");
    report("create_partners", partnersSeconds, "s");
    report("create_audit_events", eventsSeconds, "s");
    report("load_relationship_list", loadSeconds * 1000.0, "ms");
    report("verify_audit", verifySeconds, "s");
    report("verify_audit_rate", double(events) / std::max(verifySeconds, 1e-9), "events/s");
    report("file_size", QFileInfo(path).size() / (1024.0 * 1024.0), "MiB");
    return 0;
}
