#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QLocalServer;
class QLockFile;

// One window per register. The first start on a register takes its lock and listens on a local
// socket; a later start on the same register hands its command line (invitation links, .eml files)
// to that window and exits. The lock and the socket live in the user's private runtime folder and
// are named after the register's path, so two registers can be open side by side. A lock left by a
// crashed window (its process gone) is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Forwarded, Failed };

    explicit SingleInstance(const QString &registerPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the register's window, or hands the arguments to the one already open. Waits at most
    // timeoutMs for a window that holds the lock but does not answer yet (still starting).
    Role claim(const QStringList &arguments, int timeoutMs = 8000);
    QString errorString() const { return m_error; }

    // Where forwarded arguments go; those that arrived before the receiver was set are handed over
    // now, in order.
    void setReceiver(std::function<void(const QStringList &arguments)> receiver);

    QString serverName() const { return m_serverName; }
    QString lockFileName() const { return m_lockFileName; }
    static QString keyFor(const QString &registerPath);

    // The limits of one message: more arguments, or longer ones, are refused by both ends.
    static constexpr int MaxArguments = 32;
    static constexpr int MaxArgumentLength = 8192;

private:
    bool forward(const QStringList &arguments);
    void acceptConnection();
    void deliver(const QStringList &arguments);

    QString m_serverName;
    QString m_lockFileName;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    std::function<void(const QStringList &)> m_receiver;
    QList<QStringList> m_pending;
};
