// partnerdesk-cli with sign-in logs: demo-signins, import (dry run, yes, refused), activity in each
// format, and the risk flags list --format json carries.

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kNorthwind = u"b7e4d2c1-2222-4333-9444-555566667777"_s;
const QString kMargies = u"7b8c9d0e-eeee-4fff-8000-111122223333"_s;
} // namespace

class TestCliActivity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString db() const { return m_home.filePath(u"register.sqlite"_s); }
    QString log() const { return m_home.filePath(u"signins.json"_s); }
    CliRun cli(QStringList arguments, const QByteArray &input = {}) const
    {
        arguments << u"--db"_s << db();
        return runCli(m_home, arguments, input);
    }
    QJsonObject partnerIn(const QJsonArray &partners, const QString &tenant) const
    {
        for (const QJsonValue &p : partners) {
            if (p.toObject().value(u"tenantId"_s).toString() == tenant)
                return p.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QCOMPARE(runCli(m_home, {u"create-demo"_s, u"--db"_s, db()}).exitCode, 0);
        const CliRun wrote = runCli(m_home, {u"demo-signins"_s, u"--output"_s, log()});
        QCOMPARE(wrote.exitCode, 0);
        QVERIFY(QFile::exists(log()));
        QCOMPARE(int(QFile::permissions(log()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        // Never over a file that is there.
        const CliRun again = runCli(m_home, {u"demo-signins"_s, u"--output"_s, log()});
        QCOMPARE(again.exitCode, 2);
    }

    void beforeAnyImportThereIsNoEvidence()
    {
        const CliRun none = cli({u"activity"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(u"No activity evidence"_s), qPrintable(none.out));
    }

    void dryRunShowsAndKeepsNothing()
    {
        const CliRun dry = cli({u"import"_s, log(), u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"Entra sign-in log (JSON)"_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"not in your register: Margie's Travel IT"_s));
        QVERIFY(cli({u"activity"_s}).out.contains(u"No activity evidence"_s));
        // No at the question keeps nothing either.
        const CliRun no = cli({u"import"_s, log()}, "n\n");
        QCOMPARE(no.exitCode, 0);
        QVERIFY(no.out.contains(u"Nothing was imported"_s));
        QVERIFY(cli({u"activity"_s}).out.contains(u"No activity evidence"_s));
    }

    void helpdeskMayNotImport()
    {
        const CliRun refused
            = cli({u"import"_s, log(), u"--yes"_s, u"--as"_s, u"chloe.bakker@hetbaken.example"_s});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(cli({u"activity"_s}).out.contains(u"No activity evidence"_s));
    }

    void importThenActivity()
    {
        const CliRun imported = cli({u"import"_s, log(), u"--yes"_s});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(u"Imported "_s) && imported.out.contains(u"partner sign-in"_s),
            qPrintable(imported.out));

        const CliRun json = cli({u"activity"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(!root.value(u"evidence"_s).toObject().value(u"toUtc"_s).toString().isEmpty());
        const QJsonArray partners = root.value(u"partners"_s).toArray();
        QCOMPARE(partners.size(), 6);
        const QJsonObject margies = partnerIn(partners, kMargies);
        QCOMPARE(margies.value(u"inRegister"_s).toBool(), false);
        const QJsonObject northwind = partnerIn(partners, kNorthwind);
        QCOMPARE(northwind.value(u"inRegister"_s).toBool(), true);
        QCOMPARE(northwind.value(u"signInsLastNDays"_s).toInt(), 0);
        QVERIFY(!northwind.value(u"lastSignInUtc"_s).toString().isEmpty());

        const CliRun table = cli({u"activity"_s, u"--partner"_s, kNorthwind});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"Northwind Beheer B.V."_s));
        QVERIFY(!table.out.contains(u"Woodgrove"_s));
        const CliRun csv = cli({u"activity"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count(u"\r\n"_s), 7); // header and six partner tenants

        // The risk of each relationship, under stable keys.
        const QJsonArray list
            = QJsonDocument::fromJson(cli({u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
        bool seen = false;
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            const QJsonObject risk = r.value(u"risk"_s).toObject();
            QVERIFY(!risk.value(u"level"_s).toString().isEmpty());
            if (r.value(u"partner"_s).toObject().value(u"tenantId"_s).toString() == kNorthwind) {
                seen = true;
                QCOMPARE(risk.value(u"level"_s).toString(), u"high"_s);
                QVERIFY(risk.value(u"flags"_s).toArray().contains(u"unusedAdminRoles"_s));
            }
        }
        QVERIFY(seen);

        // The same file again adds nothing.
        const CliRun again = cli({u"import"_s, log(), u"--yes"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"nothing to add"_s));
    }

    void badArgumentsAndFilesAreRefused()
    {
        QCOMPARE(cli({u"activity"_s, u"--days"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(cli({u"activity"_s, u"--days"_s, u"ninety"_s}).exitCode, 2);
        QCOMPARE(cli({u"activity"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        QFile whole(log());
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = m_home.filePath(u"cut.json"_s);
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        const CliRun refused = cli({u"import"_s, cut, u"--yes"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(u"cut off"_s), qPrintable(refused.out));
        QVERIFY(refused.err.contains(u"Nothing was imported"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliActivity)
#include "tst_cliactivity.moc"
