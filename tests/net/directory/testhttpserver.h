#pragma once
// TestHttpServer: a small HTTP/1.1 server on 127.0.0.1 for tests. Each request is answered by the
// handler; a response can also stall (never answer) to exercise timeouts. Requests are recorded.

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

struct TestHttpRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct TestHttpResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool stall = false;
};

class TestHttpServer : public QObject
{
public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &)>;

    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    serve(socket, *buffer);
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/api").arg(m_server.serverPort()); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Instead of the handler: writes the whole answer itself (headers included), e.g. one that never ends.
    void setRawHandler(std::function<void(QTcpSocket *)> raw) { m_raw = std::move(raw); }
    const QList<TestHttpRequest> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        TestHttpRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_requests.append(request);
        if (m_raw) {
            m_raw(socket);
            return;
        }
        const TestHttpResponse response
            = m_handler ? m_handler(request) : TestHttpResponse {404, {}, {}, false};
        if (response.stall)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\nContent-Length: "
            + QByteArray::number(response.body.size()) + "\r\nContent-Type: application/json\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
    }

    QTcpServer m_server;
    Handler m_handler;
    std::function<void(QTcpSocket *)> m_raw;
    QList<TestHttpRequest> m_requests;
};
