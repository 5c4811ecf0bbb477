#include "registersession.h"

#include "activity/sqlactivityrepository.h"

#include "audit/auditchain.h"
#include "audit/receiptbook.h"
#include "common/clock.h"
#include "database/database.h"
#include "operators/operatorservice.h"
#include "register/demoregister.h"
#include "register/sqlregisterrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

QString RegisterSession::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/partnerdesk.sqlite"_s;
}

RegisterSession::~RegisterSession()
{
    // Closing a register after changing it leaves a receipt outside it, so cutting its history short
    // or rewriting it is found later (verify-audit).
    if (m_writable && m_database) {
        QSqlQuery q(m_database->connection());
        const bool read = q.exec(u"SELECT coalesce(max(seq), 0) FROM audit_events"_s) && q.next();
        const qint64 newest = read ? q.value(0).toLongLong() : -1;
        q.finish();
        if (read && newest != m_sequenceAtOpen && newest > 0) {
            auto receipt = AuditChain::receipt(m_database->connection(), QDateTime::currentDateTimeUtc());
            const Status written
                = receipt ? ReceiptBook::append(receiptFolders(), receipt.value()) : Status(receipt.error());
            if (!written)
                qWarning("%s", qPrintable(written.error().message));
        }
    }
    m_repository.reset(); // before the connection it uses
    m_database.reset();
}

Result<std::unique_ptr<RegisterSession>> RegisterSession::open(
    const QString &path, bool explicitPath, WhenMissing missing, const Clock &clock, Access access)
{
    const bool mayCreate = !explicitPath && missing == WhenMissing::CreateDemo && access == Access::ReadWrite;
    auto database = Database::open(path,
        access == Access::ReadOnly ? Database::OpenMode::ReadOnly
            : mayCreate            ? Database::OpenMode::CreateIfMissing
                                   : Database::OpenMode::ExistingOnly);
    if (!database) {
        if (!explicitPath && !QFile::exists(path)) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("RegisterSession",
                    "There is no register yet at %1. Start PartnerDesk once, or "
                    "give one with --db FILE.")
                    .arg(QDir::toNativeSeparators(path))};
        }
        return database.error();
    }
    std::unique_ptr<RegisterSession> session(new RegisterSession);
    session->m_database = std::move(database).value();
    session->m_repository = std::make_unique<SqlRegisterRepository>(*session->m_database);
    if (!session->m_repository->isInitialised()) {
        if (!session->m_database->isNew()) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("RegisterSession",
                    "The register %1 has no organisation recorded; it is "
                    "incomplete.")
                    .arg(QDir::toNativeSeparators(path))};
        }
        if (Status s = DemoRegister::create(*session->m_database, clock); !s)
            return s.error();
        session->m_createdDemo = true;
    }
    auto organisation = session->m_repository->organisation();
    if (!organisation)
        return organisation.error();
    session->m_organisation = organisation.value();
    session->m_writable = access == Access::ReadWrite;
    if (!session->m_createdDemo) { // a demo made now is a change: its receipt is due
        QSqlQuery q(session->m_database->connection());
        if (q.exec(u"SELECT coalesce(max(seq), 0) FROM audit_events"_s) && q.next())
            session->m_sequenceAtOpen = q.value(0).toLongLong();
    }
    auto operators = session->m_repository->operators();
    if (!operators)
        return operators.error();
    session->m_operators = operators.value();
    if (Status s = session->selectOperator({}); !s)
        return s.error();
    return session;
}

QStringList RegisterSession::receiptFolders()
{
    QStringList folders {QFileInfo(defaultPath()).absolutePath()};
    const QString chosen = QSettings().value(u"receiptFolder"_s).toString().trimmed();
    if (!chosen.isEmpty() && QDir(chosen).absolutePath() != QDir(folders.constFirst()).absolutePath())
        folders.append(chosen);
    return folders;
}

Status RegisterSession::createRegister(
    const QString &path, const Organisation &organisation, const Operator &firstOperator, const Clock &clock)
{
    QList<FieldProblem> problems = OperatorService::checkOrganisation(organisation);
    problems += OperatorService::checkOperator(firstOperator);
    if (!problems.isEmpty())
        return Error {ErrorKind::BadInput, problems.constFirst().reason};
    if (!firstOperator.holds(AdminRole::globalAdministrator()))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("RegisterSession",
                "The first operator must be a Global Administrator, who can then add the others.")};
    if (QFile::exists(path))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "RegisterSession", "%1 already exists; a new register needs a new file.")
                .arg(QDir::toNativeSeparators(path))};
    auto database = Database::open(path, Database::OpenMode::CreateNew);
    if (!database)
        return database.error();
    Organisation org = organisation;
    org.name = org.name.trimmed();
    org.tenantId = org.tenantId.trimmed().toLower();
    org.createdUtc = clock.nowUtc();
    org.defaultOperatorUpn = firstOperator.upn.trimmed();
    Operator op = firstOperator;
    op.upn = op.upn.trimmed();
    op.displayName = op.displayName.trimmed();
    Status created = SqlRegisterRepository(*database.value()).initialise(org, {op});
    database.value().reset();
    if (!created) {
        // We created it a moment ago; leave nothing half-made behind.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return created;
    }
    return Done {};
}

Status RegisterSession::reloadOperators()
{
    auto operators = m_repository->operators();
    if (!operators)
        return operators.error();
    m_operators = operators.value();
    return selectOperator(m_actor.upn);
}

Status RegisterSession::selectOperator(const QString &upn)
{
    const QString wanted = upn.isEmpty() ? m_organisation.defaultOperatorUpn : upn.trimmed();
    for (const Operator &op : std::as_const(m_operators)) {
        if (op.upn.compare(wanted, Qt::CaseInsensitive) == 0) {
            m_actor = op;
            return Done {};
        }
    }
    QStringList known;
    for (const Operator &op : std::as_const(m_operators))
        known.append(op.upn);
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("RegisterSession", "Unknown operator %1. Operators in this register: %2.")
            .arg(wanted, known.join(u", "_s))};
}

std::function<Result<ActivityConnection>()> RegisterSession::activityOpener() const
{
    const QString path = m_database->path();
    return [path] { return SqlActivityRepository::openConnection(path); };
}

std::function<Result<std::unique_ptr<RegisterRepository>>()> RegisterSession::repositoryOpener() const
{
    const QString path = m_database->path();
    return [path]() -> Result<std::unique_ptr<RegisterRepository>> {
        auto database = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!database)
            return database.error();
        return std::unique_ptr<RegisterRepository>(
            std::make_unique<SqlRegisterRepository>(std::move(database).value()));
    };
}
