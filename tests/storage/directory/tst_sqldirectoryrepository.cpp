#include "common/registernotifier.h"
#include "directory/directorygenerator.h"
#include "directory/sqldirectoryrepository.h"
#include "testsupport.h"

#include <QCollator>
#include <QSignalSpy>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
QStringList names(const QList<DirectoryEntry> &entries)
{
    QStringList list;
    for (const DirectoryEntry &e : entries)
        list.append(e.name);
    return list;
}
} // namespace

class TestSqlDirectoryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoCatalogueIsIndexed();
    void searchByEachField();
    void searchCombinedFields();
    void resultsInNameOrderAndLimited();
    void fullTextAndScanAgree();
    void scanOnlyFallbackSearches();
    void failedReplaceKeepsOldCatalogue();
    void outboxKeepsRequestsWithAuditEvent();

private:
    DirectoryQuery query(const QString &location, const QString &keywords, quint8 size = 0) const
    {
        DirectoryQuery q;
        q.location = location;
        q.keywords = keywords;
        q.size = size;
        q.limit = 5000;
        return q;
    }

    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlDirectoryRepository> m_directory;
};

void TestSqlDirectoryRepository::init()
{
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    m_directory
        = std::make_unique<SqlDirectoryRepository>(*m_fixture->database, m_fixture->repository->notifier());
}

void TestSqlDirectoryRepository::cleanup()
{
    m_directory.reset();
    m_fixture.reset();
}

void TestSqlDirectoryRepository::demoCatalogueIsIndexed()
{
    QVERIFY(m_directory->hasFullTextIndex());
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
    const auto adatum = m_directory->entryForTenant(u"0D9E8F7A-1234-4ABC-9DEF-0123456789AB"_s).value();
    QVERIFY(adatum.has_value());
    QCOMPARE(adatum->name, u"Adatum Schoolsupport"_s);
    QCOMPARE(adatum->locations, (QStringList {u"Utrecht, Netherlands"_s, u"Amersfoort, Netherlands"_s}));
    QCOMPARE(adatum->sizes, quint8(OrganisationSize::Small | OrganisationSize::Medium));
    QVERIFY(!m_directory->entryForTenant(contosoTenant).value().has_value());
}

void TestSqlDirectoryRepository::searchByEachField()
{
    // Location: prefix of a word, any case, diacritics ignored.
    const auto utrecht = m_directory->search(query(u"utr"_s, QString())).value();
    QVERIFY(utrecht.size() > 10);
    for (const DirectoryEntry &e : utrecht)
        QVERIFY2(e.locations.join(u' ').contains(u"Utrecht"_s), qPrintable(e.name));
    const auto liege = m_directory->search(query(u"liege"_s, QString())).value();
    QVERIFY(!liege.isEmpty());
    QVERIFY(liege.constFirst().locations.join(u' ').contains(u"Liège"_s));
    QVERIFY(names(m_directory->search(query(u"amersfoort"_s, QString())).value())
                .contains(u"Adatum Schoolsupport"_s));

    // Keywords: name, services and industries.
    QVERIFY(names(m_directory->search(query(QString(), u"adatum school"_s)).value())
                .contains(u"Adatum Schoolsupport"_s));
    const auto intune = m_directory->search(query(QString(), u"INTUNE"_s)).value();
    QVERIFY(intune.size() > 10);
    for (const DirectoryEntry &e : intune)
        QVERIFY(e.keywords.contains(u"Intune"_s) || e.name.contains(u"Intune"_s));
    const auto overgaard = m_directory->search(query(QString(), u"overgaard"_s)).value();
    QVERIFY(!overgaard.isEmpty());
    QVERIFY(overgaard.constFirst().name.startsWith(u"Övergaard"_s));
    QVERIFY(!m_directory->search(query(QString(), u"healthcare"_s)).value().isEmpty());
    // A location word is not a keyword match, and the other way round.
    QVERIFY(m_directory->search(query(QString(), u"amersfoort"_s)).value().isEmpty());
    QVERIFY(m_directory->search(query(u"intune"_s, QString())).value().isEmpty());

    // Size only.
    const auto enterprise
        = m_directory->search(query(QString(), QString(), OrganisationSize::Enterprise)).value();
    QVERIFY(!enterprise.isEmpty());
    for (const DirectoryEntry &e : enterprise)
        QVERIFY(e.sizes & OrganisationSize::Enterprise);
    // Words that match nothing, and characters that mean something to FTS5 or LIKE, find nothing safely.
    QVERIFY(m_directory->search(query(u"Atlantis"_s, QString())).value().isEmpty());
    QVERIFY(m_directory->search(query(QString(), u"\"* OR NEAR( % _ '"_s)).value().isEmpty());
}

void TestSqlDirectoryRepository::searchCombinedFields()
{
    const auto found
        = m_directory->search(query(u"gent"_s, u"security defender"_s, OrganisationSize::Large)).value();
    QVERIFY(names(found).contains(u"Lamna Security Gent"_s));
    for (const DirectoryEntry &e : found) {
        QVERIFY(e.locations.join(u' ').contains(u"Gent"_s));
        QVERIFY(e.sizes & OrganisationSize::Large);
    }
    // The same words with a size Lamna does not serve leave it out.
    QVERIFY(
        !names(m_directory->search(query(u"gent"_s, u"security defender"_s, OrganisationSize::Small)).value())
             .contains(u"Lamna Security Gent"_s));
    const auto adatum
        = m_directory->search(query(u"utrecht"_s, u"intune education"_s, OrganisationSize::Medium)).value();
    QVERIFY(names(adatum).contains(u"Adatum Schoolsupport"_s));
}

void TestSqlDirectoryRepository::resultsInNameOrderAndLimited()
{
    DirectoryQuery q = query(QString(), u"teams"_s);
    q.limit = 50;
    const auto found = m_directory->search(q).value();
    QCOMPARE(found.size(), 50);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 1; i < found.size(); ++i)
        QVERIFY2(collator.compare(found.at(i - 1).name, found.at(i).name) <= 0, qPrintable(found.at(i).name));
    DirectoryQuery all;
    all.limit = 20;
    QCOMPARE(m_directory->search(all).value().size(), 20);
}

void TestSqlDirectoryRepository::fullTextAndScanAgree()
{
    const QList<DirectoryQuery> queries {query(u"utrecht"_s, QString()), query(QString(), u"intune"_s),
        query(u"gent"_s, u"security"_s, OrganisationSize::Medium), query(u"rotterdam"_s, u"copilot"_s),
        query(QString(), QString(), OrganisationSize::Small)};
    for (const DirectoryQuery &q : queries) {
        const QStringList viaIndex = names(m_directory->search(q).value());
        const QStringList viaScan = names(m_directory->searchByScan(q).value());
        QVERIFY(!viaIndex.isEmpty());
        QCOMPARE(viaIndex, viaScan);
    }
}

void TestSqlDirectoryRepository::scanOnlyFallbackSearches()
{
    SqlDirectoryRepository scanOnly(
        *m_fixture->database, m_fixture->repository->notifier(), SqlDirectoryRepository::Index::ScanOnly);
    QVERIFY(!scanOnly.hasFullTextIndex());
    QVERIFY(
        names(scanOnly.search(query(u"gent"_s, u"security"_s)).value()).contains(u"Lamna Security Gent"_s));
    // Punctuation is not a wildcard: "100%" looks for the word 100.
    const auto hundred = scanOnly.search(query(QString(), u"100%"_s)).value();
    QVERIFY(!hundred.isEmpty());
    for (const DirectoryEntry &e : hundred)
        QVERIFY2(e.name.contains(u"100"_s), qPrintable(e.name));
}

void TestSqlDirectoryRepository::failedReplaceKeepsOldCatalogue()
{
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY2(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON directory_entries WHEN NEW.name = 'Broken' "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s),
        qPrintable(q.lastError().text()));
    QList<DirectoryEntry> fresh = DirectoryGenerator::generate(12, 7).mid(2); // without the named entries
    fresh[5].name = u"Broken"_s;
    QCOMPARE(fresh.size(), 10);
    QSignalSpy changed(&m_fixture->repository->notifier(), &RegisterNotifier::directoryChanged);
    QVERIFY(!m_directory->replaceCatalogue(fresh));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_directory->entryCount().value(), qint64(DemoRegister::kDemoDirectoryEntries));
    QVERIFY(names(m_directory->search(query(u"gent"_s, u"security"_s)).value())
                .contains(u"Lamna Security Gent"_s));

    fresh[5].name = u"Fixed"_s;
    QVERIFY(m_directory->replaceCatalogue(fresh));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_directory->entryCount().value(), 10);
    QVERIFY(m_directory->search(query(u"gent"_s, u"lamna"_s)).value().isEmpty()); // the index follows
}

void TestSqlDirectoryRepository::outboxKeepsRequestsWithAuditEvent()
{
    ContactRequest r;
    r.idempotencyKey = u"7f0e3c1a-0000-4000-8000-000000000001"_s;
    r.partnerTenantId = u"0d9e8f7a-1234-4abc-9def-0123456789ab"_s;
    r.partnerName = u"Adatum Schoolsupport"_s;
    r.organisationName = u"Het Baken College"_s;
    r.organisationSize = OrganisationSize::Medium;
    r.contactName = u"Anna de Vries"_s;
    r.email = u"anna.devries@hetbaken.example"_s;
    r.needs = u"Laptops for 120 pupils, managed with Intune."_s;
    r.createdUtc = fixedNow();
    r.createdByUpn = u"anna.devries@hetbaken.example"_s;
    AuditEvent e;
    e.atUtc = fixedNow();
    e.operatorUpn = r.createdByUpn;
    e.action = u"contact.requested"_s;
    e.partnerTenantId = r.partnerTenantId;
    const qint64 events = m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s);
    auto stored = m_directory->enqueue({r}, {e});
    QVERIFY(stored);
    QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM audit_events"_s), events + 1);
    ContactRequest sent = stored->constFirst();
    QVERIFY(sent.id > 0);
    sent.state = ContactRequest::State::Sent;
    sent.attempts = 1;
    sent.sentUtc = fixedNow();
    QVERIFY(m_directory->recordDelivery(sent));
    const ContactRequest back = m_directory->contactRequests().value().constFirst();
    QCOMPARE(back.state, ContactRequest::State::Sent);
    QCOMPARE(back.needs, r.needs);
    QCOMPARE(back.sentUtc, fixedNow());
    // The same idempotency key cannot be queued twice, and requests are never deleted.
    QVERIFY(!m_directory->enqueue({r}, {e}));
    QSqlQuery q(m_fixture->database->connection());
    QVERIFY(!q.exec(u"DELETE FROM outbox"_s));
}

QTEST_GUILESS_MAIN(TestSqlDirectoryRepository)
#include "tst_sqldirectoryrepository.moc"
