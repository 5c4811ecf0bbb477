#pragma once
// DirectoryRefresher: downloads the partner directory catalogue from the directory service, page by
// page via each page's next link, and replaces the register's catalogue in one transaction at the
// end. Every request has a transfer timeout; 429/503 wait for Retry-After, other transient failures
// back off with jitter. TLS errors are never ignored. A failed or cancelled refresh changes nothing.
// What a server sends is bounded: bytes per page, a deadline per request, entries in all, and the
// lists inside one entry.

#include "common/ports.h"
#include "common/retrypolicy.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

class QTimer;

class DirectoryRefresher final : public QObject
{
    Q_OBJECT

public:
    DirectoryRefresher(
        DirectoryRepository &directory, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~DirectoryRefresher() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    struct Limits
    {
        qint64 maxPageBytes = 32 * 1024 * 1024;
        int deadlineMs = 120000; // one request, however slowly its bytes arrive
        qsizetype maxEntries = 2000000;
        int maxPages = 100000;
        qint64 maxTotalBytes = 256 * 1024 * 1024; // all pages of one refresh together
    };
    void setLimits(const Limits &limits) { m_limits = limits; }
    static constexpr qsizetype kMaxListItems = 200; // locations, sizes, keywords or industries of one entry
    void start(const QUrl &baseUrl); // the validated DirectoryEndpoint
    void cancel();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }

    // One page of the service's JSON: {"value": [entries], "nextLink": "..."}; refuses malformed pages.
    // At most maxEntries entries are read from it.
    static Result<QList<DirectoryEntry>> parsePage(
        const QByteArray &json, QString *nextLink, qsizetype maxEntries = 2000000);

Q_SIGNALS:
    void progress(int pages, int entries);
    void waiting(int seconds); // before a retry
    void finished(bool ok, const QString &message); // message: translated reason when !ok

private:
    void request(const QUrl &url);
    void onReply(QNetworkReply *reply);
    void fail(const QString &message);
    void retryLater(int delayMs);

    DirectoryRepository &m_directory;
    QNetworkAccessManager &m_network;
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    Limits m_limits;
    QUrl m_base;
    QUrl m_current;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    QList<DirectoryEntry> m_entries;
    QSet<QString> m_seenLinks;
    int m_pages = 0;
    qint64 m_totalBytes = 0;
    int m_attempt = 0;
    bool m_running = false;
    QString m_lastError;
};
