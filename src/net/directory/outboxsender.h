#pragma once
// OutboxSender: delivers queued contact requests by HTTP POST to the directory service, one at a time,
// each with its idempotency key so a retry never arrives twice. A refusal (4xx) is recorded with the
// server's reason; a transient failure (no connection, timeout, 429, 5xx) leaves the request queued and
// is tried again later. Requests stay in the register, so delivery resumes after a restart. A request
// goes only to the directory service it was written for; others wait (ContactService::redirectQueued).

#include "common/ports.h"
#include "common/retrypolicy.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Clock;
class QNetworkAccessManager;

class QTimer;

class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    OutboxSender(DirectoryRepository &directory, QNetworkAccessManager &network, const Clock &clock,
        QObject *parent = nullptr);
    ~OutboxSender() override;

    void setEndpoint(const QUrl &baseUrl) { m_base = baseUrl; } // the validated DirectoryEndpoint
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; } // one request, however slowly the answer arrives
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;
    void deliverQueued(); // starts a pass over every queued request
    Status retry(qint64 requestId); // a failed request goes back in the queue and is sent again
    bool isDelivering() const { return !m_pending.isEmpty() || m_reply; }

    static QByteArray body(const ContactRequest &request); // the JSON sent

Q_SIGNALS:
    void passFinished(int sent, int stillQueued, int failed);

private:
    bool isForEndpoint(const ContactRequest &request) const;
    void sendNext();
    void onReply(QNetworkReply *reply);

    DirectoryRepository &m_directory;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 60000;
    QUrl m_base;
    QList<ContactRequest> m_pending;
    ContactRequest m_current;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    int m_sent = 0;
    int m_failed = 0;
    int m_queued = 0;
    int m_pass = 0; // consecutive passes that left requests queued
};
