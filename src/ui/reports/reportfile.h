#pragma once
// ReportFile: writes a report's bytes the way every report is written — through a temporary file in
// the same folder, renamed into place when whole (a failure leaves nothing), readable by its owner
// only (0600).

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace ReportFile {
Status write(const QString &path, const QByteArray &bytes);
}
