#pragma once
// AuditChain: appends audit events to the hash chain and verifies it. Each stored event carries the
// SHA-256 of its own canonical content and of the previous event's hash, so an edit anywhere breaks
// the chain from that event on and the verifier can name it.

#include "audit/auditevent.h"
#include "audit/auditfilter.h"
#include "audit/auditreceipt.h"
#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

class QSqlQuery;

class AuditChain
{
public:
    static QString genesisHash(); // previous hash of the first event: 64 zeros

    // Assigns sequence numbers and hashes and inserts the events, inside the caller's transaction.
    static Status append(QSqlDatabase db, QList<AuditEvent> &events);

    using Verification = AuditVerification;
    // progress(done, total) is called now and then; returning false cancels (an error is returned).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<Verification> verify(QSqlDatabase db, const Progress &progress = {});

    static Result<qint64> count(QSqlDatabase db);
    // Which register this is, for receipts: its organisation's tenant ID and when it was created.
    static Result<QString> registerId(QSqlDatabase db);
    // The receipt of the register as it is now (its newest event), written at nowUtc.
    static Result<AuditReceipt> receipt(QSqlDatabase db, const QDateTime &nowUtc);
    // Whether the register still holds the receipt's event unchanged. The receipt must be this
    // register's (see registerId).
    static Result<ReceiptFinding> check(QSqlDatabase db, const AuditReceipt &receipt);
    static Result<QString> newestHash(QSqlDatabase db); // genesisHash() when empty

    static QString selectColumns(); // the columns fromRow() reads, in order
    static AuditEvent fromRow(const QSqlQuery &query);

    // Whether verify() can read this connection's stored bytes directly (Qt's SQLite driver shares the
    // SQLite library linked here); otherwise it reads events back field by field.
    static bool readsStoredBytes(QSqlDatabase db);
    // Reading each event back field by field, as any driver can: what verify() does when the
    // connection is not the SQLite it can read directly.
    static Result<Verification> verifyParsed(QSqlDatabase db, qint64 total, const Progress &progress = {});

private:
    static bool matchesWhenParsed(QSqlDatabase db, qint64 sequence);
};
