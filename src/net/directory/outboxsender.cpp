#include "directory/outboxsender.h"

#include "common/clock.h"
#include "common/replylimit.h"
#include "directory/directoryendpoint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

OutboxSender::OutboxSender(
    DirectoryRepository &directory, QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_network(network)
    , m_clock(clock)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &OutboxSender::deliverQueued);
}

OutboxSender::~OutboxSender()
{
    if (m_reply)
        m_reply->abort();
}

QByteArray OutboxSender::body(const ContactRequest &r)
{
    QString size;
    for (OrganisationSize::Flag f : OrganisationSize::all()) {
        if (r.organisationSize & f)
            size = OrganisationSize::key(f);
    }
    return QJsonDocument(QJsonObject {{u"partnerTenantId"_s, r.partnerTenantId},
                             {u"organisationName"_s, r.organisationName}, {u"organisationSize"_s, size},
                             {u"contactName"_s, r.contactName}, {u"email"_s, r.email}, {u"phone"_s, r.phone},
                             {u"needs"_s, r.needs}, {u"createdUtc"_s, r.createdUtc.toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

// Only to the service a request was written for: personal data never follows a changed setting.
bool OutboxSender::isForEndpoint(const ContactRequest &request) const
{
    return request.destination == m_base.toString();
}

void OutboxSender::deliverQueued()
{
    if (isDelivering() || !m_base.isValid())
        return;
    auto requests = m_directory.contactRequests();
    if (!requests)
        return;
    m_sent = m_failed = m_queued = 0;
    for (const ContactRequest &r : requests.value()) {
        if (r.state == ContactRequest::State::Queued && isForEndpoint(r))
            m_pending.prepend(r); // oldest first
    }
    sendNext();
}

Status OutboxSender::retry(qint64 requestId)
{
    auto requests = m_directory.contactRequests();
    if (!requests)
        return requests.error();
    for (ContactRequest r : requests.value()) {
        if (r.id != requestId)
            continue;
        r.state = ContactRequest::State::Queued;
        r.failureReason.clear();
        if (Status s = m_directory.recordDelivery(r); !s)
            return s;
        m_pass = 0;
        m_retryTimer->stop();
        deliverQueued();
        return Done {};
    }
    return Error {ErrorKind::NotFound,
        QCoreApplication::translate("OutboxSender", "This contact request is not in the register.")};
}

void OutboxSender::sendNext()
{
    // The service may have changed during this pass: a request waits for the one it was written for.
    while (!m_pending.isEmpty() && !isForEndpoint(m_pending.constFirst())) {
        m_pending.removeFirst();
        ++m_queued;
    }
    if (m_pending.isEmpty()) {
        Q_EMIT passFinished(m_sent, m_queued, m_failed);
        // Transient failures: try the queue again later, backing off, a limited number of times.
        if (m_queued > 0 && ++m_pass < m_policy.maxAttempts)
            m_retryTimer->start(m_policy.backoffMs(m_pass, QRandomGenerator::global()->generateDouble()));
        else if (m_queued == 0)
            m_pass = 0;
        return;
    }
    m_current = m_pending.takeFirst();
    QNetworkRequest request(DirectoryEndpoint::contactRequestsUrl(m_base));
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Idempotency-Key", m_current.idempotencyKey.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_reply = m_network.post(request, body(m_current));
    ReplyLimit::attach(m_reply, kMaxAnswerBytes, m_deadlineMs);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { onReply(reply); });
}

void OutboxSender::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ContactRequest r = m_current;
    r.attempts += 1;
    r.lastAttemptUtc = m_clock.nowUtc();
    const ReplyLimit::Exceeded exceeded = ReplyLimit::exceeded(reply);
    if (exceeded == ReplyLimit::Exceeded::Size) {
        // Whatever it says, an answer this large is not one we read; the admin may retry (same key).
        r.state = ContactRequest::State::Failed;
        r.failureReason = QCoreApplication::translate(
            "OutboxSender", "The directory service's answer was larger than %1 KB; it was not read.")
                              .arg(kMaxAnswerBytes / 1024);
        ++m_failed;
    } else if (exceeded == ReplyLimit::Exceeded::Deadline) {
        r.state = ContactRequest::State::Queued; // like a timeout: later, with the same key
        ++m_queued;
    } else if (status >= 200 && status < 300) {
        r.state = ContactRequest::State::Sent;
        r.sentUtc = m_clock.nowUtc();
        r.failureReason.clear();
        ++m_sent;
    } else if (status >= 400 && status < 500 && !RetryPolicy::isTransient(status)) {
        // Refused: keep the server's own words, so the admin can fix the request and retry.
        const QByteArray data = reply->read(4000);
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        QString reason = o.value(u"error"_s).toObject().value(u"message"_s).toString();
        if (reason.isEmpty())
            reason = o.value(u"message"_s).toString();
        if (reason.isEmpty())
            reason = QString::fromUtf8(data).simplified().left(300);
        if (reason.isEmpty())
            reason = u"HTTP %1 %2"_s.arg(status).arg(
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        r.state = ContactRequest::State::Failed;
        r.failureReason = reason.left(300);
        ++m_failed;
    } else {
        r.state = ContactRequest::State::Queued; // offline, timeout, 429 or 5xx: later, same key
        ++m_queued;
    }
    (void)m_directory.recordDelivery(r);
    sendNext();
}
