#include "instance/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// A message is a 4-byte length and the arguments in UTF-8, NUL between them; the answer is one byte.
constexpr quint32 MaxMessageBytes = SingleInstance::MaxArguments * (4 * SingleInstance::MaxArgumentLength + 1);
constexpr char Ack = '\x06';

QString runtimeFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return folder;
}

bool acceptable(const QStringList &arguments)
{
    if (arguments.size() > SingleInstance::MaxArguments)
        return false;
    for (const QString &a : arguments) {
        if (a.size() > SingleInstance::MaxArgumentLength)
            return false;
    }
    return true;
}

} // namespace

SingleInstance::SingleInstance(const QString &registerPath, QObject *parent)
    : QObject(parent)
{
    const QString base = runtimeFolder() + u"/partnerdesk-"_s + keyFor(registerPath);
    m_serverName = base + u".socket"_s;
    m_lockFileName = base + u".lock"_s;
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file before the lock goes
}

QString SingleInstance::keyFor(const QString &registerPath)
{
    // The folder's canonical path (the file itself may not exist yet), so links and "./" agree.
    const QFileInfo info(registerPath);
    QString folder = info.absoluteDir().canonicalPath();
    if (folder.isEmpty())
        folder = info.absoluteDir().absolutePath();
    const QString path = QDir::cleanPath(folder + u'/' + info.fileName());
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, int timeoutMs)
{
    if (!acceptable(arguments)) {
        m_error = tr("Too many or too long arguments to hand to PartnerDesk (at most %1, each at most %2 characters).")
                      .arg(MaxArguments)
                      .arg(MaxArgumentLength);
        return Role::Failed;
    }
    m_lock = std::make_unique<QLockFile>(m_lockFileName);
    m_lock->setStaleLockTime(0); // a window may run for weeks: only a lock whose process is gone is stale
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (forward(arguments))
            return Role::Forwarded;
        if (m_lock->tryLock(0)) {
            // A socket file a crashed window left behind (listening with UserAccessOption would also
            // replace it: Qt binds in a private folder and renames the socket into place).
            QLocalServer::removeServer(m_serverName);
            m_server = new QLocalServer(this);
            m_server->setSocketOptions(QLocalServer::UserAccessOption);
            if (!m_server->listen(m_serverName)) {
                m_error = tr("PartnerDesk could not listen for a second start on this register: %1")
                              .arg(m_server->errorString());
                delete m_server;
                m_server = nullptr;
                m_lock->unlock();
                return Role::Failed;
            }
            connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
            return Role::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("PartnerDesk could not create its lock file %1.").arg(QDir::toNativeSeparators(m_lockFileName));
            return Role::Failed;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(100); // the window holding the lock is still starting
    }
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_error = tr("PartnerDesk is already open on this register (process %1) but does not answer. "
                 "Close that window, or end the process, and start again.")
                  .arg(pid);
    return Role::Failed;
}

bool SingleInstance::forward(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(1000))
        return false;
    // Arguments come from argv and cannot hold a NUL: it separates them.
    QByteArray payload;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (i > 0)
            payload += '\0';
        payload += arguments.at(i).toUtf8();
    }
    QByteArray message;
    {
        QDataStream stream(&message, QIODevice::WriteOnly);
        stream << quint32(payload.size());
    }
    message += payload;
    socket.write(message);
    if (!socket.waitForBytesWritten(3000))
        return false;
    // The window answers once it has the message; without that, this start must not vanish.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(5000))
            return false;
    }
    return socket.read(1) == QByteArray(1, Ack);
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // The other end is this user's own process, but a message is still read with limits.
            if (socket->bytesAvailable() < 4)
                return;
            quint32 size = 0;
            {
                QDataStream stream(socket->peek(4));
                stream >> size;
            }
            if (size > MaxMessageBytes) {
                socket->abort();
                return;
            }
            if (socket->bytesAvailable() < qint64(4 + size))
                return;
            socket->read(4);
            const QByteArray payload = socket->read(size);
            QStringList arguments;
            bool valid = true;
            if (!payload.isEmpty()) {
                for (const QByteArray &part : payload.split('\0')) {
                    const QString argument = QString::fromUtf8(part);
                    valid = valid && argument.toUtf8() == part; // no invalid UTF-8
                    arguments << argument;
                }
            }
            if (!valid || !acceptable(arguments)) {
                socket->abort();
                return;
            }
            socket->write(QByteArray(1, Ack));
            socket->flush();
            socket->disconnectFromServer();
            deliver(arguments);
        });
    }
}

void SingleInstance::setReceiver(std::function<void(const QStringList &)> receiver)
{
    m_receiver = std::move(receiver);
    const QList<QStringList> pending = std::exchange(m_pending, {});
    for (const QStringList &arguments : pending)
        deliver(arguments);
}

void SingleInstance::deliver(const QStringList &arguments)
{
    if (m_receiver)
        m_receiver(arguments);
    else
        m_pending.append(arguments);
}
