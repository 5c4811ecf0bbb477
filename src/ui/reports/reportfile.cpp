#include "reports/reportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

Status ReportFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto cannot = [&]() {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("PdfReport", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannot();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannot();
    return Done {};
}
