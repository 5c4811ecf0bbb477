#include "audit/auditevent.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsStableForEqualContent();
    void everyFieldIsCovered_data();
    void everyFieldIsCovered();
};

namespace {
AuditEvent sample()
{
    AuditEvent e;
    e.sequence = 7;
    e.atUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    e.operatorUpn = u"anna@school.example"_s;
    e.operatorName = u"Anna"_s;
    e.action = u"relationship.rolesRemoved"_s;
    e.partnerTenantId = u"3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10"_s;
    e.partnerName = u"Contoso"_s;
    e.before = QJsonObject {{u"roles"_s, u"a"_s}};
    e.after = QJsonObject {{u"roles"_s, u""_s}};
    e.previousHash = QString(64, u'0');
    return e;
}
} // namespace

void TestAuditEvent::hashIsStableForEqualContent()
{
    const AuditEvent a = sample();
    AuditEvent b = sample();
    QCOMPARE(a.computeHash(), b.computeHash());
    QCOMPARE(a.computeHash().size(), 64);
    b.hash = u"whatever"_s; // the stored hash is not part of its own content
    QCOMPARE(a.computeHash(), b.computeHash());
}

void TestAuditEvent::everyFieldIsCovered_data()
{
    QTest::addColumn<int>("field");
    for (int i = 0; i < 10; ++i)
        QTest::addRow("field %d", i) << i;
}

void TestAuditEvent::everyFieldIsCovered()
{
    QFETCH(int, field);
    AuditEvent changed = sample();
    switch (field) {
    case 0:
        changed.sequence = 8;
        break;
    case 1:
        changed.atUtc = changed.atUtc.addMSecs(1);
        break;
    case 2:
        changed.operatorUpn = u"bram@school.example"_s;
        break;
    case 3:
        changed.operatorName = u"Bram"_s;
        break;
    case 4:
        changed.action = u"relationship.reviewed"_s;
        break;
    case 5:
        changed.partnerTenantId = u"a1b2c3d4-1111-4222-8333-444455556666"_s;
        break;
    case 6:
        changed.partnerName = u"Fabrikam"_s;
        break;
    case 7:
        changed.before.insert(u"roles"_s, u"b"_s);
        break;
    case 8:
        changed.after.insert(u"extra"_s, 1);
        break;
    case 9:
        changed.previousHash = QString(64, u'1');
        break;
    }
    QVERIFY(changed.computeHash() != sample().computeHash());
}

QTEST_APPLESS_MAIN(TestAuditEvent)
#include "tst_auditevent.moc"
