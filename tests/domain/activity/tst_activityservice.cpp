// ActivityService on a real register file: a generated sign-in log imported with its dry run, stored
// once, read back per partner, and the risk rules it feeds.

#include "activity/activityrules.h"
#include "activity/activityservice.h"
#include "activity/signingenerator.h"
#include "activity/sqlactivityrepository.h"
#include "audit/auditchain.h"
#include "common/registernotifier.h"
#include "relationships/relationshipservice.h"
#include "relationships/riskassessment.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
const QString kOrganisation = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;
const QString kMargies = u"7b8c9d0e-eeee-4fff-8000-111122223333"_s;
} // namespace

class TestActivityService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlActivityRepository> m_activity;
    std::unique_ptr<ActivityService> m_service;

    Operator operatorNamed(const QString &upn) const
    {
        for (const Operator &op : m_fixture->repository->operators().value()) {
            if (op.upn == upn)
                return op;
        }
        return {};
    }
    Operator global() const { return operatorNamed(u"anna.devries@hetbaken.example"_s); }

    QString writeLog(const QString &name, SignInGenerator::Spec spec) const
    {
        const QString path = m_fixture->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !SignInGenerator::write(file, spec))
            qFatal("cannot write the sign-in log");
        return path;
    }
    QString demoLog(SignInGenerator::Format format = SignInGenerator::Format::GraphJson) const
    {
        SignInGenerator::Spec spec = SignInGenerator::demo(kOrganisation, fixedNow());
        spec.format = format;
        return writeLog(
            format == SignInGenerator::Format::EntraCsv ? u"signins.csv"_s : u"signins.json"_s, spec);
    }
    PartnerSummary summaryOf(const QString &tenant) const
    {
        for (const PartnerSummary &s : m_fixture->repository->summaries().value()) {
            if (s.tenantId == tenant)
                return s;
        }
        return {};
    }
    ActivityPlan plan(const QString &path) const
    {
        auto planned = m_service->planFile(path);
        if (!planned)
            qFatal("%s", qPrintable(planned.error().message));
        return planned.value();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<DemoRegisterFixture>();
        QVERIFY(m_fixture->create());
        m_activity = std::make_unique<SqlActivityRepository>(
            *m_fixture->database, m_fixture->repository->notifier());
        m_service = std::make_unique<ActivityService>(*m_activity, *m_fixture->repository, m_fixture->clock);
    }
    void cleanup()
    {
        m_service.reset();
        m_activity.reset();
        m_fixture.reset();
    }

    void dryRunChangesNothing()
    {
        const ActivityPlan p = plan(demoLog());
        QVERIFY(p.canApply());
        QVERIFY(p.scan.signIns.size() > 100);
        QCOMPARE(p.alreadyStored, 0);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), 0);
        QVERIFY(!m_activity->evidence()->any());
        // The service provider the register does not know is named before anything is stored.
        QCOMPARE(p.notInRegister.size(), 1);
        QCOMPARE(p.notInRegister.first().first, kMargies);
        QVERIFY(p.lines().join(u'\n').contains(u"not in your register: Margie's Travel IT"_s));
    }

    void importStoresOnceWithOneAuditEvent()
    {
        const qint64 eventsBefore = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
        QSignalSpy changed(&m_fixture->repository->notifier(), &RegisterNotifier::activityChanged);
        const ActivityPlan p = plan(demoLog());
        const auto stored = m_service->apply(global(), p);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->signIns, p.scan.signIns.size());
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), p.scan.signIns.size());
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());
        const auto evidence = m_activity->evidence();
        QVERIFY(evidence->any());
        QCOMPARE(evidence->toMs, p.scan.lastMs);
        QVERIFY(evidence->days() >= 119);

        // The same log again, and the same sign-ins as CSV: nothing new, nothing counted twice.
        const ActivityPlan again = plan(demoLog());
        QVERIFY(!again.hasNew());
        QCOMPARE(again.alreadyStored, p.scan.signIns.size());
        const ActivityPlan csv = plan(demoLog(SignInGenerator::Format::EntraCsv));
        QVERIFY2(csv.canApply(), qPrintable(csv.lines().join(u'\n')));
        QCOMPARE(csv.alreadyStored, p.scan.signIns.size());
        QCOMPARE(m_service->apply(global(), again)->signIns, 0);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + 1);
        QCOMPARE(m_fixture->scalar(u"SELECT total(signins) FROM signin_days"_s), p.scan.signIns.size());
    }

    void overlappingDownloadsAddOnlyTheNewPart()
    {
        SignInGenerator::Spec first = SignInGenerator::demo(kOrganisation, fixedNow());
        const auto stored = m_service->apply(global(), plan(writeLog(u"a.json"_s, first)));
        QVERIFY(stored.ok());
        // A second download: the same generator, same seed, with more records before and after.
        SignInGenerator::Spec wider = first;
        wider.records = first.records * 2;
        wider.days = first.days * 2;
        const ActivityPlan second = plan(writeLog(u"b.json"_s, wider));
        QVERIFY(second.canApply());
        const auto more = m_service->apply(global(), second);
        QVERIFY(more.ok());
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), stored->signIns + more->signIns);
        QCOMPARE(m_fixture->scalar(u"SELECT total(signins) FROM signin_days"_s),
            m_fixture->scalar(u"SELECT count(*) FROM signins"_s));
    }

    void activityPerPartnerAndTheRulesItFeeds()
    {
        QVERIFY(m_service->apply(global(), plan(demoLog())).ok());
        const auto all = m_activity->activity({});
        QVERIFY(all.ok());
        const auto find = [&](const QString &tenant) {
            for (const PartnerActivity &a : all.value()) {
                if (a.tenantId == tenant)
                    return a;
            }
            return PartnerActivity {};
        };
        const PartnerActivity contoso = find(contosoTenant);
        QVERIFY(contoso.inRegister);
        QCOMPARE(contoso.registerName, u"Contoso Onderwijs ICT"_s);
        QVERIFY(contoso.signIns30 > 0 && contoso.signIns90 >= contoso.signIns30);
        QVERIFY(contoso.lastSignInMs > fixedNow().toMSecsSinceEpoch() - 3 * ActivityRules::kDayMs);
        QCOMPARE(contoso.countries, QStringList {u"NL"_s});
        QCOMPARE(contoso.people.size(), 2);
        int weekly = 0;
        for (const auto &[week, count] : contoso.weekly)
            weekly += count;
        QCOMPARE(weekly, contoso.signInsAll);
        QVERIFY(contoso.weekly.size() >= 17); // 120 days, every week listed

        const PartnerActivity northwind = find(northwindTenant);
        QCOMPARE(northwind.signIns90, 0);
        QVERIFY(northwind.signInsAll > 0);
        const PartnerActivity woodgrove = find(woodgroveTenant);
        QCOMPARE(woodgrove.newCountries, QStringList {u"US"_s});
        const PartnerActivity margies = find(kMargies);
        QVERIFY(!margies.inRegister);
        QCOMPARE(margies.name, u"Margie's Travel IT"_s);

        // Only Northwind holds a Global Administrator role it has not used for 90 days.
        const QDateTime now = fixedNow();
        QVERIFY(RiskAssessment::assess(summaryOf(northwindTenant), now) & RiskAssessment::UnusedAdminRoles);
        for (const QString &tenant : {contosoTenant, woodgroveTenant, tailspinTenant, fabrikamTenant})
            QVERIFY2(!(RiskAssessment::assess(summaryOf(tenant), now) & RiskAssessment::UnusedAdminRoles),
                qPrintable(tenant));
        QVERIFY(RiskAssessment::assess(summaryOf(woodgroveTenant), now) & RiskAssessment::NewSignInCountry);

        const auto one = m_activity->activity({northwindTenant.toUpper(), 90});
        QCOMPARE(one->size(), 1);
    }

    void aLogOfAnotherTenantIsRefused()
    {
        SignInGenerator::Spec spec
            = SignInGenerator::demo(u"00000000-1111-4222-8333-444444444444"_s, fixedNow());
        const ActivityPlan p = plan(writeLog(u"other.json"_s, spec));
        QVERIFY(!p.canApply());
        QCOMPARE(p.scan.rejected.first().field, u"resourceTenantId"_s);
        QVERIFY(p.scan.rejected.first().reason.contains(u"not of your organisation"_s));
        const auto refused = m_service->apply(global(), p);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), 0);
    }

    void aBrokenFileStoresNothing()
    {
        QFile whole(demoLog());
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_fixture->dir.filePath(u"cut.json"_s);
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 100));
        out.close();
        const ActivityPlan p = plan(cut);
        QVERIFY(!p.canApply());
        const auto refused = m_service->apply(global(), p);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), 0);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM activity_imports"_s), 0);
    }

    void helpdeskMayNotImport()
    {
        const ActivityPlan p = plan(demoLog());
        const auto refused = m_service->apply(operatorNamed(u"chloe.bakker@hetbaken.example"_s), p);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), 0);
        // Billing Administrator may, like any import.
        QVERIFY(m_service->apply(operatorNamed(u"bram.jansen@hetbaken.example"_s), p).ok());
    }

    void otherFilesAreNotActivityLogs()
    {
        const QString path = m_fixture->dir.filePath(u"partners.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Tenant ID\r\nContoso,3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10\r\n");
        file.close();
        QCOMPARE(ActivityService::detectFile(path), ActivityFile::Kind::Unknown);
        const auto refused = m_service->planFile(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QVERIFY(!m_service->planFile(m_fixture->dir.filePath(u"missing.json"_s)).ok());
    }

    void theStoreItselfPassesOverStoredSignIns()
    {
        // Even a batch that skipped the dry run's check (two imports planned side by side) stores
        // and counts each sign-in once.
        const ActivityPlan p = plan(demoLog());
        QVERIFY(m_service->apply(global(), p).ok());
        ActivityBatch again;
        again.signIns = p.scan.signIns;
        again.fromMs = p.scan.firstMs;
        again.toMs = p.scan.lastMs;
        AuditEvent event;
        event.atUtc = fixedNow();
        event.operatorUpn = global().upn;
        event.action = QString::fromUtf16(AuditActions::ActivityImported);
        const auto stored = m_activity->store(again, event);
        QVERIFY(stored.ok());
        QCOMPARE(stored->signIns, 0);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), p.scan.signIns.size());
        QCOMPARE(m_fixture->scalar(u"SELECT total(signins) FROM signin_days"_s), p.scan.signIns.size());
    }

    void aSignInTwiceInOneFileCountsOnce()
    {
        // Two saved Graph pages that overlap by one sign-in.
        QFile source(QStringLiteral(PARTNERDESK_ACTIVITY_DATA "/signins-page.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray page = source.readAll();
        const QString path = m_fixture->dir.filePath(u"twice.json"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(page + "\n" + page);
        out.close();
        const ActivityPlan p = plan(path);
        QVERIFY(p.canApply());
        QCOMPARE(p.scan.signIns.size(), 2);
        QCOMPARE(p.alreadyStored, 2);
        QCOMPARE(m_service->apply(global(), p)->signIns, 2);
        QCOMPARE(m_fixture->scalar(u"SELECT total(signins) FROM signin_days"_s), 2);
    }

    void auditLogConfirmsTheEndOfARelationship()
    {
        RelationshipService relationships(*m_fixture->repository, m_fixture->clock);
        QVERIFY(
            relationships.requestEnd(global(), northwindTenant, {fixedNow().date(), u"email"_s, {}}).ok());
        // The fixture's removal (21 November) happened before the decision (24 November): no evidence of it.
        QVERIFY(plan(QStringLiteral(PARTNERDESK_ACTIVITY_DATA "/audit-page.json")).confirms.isEmpty());
        const QString path = m_fixture->dir.filePath(u"removed.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"value":[{"id":"Directory_after","activityDisplayName":"Remove partner from company",
            "activityDateTime":"2026-11-24T12:00:00Z","result":"success","category":"Partner",
            "initiatedBy":{"user":{"userPrincipalName":"anna.devries@hetbaken.example"}},
            "targetResources":[{"id":"b7e4d2c1-2222-4333-9444-555566667777","displayName":"Northwind Beheer B.V."}]}]})");
        file.close();
        const ActivityPlan p = plan(path);
        QCOMPARE(p.confirms.size(), 1);
        QCOMPARE(p.confirms.first().kind, Todo::Kind::ConfirmEnd);
        QVERIFY(p.lines().join(u'\n').contains(u"Shows done in Microsoft 365"_s));
        const qint64 eventsBefore = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
        const auto stored = m_service->apply(global(), p);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->confirmed, 1);
        QCOMPARE(m_fixture->repository->relationshipForPartner(northwindTenant).value()->state,
            Relationship::State::Ended);
        QCOMPARE(m_fixture->repository->todo(p.confirms.first().id).value()->status, Todo::Status::Confirmed);
        // The evidence and the confirmation: two audit events, the chain intact.
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), eventsBefore + 2);
        QCOMPARE(
            m_fixture->scalar(u"SELECT count(*) FROM audit_events WHERE action = 'todo.confirmed'"_s), 1);
        QVERIFY(AuditChain::verify(m_fixture->database->connection())->intact());
        // Nothing left to confirm the second time.
        const ActivityPlan again = plan(path);
        QVERIFY(again.confirms.isEmpty());
        QVERIFY(!again.hasNew());
    }

    void auditLogEventsAreKeptOnce()
    {
        const QString path = QStringLiteral(PARTNERDESK_ACTIVITY_DATA "/audit-page.json");
        const ActivityPlan p = plan(path);
        QCOMPARE(p.scan.events.size(), 1);
        QCOMPARE(m_service->apply(global(), p)->events, 1);
        const auto events = m_activity->partnerEvents(northwindTenant);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().activity, u"Remove partner from company"_s);
        QCOMPARE(plan(path).alreadyStored, 1);
        // An audit log says nothing of who signed in: it is no sign-in evidence, and Northwind's
        // roles are not "unused" because of it.
        QVERIFY(!m_activity->evidence()->any());
        QVERIFY(!(RiskAssessment::assess(summaryOf(northwindTenant), fixedNow())
            & RiskAssessment::UnusedAdminRoles));
    }
};

QTEST_GUILESS_MAIN(TestActivityService)
#include "tst_activityservice.moc"
