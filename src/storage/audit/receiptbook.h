#pragma once
// ReceiptBook: where audit receipts are kept outside the register — a receipts.txt in each folder
// given (the user's data folder, and optionally one the admin chose: a share, a USB stick), one line
// appended per receipt. Appends from several processes at once stay whole lines.

#include "audit/auditreceipt.h"
#include "common/result.h"

#include <QList>
#include <QStringList>

namespace ReceiptBook {
inline constexpr char16_t FileName[] = u"receipts.txt";
inline constexpr qint64 kMaxFileBytes = qint64(16) << 20; // read at most this much of a file

// Appends the receipt to receipts.txt in every folder (created 0700, the file 0600). Fails when
// it could be written to none of them; the message names the folders that failed.
Status append(const QStringList &folders, const AuditReceipt &receipt);

struct Read
{
    QList<AuditReceipt> receipts; // in file order, folder by folder
    int unreadableLines = 0; // lines that are not receipts
    QStringList files; // the files that were read
};
Read read(const QStringList &folders);
} // namespace ReceiptBook
