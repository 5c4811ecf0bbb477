#include "reports/reportcsv.h"

#include "common/csv.h"
#include "relationships/gdapdetails.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

QByteArray ReportCsv::write(const Report &report, QChar delimiter)
{
    const QLocale locale = report.locale();
    const auto date = [&locale](const QDateTime &utc) {
        return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const QStringList header {QCoreApplication::translate("ReportCsv", "Partner"),
        QCoreApplication::translate("ReportCsv", "Tenant ID"),
        QCoreApplication::translate("ReportCsv", "Relationship type"),
        QCoreApplication::translate("ReportCsv", "Admin roles"),
        QCoreApplication::translate("ReportCsv", "Privileged roles"),
        QCoreApplication::translate("ReportCsv", "Agreement accepted"),
        QCoreApplication::translate("ReportCsv", "Agreement accepted by"),
        QCoreApplication::translate("ReportCsv", "GDAP status"),
        QCoreApplication::translate("ReportCsv", "GDAP ends"),
        QCoreApplication::translate("ReportCsv", "Last reviewed"),
        QCoreApplication::translate("ReportCsv", "Risk"), QCoreApplication::translate("ReportCsv", "Why"),
        QCoreApplication::translate("ReportCsv", "Last sign-in"),
        QCoreApplication::translate("ReportCsv", "Sign-ins (30 days)"),
        QCoreApplication::translate("ReportCsv", "Failed sign-ins (30 days)"),
        QCoreApplication::translate("ReportCsv", "Countries"),
        QCoreApplication::translate("ReportCsv", "To do in Microsoft 365"),
        QCoreApplication::translate("ReportCsv", "Review decision"),
        QCoreApplication::translate("ReportCsv", "Note"),
        QCoreApplication::translate("ReportCsv", "Decided by"),
        QCoreApplication::translate("ReportCsv", "Decided")};
    QString text = Csv::row(header, delimiter);
    for (const ReportPartner &p : report.partners) {
        QStringList privileged;
        for (qsizetype i = 0; i < p.roleNames.size(); ++i) {
            if (p.rolePrivileged.value(i))
                privileged.append(p.roleNames.at(i));
        }
        const QString none = QCoreApplication::translate("ReportCsv", "None");
        const auto number = [&](int n) { return p.evidence ? locale.toString(n) : QString(); };
        text += Csv::row(
            {p.name, p.tenantId, p.typesText, p.roleNames.isEmpty() ? none : p.roleNames.join(u", "_s),
                privileged.join(u", "_s), date(p.agreementAcceptedUtc), p.agreementAcceptedBy,
                p.gdapStatus.isEmpty() ? QString() : GdapDetails::statusDisplayName(p.gdapStatus),
                date(p.gdapEndUtc), date(p.lastReviewedUtc),
                p.riskLevel == RiskAssessment::Level::None ? none : RiskAssessment::levelName(p.riskLevel),
                RiskAssessment::explanations(p.riskFlags).join(u' '),
                p.evidence ? (p.lastSignInUtc.isValid()
                        ? date(p.lastSignInUtc)
                        : QCoreApplication::translate("ReportCsv", "None in the logs"))
                           : QString(),
                number(p.signIns30), number(p.failed30), p.countries.join(u", "_s), p.openTodos.join(u' '),
                p.inReview ? reviewDecisionName(p.decision) : QString(), p.decisionNote, p.decidedBy,
                date(p.decidedUtc)},
            delimiter);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
