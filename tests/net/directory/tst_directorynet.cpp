#include "common/retrypolicy.h"
#include "directory/directoryendpoint.h"
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
#include <QSet>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

QByteArray page(int first, int count, const QString &next)
{
    QJsonArray value;
    for (int i = first; i < first + count; ++i) {
        value.append(
            QJsonObject {{u"tenantId"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'))},
                {u"partnerId"_s, 1000 + i}, {u"name"_s, u"Remote Partner %1"_s.arg(i)},
                {u"locations"_s,
                    QJsonArray {QJsonObject {{u"city"_s, u"Zwolle"_s}, {u"country"_s, u"Netherlands"_s}}}},
                {u"organisationSizes"_s, QJsonArray {u"small"_s, u"large"_s}},
                {u"keywords"_s, QJsonArray {u"Teams"_s, u"Backup"_s}},
                {u"industries"_s, QJsonArray {u"Education"_s}},
                {u"contact"_s, QJsonObject {{u"email"_s, u"hello@remote.example"_s}}}});
    }
    QJsonObject object {{u"value"_s, value}};
    if (!next.isEmpty())
        object.insert(u"nextLink"_s, next);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 1500;
    policy.maxAttempts = 4;
    return policy;
}

} // namespace

class TestDirectoryNet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void retryPolicy();
    void endpointValidation();
    void refreshFollowsNextLinks();
    void refreshHonoursRetryAfter();
    void refreshRetriesServerErrorThenSucceeds();
    void stalledResponseTimesOutAndKeepsCatalogue();
    void malformedJsonKeepsCatalogue();
    void nextLinkToAnotherHostRefused();
    void cancelKeepsCatalogue();
    void outboxDelivers();
    void refusedRequestKeepsReasonAndRetrySendsIt();
    void retryNeverSendsTwice();
    void deliveryAfterRestart();
    void requestsGoOnlyWhereTheyWereWrittenFor();
    void serviceChangedDuringAPassKeepsTheRestQueued();

private:
    bool refresh(QString *message = nullptr);
    // destination: the directory service the request was written for; empty: the test server.
    qint64 enqueueRequest(const QString &name = u"Remote Partner 1"_s, const QString &destination = {});

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlDirectoryRepository> m_directory;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DirectoryRefresher> m_refresher;
};

void TestDirectoryNet::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_directory
        = std::make_unique<SqlDirectoryRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_refresher = std::make_unique<DirectoryRefresher>(*m_directory, *m_network);
    m_refresher->setRetryPolicy(fastRetries());
    m_refresher->setTransferTimeoutMs(2000);
}

void TestDirectoryNet::cleanup()
{
    m_refresher.reset();
    m_network.reset();
    m_server.reset();
    m_directory.reset();
    m_fixture.reset();
}

bool TestDirectoryNet::refresh(QString *message)
{
    QSignalSpy finished(m_refresher.get(), &DirectoryRefresher::finished);
    m_refresher->start(QUrl(m_server->baseUrl()));
    if (!finished.wait(15000))
        return false;
    if (message)
        *message = finished.constFirst().at(1).toString();
    return finished.constFirst().at(0).toBool();
}

void TestDirectoryNet::retryPolicy()
{
    const RetryPolicy policy;
    QCOMPARE(policy.backoffMs(1, 1.0), 500);
    QCOMPARE(policy.backoffMs(3, 1.0), 2000);
    QCOMPARE(policy.backoffMs(3, 0.0), 1000); // jitter takes off at most half
    QCOMPARE(policy.backoffMs(20, 1.0), 30000); // capped
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    QCOMPARE(policy.retryAfterMs("2", now), 2000);
    QCOMPARE(policy.retryAfterMs("Tue, 24 Nov 2026 09:30:05 GMT", now), 5000);
    QCOMPARE(policy.retryAfterMs("99999", now), 30000);
    QVERIFY(!policy.retryAfterMs("soon", now).has_value());
    QVERIFY(RetryPolicy::isTransient(429));
    QVERIFY(RetryPolicy::isTransient(503));
    QVERIFY(!RetryPolicy::isTransient(400));
}

void TestDirectoryNet::endpointValidation()
{
    QVERIFY(DirectoryEndpoint::validate(u"https://directory.example/api"_s));
    QVERIFY(DirectoryEndpoint::validate(u"http://127.0.0.1:8080/api"_s));
    QVERIFY(DirectoryEndpoint::validate(u"http://localhost:8080"_s));
    QVERIFY(!DirectoryEndpoint::validate(u"http://directory.example/api"_s));
    QVERIFY(!DirectoryEndpoint::validate(u"https://user:secret@directory.example"_s));
    QVERIFY(!DirectoryEndpoint::validate(u"ftp://directory.example"_s));
    QVERIFY(!DirectoryEndpoint::validate(QString()));
    QCOMPARE(DirectoryEndpoint::partnersUrl(QUrl(u"https://d.example/api"_s)).toString(),
        u"https://d.example/api/partners"_s);
}

void TestDirectoryNet::refreshFollowsNextLinks()
{
    m_server->setHandler([](const TestHttpRequest &r) -> TestHttpResponse {
        if (r.path == "/api/partners")
            return {200, page(1, 3, u"/api/partners?page=2"_s), {}, false};
        if (r.path == "/api/partners?page=2")
            return {200, page(4, 3, u"/api/partners?page=3"_s), {}, false};
        if (r.path == "/api/partners?page=3")
            return {200, page(7, 2, QString()), {}, false};
        return {404, {}, {}, false};
    });
    QSignalSpy progress(m_refresher.get(), &DirectoryRefresher::progress);
    QString message;
    QVERIFY2(refresh(&message), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.constLast().at(1).toInt(), 8);
    QCOMPARE(m_directory->entryCount().value(), 8);
    DirectoryQuery q;
    q.location = u"zwolle"_s;
    q.keywords = u"backup"_s;
    q.size = OrganisationSize::Large;
    QCOMPARE(m_directory->search(q).value().size(), 8);
}

void TestDirectoryNet::refreshHonoursRetryAfter()
{
    int calls = 0;
    m_server->setHandler([&](const TestHttpRequest &) -> TestHttpResponse {
        if (++calls == 1)
            return {429, {}, {{"Retry-After", "1"}}, false};
        return {200, page(1, 2, QString()), {}, false};
    });
    QSignalSpy waiting(m_refresher.get(), &DirectoryRefresher::waiting);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(refresh());
    QVERIFY2(timer.elapsed() >= 950, "the retry must wait for Retry-After");
    QCOMPARE(waiting.constFirst().at(0).toInt(), 1);
    QCOMPARE(calls, 2);
    QCOMPARE(m_directory->entryCount().value(), 2);
}

void TestDirectoryNet::refreshRetriesServerErrorThenSucceeds()
{
    int calls = 0;
    m_server->setHandler([&](const TestHttpRequest &) -> TestHttpResponse {
        if (++calls <= 2)
            return {calls == 1 ? 500 : 503, {}, {}, false}; // a 503 without Retry-After backs off too
        return {200, page(1, 4, QString()), {}, false};
    });
    QVERIFY(refresh());
    QCOMPARE(calls, 3);
    QCOMPARE(m_directory->entryCount().value(), 4);
}

void TestDirectoryNet::stalledResponseTimesOutAndKeepsCatalogue()
{
    RetryPolicy once = fastRetries();
    once.maxAttempts = 2;
    m_refresher->setRetryPolicy(once);
    m_refresher->setTransferTimeoutMs(300);
    m_server->setHandler([](const TestHttpRequest &) { return TestHttpResponse {200, {}, {}, true}; });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY2(message.contains(u"did not answer in time"_s), qPrintable(message));
    QCOMPARE(m_server->requests().size(), 2); // tried again once, then gave up
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

void TestDirectoryNet::malformedJsonKeepsCatalogue()
{
    for (const QByteArray &body : {QByteArray("{\"value\": [ {\"tenantId\": "), QByteArray("[1, 2]"),
             QByteArray("{\"value\": [{\"tenantId\": \"not-a-guid\", \"name\": \"X\"}]}")}) {
        m_server->setHandler([&](const TestHttpRequest &r) -> TestHttpResponse {
            if (r.path == "/api/partners")
                return {200, page(1, 3, u"/api/partners?page=2"_s), {}, false};
            return {200, body, {}, false}; // the second page is broken
        });
        QString message;
        QVERIFY(!refresh(&message));
        QVERIFY2(message.contains(u"catalogue was kept"_s), qPrintable(message));
        QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
    }
}

void TestDirectoryNet::nextLinkToAnotherHostRefused()
{
    m_server->setHandler([](const TestHttpRequest &) -> TestHttpResponse {
        return {200, page(1, 1, u"https://elsewhere.example/partners?page=2"_s), {}, false};
    });
    QString message;
    QVERIFY(!refresh(&message));
    QVERIFY(message.contains(u"another address"_s));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestDirectoryNet::cancelKeepsCatalogue()
{
    m_server->setHandler([](const TestHttpRequest &) { return TestHttpResponse {200, {}, {}, true}; });
    QSignalSpy finished(m_refresher.get(), &DirectoryRefresher::finished);
    m_refresher->start(QUrl(m_server->baseUrl()));
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_refresher->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(!m_refresher->isRunning());
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
}

qint64 TestDirectoryNet::enqueueRequest(const QString &name, const QString &destination)
{
    ContactRequest r;
    r.destination = destination.isEmpty() ? QUrl(m_server->baseUrl()).toString() : destination;
    r.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.partnerTenantId = u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s;
    r.partnerName = name;
    r.organisationName = u"Het Baken College"_s;
    r.organisationSize = OrganisationSize::Medium;
    r.contactName = u"Anna de Vries"_s;
    r.email = u"anna.devries@hetbaken.example"_s;
    r.needs = u"Help with Intune for 400 laptops."_s;
    r.createdUtc = fixedNow();
    r.createdByUpn = u"anna.devries@hetbaken.example"_s;
    auto stored = m_directory->enqueue({r}, {});
    return stored ? stored->constFirst().id : -1;
}

void TestDirectoryNet::outboxDelivers()
{
    enqueueRequest();
    m_server->setHandler([](const TestHttpRequest &) { return TestHttpResponse {201, "{}", {}, false}; });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    QCOMPARE(pass.constFirst().at(0).toInt(), 1);
    const TestHttpRequest &sent = m_server->requests().constFirst();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/api/contact-requests"));
    QVERIFY(!sent.headers.value("idempotency-key").isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body[u"organisationSize"_s].toString(), u"medium"_s);
    QCOMPARE(body[u"needs"_s].toString(), u"Help with Intune for 400 laptops."_s);
    const ContactRequest stored = m_directory->contactRequests().value().constFirst();
    QCOMPARE(stored.state, ContactRequest::State::Sent);
    QCOMPARE(stored.attempts, 1);
    QCOMPARE(stored.sentUtc, fixedNow());
}

void TestDirectoryNet::refusedRequestKeepsReasonAndRetrySendsIt()
{
    const qint64 id = enqueueRequest();
    bool accept = false;
    m_server->setHandler([&](const TestHttpRequest &) -> TestHttpResponse {
        if (accept)
            return {202, "{}", {}, false};
        return {422, R"({"error": {"message": "This partner does not accept requests from schools."}})", {},
            false};
    });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    ContactRequest failed = m_directory->contactRequests().value().constFirst();
    QCOMPARE(failed.state, ContactRequest::State::Failed);
    QCOMPARE(failed.failureReason, u"This partner does not accept requests from schools."_s);
    // Failed requests are not sent again by themselves: this pass finds nothing to send.
    sender.deliverQueued();
    QCOMPARE(pass.size(), 2);
    QCOMPARE(pass.constLast().at(0).toInt(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    accept = true;
    QVERIFY(sender.retry(id));
    QTRY_COMPARE(m_directory->contactRequests().value().constFirst().state, ContactRequest::State::Sent);
    QCOMPARE(m_directory->contactRequests().value().constFirst().attempts, 2);
}

void TestDirectoryNet::retryNeverSendsTwice()
{
    enqueueRequest();
    // The server records the request but the answer never arrives; the client times out and tries again
    // with the same key, and the server recognises it.
    QSet<QByteArray> processed;
    int deliveries = 0;
    m_server->setHandler([&](const TestHttpRequest &r) -> TestHttpResponse {
        const QByteArray key = r.headers.value("idempotency-key");
        if (!processed.contains(key)) {
            processed.insert(key);
            ++deliveries;
            return {201, {}, {}, true}; // processed, answer lost
        }
        return {200, R"({"duplicate": true})", {}, false};
    });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    sender.setTransferTimeoutMs(300);
    sender.setRetryPolicy(fastRetries());
    sender.deliverQueued();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_directory->contactRequests().value().constFirst().state, ContactRequest::State::Sent, 10000);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).headers.value("idempotency-key"),
        m_server->requests().at(1).headers.value("idempotency-key"));
    QCOMPARE(deliveries, 1);
}

void TestDirectoryNet::deliveryAfterRestart()
{
    const QString offlineService = u"http://127.0.0.1:9/api"_s;
    enqueueRequest(u"First"_s, offlineService);
    enqueueRequest(u"Second"_s, offlineService);
    {
        // Offline: nothing listens at this address, so both stay queued.
        OutboxSender offline(*m_directory, *m_network, m_fixture->clock);
        offline.setEndpoint(QUrl(offlineService));
        offline.setRetryPolicy(fastRetries());
        QSignalSpy pass(&offline, &OutboxSender::passFinished);
        offline.deliverQueued();
        QVERIFY(pass.wait(10000));
        QCOMPARE(pass.constFirst().at(1).toInt(), 2);
    }
    // "Restart": a new connection to the same register and a new sender.
    m_directory.reset();
    m_fixture->repository.reset();
    m_fixture->database.reset();
    auto reopened = Database::open(m_fixture->path(), Database::OpenMode::ExistingOnly);
    QVERIFY(reopened);
    m_fixture->database = std::move(reopened).value();
    m_fixture->repository = std::make_unique<SqlRegisterRepository>(*m_fixture->database);
    m_directory
        = std::make_unique<SqlDirectoryRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_refresher.reset();
    for (const ContactRequest &r : m_directory->contactRequests().value()) {
        QCOMPARE(r.state, ContactRequest::State::Queued);
        QVERIFY(r.attempts >= 1);
    }
    // The admin chose to send them to the service that answers now.
    AuditEvent redirected;
    redirected.atUtc = fixedNow();
    redirected.operatorUpn = u"anna.devries@hetbaken.example"_s;
    redirected.operatorName = u"Anna de Vries"_s;
    redirected.action = QString::fromUtf16(AuditActions::ContactRequestsRedirected);
    QCOMPARE(m_directory->redirectQueued(QUrl(m_server->baseUrl()).toString(), redirected).value(), 2);
    m_server->setHandler([](const TestHttpRequest &) { return TestHttpResponse {201, "{}", {}, false}; });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    QCOMPARE(pass.constFirst().at(0).toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().at(0).body).object()[u"needs"_s].toString(),
        u"Help with Intune for 400 laptops."_s);
    for (const ContactRequest &r : m_directory->contactRequests().value())
        QCOMPARE(r.state, ContactRequest::State::Sent);
}

void TestDirectoryNet::requestsGoOnlyWhereTheyWereWrittenFor()
{
    // Written while another service was set, and while none was: neither goes to this server.
    enqueueRequest(u"For the old service"_s, u"https://old-directory.example/api"_s);
    enqueueRequest(u"Written offline"_s, u"-"_s);
    {
        QSqlQuery q(m_fixture->database->connection());
        QVERIFY(q.exec(u"UPDATE outbox SET destination = '' WHERE partner_name = 'Written offline'"_s));
    }
    enqueueRequest(u"For this service"_s);
    m_server->setHandler([](const TestHttpRequest &) { return TestHttpResponse {201, "{}", {}, false}; });
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    QCOMPARE(pass.constFirst().at(0).toInt(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QSet<QString> queued;
    for (const ContactRequest &r : m_directory->contactRequests().value()) {
        if (r.state == ContactRequest::State::Queued)
            queued.insert(r.partnerName);
    }
    QCOMPARE(queued, (QSet<QString> {u"For the old service"_s, u"Written offline"_s}));
}

void TestDirectoryNet::serviceChangedDuringAPassKeepsTheRestQueued()
{
    enqueueRequest(u"First"_s);
    enqueueRequest(u"Second"_s);
    OutboxSender sender(*m_directory, *m_network, m_fixture->clock);
    TestHttpServer other;
    QVERIFY(other.start());
    other.setHandler([](const TestHttpRequest &) { return TestHttpResponse {201, "{}", {}, false}; });
    // While the first request is on its way, the admin sets another service, which answers too.
    m_server->setHandler([&sender, &other](const TestHttpRequest &) {
        sender.setEndpoint(QUrl(other.baseUrl()));
        return TestHttpResponse {201, "{}", {}, false};
    });
    sender.setEndpoint(QUrl(m_server->baseUrl()));
    QSignalSpy pass(&sender, &OutboxSender::passFinished);
    sender.deliverQueued();
    QVERIFY(pass.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(other.requests().size(), 0); // the second request was written for the first service
    QCOMPARE(pass.constFirst().at(0).toInt(), 1);
    QCOMPARE(pass.constFirst().at(1).toInt(), 1);
    int queued = 0;
    for (const ContactRequest &r : m_directory->contactRequests().value())
        queued += r.state == ContactRequest::State::Queued;
    QCOMPARE(queued, 1);
}

QTEST_GUILESS_MAIN(TestDirectoryNet)
#include "tst_directorynet.moc"
