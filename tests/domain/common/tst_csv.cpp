#include "common/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void rowEndsWithCrLf();
};

void TestCsv::cells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << u"Contoso"_s << u"\"Contoso\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("quote") << u"Say \"hi\""_s << u"\"Say \"\"hi\"\"\""_s;
    QTest::newRow("comma and newline") << u"a,b\nc"_s << u"\"a,b\nc\""_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("formula +") << u"+31 20"_s << u"\"'+31 20\""_s;
    QTest::newRow("formula -") << u"-1+1"_s << u"\"'-1+1\""_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
    QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("line feed") << u"\n=1+1"_s << u"\"'\n=1+1\""_s;
    QTest::newRow("NUL") << QString(QChar(0)) + u"=1"_s << QString(u"\"'"_s + QChar(0) + u"=1\""_s);
    QTest::newRow("full-width equals") << u"\uFF1DSUM(A1)"_s << u"\"'\uFF1DSUM(A1)\""_s;
    QTest::newRow("full-width plus") << u"\uFF0B1"_s << u"\"'\uFF0B1\""_s;
    QTest::newRow("full-width minus") << u"\uFF0D1"_s << u"\"'\uFF0D1\""_s;
    QTest::newRow("full-width at") << u"\uFF20SUM(A1)"_s << u"\"'\uFF20SUM(A1)\""_s;
    QTest::newRow("full-width later") << u"a\uFF1Db"_s << u"\"a\uFF1Db\""_s;
    QTest::newRow("equals later") << u"a=b"_s << u"\"a=b\""_s;
    QTest::newRow("formula after spaces") << u"  =HYPERLINK(1)"_s << u"\"'  =HYPERLINK(1)\""_s;
    QTest::newRow("only spaces") << u"   "_s << u"\"   \""_s;
}

void TestCsv::cells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(Csv::cell(text), cell);
}

void TestCsv::rowEndsWithCrLf()
{
    QCOMPARE(Csv::row({u"a"_s, u"=b"_s}), u"\"a\",\"'=b\"\r\n"_s);
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
