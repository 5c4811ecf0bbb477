#pragma once
// ReportVerifier: checks a saved JSON report against the register. The report's verification block
// names the register and its newest audit event: the register must still hold that event unchanged.
// Then the report is built again as of the moment it was made (same language, same review) and
// compared partner by partner, so an auditor learns whether it still matches, or which partner
// changed since and in which fields.

#include "common/result.h"
#include "reports/reportbuilder.h"

#include <QByteArray>
#include <QStringList>

struct ReportCheck
{
    bool matches = false;
    QString reportTitle; // organisation and when the report was made, for the first line
    qint64 eventsSince = 0; // audit events written after the report
    QStringList differences; // translated, one line each: what changed since the report
};

class ReportVerifier
{
public:
    static constexpr qint64 kMaxReportBytes = 64 * 1024 * 1024;

    ReportVerifier(RegisterRepository &registerRepository, const ReportBuilder &builder);
    // Refused (BadInput) when the bytes are not a PartnerDesk JSON report; CheckFailed when the report
    // is of another register or its history was rewritten.
    Result<ReportCheck> verify(const QByteArray &json) const;

private:
    RegisterRepository &m_register;
    const ReportBuilder &m_builder;
};
