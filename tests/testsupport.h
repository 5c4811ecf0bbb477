#pragma once
// Helpers shared by tests: a demo register in a temporary directory with a fixed clock.

#include "common/clock.h"
#include "database/database.h"
#include "register/demoregister.h"
#include "register/sqlregisterrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace TestSupport {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
}

struct DemoRegisterFixture
{
    QTemporaryDir dir;
    FixedClock clock {fixedNow()};
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlRegisterRepository> repository;

    QString path() const { return dir.filePath(QStringLiteral("register.sqlite")); }

    bool create()
    {
        if (!dir.isValid())
            return false;
        auto opened = Database::open(path(), Database::OpenMode::CreateNew);
        if (!opened)
            return false;
        database = std::move(opened).value();
        if (!DemoRegister::create(*database, clock))
            return false;
        repository = std::make_unique<SqlRegisterRepository>(*database);
        return true;
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(database->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    ~DemoRegisterFixture()
    {
        repository.reset();
        database.reset();
    }
};

// Opens another connection to the register at path, as the app's RegisterSession does.
inline std::function<Result<std::unique_ptr<RegisterRepository>>()> repositoryOpener(const QString &path)
{
    return [path]() -> Result<std::unique_ptr<RegisterRepository>> {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        return std::unique_ptr<RegisterRepository>(
            std::make_unique<SqlRegisterRepository>(std::move(db).value()));
    };
}

inline const QString contosoTenant = QStringLiteral("3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10");
inline const QString fabrikamTenant = QStringLiteral("a1b2c3d4-1111-4222-8333-444455556666");
inline const QString northwindTenant = QStringLiteral("b7e4d2c1-2222-4333-9444-555566667777");
inline const QString woodgroveTenant = QStringLiteral("f2a3b4c5-6666-4777-9888-9999aaaabbbb");
inline const QString tailspinTenant = QStringLiteral("c9d8e7f6-3333-4444-a555-666677778888");

} // namespace TestSupport
