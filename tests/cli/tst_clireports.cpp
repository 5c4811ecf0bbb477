// partnerdesk-cli review, export and verify-report on the demo register: a review run end to end,
// reports in each format and both languages (the PDF read back with pdftotext, its charts listed by
// pdfimages), verify-report on an unchanged and a changed register, and outputs that cannot be
// written leaving nothing behind.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kContoso = u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s;
const QString kFabrikam = u"a1b2c3d4-1111-4222-8333-444455556666"_s;

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString db() const { return m_home.filePath(u"register.sqlite"_s); }
    QString file(const QString &name) const { return m_home.filePath(name); }
    CliRun cli(QStringList arguments, const QByteArray &input = {}) const
    {
        arguments << u"--db"_s << db();
        return runCli(m_home, arguments, input);
    }
    QString pdfText(const QString &path) const
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            return u"pdftotext missing: scripts/install-deps installs poppler-utils"_s;
        // Compatibility forms folded, as a PDF viewer's search does: the text has the "fi" ligature.
        return run(pdftotext, {u"-layout"_s, path, u"-"_s}).normalized(QString::NormalizationForm_KC);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QCOMPARE(runCli(m_home, {u"create-demo"_s, u"--db"_s, db()}).exitCode, 0);
    }

    void aReviewRunsEndToEnd()
    {
        const CliRun none = cli({u"review"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(u"No review was started yet"_s));

        const CliRun refused = cli({u"review"_s, u"start"_s, u"--as"_s, u"chloe.bakker@hetbaken.example"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"Global Administrator"_s), qPrintable(refused.err));

        const CliRun started = cli({u"review"_s, u"start"_s, u"--title"_s, u"Q4 review"_s, u"--from"_s,
            u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s});
        QCOMPARE(started.exitCode, 0);
        QVERIFY2(
            started.out.contains(u"Started review 1: Q4 review (14 partners)"_s), qPrintable(started.out));

        // Keep without a reason for a privileged role is refused, with the reason.
        const CliRun noNote = cli({u"review"_s, u"decide"_s, kContoso, u"keep"_s});
        QCOMPARE(noNote.exitCode, 2);
        QVERIFY(noNote.err.contains(u"privileged admin role"_s));
        // Remove roles? needs its Yes, as remove-roles does.
        const CliRun unanswered = cli({u"review"_s, u"decide"_s, kContoso, u"remove-roles"_s});
        QCOMPARE(unanswered.exitCode, 2);
        QVERIFY(unanswered.err.contains(u"--yes"_s));
        const CliRun noMethod = cli({u"review"_s, u"decide"_s, kContoso, u"request-end"_s});
        QCOMPARE(noMethod.exitCode, 2);
        QVERIFY(noMethod.err.contains(u"--method"_s));
        const CliRun removal = cli({u"review"_s, u"decide"_s, kContoso, u"remove-roles"_s, u"--yes"_s});
        QCOMPARE(removal.exitCode, 0);
        QVERIFY(removal.out.contains(u"1 of 14 partners reviewed"_s));
        const CliRun todos = cli({u"todo"_s});
        QVERIFY2(todos.out.contains(u"Contoso"_s), qPrintable(todos.out));

        // Signing off waits until every partner is decided.
        const CliRun early = cli({u"review"_s, u"sign-off"_s});
        QCOMPARE(early.exitCode, 2);
        QVERIFY(early.err.contains(u"not decided yet"_s));
        const QJsonObject shown
            = QJsonDocument::fromJson(cli({u"review"_s, u"--format"_s, u"json"_s}).out.toUtf8()).object();
        for (const QJsonValue &v : shown.value("items"_L1).toArray()) {
            const QJsonObject item = v.toObject();
            if (!item.value("decision"_L1).toString().isEmpty())
                continue;
            const CliRun kept = cli({u"review"_s, u"decide"_s, item.value("tenantId"_L1).toString(),
                u"keep"_s, u"--note"_s, u"Needed; checked with the helpdesk."_s});
            QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        }
        const CliRun signedOff = cli({u"review"_s, u"sign-off"_s, u"--as"_s,
            u"bram.jansen@hetbaken.example"_s, u"--note"_s, u"Seen in the team meeting."_s});
        QCOMPARE(signedOff.exitCode, 0);
        QVERIFY2(signedOff.out.contains(u"Signed off on"_s), qPrintable(signedOff.out));
        const CliRun frozen = cli({u"review"_s, u"decide"_s, kFabrikam, u"remove-roles"_s});
        QCOMPARE(frozen.exitCode, 2);
        QVERIFY(frozen.err.contains(u"No review is open"_s));
    }

    void csvReportInDutchWithSemicolons()
    {
        const CliRun wrote = cli({u"export"_s, u"--output"_s, file(u"report.csv"_s), u"--lang"_s, u"nl"_s,
            u"--delimiter"_s, u";"_s});
        QCOMPARE(wrote.exitCode, 0);
        QFile f(file(u"report.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"Partner\";\"Tenant-id\";"));
        QVERIFY(
            QString::fromUtf8(bytes).contains(u"\"Rollen verwijderen\""_s)); // Contoso's decision, in Dutch
        QCOMPARE(int(QFile::permissions(file(u"report.csv"_s))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
            0);
    }

    void pdfReportInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("en") << u"en"_s
                            << QStringList {u"Q4 review"_s, u"Het Baken College"_s, u"Overview"_s,
                                   u"Summary"_s, u"Contoso Onderwijs ICT"_s, u"Global Administrator"_s,
                                   u"Remove roles"_s, u"Verification"_s, u"partnerdesk-cli verify-report"_s,
                                   u"Signed off on"_s};
        QTest::newRow("nl") << u"nl"_s
                            << QStringList {u"Q4 review"_s, u"Het Baken College"_s, u"Overzicht"_s,
                                   u"Samenvatting"_s, u"Contoso Onderwijs ICT"_s, u"Globale beheerder"_s,
                                   u"Rollen verwijderen"_s, u"Verificatie"_s,
                                   u"partnerdesk-cli verify-report"_s, u"Afgetekend op"_s};
    }

    void pdfReportInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, texts);
        const QString pdf = file(u"report-%1.pdf"_s.arg(language));
        const CliRun wrote
            = cli({u"export"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf, u"--lang"_s, language});
        QVERIFY2(wrote.exitCode == 0, qPrintable(wrote.err));
        const QString text = pdfText(pdf);
        for (const QString &t : texts)
            QVERIFY2(text.contains(t), qPrintable(t + u" not in:\n"_s + text.left(3000)));
        // The overview's charts are in it as pictures.
        const QString images = run(QStandardPaths::findExecutable(u"pdfimages"_s), {u"-list"_s, pdf});
        QCOMPARE(images.count(u" image "_s), 5);
        // Page numbers.
        QVERIFY(text.contains(u"\n2\n"_s) || text.contains(u" 2\n"_s));
    }

    void jsonReportVerifiesUntilThePartnerChanges()
    {
        const QString json = file(u"report.json"_s);
        const CliRun wrote = cli({u"export"_s, u"--output"_s, json});
        QCOMPARE(wrote.exitCode, 0);
        QVERIFY(wrote.out.contains(u"verify-report"_s));
        const QJsonObject report = [&] {
            QFile f(json);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                               : QJsonObject();
        }();
        QCOMPARE(report.value("review"_L1).toObject().value("title"_L1).toString(), u"Q4 review"_s);
        QVERIFY(!report.value("review"_L1).toObject().value("signedOff"_L1).isNull());

        const CliRun same = cli({u"verify-report"_s, json});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(u"The report matches the register."_s), qPrintable(same.out));

        // A change to one partner: verify-report names it and fails.
        const CliRun removed
            = cli({u"remove-roles"_s, u"b7e4d2c1-2222-4333-9444-555566667777"_s, u"--yes"_s});
        QCOMPARE(removed.exitCode, 0);
        const CliRun changed = cli({u"verify-report"_s, json});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.out.contains(
                     u"Northwind Beheer B.V. (b7e4d2c1-2222-4333-9444-555566667777) changed since"_s),
            qPrintable(changed.out));
        QVERIFY(!changed.out.contains(u"Contoso"_s));
    }

    void whatCannotBeWrittenLeavesNothing()
    {
        const QString missingFolder = file(u"no-such-folder/report.pdf"_s);
        const CliRun pdf = cli({u"export"_s, u"--output"_s, missingFolder});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY2(pdf.err.contains(u"Cannot write"_s), qPrintable(pdf.err));
        QVERIFY(!QFile::exists(missingFolder));
        const CliRun csv = cli({u"export"_s, u"--output"_s, file(u"no-such-folder/report.csv"_s)});
        QCOMPARE(csv.exitCode, 2);
        QVERIFY(QDir(file(u"no-such-folder"_s)).exists() == false);
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList {u"export"_s} << u"--output"_s;
        QTest::newRow("unknown format")
            << QStringList {u"export"_s, u"--output"_s, u"r.xlsx"_s} << u"csv, pdf or json"_s;
        QTest::newRow("delimiter") << QStringList {u"export"_s, u"--output"_s, u"r.csv"_s, u"--delimiter"_s,
            u"|"_s} << u"delimiter"_s;
        QTest::newRow("delimiter for json") << QStringList {u"export"_s, u"--output"_s, u"r.json"_s,
            u"--delimiter"_s, u";"_s} << u"CSV reports only"_s;
        QTest::newRow("review") << QStringList {u"export"_s, u"--output"_s, u"r.json"_s, u"--review"_s,
            u"x"_s} << u"--review"_s;
        QTest::newRow("unknown review") << QStringList {u"export"_s, u"--output"_s, u"r.json"_s,
            u"--review"_s, u"99"_s} << u"no review 99"_s;
        QTest::newRow("verify without file") << QStringList {u"verify-report"_s} << u"one report file"_s;
        QTest::newRow("verify a missing file")
            << QStringList {u"verify-report"_s, u"/nonexistent/r.json"_s} << u"Cannot read"_s;
        QTest::newRow("unknown decision") << QStringList {u"review"_s, u"decide"_s, kContoso, u"maybe"_s}
                                          << u"keep, remove-roles or request-end"_s;
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun refused = cli(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    }

    void verifyRefusesAFileThatIsNotAReport()
    {
        QFile f(file(u"not-a-report.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"value\": []}");
        f.close();
        const CliRun refused = cli({u"verify-report"_s, f.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"not a PartnerDesk JSON report"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
