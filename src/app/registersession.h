#pragma once
// RegisterSession: an open register and the operator acting on it, shared by the window and the CLI.

#include "common/operator.h"
#include "common/organisation.h"
#include "common/result.h"

#include <QList>

#include <functional>
#include <memory>

struct ActivityConnection;
class Clock;
class Database;
class RegisterRepository;
class SqlRegisterRepository;

class RegisterSession
{
public:
    enum class WhenMissing { CreateDemo, Refuse };
    // ReadOnly: a current register, opened so that nothing (not even the journal mode) is written.
    enum class Access { ReadWrite, ReadOnly };

    // The register in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // Where audit receipts are kept: the data folder, and the folder the admin chose (QSettings
    // "receiptFolder"), if any.
    static QStringList receiptFolders();
    // An explicitly given file must already be a register; the default one may be created (with the demo).
    static Result<std::unique_ptr<RegisterSession>> open(const QString &path, bool explicitPath,
        WhenMissing missing, const Clock &clock, Access access = Access::ReadWrite);
    // Creates an empty register for the organisation, with its first operator (who acts by default).
    // The file must not exist; on any failure nothing is left behind.
    static Status createRegister(const QString &path, const Organisation &organisation,
        const Operator &firstOperator, const Clock &clock);
    ~RegisterSession();

    // Reads the operators again after one was added or changed; keeps acting as the same UPN.
    Status reloadOperators();

    // Empty upn: the register's default operator. Unknown: an error that lists the operators.
    Status selectOperator(const QString &upn);

    Database &database() { return *m_database; }
    SqlRegisterRepository &repository() { return *m_repository; }
    const Organisation &organisation() const { return m_organisation; }
    const QList<Operator> &operators() const { return m_operators; }
    const Operator &actor() const { return m_actor; }
    bool createdDemo() const { return m_createdDemo; }
    // Opens another connection to this register in the calling thread (for background work).
    std::function<Result<std::unique_ptr<RegisterRepository>>()> repositoryOpener() const;
    // The same, with the activity evidence on that connection (for reading a sign-in log in the background).
    std::function<Result<ActivityConnection>()> activityOpener() const;

private:
    RegisterSession() = default;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlRegisterRepository> m_repository;
    Organisation m_organisation;
    QList<Operator> m_operators;
    Operator m_actor;
    bool m_createdDemo = false;
    bool m_writable = false;
    qint64 m_sequenceAtOpen = -1; // the newest audit event when opened; a receipt is due if it moved
};
