// ActivityFile: the Entra sign-in and audit logs, in the shapes the admin center and Graph give them,
// and what hostile or broken files get instead of a partial import.

#include "activity/activityfile.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kOrganisation = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;

QString data(const QString &name)
{
    return QStringLiteral(PARTNERDESK_ACTIVITY_DATA "/") + name;
}

QByteArray fileBytes(const QString &name)
{
    QFile file(data(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file");
    return file.readAll();
}

ActivityFile::Scan scanBytes(
    QByteArray bytes, ActivityFile::Kind kind, const QString &organisation = kOrganisation)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ActivityFile::Options options;
    options.organisationTenantId = organisation;
    return ActivityFile::read(buffer, kind, options);
}

ActivityFile::Scan scanFile(const QString &name)
{
    const QByteArray bytes = fileBytes(name);
    return scanBytes(bytes, ActivityFile::detect(bytes));
}

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// A one-record sign-in page with the record's own JSON members.
QByteArray signInPage(const QByteArray &members)
{
    return "{\"value\":[{" + members + "}]}";
}

const QByteArray kPartnerMembers = "\"id\":\"s-1\",\"createdDateTime\":\"2026-11-20T08:00:00Z\","
                                   "\"crossTenantAccessType\":\"serviceProvider\","
                                   "\"homeTenantId\":\"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10\","
                                   "\"resourceTenantId\":\"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\"";

} // namespace

class TestActivityFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsEachKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::newRow("graph page") << u"signins-page.json"_s << int(ActivityFile::Kind::SignInsJson);
        QTest::newRow("bare array") << u"signins-bare.json"_s << int(ActivityFile::Kind::SignInsJson);
        QTest::newRow("entra csv") << u"signins.csv"_s << int(ActivityFile::Kind::SignInsCsv);
        QTest::newRow("directory audit") << u"audit-page.json"_s << int(ActivityFile::Kind::AuditJson);
    }
    void detectsEachKind()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QCOMPARE(int(ActivityFile::detect(fileBytes(file))), kind);
    }

    void partnerListsAreNotSignInLogs()
    {
        QCOMPARE(
            ActivityFile::detect("Name,Tenant ID,Roles\r\nContoso,3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10,\r\n"),
            ActivityFile::Kind::Unknown);
        QCOMPARE(ActivityFile::detect("{\"value\":[{\"customer\":{},\"duration\":\"P730D\"}]}"),
            ActivityFile::Kind::Unknown);
    }

    void graphPageKeepsOnlyPartnerSignInsIntoTheTenant()
    {
        const ActivityFile::Scan scan = scanFile(u"signins-page.json"_s);
        QVERIFY2(scan.rejected.isEmpty(), qPrintable(scan.rejected.value(0).reason));
        QCOMPARE(scan.records, 3);
        QCOMPARE(scan.skippedNotPartner, 1);
        QCOMPARE(scan.signIns.size(), 2);
        const SignIn &contoso = scan.signIns.at(0);
        QCOMPARE(contoso.id, u"66ea54eb-6301-4ee5-be62-ff5a759b8100"_s);
        QCOMPARE(contoso.homeTenantId, u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s); // lower case
        QCOMPARE(contoso.createdMs, ms("2026-11-20T08:15:22.123Z")); // seven fraction digits, read to ms
        QCOMPARE(contoso.userPrincipalName, u"kees@contoso-onderwijs.example"_s);
        QCOMPARE(contoso.countryOrRegion, u"NL"_s);
        QCOMPARE(contoso.failed, false);
        const SignIn &woodgrove = scan.signIns.at(1);
        QCOMPARE(woodgrove.failed, true);
        QCOMPARE(woodgrove.errorCode, 50126);
        QCOMPARE(woodgrove.countryOrRegion, u"IE"_s);
        QCOMPARE(woodgrove.city, u"Dublin"_s);
        // The period covers every record, not only the partners'.
        QCOMPARE(scan.firstMs, ms("2026-11-18T10:00:00Z"));
        QCOMPARE(scan.lastMs, ms("2026-11-20T08:15:22.123Z"));
    }

    void bareArrayAndSeveralPagesReadTheSame()
    {
        const ActivityFile::Scan page = scanFile(u"signins-page.json"_s);
        for (const QString &name : {u"signins-bare.json"_s, u"signins-two-pages.json"_s}) {
            const ActivityFile::Scan scan = scanFile(name);
            QVERIFY2(scan.rejected.isEmpty(), qPrintable(name));
            QCOMPARE(scan.records, 3);
            QCOMPARE(scan.signIns, page.signIns);
        }
        // Pages in an array, as a script saving each response into one list writes them.
        const QByteArray pages = "[{\"value\":[{" + kPartnerMembers + "}]},{\"value\":[{"
            + QByteArray(kPartnerMembers).replace("s-1", "s-2") + "}]}]";
        const ActivityFile::Scan arrayOfPages = scanBytes(pages, ActivityFile::Kind::SignInsJson);
        QVERIFY(arrayOfPages.rejected.isEmpty());
        QCOMPARE(arrayOfPages.signIns.size(), 2);
        QCOMPARE(arrayOfPages.signIns.at(1).id, u"s-2"_s);
    }

    void entraCsvReadsTheSameSignIns()
    {
        const ActivityFile::Scan csv = scanFile(u"signins.csv"_s);
        QVERIFY2(csv.rejected.isEmpty(), qPrintable(csv.rejected.value(0).reason));
        QCOMPARE(csv.records, 3);
        QCOMPARE(csv.skippedNotPartner, 1);
        QCOMPARE(csv.signIns.size(), 2);
        const SignIn &woodgrove = csv.signIns.at(1);
        QCOMPARE(woodgrove.homeTenantName, u"Woodgrove Security"_s);
        QCOMPARE(woodgrove.failed, true); // "Failure"
        QCOMPARE(woodgrove.errorCode, 50126);
        // A line break inside a quoted cell is read, then kept on one line.
        QCOMPARE(
            woodgrove.failureReason, u"Error validating credentials due to invalid username or password."_s);
        QCOMPARE(woodgrove.countryOrRegion, u"IE"_s); // the last part of "Dublin, Dublin, IE"
        QCOMPARE(woodgrove.city, u"Dublin"_s);
        QCOMPARE(woodgrove.appDisplayName, u"Microsoft 365 admin center"_s);
        QCOMPARE(csv.signIns.at(0).createdMs, ms("2026-11-20T08:15:22Z"));
    }

    void csvColumnsAreFoundByNameWhereverTheyAre()
    {
        // Moved, added, in other case and with stray spaces; semicolons as Dutch Excel saves them.
        const QByteArray moved
            = " home tenant ID ;Extra;STATUS;Request ID;Date (UTC);Cross tenant access type;"
              "Resource tenant ID\r\n"
              "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10;x;Interrupted;r-1;2026-11-20 08:00:00;"
              "Service provider;9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\r\n";
        const ActivityFile::Scan scan = scanBytes(moved, ActivityFile::Kind::SignInsCsv);
        QVERIFY2(scan.rejected.isEmpty(), qPrintable(scan.rejected.value(0).reason));
        QCOMPARE(scan.signIns.size(), 1);
        QCOMPARE(scan.signIns.at(0).id, u"r-1"_s);
        QCOMPARE(scan.signIns.at(0).failed, false); // interrupted is not failed
        QCOMPARE(scan.signIns.at(0).createdMs, ms("2026-11-20T08:00:00Z")); // the header says UTC
    }

    void escapedAccessTypeIsStillAPartnerSignIn()
    {
        // JSON may spell any character as \uXXXX: the quick pass over each record must not miss it.
        const QByteArray escaped
            = signInPage(QByteArray(kPartnerMembers).replace("serviceProvider", "\\u0073erviceProvider"));
        const ActivityFile::Scan scan = scanBytes(escaped, ActivityFile::Kind::SignInsJson);
        QVERIFY(scan.rejected.isEmpty());
        QCOMPARE(scan.signIns.size(), 1);
    }

    void signInsIntoAnotherTenantArePassedOver()
    {
        const ActivityFile::Scan scan = scanBytes(fileBytes(u"signins-page.json"_s),
            ActivityFile::Kind::SignInsJson, u"00000000-1111-4222-8333-444444444444"_s);
        QVERIFY(scan.signIns.isEmpty());
        QCOMPARE(scan.skippedOtherTenant, 2);
        QCOMPARE(scan.otherTenantId, kOrganisation);
    }

    void truncatedJsonIsRefused()
    {
        const QByteArray whole = fileBytes(u"signins-page.json"_s);
        for (const qsizetype cut : {whole.size() / 3, whole.size() / 2, whole.size() - 2}) {
            const ActivityFile::Scan scan = scanBytes(whole.left(cut), ActivityFile::Kind::SignInsJson);
            QVERIFY2(!scan.rejected.isEmpty(), qPrintable(QString::number(cut)));
            QVERIFY2(scan.rejected.first().reason.contains(u"cut off"_s),
                qPrintable(scan.rejected.first().reason));
        }
    }

    void invalidJsonAnywhereIsRefused()
    {
        // Even in a record that is not a partner's: the file as a whole is not what Entra wrote.
        const QByteArray bad = "[{\"id\":\"x\",\"isInteractive\":tru},{" + kPartnerMembers + "}]";
        const ActivityFile::Scan scan = scanBytes(bad, ActivityFile::Kind::SignInsJson);
        QVERIFY(!scan.rejected.isEmpty());
        QVERIFY2(scan.rejected.first().reason.contains(u"not valid JSON"_s),
            qPrintable(scan.rejected.first().reason));
    }

    void timeWithoutZoneIsRefused()
    {
        const QByteArray zoneless = signInPage(QByteArray(kPartnerMembers).replace("08:00:00Z", "08:00:00"));
        const ActivityFile::Scan scan = scanBytes(zoneless, ActivityFile::Kind::SignInsJson);
        QVERIFY(!scan.rejected.isEmpty());
        QCOMPARE(scan.rejected.first().field, u"createdDateTime"_s);
        QVERIFY2(
            scan.rejected.first().reason.contains(u"time zone"_s), qPrintable(scan.rejected.first().reason));
        // A CSV column that does not say UTC either.
        const QByteArray csv
            = "Date,Request ID,Cross tenant access type,Resource tenant ID,Home tenant ID\r\n"
              "2026-11-20 08:00:00,r-1,Service provider,9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d,"
              "3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10\r\n";
        const ActivityFile::Scan fromCsv = scanBytes(csv, ActivityFile::Kind::SignInsCsv);
        QVERIFY(!fromCsv.rejected.isEmpty());
        QVERIFY(fromCsv.rejected.first().reason.contains(u"time zone"_s));
    }

    void gigantValuesAreRefused()
    {
        // A record larger than 1 MiB, in a member nobody reads.
        const QByteArray huge
            = signInPage(kPartnerMembers + ",\"padding\":\"" + QByteArray(2 << 20, 'a') + "\"");
        const ActivityFile::Scan scan = scanBytes(huge, ActivityFile::Kind::SignInsJson);
        QVERIFY(!scan.rejected.isEmpty());
        QVERIFY2(scan.rejected.first().reason.contains(u"1 MiB"_s), qPrintable(scan.rejected.first().reason));
        QCOMPARE(scan.rejected.first().record, 1);
        // A record that grows past the limit is refused as it grows, not read to its end first: even
        // when the file ends inside it, the reason is its size.
        const QByteArray endless
            = signInPage(kPartnerMembers + ",\"padding\":\"" + QByteArray(3 << 20, 'a')).chopped(3);
        const ActivityFile::Scan growing = scanBytes(endless, ActivityFile::Kind::SignInsJson);
        QVERIFY(!growing.rejected.isEmpty());
        QVERIFY2(growing.rejected.first().reason.contains(u"1 MiB"_s),
            qPrintable(growing.rejected.first().reason));
        // A value outside any record.
        const QByteArray context = "{\"@odata.context\":\"" + QByteArray(2 << 20, 'b') + "\",\"value\":[]}";
        QVERIFY(!scanBytes(context, ActivityFile::Kind::SignInsJson).rejected.isEmpty());
        // A kept field of a partner sign-in, long but under the record limit.
        const QByteArray longName
            = signInPage(kPartnerMembers + ",\"userPrincipalName\":\"" + QByteArray(5000, 'u') + "\"");
        const ActivityFile::Scan named = scanBytes(longName, ActivityFile::Kind::SignInsJson);
        QVERIFY(!named.rejected.isEmpty());
        QCOMPARE(named.rejected.first().field, u"userPrincipalName"_s);
        // A CSV row.
        const QByteArray row
            = "Date (UTC),Request ID,Cross tenant access type,Resource tenant ID,Home tenant ID\r\n\""
            + QByteArray(2 << 20, 'c') + "\",r,x,y,z\r\n";
        const ActivityFile::Scan csv = scanBytes(row, ActivityFile::Kind::SignInsCsv);
        QVERIFY(!csv.rejected.isEmpty());
        QVERIFY(csv.rejected.first().reason.contains(u"1 MiB"_s));
    }

    void hostileShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        // Nesting that would exhaust the parser's stack: refused long before.
        // (Lists in a list of records are refused as soon as they start.)
        QTest::newRow("deep outside records")
            << "{\"value\":" + QByteArray(200000, '[') << u"other than records"_s;
        QTest::newRow("deep inside a record")
            << "[{\"a\":" + QByteArray(100000, '[') << u"nested too deeply"_s;
        QTest::newRow("deep objects")
            << "[{" + QByteArray("\"a\":{").repeated(100000) << u"nested too deeply"_s;
        // The same in a later record, which is read past quickly and checked whole.
        QTest::newRow("deep later record")
            << "[{" + kPartnerMembers + "},{\"a\":" + QByteArray(100000, '[') << u"nested too deeply"_s;
        QTest::newRow("invalid later record")
            << "[{" + kPartnerMembers + "},{\"isInteractive\":tru}]" << u"not valid JSON"_s;
        QTest::newRow("page among records") << "[{" + kPartnerMembers + "},{\"value\":[{" + kPartnerMembers
                + "}]}]" << u"other than records"_s;
        QTest::newRow("number after records") << "[{" + kPartnerMembers + "},7]" << u"other than records"_s;
        QTest::newRow("value not a list")
            << QByteArray("{\"value\":{\"id\":\"x\"}}") << u"other than records"_s;
        QTest::newRow("value a string") << QByteArray("{\"value\":\"x\"}") << u"other than records"_s;
        QTest::newRow("numbers listed") << QByteArray("{\"value\":[1,2]}") << u"other than records"_s;
        QTest::newRow("lists listed") << ("[[{" + kPartnerMembers + "}]]") << u"other than records"_s;
        // One record dated far away would stretch the evidence period: the file is refused.
        QTest::newRow("year 9999") << ("[{\"id\":\"o\",\"createdDateTime\":\"9999-12-31T23:59:59Z\"},{"
            + kPartnerMembers + "}]")
                                   << u"no date between 2000 and today"_s;
        QTest::newRow("year 1") << ("[{\"id\":\"o\",\"createdDateTime\":\"0001-01-01T00:00:00Z\"},{"
            + kPartnerMembers + "}]")
                                << u"no date between 2000 and today"_s;
        QTest::newRow("no resource tenant")
            << signInPage(QByteArray(kPartnerMembers)
                              .replace("\"resourceTenantId\":\"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\"",
                                  "\"resourceTenantId\":\"\""))
            << u"names no tenant"_s;
        QTest::newRow("bad utf-8 in a partner record")
            << signInPage(kPartnerMembers + ",\"homeTenantName\":\"\xff\xfe\"") << u"cannot be read"_s;
    }
    void hostileShapesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ActivityFile::Scan scan = scanBytes(bytes, ActivityFile::Kind::SignInsJson);
        QVERIFY(!scan.rejected.isEmpty());
        QVERIFY2(scan.rejected.first().reason.contains(reason), qPrintable(scan.rejected.first().reason));
    }

    void namesFromTheLogStayOnOneLine()
    {
        const QByteArray page
            = signInPage(kPartnerMembers + ",\"homeTenantName\":\"Contoso\\nFake line\\u2028more\"");
        const ActivityFile::Scan scan = scanBytes(page, ActivityFile::Kind::SignInsJson);
        QVERIFY(scan.rejected.isEmpty());
        QCOMPARE(scan.signIns.first().homeTenantName, u"Contoso Fake line more"_s);
    }

    void headerOnlyCsvHoldsNoRecords()
    {
        const QByteArray header
            = "Date (UTC),Request ID,Cross tenant access type,Resource tenant ID,Home tenant ID\r\n";
        const ActivityFile::Scan scan = scanBytes(header, ActivityFile::Kind::SignInsCsv);
        QVERIFY(!scan.rejected.isEmpty());
        QVERIFY(scan.rejected.first().reason.contains(u"no records"_s));
    }

    void hugeErrorCodeIsStillAFailure()
    {
        const QByteArray page = signInPage(kPartnerMembers + ",\"status\":{\"errorCode\":99999999999}");
        const ActivityFile::Scan scan = scanBytes(page, ActivityFile::Kind::SignInsJson);
        QVERIFY(scan.rejected.isEmpty());
        QCOMPARE(scan.signIns.first().failed, true);
    }

    void csvWithAnUnknownHeaderNamesTheMissingColumn()
    {
        const QByteArray other = "Date (UTC),Request ID,User,Application\r\n2026-11-20T08:00:00Z,r,x,y\r\n";
        const ActivityFile::Scan scan = scanBytes(other, ActivityFile::Kind::SignInsCsv);
        QVERIFY(!scan.rejected.isEmpty());
        QCOMPARE(scan.rejected.first().field, u"Cross tenant access type"_s);
        QVERIFY(scan.signIns.isEmpty());
    }

    void csvCutOffInAQuotedCellIsRefused()
    {
        const QByteArray whole = fileBytes(u"signins.csv"_s);
        const qsizetype inside = whole.indexOf("Error validating credentials") + 10;
        const ActivityFile::Scan scan = scanBytes(whole.left(inside), ActivityFile::Kind::SignInsCsv);
        QVERIFY(!scan.rejected.isEmpty());
        QVERIFY2(
            scan.rejected.first().reason.contains(u"cut off"_s), qPrintable(scan.rejected.first().reason));
    }

    void emptyAndNonsenseFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty json") << QByteArray() << int(ActivityFile::Kind::SignInsJson);
        QTest::newRow("spaces") << QByteArray("  \n ") << int(ActivityFile::Kind::SignInsJson);
        QTest::newRow("no records") << QByteArray("{\"value\":[]}") << int(ActivityFile::Kind::SignInsJson);
        QTest::newRow("two roots glued")
            << QByteArray("{\"value\":[]}x") << int(ActivityFile::Kind::SignInsJson);
        QTest::newRow("utf-16 csv") << QByteArray("\xFF\xFE"
                                                  "D\0a\0",
            6) << int(ActivityFile::Kind::SignInsCsv);
        QTest::newRow("empty csv") << QByteArray() << int(ActivityFile::Kind::SignInsCsv);
        QTest::newRow("unknown") << QByteArray("hello") << int(ActivityFile::Kind::Unknown);
    }
    void emptyAndNonsenseFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        const ActivityFile::Scan scan = scanBytes(bytes, ActivityFile::Kind(kind));
        QVERIFY(!scan.rejected.isEmpty());
        QVERIFY(!scan.rejected.first().reason.isEmpty());
    }

    void directoryAuditKeepsPartnerActivities()
    {
        const ActivityFile::Scan scan = scanFile(u"audit-page.json"_s);
        QVERIFY2(scan.rejected.isEmpty(), qPrintable(scan.rejected.value(0).reason));
        QCOMPARE(scan.records, 2);
        QCOMPARE(scan.events.size(), 1);
        QCOMPARE(scan.skippedNotPartner, 1);
        const PartnerEvent &e = scan.events.first();
        QCOMPARE(e.activity, u"Remove partner from company"_s);
        QCOMPARE(e.partnerTenantId, u"b7e4d2c1-2222-4333-9444-555566667777"_s);
        QCOMPARE(e.partnerName, u"Northwind Beheer B.V."_s);
        QCOMPARE(e.initiatedBy, u"anna.devries@hetbaken.example"_s);
        QCOMPARE(e.activityMs, ms("2026-11-21T09:12:44.555Z"));
    }

    void cancellingStopsTheRead()
    {
        // Progress is asked every 8 MiB: a file of a little more than that.
        QByteArray bytes = "[";
        const QByteArray own = "{\"id\":\"o\",\"createdDateTime\":\"2026-11-20T08:00:00Z\","
                               "\"crossTenantAccessType\":\"none\"},";
        while (bytes.size() < (9 << 20))
            bytes += own;
        bytes += "{" + kPartnerMembers + "}]";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ActivityFile::Options options;
        options.organisationTenantId = kOrganisation;
        int asked = 0;
        options.progress = [&](qint64 done, qint64 total) {
            ++asked;
            return done < total / 2;
        };
        const ActivityFile::Scan scan = ActivityFile::read(buffer, ActivityFile::Kind::SignInsJson, options);
        QVERIFY(asked > 0);
        QVERIFY(scan.cancelled);
        QVERIFY(scan.signIns.isEmpty());
    }

    void parsesEntraTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("assumeUtc");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("Z") << u"2026-11-20T08:15:22Z"_s << false << ms("2026-11-20T08:15:22Z");
        QTest::newRow("seven digits")
            << u"2026-11-20T08:15:22.9999999Z"_s << false << ms("2026-11-20T08:15:22.999Z");
        QTest::newRow("offset") << u"2026-11-20T09:15:22+01:00"_s << false << ms("2026-11-20T08:15:22Z");
        QTest::newRow("no zone") << u"2026-11-20T08:15:22"_s << false << qint64(0);
        QTest::newRow("no zone, utc column")
            << u"2026-11-20 08:15:22"_s << true << ms("2026-11-20T08:15:22Z");
        QTest::newRow("not a date") << u"yesterday at eight"_s << true << qint64(0);
        QTest::newRow("bad month") << u"2026-13-20T08:15:22Z"_s << false << qint64(0);
    }
    void parsesEntraTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, assumeUtc);
        QFETCH(qint64, expected);
        QCOMPARE(ActivityFile::parseUtcMs(text, assumeUtc), expected);
    }
};

QTEST_GUILESS_MAIN(TestActivityFile)
#include "tst_activityfile.moc"
