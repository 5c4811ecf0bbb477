#include "audit/auditreceipt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString AuditReceipt::toText() const
{
    return u"PartnerDesk receipt v1 register=%1 seq=%2 hash=%3 at=%4"_s.arg(registerId)
        .arg(sequence)
        .arg(hash, atUtc.toUTC().toString(Qt::ISODate));
}

std::optional<AuditReceipt> AuditReceipt::parse(QStringView line)
{
    if (line.size() > kMaxLineLength)
        return std::nullopt;
    static const QRegularExpression pattern(
        u"PartnerDesk receipt v1 register=([0-9a-f-]{36}/[0-9T:.Z-]{20,24}) seq=([0-9]{1,18}) "
        "hash=([0-9a-f]{64}) at=([0-9T:Z-]{20})"_s);
    const QRegularExpressionMatch m = pattern.match(line.toString());
    if (!m.hasMatch())
        return std::nullopt;
    AuditReceipt receipt;
    receipt.registerId = m.captured(1);
    receipt.sequence = m.captured(2).toLongLong();
    receipt.hash = m.captured(3);
    receipt.atUtc = QDateTime::fromString(m.captured(4), Qt::ISODate);
    if (receipt.sequence < 1 || !receipt.atUtc.isValid())
        return std::nullopt;
    return receipt;
}

QString ReceiptFinding::text() const
{
    const QString when = QLocale().toString(receipt.atUtc.toLocalTime(), QLocale::ShortFormat);
    switch (kind) {
    case Kind::Matches:
        return QCoreApplication::translate("AuditReceipt", "Matches the receipt of %1 (event %2).")
            .arg(when)
            .arg(receipt.sequence);
    case Kind::EventsMissing:
        if (receipt.sequence == newestSequence + 1) {
            return QCoreApplication::translate(
                "AuditReceipt", "Event %1 is missing: the receipt of %2 knew it.")
                .arg(QLocale().toString(receipt.sequence), when);
        }
        return QCoreApplication::translate(
            "AuditReceipt", "Events %1–%2 are missing: the receipt of %3 knew them.")
            .arg(QLocale().toString(newestSequence + 1), QLocale().toString(receipt.sequence), when);
    case Kind::Rewritten:
        return QCoreApplication::translate(
            "AuditReceipt", "The history was rewritten: event %1 is not the one the receipt of %2 recorded.")
            .arg(QLocale().toString(receipt.sequence), when);
    }
    return {};
}

QString ReceiptCheck::summary() const
{
    if (failed()) {
        QStringList problems;
        if (rewritten)
            problems.append(rewritten->text());
        if (missing)
            problems.append(missing->text());
        return problems.join(u' ');
    }
    if (matched == 0) {
        return QCoreApplication::translate("AuditReceipt",
            "No receipt of this register was found (looked in %1): PartnerDesk cannot tell whether its "
            "newest "
            "events were removed.")
            .arg(folders.join(u", "_s));
    }
    return QCoreApplication::translate("AuditReceipt",
        "Receipts that match: %n; the newest, of %1, knew the events up to %2.", nullptr, matched)
        .arg(QLocale().toString(newestMatched.atUtc.toLocalTime(), QLocale::ShortFormat),
            QLocale().toString(newestMatched.sequence));
}
