#include "common/result.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Result: a refusal test that checks only the kind must fail when the call succeeded.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSuccessHasNoErrorOfAnyRefusalKind_data();
    void aSuccessHasNoErrorOfAnyRefusalKind();
    void aFailureKeepsItsError();
};

void TestResult::aSuccessHasNoErrorOfAnyRefusalKind_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("bad input") << ErrorKind::BadInput;
    QTest::newRow("not allowed") << ErrorKind::NotAllowed;
    QTest::newRow("not found") << ErrorKind::NotFound;
    QTest::newRow("storage") << ErrorKind::Storage;
    QTest::newRow("check failed") << ErrorKind::CheckFailed;
}

void TestResult::aSuccessHasNoErrorOfAnyRefusalKind()
{
    QFETCH(ErrorKind, kind);
    const Result<int> success(42);
    QVERIFY(success.ok());
    QVERIFY(success.error().kind != kind);
    QCOMPARE(success.error().kind, ErrorKind::NoError);
    const Status done = Done {};
    QVERIFY(done.error().kind != kind);
}

void TestResult::aFailureKeepsItsError()
{
    const Result<int> refused(Error {ErrorKind::NotAllowed, u"Requires Global Administrator"_s, u"roles"_s});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::NotAllowed);
    QCOMPARE(refused.error().message, u"Requires Global Administrator"_s);
    QCOMPARE(refused.error().field, u"roles"_s);
}

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
