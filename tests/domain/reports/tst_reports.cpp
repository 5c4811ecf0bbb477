// Reports: the content gathered from register, evidence and review; CSV that a spreadsheet reads
// back as the same text (quoting, formulas neutralised, delimiter, BOM); JSON with stable fields and
// a verification block; verify-report on an unchanged register, a changed one, another register, a
// rewritten history and files that are not reports.

#include "audit/auditchain.h"
#include "database/database.h"
#include "register/sqlregisterrepository.h"
#include "relationships/relationshipservice.h"
#include "reports/reportbuilder.h"
#include "reports/reportcsv.h"
#include "reports/reportjson.h"
#include "reports/reportverifier.h"
#include "review/reviewservice.h"
#include "review/sqlreviewrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

// RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, line breaks inside quotes.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportHoldsEveryCurrentPartner();
    void reportCarriesTheReviewDecisions();
    void anEndedRelationshipIsNotInTheReport();
    void csvRoundTripsHostileNames_data();
    void csvRoundTripsHostileNames();
    void csvHasBomHeaderAndDelimiter();
    void jsonHasStableFieldsAndVerification();
    void verifyMatchesAnUnchangedRegister();
    void verifyNamesThePartnerThatChanged();
    void verifyReadsTheRulesAsOfTheReport();
    void verifyRefusesAPartnerListedTwice();
    void verifyRefusesAnotherRegister();
    void verifyFindsARewrittenHistory();
    void verifyFindsAnEventChangedInTheMiddle();
    void verifyFindsARegisterRestoredFromAnOlderCopy();
    void verifyRefusesWhatIsNotAReport_data();
    void verifyRefusesWhatIsNotAReport();

private:
    Operator global() const { return m_fixture->repository->operators().value().at(0); }
    Report build(const QString &language = u"en"_s, qint64 reviewId = 0) const;
    void setName(const QString &tenantId, const QString &name) const;

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlReviewRepository> m_reviews;
    std::unique_ptr<ReportBuilder> m_builder;
};

void TestReports::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_reviews
        = std::make_unique<SqlReviewRepository>(*m_fixture->database, m_fixture->repository->notifier());
    m_builder = std::make_unique<ReportBuilder>(*m_fixture->repository, nullptr, m_reviews.get());
}

void TestReports::cleanup()
{
    m_builder.reset();
    m_reviews.reset();
    m_fixture.reset();
}

Report TestReports::build(const QString &language, qint64 reviewId) const
{
    ReportBuilder::Request request;
    request.language = language;
    request.asOfUtc = fixedNow();
    request.producedByUpn = global().upn;
    request.producedByName = global().displayName;
    request.reviewId = reviewId;
    auto report = m_builder->build(request);
    if (!report)
        qWarning() << report.error().message;
    return report ? report.value() : Report {};
}

void TestReports::setName(const QString &tenantId, const QString &name) const
{
    QSqlQuery q(m_fixture->database->connection());
    q.prepare(u"UPDATE partners SET name = ? WHERE tenant_id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(tenantId);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestReports::reportHoldsEveryCurrentPartner()
{
    const Report report = build();
    const qint64 current = m_fixture->scalar(u"SELECT count(*) FROM relationships WHERE state <> 'ended'"_s);
    QCOMPARE(report.partners.size(), current);
    QCOMPARE(report.summary.partners, int(current));
    QCOMPARE(report.organisationTenantId, u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s);
    QCOMPARE(report.producedUtc, fixedNow());
    QVERIFY(!report.review.has_value());
    QCOMPARE(report.summary.high + report.summary.medium + report.summary.low + report.summary.none,
        report.summary.partners);
    const auto contoso = std::find_if(report.partners.cbegin(), report.partners.cend(),
        [](const ReportPartner &p) { return p.tenantId == contosoTenant; });
    QVERIFY(contoso != report.partners.cend());
    QVERIFY(contoso->hasPrivilegedRole());
    QVERIFY(contoso->roleNames.contains(u"Global Administrator"_s));
    QVERIFY(contoso->riskFlags & RiskAssessment::PrivilegedRole);
    // The overview's charts come with it, counting the same partners.
    QCOMPARE(report.overview.partners, report.summary.partners);
    QCOMPARE(report.overview.riskLevels.total(), report.summary.partners);
    QCOMPARE(report.overview.riskLevels.bars.at(0).count, report.summary.high);
    // An unknown role reads as one.
    const auto olfabriek = std::find_if(report.partners.cbegin(), report.partners.cend(),
        [](const ReportPartner &p) { return p.name.startsWith(u"Ölfabriek"_s); });
    QVERIFY(olfabriek != report.partners.cend());
    QCOMPARE(olfabriek->roleNames, QStringList {u"Unknown role (ID 11111111-2222-4333-8444-555555555555)"_s});
}

void TestReports::reportCarriesTheReviewDecisions()
{
    ReviewService reviews(*m_fixture->repository, *m_reviews, m_fixture->clock);
    const auto review = reviews.start(global(), ReviewService::defaultStart(fixedNow().date()));
    QVERIFY(review.ok());
    const auto items = m_reviews->items(review->id).value();
    const auto fabrikam = std::find_if(items.cbegin(), items.cend(),
        [](const ReviewItem &i) { return i.partnerTenantId == fabrikamTenant; });
    QVERIFY(
        reviews.decide(global(), fabrikam->id, {ReviewItem::Decision::Keep, u"Licences only."_s, {}}).ok());

    const Report report = build();
    QVERIFY(report.review.has_value());
    QCOMPARE(report.review->id, review->id);
    QCOMPARE(report.summary.decided, 1);
    for (const ReportPartner &p : report.partners) {
        QVERIFY(p.inReview);
        if (p.tenantId == fabrikamTenant) {
            QCOMPARE(p.decision, ReviewItem::Decision::Keep);
            QCOMPARE(p.decisionNote, u"Licences only."_s);
            QCOMPARE(p.decidedBy, global().displayName);
        } else {
            QCOMPARE(p.decision, ReviewItem::Decision::None);
        }
    }
    // Asked for no review, none is carried.
    QVERIFY(!build(u"en"_s, -1).review.has_value());
}

void TestReports::anEndedRelationshipIsNotInTheReport()
{
    RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
    QVERIFY(relationships.requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, {}}).ok());
    QVERIFY(relationships.markEnded(global(), northwindTenant).ok());
    const Report report = build();
    QCOMPARE(report.partners.size(), 13);
    for (const ReportPartner &p : report.partners)
        QVERIFY(p.tenantId != northwindTenant);
}

void TestReports::csvRoundTripsHostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cell"); // what the spreadsheet shows
    QTest::newRow("comma and quotes") << u"Contoso, \"the\" partner"_s << u"Contoso, \"the\" partner"_s;
    QTest::newRow("newline") << u"Contoso\nOnderwijs"_s << u"Contoso\nOnderwijs"_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://evil\")"_s << u"'=HYPERLINK(\"http://evil\")"_s;
    QTest::newRow("formula +") << u"+31 20 555"_s << u"'+31 20 555"_s;
    QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("right-to-left") << u"\u202Eשותף ICT"_s << u"\u202Eשותף ICT"_s;
    QTest::newRow("semicolon") << u"A;B"_s << u"A;B"_s;
}

void TestReports::csvRoundTripsHostileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, cell);
    setName(contosoTenant, name);
    for (const QChar delimiter : {u',', u';'}) {
        const QByteArray bytes = ReportCsv::write(build(), delimiter);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), delimiter);
        bool found = false;
        for (const QStringList &row : rows) {
            if (row.value(1) == contosoTenant) {
                QCOMPARE(row.value(0), cell);
                found = true;
            }
        }
        QVERIFY(found);
    }
}

void TestReports::csvHasBomHeaderAndDelimiter()
{
    const Report report = build();
    const QByteArray bytes = ReportCsv::write(report, u';');
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"Partner\";\"Tenant ID\";"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), u';');
    QCOMPARE(rows.size(), report.partners.size() + 1);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.constFirst().size());
    QVERIFY(bytes.endsWith("\r\n"));
}

void TestReports::jsonHasStableFieldsAndVerification()
{
    const Report report = build(u"nl"_s);
    const QJsonObject json = QJsonDocument::fromJson(ReportJson::write(report)).object();
    QCOMPARE(json.value("format"_L1).toString(), u"partnerdesk-report"_s);
    QCOMPARE(json.value("formatVersion"_L1).toInt(), 1);
    QCOMPARE(json.value("language"_L1).toString(), u"nl"_s);
    QCOMPARE(json.value("produced"_L1).toString(), u"2026-11-24T09:30:00.000Z"_s);
    QCOMPARE(json.value("partners"_L1).toArray().size(), report.partners.size());
    const QJsonObject verification = json.value("verification"_L1).toObject();
    const auto chain = AuditChain::receipt(m_fixture->database->connection(), fixedNow());
    QVERIFY(chain.ok());
    QCOMPARE(verification.value("sequence"_L1).toInteger(), chain->sequence);
    QCOMPARE(verification.value("hash"_L1).toString(), chain->hash);
    QCOMPARE(verification.value("registerId"_L1).toString(), chain->registerId);
    QCOMPARE(verification.value("auditEvents"_L1).toInteger(),
        m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s));
    QVERIFY(verification.value("command"_L1).toString().startsWith(u"partnerdesk-cli verify-report "_s));
    for (const QJsonValue &v : json.value("partners"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value("tenantId"_L1).toString() != contosoTenant)
            continue;
        QCOMPARE(p.value("risk"_L1).toObject().value("level"_L1).toString(), u"high"_s);
        QVERIFY(p.value("risk"_L1).toObject().value("flags"_L1).toArray().contains(u"delegatedAdmin"_s));
        const QJsonArray roles = p.value("roles"_L1).toArray();
        QVERIFY(roles.contains(
            QJsonObject {{u"id"_s, AdminRole::globalAdministrator().templateId()}, {u"privileged"_s, true}}));
        QVERIFY(p.value("review"_L1).isNull());
        QVERIFY(p.value("activity"_L1).isNull()); // no sign-in log imported
    }
}

void TestReports::verifyMatchesAnUnchangedRegister()
{
    const QByteArray json = ReportJson::write(build());
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(json);
    QVERIFY2(check.ok(), qPrintable(check.error().message));
    QVERIFY2(check->matches, qPrintable(check->differences.join(u'\n')));
    QCOMPARE(check->eventsSince, 0);
}

void TestReports::verifyNamesThePartnerThatChanged()
{
    const QByteArray json = ReportJson::write(build());
    RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
    QVERIFY(relationships.markReviewed(global(), contosoTenant).ok());
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(json);
    QVERIFY2(check.ok(), qPrintable(check.error().message));
    QVERIFY(!check->matches);
    QCOMPARE(check->eventsSince, 1);
    QCOMPARE(check->differences.size(), 2); // the partner, and the summary's overdue reviews
    QVERIFY(check->differences.at(0).startsWith(u"Contoso Onderwijs ICT ("_s));
    QVERIFY(check->differences.at(0).contains(u"lastReviewed"_s));
    QVERIFY(check->differences.at(1).contains(u"reviewsOverdue"_s));
}

void TestReports::verifyReadsTheRulesAsOfTheReport()
{
    // Made long after the fixed clock: by then Woodgrove's GDAP has ended and every review is overdue.
    // Checked today, the rules must read as they did then, not as they read now.
    ReportBuilder::Request request;
    request.asOfUtc = fixedNow().addDays(400);
    request.reviewId = -1;
    auto later = m_builder->build(request);
    QVERIFY(later.ok());
    QVERIFY(later->summary.gdapEndingSoon > 0);
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(ReportJson::write(later.value()));
    QVERIFY2(check.ok(), qPrintable(check.error().message));
    QVERIFY2(check->matches, qPrintable(check->differences.join(u'\n')));
}

void TestReports::verifyRefusesAPartnerListedTwice()
{
    // A doctored first copy of a partner followed by the real one must not pass.
    QJsonObject json = QJsonDocument::fromJson(ReportJson::write(build())).object();
    QJsonArray partners = json.value("partners"_L1).toArray();
    QJsonObject doctored = partners.at(1).toObject();
    doctored.insert(u"roles"_s, QJsonArray());
    partners.insert(0, doctored);
    json.insert(u"partners"_s, partners);
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(QJsonDocument(json).toJson());
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::BadInput);
    QVERIFY2(check.error().message.contains(u"more than once"_s), qPrintable(check.error().message));
}

void TestReports::verifyRefusesAnotherRegister()
{
    const QByteArray json = ReportJson::write(build());
    DemoRegisterFixture other;
    QVERIFY(other.create());
    // Another register: same organisation, created at the same fixed time, but its own history.
    QSqlQuery q(other.database->connection());
    QVERIFY(q.exec(u"UPDATE organisation SET tenant_id = '0e0e0e0e-1111-4222-8333-444455556666'"_s));
    ReportBuilder builder(*other.repository, nullptr, nullptr);
    ReportVerifier verifier(*other.repository, builder);
    auto check = verifier.verify(json);
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::CheckFailed);
    QVERIFY(check.error().message.contains(u"another register"_s));
}

void TestReports::verifyFindsARewrittenHistory()
{
    const QByteArray json = ReportJson::write(build());
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DROP TRIGGER IF EXISTS audit_events_no_update"_s));
    const qint64 newest = m_fixture->scalar(u"SELECT max(seq) FROM audit_events"_s);
    QVERIFY(
        q.exec(u"UPDATE audit_events SET hash = '%1' WHERE seq = %2"_s.arg(QString(64, u'0')).arg(newest)));
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(json);
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::CheckFailed);
}

void TestReports::verifyFindsAnEventChangedInTheMiddle()
{
    // The newest event, which the report names, is untouched; an older one was edited.
    const QByteArray json = ReportJson::write(build());
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(q.exec(u"DROP TRIGGER IF EXISTS audit_events_no_update"_s));
    QVERIFY(q.exec(u"UPDATE audit_events SET operator_name = 'Someone else' WHERE seq = 3"_s));
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(json);
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::CheckFailed);
}

void TestReports::verifyFindsARegisterRestoredFromAnOlderCopy()
{
    // The report was made after a change; the register checked is a copy from before it.
    const QString older = m_fixture->dir.filePath(u"older.sqlite"_s);
    {
        QSqlQuery q(m_fixture->database->connection());
        QVERIFY(q.exec(u"VACUUM INTO '%1'"_s.arg(older)));
    }
    RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
    QVERIFY(relationships.markReviewed(global(), contosoTenant).ok());
    const QByteArray json = ReportJson::write(build());
    auto opened = Database::open(older, Database::OpenMode::ExistingOnly);
    QVERIFY(opened.ok());
    SqlRegisterRepository olderRegister(*opened.value());
    ReportBuilder builder(olderRegister, nullptr, nullptr);
    ReportVerifier verifier(olderRegister, builder);
    auto check = verifier.verify(json);
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::CheckFailed);
}

void TestReports::verifyRefusesWhatIsNotAReport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QByteArray() << u"not a PartnerDesk JSON report"_s;
    QTest::newRow("truncated") << QByteArray("{\"format\": \"partnerdesk-report\", ") << u"at byte"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"\"format\""_s;
    QTest::newRow("other format") << QByteArray("{\"format\": \"something\"}") << u"\"format\""_s;
    QTest::newRow("newer version") << QByteArray("{\"format\": \"partnerdesk-report\", \"formatVersion\": 2}")
                                   << u"format version 2"_s;
    QTest::newRow("no verification") << QByteArray(
        "{\"format\": \"partnerdesk-report\", \"formatVersion\": 1, \"language\": \"en\", "
        "\"produced\": \"2026-11-24T09:30:00.000Z\"}")
                                     << u"verification block"_s;
    QTest::newRow("too large") << QByteArray(ReportVerifier::kMaxReportBytes + 1, ' ') << u"larger than"_s;
}

void TestReports::verifyRefusesWhatIsNotAReport()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    ReportVerifier verifier(*m_fixture->repository, *m_builder);
    auto check = verifier.verify(bytes);
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::BadInput);
    QVERIFY2(check.error().message.contains(why), qPrintable(check.error().message));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
