// What a directory service that misbehaves on purpose can do to the refresh and the outbox: endless
// or huge bodies, a trickle that never trips the idle timeout, pages with absurd lists. Each ends with
// a clear error, the old catalogue kept and the queued requests intact.

#include "common/retrypolicy.h"
#include "directory/directoryrefresher.h"
#include "directory/outboxsender.h"
#include "directory/sqldirectoryrepository.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QByteArray entry(int i, const QJsonArray &keywords = {u"Teams"_s})
{
    return QJsonDocument(
        QJsonObject {{u"tenantId"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'))},
            {u"name"_s, u"Remote Partner %1"_s.arg(i)}, {u"keywords"_s, keywords}})
        .toJson(QJsonDocument::Compact);
}

QByteArray page(int first, int count, const QString &next = {})
{
    QByteArray items;
    for (int i = first; i < first + count; ++i)
        items += (items.isEmpty() ? "" : ",") + entry(i);
    QByteArray body = "{\"value\":[" + items + "]";
    if (!next.isEmpty())
        body += ",\"nextLink\":\"" + next.toUtf8() + "\"";
    return body + "}";
}

// Headers, then a chunk of spaces every millisecond until the client goes away.
void endlessBody(QTcpSocket *socket, const QByteArray &status = "200 OK")
{
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * 1024 * 1024)
            socket->write(QByteArray(64 * 1024, ' '));
    });
    timer->start(1);
}

// A valid start, then one byte every 50 ms: never idle long enough for the transfer timeout.
void trickle(QTcpSocket *socket, const QByteArray &status = "200 OK")
{
    socket->write(
        "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n");
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write(" ");
    });
    timer->start(50);
}

void hugeLength(QTcpSocket *socket, const QByteArray &status = "200 OK")
{
    socket->write("HTTP/1.1 " + status
        + "\r\nContent-Type: application/json\r\nContent-Length: 40000000000\r\n\r\n{\"value\": [");
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hugeContentLengthRefused();
    void endlessBodyRefused();
    void trickleEndsAtTheDeadline();
    void entryWithAMillionKeywordsRefused();
    void pageLargerThanTheEntriesLeftRefused();
    void pagesBeyondTheLimitRefused();
    void bytesBeyondTheTotalRefused();
    void retryAfterClampedBeforeMultiplying();
    void outboxHugeAnswerFailsTheRequest();
    void outboxEndlessAnswerFailsTheRequest();
    void outboxTrickleKeepsTheRequestQueued();

private:
    bool refresh(QString *message);
    void enqueueRequest();

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlDirectoryRepository> m_directory;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DirectoryRefresher> m_refresher;
};

void TestHostileServer::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_directory
        = std::make_unique<SqlDirectoryRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_refresher = std::make_unique<DirectoryRefresher>(*m_directory, *m_network);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxAttempts = 3;
    m_refresher->setRetryPolicy(fast);
    m_refresher->setTransferTimeoutMs(3000);
}

void TestHostileServer::cleanup()
{
    m_refresher.reset();
    m_network.reset();
    m_server.reset();
    m_directory.reset();
    m_fixture.reset();
}

bool TestHostileServer::refresh(QString *message)
{
    QSignalSpy finished(m_refresher.get(), &DirectoryRefresher::finished);
    m_refresher->start(QUrl(m_server->baseUrl()));
    if (!finished.wait(20000))
        return false;
    *message = finished.constFirst().at(1).toString();
    return finished.constFirst().at(0).toBool();
}

void TestHostileServer::hugeContentLengthRefused()
{
    m_server->setRawHandler([](QTcpSocket *s) { hugeLength(s); });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"larger than 32 MB"_s), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 1); // not tried again
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestHostileServer::endlessBodyRefused()
{
    DirectoryRefresher::Limits limits;
    limits.maxPageBytes = 1024 * 1024;
    m_refresher->setLimits(limits);
    m_server->setRawHandler([](QTcpSocket *s) { endlessBody(s); });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"larger than 1 MB"_s), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestHostileServer::trickleEndsAtTheDeadline()
{
    DirectoryRefresher::Limits limits;
    limits.deadlineMs = 1000;
    m_refresher->setLimits(limits);
    m_server->setRawHandler([](QTcpSocket *s) { trickle(s); });
    QElapsedTimer clock;
    clock.start();
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"took longer than 1 second"_s), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestHostileServer::entryWithAMillionKeywordsRefused()
{
    QJsonArray keywords;
    for (int i = 0; i < 1000000; ++i)
        keywords.append(u"k"_s);
    const QByteArray body = "{\"value\":[" + entry(1, keywords) + "]}";
    m_server->setHandler([body](const TestHttpRequest &) { return TestHttpResponse {200, body, {}, false}; });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(
        message.contains(u"more than 200 locations, sizes, keywords or industries"_s), qPrintable(message));
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
    // At the limit an entry is fine.
    QJsonArray enough;
    for (qsizetype i = 0; i < DirectoryRefresher::kMaxListItems; ++i)
        enough.append(u"k%1"_s.arg(i));
    QVERIFY(DirectoryRefresher::parsePage("{\"value\":[" + entry(1, enough) + "]}", nullptr).ok());
}

void TestHostileServer::pageLargerThanTheEntriesLeftRefused()
{
    // Checked before the page is added, not after: the entries left decide how many one page may hold.
    QString next;
    QVERIFY(DirectoryRefresher::parsePage(page(1, 5), &next, 5).ok());
    auto refused = DirectoryRefresher::parsePage(page(1, 6), &next, 5);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"more than PartnerDesk accepts"_s),
        qPrintable(refused.error().message));

    DirectoryRefresher::Limits limits;
    limits.maxEntries = 5;
    m_refresher->setLimits(limits);
    m_server->setHandler([](const TestHttpRequest &r) -> TestHttpResponse {
        if (r.path == "/api/partners")
            return {200, page(1, 3, u"/api/partners?page=2"_s), {}, false};
        return {200, page(4, 3), {}, false};
    });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"more than PartnerDesk accepts"_s), qPrintable(message));
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestHostileServer::pagesBeyondTheLimitRefused()
{
    DirectoryRefresher::Limits limits;
    limits.maxPages = 3;
    m_refresher->setLimits(limits);
    int served = 0;
    m_server->setHandler([&served](const TestHttpRequest &) -> TestHttpResponse {
        ++served;
        return {200, page(served, 1, u"/api/partners?page=%1"_s.arg(served + 1)), {}, false};
    });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"more than PartnerDesk accepts"_s), qPrintable(message));
    QCOMPARE(served, 4);
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestHostileServer::bytesBeyondTheTotalRefused()
{
    // Pages each within their own limit, but together more than one refresh may hold.
    DirectoryRefresher::Limits limits;
    limits.maxTotalBytes = 4000;
    m_refresher->setLimits(limits);
    int served = 0;
    m_server->setHandler([&served](const TestHttpRequest &) -> TestHttpResponse {
        ++served;
        return {200, page(served * 10, 5, u"/api/partners?page=%1"_s.arg(served + 1)), {}, false};
    });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"more than PartnerDesk accepts"_s), qPrintable(message));
    QVERIFY(served > 1);
    QVERIFY(served < 20);
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestHostileServer::retryAfterClampedBeforeMultiplying()
{
    const RetryPolicy policy;
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    QCOMPARE(policy.retryAfterMs("9223372036854775807", now), 30000);
    QCOMPARE(policy.retryAfterMs("9223372036854775", now), 30000);
    QCOMPARE(policy.retryAfterMs("2147484", now), 30000); // * 1000 passes INT_MAX
    QCOMPARE(policy.retryAfterMs("-5", now), 0);
    QCOMPARE(policy.retryAfterMs("30", now), 30000);
    QCOMPARE(policy.retryAfterMs("29", now), 29000);
}

void TestHostileServer::enqueueRequest()
{
    ContactRequest r;
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.partnerTenantId = u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s;
    r.partnerName = u"Remote Partner"_s;
    r.organisationName = u"Het Baken College"_s;
    r.organisationSize = OrganisationSize::Medium;
    r.contactName = u"Anna de Vries"_s;
    r.email = u"anna.devries@hetbaken.example"_s;
    r.needs = u"Laptops."_s;
    r.createdUtc = fixedNow();
    r.createdByUpn = u"anna.devries@hetbaken.example"_s;
    r.destination = QUrl(m_server->baseUrl()).toString();
    QVERIFY(m_directory->enqueue({r}, {}).ok());
}

void TestHostileServer::outboxHugeAnswerFailsTheRequest()
{
    enqueueRequest();
    m_server->setRawHandler([](QTcpSocket *s) { hugeLength(s, "422 Unprocessable"); });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    const ContactRequest r = m_directory->contactRequests().value().constFirst();
    QCOMPARE(r.state, ContactRequest::State::Failed);
    QVERIFY2(r.failureReason.contains(u"larger than 64 KB"_s), qPrintable(r.failureReason));
}

void TestHostileServer::outboxEndlessAnswerFailsTheRequest()
{
    enqueueRequest();
    m_server->setRawHandler([](QTcpSocket *s) { endlessBody(s, "400 Bad Request"); });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    const ContactRequest r = m_directory->contactRequests().value().constFirst();
    QCOMPARE(r.state, ContactRequest::State::Failed);
    QVERIFY2(r.failureReason.contains(u"larger than 64 KB"_s), qPrintable(r.failureReason));
}

void TestHostileServer::outboxTrickleKeepsTheRequestQueued()
{
    enqueueRequest();
    m_server->setRawHandler([](QTcpSocket *s) { trickle(s, "201 Created"); });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    sender.setTransferTimeoutMs(3000);
    sender.setDeadlineMs(500);
    RetryPolicy once;
    once.maxAttempts = 1;
    sender.setRetryPolicy(once);
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    QCOMPARE(pass.constFirst().at(1).toInt(), 1); // still queued
    const ContactRequest r = m_directory->contactRequests().value().constFirst();
    QCOMPARE(r.state, ContactRequest::State::Queued);
    QCOMPARE(r.attempts, 1);
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
