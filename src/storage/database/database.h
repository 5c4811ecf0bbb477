#pragma once
// Database: opens a register file safely (read-only until it is known to be a PartnerDesk register of a
// version this app reads, so a refused file is never changed), sets the connection pragmas and runs
// migrations. New registers are created 0600 in folders created 0700: they hold contact details.

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class Database
{
public:
    enum class OpenMode {
        ExistingOnly, // --db FILE: the file must already be a register
        CreateIfMissing, // the default register: created empty when absent
        CreateNew, // create-demo: the file must not exist yet
        ReadOnly, // info, list, history, verify-audit: an existing, current register, never written
    };

    static constexpr int kApplicationId = 0x50445347; // "PDSG" in the SQLite header
    static int latestSchemaVersion();
    // Creates the folders missing on the way to folder, each 0700; folders that exist are left alone.
    static bool makePrivatePath(const QString &folder);

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isNew() const { return m_new; } // created by this open, still without an organisation

private:
    Database(QString path, QString connectionName);
    Status connect(bool readOnly);
    Status check(OpenMode mode, bool fileExisted, int *version);
    Status configure(int version, bool fileExisted);
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    bool m_new = false;
};

// Rolls back unless committed: one change and its audit events land together or not at all.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    bool begun() const { return m_begun; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
};
