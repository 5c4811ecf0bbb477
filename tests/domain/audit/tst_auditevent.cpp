#include "audit/auditdescription.h"
#include "audit/auditevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsStableForEqualContent();
    void everyFieldIsCovered_data();
    void everyFieldIsCovered();
    void canonicalBytesAreThoseOfTheFirstReleases_data();
    void canonicalBytesAreThoseOfTheFirstReleases();
    void eventsReadInWords();
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

// The bytes the first releases hashed, written the way they wrote them: registers made then must
// keep verifying after the faster writer replaced this one.
static QByteArray referenceCanonical(const AuditEvent &e)
{
    QJsonObject content;
    content.insert(u"seq"_s, e.sequence);
    content.insert(u"at"_s, e.atUtc.toUTC().toString(Qt::ISODateWithMs));
    content.insert(u"operatorUpn"_s, e.operatorUpn);
    content.insert(u"operatorName"_s, e.operatorName);
    content.insert(u"action"_s, e.action);
    content.insert(u"partnerTenantId"_s, e.partnerTenantId);
    content.insert(u"partnerName"_s, e.partnerName);
    content.insert(u"before"_s, e.before);
    content.insert(u"after"_s, e.after);
    content.insert(u"prev"_s, e.previousHash);
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

void TestAuditEvent::canonicalBytesAreThoseOfTheFirstReleases_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Contoso Onderwijs ICT"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quote and backslash") << u"Margie's \"Travel\" \\ ICT"_s;
    QTest::newRow("controls") << u"a\u0001b\tc\nd\re\u001bf\u007fg"_s;
    QTest::newRow("accents") << u"Ölfabriek – Café Liège"_s;
    QTest::newRow("line separator and BOM") << u"x\u2028y\ufeffz"_s;
    QTest::newRow("emoji") << u"Partner 🚀"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"x"_s;
    QTest::newRow("html") << u"<img src=\"/dev/zero\"> & <b>"_s;
    QTest::newRow("right-to-left mark") << u"\u202eevil"_s;
}

void TestAuditEvent::canonicalBytesAreThoseOfTheFirstReleases()
{
    QFETCH(QString, text);
    AuditEvent e = sample();
    e.partnerName = text;
    e.operatorName = text;
    e.operatorUpn = text;
    e.action = text;
    e.partnerTenantId = text;
    e.sequence = 9007199254740993; // beyond a double's integers
    e.after
        = QJsonObject {{u"name"_s, text}, {u"nested"_s, QJsonObject {{text, QJsonArray {text, 1, true}}}}};
    e.before = QJsonObject {};
    QCOMPARE(e.canonicalContent(), referenceCanonical(e));
    e.before = QJsonObject {{u"name"_s, text}};
    QCOMPARE(e.canonicalContent(), referenceCanonical(e));
    QCOMPARE(
        e.computeHash(AuditEvent::compactJson(e.before), AuditEvent::compactJson(e.after)), e.computeHash());

    // The verifier's way: the same bytes from the stored UTF-8, without reading any of it back.
    if (QString::fromUtf8(text.toUtf8()) != text)
        return; // not storable as UTF-8 as it is (a lone surrogate): the store keeps another text
    const QByteArray at = e.atUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray utf8 = text.toUtf8();
    const QByteArray beforeJson = AuditEvent::compactJson(e.before);
    const QByteArray afterJson = AuditEvent::compactJson(e.after);
    const QByteArray previous = e.previousHash.toUtf8();
    AuditEvent::Stored stored {e.sequence, at, utf8, utf8, utf8, utf8, utf8, beforeJson, afterJson, previous};
    QByteArray fromStored("left over");
    fromStored.clear();
    AuditEvent::appendCanonicalContent(fromStored, stored);
    QCOMPARE(fromStored, e.canonicalContent());
}

void TestAuditEvent::eventsReadInWords()
{
    // What an auditor opens: field names and values in words, never a JSON key or a stored code.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto words = [](const QJsonObject &before, const QJsonObject &after) {
        QStringList lines;
        for (const AuditDescription::FieldChange &c : AuditDescription::fieldChanges(before, after))
            lines << c.label + u": "_s + c.before + u" -> "_s + c.after;
        return lines;
    };
    // A contact request: the key that keeps it from being sent twice is not shown.
    QCOMPARE(words({}, {{u"contactRequest"_s, u"queued"_s}, {u"idempotencyKey"_s, u"5b1e-77"_s}}),
        QStringList {u"Contact request:  -> written to the outbox"_s});
    QCOMPARE(words({}, {{u"invitation"_s, u"indirectReseller"_s}}),
        QStringList {u"Invitation:  -> Indirect reseller invitation"_s});
    QCOMPARE(words({{u"invitation"_s, u"received"_s}}, {{u"invitation"_s, u"cancelled"_s}}),
        QStringList {u"Invitation: waiting for a decision -> cancelled"_s});
    QCOMPARE(words({{u"agreement"_s, u"notAccepted"_s}}, {{u"agreement"_s, u"accepted"_s}}),
        QStringList {u"Agreement: not accepted -> accepted"_s});
    QCOMPARE(words({}, {{u"format"_s, u"auditCsv"_s}}).size(), 1);
    QVERIFY(!words({}, {{u"format"_s, u"auditCsv"_s}}).constFirst().contains(u"auditCsv"_s));
    QCOMPARE(words({}, {{u"period"_s, u"2026-01-01/2026-03-31"_s}}),
        QStringList {u"Period:  -> 01/01/2026 to 31/03/2026"_s});
    QCOMPARE(words({}, {{u"evidenceFrom"_s, u"2026-11-02T10:00:00.000Z"_s}}).size(), 1);
    QVERIFY(!words({}, {{u"evidenceFrom"_s, u"2026-11-02T10:00:00.000Z"_s}}).constFirst().contains(u"T10"_s));
    // Values nobody foresaw stay as they are, not hidden.
    QCOMPARE(
        words({}, {{u"invitation"_s, u"somethingNew"_s}}), QStringList {u"Invitation:  -> somethingNew"_s});
}

QTEST_APPLESS_MAIN(TestAuditEvent)
#include "tst_auditevent.moc"
