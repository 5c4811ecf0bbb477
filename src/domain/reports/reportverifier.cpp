#include "reports/reportverifier.h"

#include "common/ports.h"
#include "reports/reportjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

Error notAReport(const QString &why)
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("ReportVerifier", "This is not a PartnerDesk JSON report: %1").arg(why)};
}

// The fields of two partner entries that differ, in the entry's order.
QStringList changedFields(const QJsonObject &was, const QJsonObject &now)
{
    QStringList fields;
    QStringList keys = was.keys();
    for (const QString &k : now.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        if (was.value(k) != now.value(k))
            fields.append(k);
    }
    return fields;
}

// A name read from the file, as one line of bounded length (it is printed to a terminal).
QString oneLine(const QString &text)
{
    QString line = text.left(200);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text.size() > 200 ? line + u'…' : line;
}

constexpr int kMaxDifferences = 50;

} // namespace

ReportVerifier::ReportVerifier(RegisterRepository &registerRepository, const ReportBuilder &builder)
    : m_register(registerRepository)
    , m_builder(builder)
{ }

Result<ReportCheck> ReportVerifier::verify(const QByteArray &json) const
{
    if (json.size() > kMaxReportBytes) {
        return notAReport(QCoreApplication::translate("ReportVerifier", "it is larger than %1 MiB.")
                              .arg(kMaxReportBytes / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return notAReport(QCoreApplication::translate("ReportVerifier", "%1 at byte %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    const QJsonObject given = document.object();
    if (!document.isObject() || given.value("format"_L1).toString() != QStringView(ReportJson::FormatName))
        return notAReport(QCoreApplication::translate("ReportVerifier", "its \"format\" is not \"%1\".")
                              .arg(QString::fromUtf16(ReportJson::FormatName)));
    if (given.value("formatVersion"_L1).toInt() != Report::kFormatVersion) {
        return notAReport(
            QCoreApplication::translate("ReportVerifier", "format version %1 is not one this version reads.")
                .arg(given.value("formatVersion"_L1).toVariant().toString()));
    }
    const QDateTime produced
        = QDateTime::fromString(given.value("produced"_L1).toString(), Qt::ISODateWithMs).toUTC();
    const QJsonObject verification = given.value("verification"_L1).toObject();
    AuditReceipt receipt;
    receipt.registerId = verification.value("registerId"_L1).toString();
    receipt.sequence = verification.value("sequence"_L1).toInteger(-1);
    receipt.hash = verification.value("hash"_L1).toString();
    receipt.atUtc = produced;
    const QString language = given.value("language"_L1).toString();
    if (!produced.isValid() || receipt.registerId.isEmpty() || receipt.sequence < 0
        || receipt.hash.size() != 64 || (language != "en"_L1 && language != "nl"_L1))
        return notAReport(QCoreApplication::translate(
            "ReportVerifier", "its language, time of production or verification block is missing."));

    ReportCheck check;
    check.reportTitle
        = QCoreApplication::translate("ReportVerifier", "Report of %1, made on %2")
              .arg(oneLine(given.value("organisation"_L1).toObject().value("name"_L1).toString()),
                  QLocale().toString(produced.toLocalTime(), QLocale::ShortFormat));

    // The register must be the report's and still hold its newest event unchanged.
    auto receipts = m_register.checkReceipts({}, {receipt});
    if (!receipts)
        return receipts.error();
    if (receipts->otherRegisters > 0) {
        return Error {ErrorKind::CheckFailed,
            QCoreApplication::translate(
                "ReportVerifier", "This report was made from another register (%1), not from this one.")
                .arg(receipt.registerId)};
    }
    if (receipts->failed())
        return Error {ErrorKind::CheckFailed, receipts->summary()};
    // Its history as a whole must be intact too, not only the event the report names.
    auto chain = m_register.verifyAudit({});
    if (!chain)
        return chain.error();
    if (!chain->intact())
        return Error {ErrorKind::CheckFailed, chain->problem};
    auto count = m_register.auditEventCount();
    if (!count)
        return count.error();
    // Events are numbered from 1 without gaps (the chain just checked): those after the report's.
    check.eventsSince = std::max<qint64>(0, count.value() - receipt.sequence);

    ReportBuilder::Request request;
    request.language = language;
    request.asOfUtc = produced;
    const QJsonObject producedBy = given.value("producedBy"_L1).toObject();
    request.producedByUpn = producedBy.value("upn"_L1).toString();
    request.producedByName = producedBy.value("name"_L1).toString();
    const QJsonValue review = given.value("review"_L1);
    request.reviewId = review.isObject() ? review.toObject().value("id"_L1).toInteger(-1) : -1;
    if (request.reviewId == 0)
        request.reviewId = -1;
    auto rebuilt = m_builder.build(request);
    if (!rebuilt)
        return rebuilt.error();
    const QJsonObject now = ReportJson::toJson(rebuilt.value());

    // Partner by partner, keyed by tenant ID.
    QHash<QString, QJsonObject> was;
    QStringList order;
    for (const QJsonValue &v : given.value("partners"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        const QString id = p.value("tenantId"_L1).toString().toLower();
        if (was.contains(id)) {
            return notAReport(
                QCoreApplication::translate("ReportVerifier", "it lists the partner %1 more than once.")
                    .arg(oneLine(id)));
        }
        was.insert(id, p);
        order.append(id);
    }
    QSet<QString> seen;
    for (const QJsonValue &v : now.value("partners"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        const QString id = p.value("tenantId"_L1).toString().toLower();
        seen.insert(id);
        const QString name = oneLine(p.value("name"_L1).toString());
        if (!was.contains(id)) {
            check.differences.append(QCoreApplication::translate(
                "ReportVerifier", "%1 (%2) is in the register but not in the report.")
                                         .arg(name, id));
            continue;
        }
        const QStringList fields = changedFields(was.value(id), p);
        if (!fields.isEmpty()) {
            check.differences.append(
                QCoreApplication::translate("ReportVerifier", "%1 (%2) changed since: %3.")
                    .arg(name, id, fields.join(u", "_s)));
        }
    }
    for (const QString &id : std::as_const(order)) {
        if (!seen.contains(id)) {
            check.differences.append(
                QCoreApplication::translate(
                    "ReportVerifier", "%1 (%2) is in the report but no longer in the register.")
                    .arg(oneLine(was.value(id).value("name"_L1).toString()), oneLine(id)));
        }
    }
    for (const auto &[key, label] :
        {std::pair {"review"_L1, QT_TRANSLATE_NOOP("ReportVerifier", "The review changed since: %1.")},
            std::pair {"summary"_L1, QT_TRANSLATE_NOOP("ReportVerifier", "The summary figures differ: %1.")},
            std::pair {
                "organisation"_L1, QT_TRANSLATE_NOOP("ReportVerifier", "The organisation differs: %1.")},
            std::pair {"evidence"_L1,
                QT_TRANSLATE_NOOP("ReportVerifier", "The activity evidence changed since: %1.")}}) {
        const QJsonValue a = given.value(key), b = now.value(key);
        if (a == b)
            continue;
        const QStringList fields = (a.isObject() && b.isObject()) ? changedFields(a.toObject(), b.toObject())
                                                                  : QStringList {QString(key)};
        check.differences.append(
            QCoreApplication::translate("ReportVerifier", label).arg(fields.join(u", "_s)));
    }
    check.matches = check.differences.isEmpty();
    if (check.differences.size() > kMaxDifferences) {
        const qsizetype more = check.differences.size() - kMaxDifferences;
        check.differences.resize(kMaxDifferences);
        check.differences.append(
            QCoreApplication::translate("ReportVerifier", "… and %1 more.").arg(QLocale().toString(more)));
    }
    return check;
}
