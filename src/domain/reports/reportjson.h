#pragma once
// ReportJson: a Report as machine-readable JSON with stable field names (keys, not translated
// texts), carrying the same verification block as the PDF.

#include "reports/report.h"

#include <QByteArray>
#include <QJsonObject>

namespace ReportJson {
inline constexpr char16_t FormatName[] = u"partnerdesk-report";
QByteArray write(const Report &report); // indented UTF-8
QJsonObject toJson(const Report &report);
QJsonObject partnerJson(const ReportPartner &partner);
QJsonObject reviewJson(const Review &review);
QJsonObject summaryJson(const ReportSummary &summary);
QString isoOrNull(const QDateTime &utc); // ISO 8601 UTC with milliseconds; empty when invalid
} // namespace ReportJson
