#include "reports/pdfreport.h"

#include "overview/overviewpainter.h"
#include "relationships/gdapdetails.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td class='k'>%1</td><td>%2</td></tr>"_s.arg(esc(label), valueHtml);
}

QString chartUrl(int index)
{
    return u"chart:%1"_s.arg(index);
}

} // namespace

namespace PdfReport {

QString html(const Report &report, const Options &options)
{
    const QLocale locale = report.locale();
    const auto date = [&locale](const QDateTime &utc) {
        return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const auto day = [&locale](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    const QString none = QCoreApplication::translate("PdfReport", "None");

    QString h;
    h += u"<html><head><style>"
         "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }"
         "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } h3 { font-size: 10pt; "
         "margin-top: 10px; }"
         "td { padding: 2px 6px 2px 0; vertical-align: top; } td.k { color: #444444; }"
         "th { text-align: left; background: #e8e8e8; padding: 3px; }"
         "table.grid td { border-bottom: 1px solid #cccccc; padding: 3px; }"
         ".high { color: #c62828; font-weight: bold; } .medium { color: #e65100; } .mono { font-family: "
         "'DejaVu Sans Mono', monospace; }"
         "</style></head><body>"_s;
    const QString title = report.review ? report.review->title
                                        : QCoreApplication::translate("PdfReport", "Partner access report");
    h += u"<h1>%1</h1>"_s.arg(esc(title));
    h += u"<table>"_s;
    h += row(QCoreApplication::translate("PdfReport", "Organisation"),
        esc(u"%1 (%2)"_s.arg(report.organisationName, report.organisationTenantId)));
    if (report.review) {
        h += row(QCoreApplication::translate("PdfReport", "Period"),
            esc(u"%1 – %2"_s.arg(day(report.review->periodStart), day(report.review->periodEnd))));
        h += row(QCoreApplication::translate("PdfReport", "Review"),
            esc(report.review->isSignedOff()
                    ? QCoreApplication::translate("PdfReport", "Signed off on %1 by %2")
                          .arg(date(report.review->signedOffUtc),
                              report.review->signedOffByName.isEmpty() ? report.review->signedOffByUpn
                                                                       : report.review->signedOffByName)
                    : QCoreApplication::translate(
                        "PdfReport", "Open: %1 of %2 partners decided; not signed off")
                          .arg(report.review->decided)
                          .arg(report.review->partners)));
        if (!report.review->signOffNote.isEmpty())
            h += row(
                QCoreApplication::translate("PdfReport", "Sign-off note"), esc(report.review->signOffNote));
    } else {
        h += row(QCoreApplication::translate("PdfReport", "Period"),
            esc(QCoreApplication::translate("PdfReport", "The register as of %1")
                    .arg(date(report.producedUtc))));
    }
    h += row(QCoreApplication::translate("PdfReport", "Produced"),
        esc(QCoreApplication::translate("PdfReport", "%1 by %2")
                .arg(date(report.producedUtc),
                    report.producedByName.isEmpty()
                        ? report.producedByUpn
                        : u"%1 (%2)"_s.arg(report.producedByName, report.producedByUpn))));
    h += row(QCoreApplication::translate("PdfReport", "Sign-in evidence"),
        esc(report.evidenceToMs > 0
                ? u"%1 – %2"_s.arg(day(QDateTime::fromMSecsSinceEpoch(report.evidenceFromMs, Qt::UTC).date()),
                    day(QDateTime::fromMSecsSinceEpoch(report.evidenceToMs, Qt::UTC).date()))
                : QCoreApplication::translate("PdfReport",
                    "No sign-in log imported: nothing is known about how partners use their roles.")));
    h += u"</table>"_s;
    h += u"<p>%1</p>"_s.arg(esc(QCoreApplication::translate("PdfReport",
        "PartnerDesk records decisions; it does not change the tenant. \"To do in Microsoft 365\" lists what "
        "was decided but is not yet known to be done in the admin center.")));

    // The overview, two charts to a row.
    h += u"<h2>%1</h2><table>"_s.arg(esc(QCoreApplication::translate("PdfReport", "Overview")));
    const auto charts = report.overview.charts();
    for (int i = 0; i < charts.size(); ++i) {
        if (i % 2 == 0)
            h += u"<tr>"_s;
        h += u"<td><img src='%1' width='300' height='159'></td>"_s.arg(chartUrl(i));
        if (i % 2 == 1 || i == charts.size() - 1)
            h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    const ReportSummary &s = report.summary;
    h += u"<h2>%1</h2><table>"_s.arg(esc(QCoreApplication::translate("PdfReport", "Summary")));
    h += row(QCoreApplication::translate("PdfReport", "Current partners"), locale.toString(s.partners));
    h += row(QCoreApplication::translate("PdfReport", "Risk high / medium / low / none"),
        u"%1 / %2 / %3 / %4"_s.arg(locale.toString(s.high), locale.toString(s.medium), locale.toString(s.low),
            locale.toString(s.none)));
    h += row(
        QCoreApplication::translate("PdfReport", "Holding privileged roles"), locale.toString(s.privileged));
    h += row(QCoreApplication::translate("PdfReport", "Agreement not accepted"),
        locale.toString(s.agreementsMissing));
    h += row(QCoreApplication::translate("PdfReport", "Review overdue"), locale.toString(s.reviewsOverdue));
    h += row(
        QCoreApplication::translate("PdfReport", "GDAP ending or ended"), locale.toString(s.gdapEndingSoon));
    h += row(QCoreApplication::translate("PdfReport", "Open to-dos in Microsoft 365"),
        locale.toString(s.openTodos));
    if (report.review)
        h += row(
            QCoreApplication::translate("PdfReport", "Decided in the review"), locale.toString(s.decided));
    h += u"</table>"_s;

    h += u"<table class='grid' width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"_s.arg(
        esc(QCoreApplication::translate("PdfReport", "Partner")),
        esc(QCoreApplication::translate("PdfReport", "Risk")),
        esc(QCoreApplication::translate("PdfReport", "Privileged roles")),
        esc(QCoreApplication::translate("PdfReport", "Agreement")));
    if (report.review)
        h += u"<th>%1</th>"_s.arg(esc(QCoreApplication::translate("PdfReport", "Decision")));
    h += u"</tr>"_s;
    for (const ReportPartner &p : report.partners) {
        QStringList privileged;
        for (qsizetype i = 0; i < p.roleNames.size(); ++i) {
            if (p.rolePrivileged.value(i))
                privileged.append(p.roleNames.at(i));
        }
        const QString riskClass = p.riskLevel == RiskAssessment::Level::High ? u"high"_s
            : p.riskLevel == RiskAssessment::Level::Medium                   ? u"medium"_s
                                                                             : QString();
        h += u"<tr><td>%1</td><td class='%2'>%3</td><td>%4</td><td>%5</td>"_s.arg(esc(p.name), riskClass,
            esc(p.riskLevel == RiskAssessment::Level::None ? none : RiskAssessment::levelName(p.riskLevel)),
            esc(privileged.isEmpty() ? none : privileged.join(u", "_s)),
            esc(p.agreementAcceptedUtc.isValid() ? date(p.agreementAcceptedUtc)
                                                 : QCoreApplication::translate("PdfReport", "Not accepted")));
        if (report.review)
            h += u"<td>%1</td>"_s.arg(esc(p.inReview ? reviewDecisionName(p.decision) : QString()));
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h2>%1</h2>"_s.arg(esc(QCoreApplication::translate("PdfReport", "Partners")));
    for (const ReportPartner &p : report.partners) {
        h += u"<h3>%1</h3><table>"_s.arg(esc(p.name));
        h += row(QCoreApplication::translate("PdfReport", "Tenant ID"),
            u"<span class='mono'>%1</span>"_s.arg(esc(p.tenantId)));
        h += row(QCoreApplication::translate("PdfReport", "Relationship type"), esc(p.typesText));
        QStringList roles;
        for (qsizetype i = 0; i < p.roleNames.size(); ++i) {
            roles.append(p.rolePrivileged.value(i) ? u"<b>%1</b> (%2)"_s.arg(esc(p.roleNames.at(i)),
                             esc(QCoreApplication::translate("PdfReport", "privileged")))
                                                   : esc(p.roleNames.at(i)));
        }
        h += row(QCoreApplication::translate("PdfReport", "Admin roles"),
            roles.isEmpty() ? esc(none) : roles.join(u", "_s));
        h += row(QCoreApplication::translate("PdfReport", "Agreement"),
            esc(p.agreementAcceptedUtc.isValid()
                    ? QCoreApplication::translate(
                        "PdfReport", "Microsoft Customer Agreement accepted on %1 by %2")
                          .arg(date(p.agreementAcceptedUtc), p.agreementAcceptedBy)
                    : QCoreApplication::translate("PdfReport", "Not accepted")));
        if (!p.gdapStatus.isEmpty()) {
            h += row(QCoreApplication::translate("PdfReport", "GDAP"),
                esc(u"%1, %2 – %3"_s.arg(
                    GdapDetails::statusDisplayName(p.gdapStatus), date(p.gdapStartUtc), date(p.gdapEndUtc))));
        }
        h += row(QCoreApplication::translate("PdfReport", "Last reviewed"),
            esc(p.lastReviewedUtc.isValid() ? date(p.lastReviewedUtc)
                                            : QCoreApplication::translate("PdfReport", "Never")));
        QString risk
            = esc(p.riskLevel == RiskAssessment::Level::None ? none : RiskAssessment::levelName(p.riskLevel));
        for (const QString &why : RiskAssessment::explanations(p.riskFlags))
            risk += u"<br>• "_s + esc(why);
        h += row(QCoreApplication::translate("PdfReport", "Risk"), risk);
        if (p.evidence) {
            const QString last = p.lastSignInUtc.isValid()
                ? date(p.lastSignInUtc)
                : QCoreApplication::translate("PdfReport", "none in the logs");
            h += row(QCoreApplication::translate("PdfReport", "Sign-ins"),
                esc(QCoreApplication::translate(
                    "PdfReport", "last %1; %2 in the last 30 days, %3 failed; countries: %4")
                        .arg(last, locale.toString(p.signIns30), locale.toString(p.failed30),
                            p.countries.isEmpty() ? none : p.countries.join(u", "_s))));
        }
        h += row(QCoreApplication::translate("PdfReport", "To do in Microsoft 365"),
            p.openTodos.isEmpty() ? esc(none) : esc(p.openTodos.join(u'\n')).replace(u'\n', u"<br>"_s));
        if (p.inReview) {
            QString decision = esc(reviewDecisionName(p.decision));
            if (p.decision != ReviewItem::Decision::None)
                decision += esc(u" — %1, %2"_s.arg(p.decidedBy, date(p.decidedUtc)));
            if (!p.decisionNote.isEmpty())
                decision += u"<br>"_s + esc(p.decisionNote).replace(u'\n', u"<br>"_s);
            h += row(QCoreApplication::translate("PdfReport", "Review decision"), decision);
        }
        h += u"</table>"_s;
    }

    // The verification block.
    const QString registerPath = options.registerPath.isEmpty() ? u"REGISTER"_s : options.registerPath;
    const QString jsonPath = options.jsonPath.isEmpty() ? u"REPORT.json"_s : options.jsonPath;
    h += u"<h2>%1</h2><table>"_s.arg(esc(QCoreApplication::translate("PdfReport", "Verification")));
    h += row(QCoreApplication::translate("PdfReport", "Audit events"), locale.toString(report.auditEvents));
    h += row(QCoreApplication::translate("PdfReport", "Newest event"),
        esc(QCoreApplication::translate("PdfReport", "number %1").arg(report.verification.sequence)));
    h += row(QCoreApplication::translate("PdfReport", "Its hash (SHA-256)"),
        u"<span class='mono'>%1</span>"_s.arg(esc(report.verification.hash)));
    h += row(QCoreApplication::translate("PdfReport", "Register"),
        u"<span class='mono'>%1</span>"_s.arg(esc(report.verification.registerId)));
    if (!options.jsonSha256.isEmpty()) {
        h += row(QCoreApplication::translate("PdfReport", "JSON export (SHA-256)"),
            u"<span class='mono'>%1</span><br>%2"_s.arg(
                esc(options.jsonSha256), esc(QDir::toNativeSeparators(options.jsonPath))));
    }
    h += u"</table>"_s;
    h += u"<p>%1</p><p class='mono'>%2</p>"_s.arg(
        esc(QCoreApplication::translate("PdfReport",
            "Check that the register's history still holds this report's newest event, unchanged:")),
        esc(u"partnerdesk-cli verify-audit --db %1 --receipt \"%2\""_s.arg(
            QDir::toNativeSeparators(registerPath), report.verification.toText())));
    h += u"<p>%1</p><p class='mono'>%2</p>"_s.arg(esc(QCoreApplication::translate("PdfReport",
                                                      "Check every figure of this report against the "
                                                      "register (with the JSON export of the same report):")),
        esc(Report::verifyCommand(jsonPath, registerPath)));
    h += u"</body></html>"_s;
    return h;
}

Status write(const Report &report, const QString &path, const Options &options)
{
    const auto cannotWrite = [&path](const QString &why) {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("PdfReport", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), why)};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.review ? report.review->title
                                      : QCoreApplication::translate("PdfReport", "Partner access report"));
        writer.setCreator(u"PartnerDesk"_s);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setDefaultFont(QFont(u"DejaVu Sans"_s, 9));
        const auto charts = report.overview.charts();
        for (int i = 0; i < charts.size(); ++i) {
            document.addResource(QTextDocument::ImageResource, QUrl(chartUrl(i)),
                OverviewPainter::render(*charts.at(i), QSize(400, 212), 3.0));
        }
        document.setHtml(html(report, options));
        document.print(&writer);
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return Done {};
}

} // namespace PdfReport
