#include "audit/auditchain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

Result<AuditChain::Verification> AuditChain::verify(QSqlDatabase db, const Progress &progress)
{
    auto total = count(db);
    if (!total)
        return total.error();
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
        if (progress && (result.checked % 4096) == 0 && !progress(result.checked, total.value()))
            return Error {ErrorKind::CheckFailed,
                QCoreApplication::translate("AuditChain", "Verification was cancelled.")};
    }
    if (q.lastError().isValid())
        return storageError(q.lastError());
    if (progress)
        progress(result.checked, total.value());
    return result;
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
