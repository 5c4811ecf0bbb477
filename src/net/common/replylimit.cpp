#include "common/replylimit.h"

#include <QNetworkReply>
#include <QTimer>

namespace {
// On the reply itself, so it can be read in the reply's finished handler (ReplyLimit has no meta-object
// of its own to be found by).
constexpr char kExceededProperty[] = "partnerdesk.replyLimitExceeded";
} // namespace

void ReplyLimit::attach(QNetworkReply *reply, qint64 maxBytes, int deadlineMs)
{
    auto *limit = new ReplyLimit(reply, maxBytes);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, limit, [limit] {
        bool known = false;
        const qint64 length = limit->m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > limit->m_maxBytes)
            limit->stop(Exceeded::Size);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, limit, [limit](qint64 received, qint64 total) {
        if (received > limit->m_maxBytes || total > limit->m_maxBytes)
            limit->stop(Exceeded::Size);
    });
    QTimer::singleShot(deadlineMs, limit, [limit] { limit->stop(Exceeded::Deadline); });
}

ReplyLimit::Exceeded ReplyLimit::exceeded(const QNetworkReply *reply)
{
    return reply ? Exceeded(reply->property(kExceededProperty).toInt()) : Exceeded::None;
}

ReplyLimit::ReplyLimit(QNetworkReply *reply, qint64 maxBytes)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{ }

void ReplyLimit::stop(Exceeded why)
{
    if (m_exceeded != Exceeded::None || m_reply->isFinished())
        return;
    m_exceeded = why;
    m_reply->setProperty(kExceededProperty, int(why));
    m_reply->abort();
}
