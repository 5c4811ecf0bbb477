#pragma once
// AuditReceipt: a checkpoint of a register's audit history kept outside the register — which
// register, its newest event's sequence and hash, and when. A register behind a receipt lost events;
// one whose hash at the receipt's sequence differs had its history rewritten. As one line of text it
// can be pasted into an email or a ticket and checked later.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct AuditReceipt
{
    QString registerId; // "<organisation tenant ID>/<register created, ISO 8601 UTC>"
    qint64 sequence = 0; // the newest event's
    QString hash; // hex SHA-256 of that event
    QDateTime atUtc; // when the receipt was written

    // "PartnerDesk receipt v1 register=… seq=… hash=… at=…"
    QString toText() const;
    // A line as toText() writes it (surrounding text and spaces allowed); nullopt when it is not one.
    static std::optional<AuditReceipt> parse(QStringView line);
    static constexpr qsizetype kMaxLineLength = 400;

    friend bool operator==(const AuditReceipt &, const AuditReceipt &) = default;
};

// What comparing a register with a receipt found.
struct ReceiptFinding
{
    enum class Kind {
        Matches, // the register holds the receipt's event, unchanged
        EventsMissing, // the register ends before the receipt's event
        Rewritten, // the event at the receipt's sequence has another hash
    };
    Kind kind = Kind::Matches;
    AuditReceipt receipt;
    qint64 newestSequence = 0; // the register's
    QString text() const; // translated, one sentence
};

// What comparing a register with every receipt found.
struct ReceiptCheck
{
    QStringList folders; // where receipts were looked for
    int matched = 0; // receipts of this register it still holds unchanged
    int otherRegisters = 0; // receipts of other registers, ignored
    int unreadableLines = 0; // lines in the receipt files that are not receipts
    AuditReceipt newestMatched; // the matching receipt that knew the most events
    std::optional<ReceiptFinding>
        missing; // of the receipts the register is behind, the one that knew the most
    std::optional<ReceiptFinding> rewritten; // of the receipts whose event differs, the earliest

    bool failed() const { return missing.has_value() || rewritten.has_value(); }
    // Translated: what went wrong (both when both), or how many receipts match, or that none was found.
    QString summary() const;
};
