#pragma once
// Fixed-seed generator of large registers for the benches: N partners of every type with realistic
// roles, GDAP details and review dates, plus audit events up to a total count.

#include "audit/auditchain.h"
#include "database/database.h"
#include "register/sqlregisterrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace BenchRegister {

inline QString guid(QRandomGenerator &random)
{
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    return u"%1-%2-4%3-8%4-%5"_s.arg(a >> 32, 8, 16, QChar(u'0'))
        .arg((a >> 16) & 0xffff, 4, 16, QChar(u'0'))
        .arg(a & 0xfff, 3, 16, QChar(u'0'))
        .arg((b >> 48) & 0xfff, 3, 16, QChar(u'0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QChar(u'0'));
}

inline Relationship randomRelationship(QRandomGenerator &random, qint64 n, const QDateTime &now)
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
            now.addDays(-random.bounded(700)), now.addDays(random.bounded(700)), false, {}};
    }
    r.partnerSinceUtc = now.addSecs(-qint64(random.bounded(100000000)));
    if (random.bounded(3) != 0)
        r.lastReviewedUtc = now.addDays(-random.bounded(400));
    return r;
}

struct Timings
{
    double partnersSeconds = 0;
    double eventsSeconds = 0;
};

// Creates the register at path (which must not exist). Returns false and prints why on failure.
inline bool create(
    const QString &path, qint64 partners, qint64 events, quint32 seed, Timings *timings = nullptr)
{
    QRandomGenerator random(seed);
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return false;
    }
    Database &database = *opened.value();
    SqlRegisterRepository repository(database);
    const Operator admin {u"bench@example.test"_s, u"Bench Admin"_s, {AdminRole::globalAdministrator()}};
    if (!repository.initialise({u"Bench School"_s, guid(random), now, admin.upn}, {admin}))
        return false;

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
            return false;
        }
    }
    if (timings)
        timings->partnersSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
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
            return false;
    }
    if (timings)
        timings->eventsSeconds = timer.nsecsElapsed() / 1e9;
    return true;
}

} // namespace BenchRegister
