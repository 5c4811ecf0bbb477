#include "audit/receiptbook.h"

#include "database/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
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
        // Not through a link someone planted, only into a regular file of ours, kept 0600.
        const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            failed.append(QDir::toNativeSeparators(folder));
            continue;
        }
        struct stat status
        {
        };
        const bool ours
            = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_uid == ::geteuid();
        if (ours && (status.st_mode & 0777) != 0600)
            (void)::fchmod(fd, 0600);
        const bool whole = ours && ::write(fd, line.constData(), size_t(line.size())) == line.size();
        ::close(fd);
        if (whole)
            ++written;
        else
            failed.append(QDir::toNativeSeparators(folder));
    }
    if (!failed.isEmpty() && written > 0) {
        qWarning("%s",
            qPrintable(
                QCoreApplication::translate("ReceiptBook", "The audit receipt could not be written to %1.")
                    .arg(failed.join(u", "_s))));
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
        const QString name = QDir(folder).filePath(QString::fromUtf16(FileName));
        // A regular file only (a FIFO planted in a share would hang the verifier), read without
        // following a link.
        const int fd
            = ::open(QFile::encodeName(name).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat status
        {
        };
        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(fd);
            continue;
        }
        QFile file;
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            continue;
        }
        result.files.append(name);
        // Receipts are appended: the newest are at the end, so a very long file is read from there.
        const qint64 size = status.st_size;
        const bool tail = size > kMaxFileBytes;
        if (tail && !file.seek(size - kMaxFileBytes))
            continue;
        QByteArray content = file.read(kMaxFileBytes);
        if (tail) {
            const qsizetype firstLine = content.indexOf('\n');
            content = firstLine < 0 ? QByteArray() : content.mid(firstLine + 1); // skip the cut line
        }
        for (const QByteArray &line : content.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            if (const auto receipt
                = AuditReceipt::parse(QString::fromUtf8(line.left(AuditReceipt::kMaxLineLength + 1))))
                result.receipts.append(*receipt);
            else
                ++result.unreadableLines;
        }
    }
    return result;
}
