#include "audit/receiptbook.h"

#include "database/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Status ReceiptBook::append(const QStringList &folders, const AuditReceipt &receipt)
{
    const QByteArray line = receipt.toText().toUtf8() + '\n';
    QStringList failed;
    int written = 0;
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        if (!Database::makePrivatePath(folder)) {
            failed.append(QDir::toNativeSeparators(folder));
            continue;
        }
        const QByteArray path = QFile::encodeName(QDir(folder).filePath(QString::fromUtf16(FileName)));
        // One write() of one short line with O_APPEND: lines written by processes at once never mix.
        const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            failed.append(QDir::toNativeSeparators(folder));
            continue;
        }
        const bool whole = ::write(fd, line.constData(), size_t(line.size())) == line.size();
        ::close(fd);
        if (whole)
            ++written;
        else
            failed.append(QDir::toNativeSeparators(folder));
    }
    if (!failed.isEmpty() && written == 0) {
        return Error {ErrorKind::Storage,
            QCoreApplication::translate("ReceiptBook", "The audit receipt could not be written to %1.")
                .arg(failed.join(u", "_s))};
    }
    return Done {};
}

ReceiptBook::Read ReceiptBook::read(const QStringList &folders)
{
    Read result;
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        QFile file(QDir(folder).filePath(QString::fromUtf16(FileName)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.files.append(file.fileName());
        const QByteArray content = file.read(kMaxFileBytes);
        for (const QByteArray &line : content.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            if (const auto receipt = AuditReceipt::parse(QString::fromUtf8(line.left(AuditReceipt::kMaxLineLength + 1))))
                result.receipts.append(*receipt);
            else
                ++result.unreadableLines;
        }
    }
    return result;
}
