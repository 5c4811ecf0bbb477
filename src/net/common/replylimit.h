#pragma once
// ReplyLimit: bounds one QNetworkReply beside its idle (transfer) timeout. It aborts the reply when the
// announced Content-Length or the bytes received pass a size limit, or when the whole exchange is still
// running at a deadline (a server that trickles a byte before every idle timeout never ends otherwise),
// and remembers which limit it was, so the caller can say so.

#include <QObject>

class QNetworkReply;

class ReplyLimit final : public QObject
{
public:
    enum class Exceeded { None = 0, Size, Deadline };

    // Owned by the reply; maxBytes > 0 and deadlineMs > 0.
    static void attach(QNetworkReply *reply, qint64 maxBytes, int deadlineMs);
    // What the reply was aborted for (None when it was not, or no limit is attached).
    static Exceeded exceeded(const QNetworkReply *reply);

private:
    ReplyLimit(QNetworkReply *reply, qint64 maxBytes);
    void stop(Exceeded why);

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    Exceeded m_exceeded = Exceeded::None;
};
