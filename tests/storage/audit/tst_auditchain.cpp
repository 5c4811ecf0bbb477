#include "audit/auditchain.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoChainIsIntact();
    void appendLinksToPrevious();
    void updateAndDeleteAreRejected();
    void rowAlteredByRawSqlIsFound_data();
    void rowAlteredByRawSqlIsFound();
    void sameContentInOtherBytesIsNotAnAlteration();
    void eventRehashedProperlyBreaksTheNextLink();
    void deletedRowIsFound();
    void changeAndEventCommitTogether();
    void progressIsReportedAndCanCancel();

private:
    void dropGuards();
    std::unique_ptr<DemoRegisterFixture> m_fixture;
};

void TestAuditChain::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
}

void TestAuditChain::cleanup()
{
    m_fixture.reset();
}

void TestAuditChain::dropGuards()
{
    // What someone with raw access to the file could do; the chain must still give them away.
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_update"_s));
    QVERIFY(q.exec(u"DROP TRIGGER audit_events_no_delete"_s));
}

void TestAuditChain::demoChainIsIntact()
{
    // On Debian, Qt's SQLite driver uses the system library: verification reads the stored bytes.
    QVERIFY(AuditChain::readsStoredBytes(m_fixture->database->connection()));
    auto result = AuditChain::verify(m_fixture->database->connection());
    QVERIFY(result.ok());
    QVERIFY(result->intact());
    QCOMPARE(result->checked, m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s));
    QVERIFY(result->checked >= 15);
}

void TestAuditChain::appendLinksToPrevious()
{
    const QString previous = AuditChain::newestHash(m_fixture->database->connection()).value();
    const qint64 count = AuditChain::count(m_fixture->database->connection()).value();
    QList<AuditEvent> events(2);
    for (AuditEvent &e : events) {
        e.atUtc = fixedNow();
        e.operatorUpn = u"anna.devries@hetbaken.example"_s;
        e.action = u"test.event"_s;
    }
    QVERIFY(AuditChain::append(m_fixture->database->connection(), events).ok());
    QCOMPARE(events[0].sequence, count + 1);
    QCOMPARE(events[0].previousHash, previous);
    QCOMPARE(events[1].previousHash, events[0].hash);
    QCOMPARE(AuditChain::newestHash(m_fixture->database->connection()).value(), events[1].hash);
    QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());
}

void TestAuditChain::updateAndDeleteAreRejected()
{
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(!q.exec(u"UPDATE audit_events SET operator_upn = 'mallory@evil.example' WHERE seq = 2"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_events WHERE seq = 2"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    // REPLACE deletes without firing the delete trigger; the insert trigger stops it.
    QVERIFY(!q.exec(u"INSERT OR REPLACE INTO audit_events (seq, at_utc, operator_upn, operator_name, action, "
                    "prev_hash, hash) VALUES (2, 'x', 'mallory@evil.example', 'Mallory', 'x', 'x', 'x')"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QCOMPARE(
        m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE operator_upn = 'mallory@evil.example'"_s),
        0);
}

void TestAuditChain::rowAlteredByRawSqlIsFound_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("problem");
    QTest::newRow("operator") << u"operator_upn = 'mallory@evil.example'"_s << u"altered"_s;
    QTest::newRow("time") << u"at_utc = '2020-01-01T00:00:00.000Z'"_s << u"altered"_s;
    QTest::newRow("after json") << u"after_json = '{\"roles\":[]}'"_s << u"altered"_s;
    QTest::newRow("hash recomputed by hand") << u"hash = '%1'"_s.arg(QString(64, u'a')) << u"altered"_s;
}

void TestAuditChain::rowAlteredByRawSqlIsFound()
{
    QFETCH(QString, assignment);
    QFETCH(QString, problem);
    dropGuards();
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY2(q.exec(u"UPDATE audit_events SET "_s + assignment + u" WHERE seq = 7"_s),
        qPrintable(q.lastError().text()));
    auto result = AuditChain::verify(m_fixture->database->connection());
    QVERIFY(result.ok());
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBadSequence, 7);
    QCOMPARE(result->checked, 6);
    QVERIFY2(result->problem.contains(problem), qPrintable(result->problem));
    // The field-by-field way, used when the connection is not SQLite's own, finds the same.
    auto parsed = AuditChain::verifyParsed(
        m_fixture->database->connection(), AuditChain::count(m_fixture->database->connection()).value());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->firstBadSequence, 7);
    QCOMPARE(parsed->checked, 6);
    QCOMPARE(parsed->problem, result->problem);
}

void TestAuditChain::sameContentInOtherBytesIsNotAnAlteration()
{
    // An early version may have stored before/after with other spacing or key order: the stored bytes
    // then differ from those hashed, but the event read back is the same, and so is the verdict.
    dropGuards();
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"SELECT after_json FROM audit_events WHERE seq = 5"_s) && q.next());
    const QJsonObject after = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QVERIFY(!after.isEmpty());
    q.finish();
    QVERIFY(q.prepare(u"UPDATE audit_events SET after_json = ? WHERE seq = 5"_s));
    q.addBindValue(QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Indented)));
    QVERIFY(q.exec());
    auto result = AuditChain::verify(m_fixture->database->connection());
    QVERIFY(result.ok());
    QVERIFY2(result->intact(), qPrintable(result->problem));
    QCOMPARE(result->checked, AuditChain::count(m_fixture->database->connection()).value());
}

void TestAuditChain::eventRehashedProperlyBreaksTheNextLink()
{
    // The real attack: change event 7 and give it its correct new hash. Its own check passes; only
    // event 8, whose previous hash is the old one, shows it.
    dropGuards();
    QSqlDatabase db = m_fixture->database->connection();
    QSqlQuery q(db);
    QVERIFY(
        q.exec(u"SELECT seq, at_utc, operator_upn, operator_name, action, partner_tenant_id, partner_name, "
               "before_json, after_json, prev_hash FROM audit_events WHERE seq = 7"_s));
    QVERIFY(q.next());
    AuditEvent e;
    e.sequence = q.value(0).toLongLong();
    e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.operatorUpn = u"mallory@evil.example"_s;
    e.operatorName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.partnerTenantId = q.value(5).toString();
    e.partnerName = q.value(6).toString();
    e.before = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    e.after = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.previousHash = q.value(9).toString();
    q.finish();
    QSqlQuery update(db);
    update.prepare(u"UPDATE audit_events SET operator_upn = ?, hash = ? WHERE seq = 7"_s);
    update.addBindValue(e.operatorUpn);
    update.addBindValue(e.computeHash());
    QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
    auto result = AuditChain::verify(db);
    QVERIFY(result.ok());
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBadSequence, 8);
    QVERIFY2(
        result->problem.contains(u"its link to the previous event is broken"_s), qPrintable(result->problem));
    auto parsed = AuditChain::verifyParsed(db, AuditChain::count(db).value());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->firstBadSequence, 8);
    QCOMPARE(parsed->problem, result->problem);
}

void TestAuditChain::deletedRowIsFound()
{
    dropGuards();
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DELETE FROM audit_events WHERE seq = 4"_s));
    auto result = AuditChain::verify(m_fixture->database->connection());
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBadSequence, 5);
    QVERIFY(result->problem.contains(u"missing"_s));
}

void TestAuditChain::changeAndEventCommitTogether()
{
    const qint64 events = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    const qint64 partners = m_fixture->scalar(u"SELECT count(*) FROM partners"_s);

    Relationship tooLong; // the GDAP name breaks a CHECK constraint after the partner row is written
    tooLong.partner = Partner {u"12345678-0000-4000-8000-000000000099"_s, u"Too Long B.V."_s, {}, {}, {}, {}};
    tooLong.gdap
        = GdapDetails {QString(51, u'x'), u"active"_s, 30, fixedNow(), fixedNow().addDays(30), false, {}};
    RegisterChange change;
    change.relationships.append(tooLong);
    AuditEvent event;
    event.atUtc = fixedNow();
    event.operatorUpn = u"anna.devries@hetbaken.example"_s;
    event.action = u"relationship.added"_s;
    change.events.append(event);
    QVERIFY(!m_fixture->repository->apply(change).ok());
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), partners);

    change.relationships[0].gdap.name = u"Fine"_s;
    QVERIFY(m_fixture->repository->apply(change).ok());
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events + 1);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM partners"_s), partners + 1);
}

void TestAuditChain::progressIsReportedAndCanCancel()
{
    QList<AuditEvent> many(5000);
    for (AuditEvent &e : many) {
        e.atUtc = fixedNow();
        e.operatorUpn = u"anna.devries@hetbaken.example"_s;
        e.action = u"test.event"_s;
    }
    {
        ScopedTransaction t(m_fixture->database->connection());
        QVERIFY(AuditChain::append(m_fixture->database->connection(), many).ok());
        QVERIFY(t.commit());
    }
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    auto result = AuditChain::verify(m_fixture->database->connection(), [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY(result->intact());
    QCOMPARE(lastDone, result->checked);
    QCOMPARE(lastTotal, result->checked);
    auto cancelled
        = AuditChain::verify(m_fixture->database->connection(), [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, ErrorKind::CheckFailed);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
