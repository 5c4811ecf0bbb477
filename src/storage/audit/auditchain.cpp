#include "audit/auditchain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <dlfcn.h>
#include <openssl/evp.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

Error storageError(const QSqlError &error)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("AuditChain", "The audit history could not be read or written: %1.")
            .arg(error.text())};
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, u'0');
}

QString AuditChain::selectColumns()
{
    return u"seq, at_utc, operator_upn, operator_name, action, partner_tenant_id, partner_name, "
           "before_json, after_json, prev_hash, hash"_s;
}

AuditEvent AuditChain::fromRow(const QSqlQuery &q)
{
    AuditEvent e;
    e.sequence = q.value(0).toLongLong();
    e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.operatorUpn = q.value(2).toString();
    e.operatorName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.partnerTenantId = q.value(5).toString();
    e.partnerName = q.value(6).toString();
    e.before = parseObject(q.value(7).toString());
    e.after = parseObject(q.value(8).toString());
    e.previousHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

Status AuditChain::append(QSqlDatabase db, QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return Done {};
    QSqlQuery q(db);
    if (!q.exec(u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s))
        return storageError(q.lastError());
    qint64 sequence = 0;
    QString previous = genesisHash();
    if (q.next()) {
        sequence = q.value(0).toLongLong();
        previous = q.value(1).toString();
    }
    q.finish();
    if (!q.prepare(u"INSERT INTO audit_events (seq, at_utc, operator_upn, operator_name, action, "
                   "partner_tenant_id, partner_name, before_json, after_json, prev_hash, hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return storageError(q.lastError());
    for (AuditEvent &e : events) {
        e.sequence = ++sequence;
        // Stored with millisecond precision, so hash what will be read back.
        e.atUtc = e.atUtc.toUTC();
        e.atUtc.setTime(QTime::fromMSecsSinceStartOfDay(e.atUtc.time().msecsSinceStartOfDay()));
        e.previousHash = previous;
        // Written once: the same bytes are stored and hashed.
        const QByteArray beforeJson = AuditEvent::compactJson(e.before);
        const QByteArray afterJson = AuditEvent::compactJson(e.after);
        e.hash = e.computeHash(beforeJson, afterJson);
        q.addBindValue(e.sequence);
        q.addBindValue(e.atUtc.toString(Qt::ISODateWithMs));
        q.addBindValue(text(e.operatorUpn));
        q.addBindValue(text(e.operatorName));
        q.addBindValue(text(e.action));
        q.addBindValue(text(e.partnerTenantId));
        q.addBindValue(text(e.partnerName));
        q.addBindValue(QString::fromUtf8(beforeJson));
        q.addBindValue(QString::fromUtf8(afterJson));
        q.addBindValue(e.previousHash);
        q.addBindValue(e.hash);
        if (!q.exec())
            return storageError(q.lastError());
        previous = e.hash;
    }
    return Done {};
}

namespace {

// The connection's own SQLite handle, for reading rows as the stored UTF-8 bytes (no QVariant, no
// UTF-16); null when the driver is not SQLite.
// Whether Qt's SQLite driver uses the very SQLite library linked here (Debian's plugin links the system
// libsqlite3): only then may its handle be used with these functions. A driver with its own copy of
// SQLite inside (other Qt builds) is read the field-by-field way instead.
bool driverSharesOurSqlite()
{
    static const bool same = [] {
        const QByteArray plugin = QFile::encodeName(
            QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/sqldrivers/libqsqlite.so"_s);
        void *library = ::dlopen(plugin.constData(), RTLD_LAZY | RTLD_NOLOAD);
        if (!library)
            return false;
        void *theirs = ::dlsym(library, "sqlite3_libversion");
        ::dlclose(library);
        return theirs == reinterpret_cast<void *>(&sqlite3_libversion);
    }();
    return same;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!driverSharesOurSqlite())
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QByteArrayView column(sqlite3_stmt *statement, int index)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, index)) : QByteArrayView("", 0);
}

struct DigestContext
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

// Lower-case hex SHA-256 of bytes, into hex (64 characters).
bool sha256Hex(EVP_MD_CTX *context, QByteArrayView bytes, char *hex)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestInit_ex(context, EVP_sha256(), nullptr) != 1
        || EVP_DigestUpdate(context, bytes.data(), size_t(bytes.size())) != 1
        || EVP_DigestFinal_ex(context, digest, &length) != 1 || length != 32)
        return false;
    static constexpr char digits[] = "0123456789abcdef";
    for (unsigned int i = 0; i < length; ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0x0f];
    }
    return true;
}

Error storageMessage(const char *message)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("AuditChain", "The audit history could not be read or written: %1.")
            .arg(QString::fromUtf8(message))};
}

} // namespace

Result<AuditChain::Verification> AuditChain::verify(QSqlDatabase db, const Progress &progress)
{
    auto total = count(db);
    if (!total)
        return total.error();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return verifyParsed(db, total.value(), progress);

    // Forward through the rows as SQLite holds them: the canonical content is rebuilt from the stored
    // bytes and hashed; only a row whose hash does not match is read the slow way, to be sure.
    sqlite3_stmt *raw = nullptr;
    const QByteArray sql = "SELECT " + selectColumns().toLatin1() + " FROM audit_events ORDER BY seq";
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return storageMessage(sqlite3_errmsg(handle));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const std::unique_ptr<EVP_MD_CTX, DigestContext> context(EVP_MD_CTX_new());
    if (!context)
        return storageMessage("no SHA-256");

    Verification result;
    QByteArray previous = genesisHash().toLatin1();
    QByteArray canonical;
    canonical.reserve(8192);
    char hex[64];
    qint64 expectedSequence = 1;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        AuditEvent::Stored stored;
        stored.sequence = sqlite3_column_int64(statement.get(), 0);
        stored.at = column(statement.get(), 1);
        stored.operatorUpn = column(statement.get(), 2);
        stored.operatorName = column(statement.get(), 3);
        stored.action = column(statement.get(), 4);
        stored.partnerTenantId = column(statement.get(), 5);
        stored.partnerName = column(statement.get(), 6);
        stored.beforeJson = column(statement.get(), 7);
        stored.afterJson = column(statement.get(), 8);
        stored.previousHash = column(statement.get(), 9);
        const QByteArrayView hash = column(statement.get(), 10);

        const char *problem = nullptr;
        if (stored.sequence != expectedSequence) {
            problem = QT_TRANSLATE_NOOP("AuditChain", "events before it are missing");
        } else if (stored.previousHash != QByteArrayView(previous)) {
            problem = QT_TRANSLATE_NOOP("AuditChain", "its link to the previous event is broken");
        } else {
            canonical.clear();
            AuditEvent::appendCanonicalContent(canonical, stored);
            if (!sha256Hex(context.get(), canonical, hex))
                return storageMessage("SHA-256 failed");
            if (hash != QByteArrayView(hex, 64) && !matchesWhenParsed(db, stored.sequence))
                problem = QT_TRANSLATE_NOOP("AuditChain", "its content was altered");
        }
        if (problem) {
            result.firstBadSequence = stored.sequence;
            result.problem = QCoreApplication::translate("AuditChain", problem);
            return result;
        }
        if (hash.size() == previous.size())
            std::memcpy(previous.data(), hash.data(), size_t(hash.size())); // no allocation per event
        else
            previous = hash.toByteArray();
        ++expectedSequence;
        ++result.checked;
        if (progress && (result.checked % 4096) == 0 && !progress(result.checked, total.value()))
            return Error {ErrorKind::CheckFailed,
                QCoreApplication::translate("AuditChain", "Verification was cancelled.")};
    }
    if (step != SQLITE_DONE)
        return storageMessage(sqlite3_errmsg(handle));
    if (progress)
        progress(result.checked, total.value());
    return result;
}

bool AuditChain::readsStoredBytes(QSqlDatabase db)
{
    return sqliteHandle(db) != nullptr;
}

bool AuditChain::matchesWhenParsed(QSqlDatabase db, qint64 sequence)
{
    // A register written by an early version may hold the same content in other bytes (before and
    // after re-serialised, say): the event as read back decides.
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + selectColumns() + u" FROM audit_events WHERE seq = ?"_s);
    q.addBindValue(sequence);
    if (!q.exec() || !q.next())
        return false;
    const AuditEvent e = fromRow(q);
    return e.computeHash() == e.hash;
}

Result<AuditChain::Verification> AuditChain::verifyParsed(
    QSqlDatabase db, qint64 total, const Progress &progress)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + selectColumns() + u" FROM audit_events ORDER BY seq"_s))
        return storageError(q.lastError());

    Verification result;
    QString previous = genesisHash();
    qint64 expectedSequence = 1;
    while (q.next()) {
        const AuditEvent e = fromRow(q);
        const char *problem = nullptr;
        if (e.sequence != expectedSequence)
            problem = QT_TRANSLATE_NOOP("AuditChain", "events before it are missing");
        else if (e.previousHash != previous)
            problem = QT_TRANSLATE_NOOP("AuditChain", "its link to the previous event is broken");
        else if (e.computeHash() != e.hash)
            problem = QT_TRANSLATE_NOOP("AuditChain", "its content was altered");
        if (problem) {
            result.firstBadSequence = e.sequence;
            result.problem = QCoreApplication::translate("AuditChain", problem);
            return result;
        }
        previous = e.hash;
        ++expectedSequence;
        ++result.checked;
        if (progress && (result.checked % 4096) == 0 && !progress(result.checked, total))
            return Error {ErrorKind::CheckFailed,
                QCoreApplication::translate("AuditChain", "Verification was cancelled.")};
    }
    if (q.lastError().isValid())
        return storageError(q.lastError());
    if (progress)
        progress(result.checked, total);
    return result;
}

Result<QString> AuditChain::registerId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT tenant_id, created_utc FROM organisation WHERE id = 1"_s))
        return storageError(q.lastError());
    if (!q.next())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "AuditChain", "The register has no organisation recorded; it is incomplete.")};
    return QString(q.value(0).toString().toLower() + u"/"_s + q.value(1).toString());
}

Result<AuditReceipt> AuditChain::receipt(QSqlDatabase db, const QDateTime &nowUtc)
{
    auto id = registerId(db);
    if (!id)
        return id.error();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s))
        return storageError(q.lastError());
    AuditReceipt receipt;
    receipt.registerId = id.value();
    receipt.atUtc = nowUtc.toUTC();
    receipt.atUtc.setTime(
        QTime(receipt.atUtc.time().hour(), receipt.atUtc.time().minute(), receipt.atUtc.time().second()));
    if (q.next()) {
        receipt.sequence = q.value(0).toLongLong();
        receipt.hash = q.value(1).toString();
    }
    return receipt;
}

Result<ReceiptFinding> AuditChain::check(QSqlDatabase db, const AuditReceipt &receipt)
{
    ReceiptFinding finding;
    finding.receipt = receipt;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT coalesce(max(seq), 0) FROM audit_events"_s) || !q.next())
        return storageError(q.lastError());
    finding.newestSequence = q.value(0).toLongLong();
    q.finish();
    if (receipt.sequence > finding.newestSequence) {
        finding.kind = ReceiptFinding::Kind::EventsMissing;
        return finding;
    }
    q.prepare(u"SELECT hash FROM audit_events WHERE seq = ?"_s);
    q.addBindValue(receipt.sequence);
    if (!q.exec())
        return storageError(q.lastError());
    // A gap where the receipt's event was is a rewrite too: the chain no longer holds it.
    const bool same = q.next() && q.value(0).toString() == receipt.hash;
    finding.kind = same ? ReceiptFinding::Kind::Matches : ReceiptFinding::Kind::Rewritten;
    return finding;
}

Result<qint64> AuditChain::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM audit_events"_s) || !q.next())
        return storageError(q.lastError());
    return q.value(0).toLongLong();
}

Result<QString> AuditChain::newestHash(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s))
        return storageError(q.lastError());
    return q.next() ? q.value(0).toString() : genesisHash();
}
