// Fails when any catalogue entry is unfinished or any source string lacks its translation.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per numerus form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = Message {context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {}};
            } else if (name == "source"_L1) {
                current.source = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                current.unfinished
                    = type == "unfinished"_L1 || type == "vanished"_L1 || type == "obsolete"_L1;
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString key(const Message &m)
{
    return m.context + u'\x1f' + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("numerusForms");
    QTest::newRow("nl") << u"partnerdesk_nl.ts"_s << 2;
    QTest::newRow("en") << u"partnerdesk_en.ts"_s << 2;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QFETCH(int, numerusForms);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(PARTNERDESK_TS_DIR) + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    for (const Message &m : messages) {
        const QString where = m.context + u": "_s + m.source;
        QVERIFY2(!m.unfinished, qPrintable(u"unfinished: "_s + where));
        QCOMPARE(m.translations.size(), m.numerus ? numerusForms : 1);
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
            QVERIFY2(
                placeholders(t) == placeholders(m.source), qPrintable(u"placeholders differ: "_s + where));
            QCOMPARE(t.count(u'\n'), m.source.count(u'\n'));
        }
    }
    qInfo("%s: %lld messages translated", qPrintable(file), qlonglong(messages.size()));
}

void TestTranslations::everySourceStringIsTranslated_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::everySourceStringIsTranslated()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(PARTNERDESK_LUPDATE),
        {u"-silent"_s, u"-locations"_s, u"none"_s, u"@"_s + QStringLiteral(PARTNERDESK_TR_SOURCES_LIST),
            u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> inSources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(inSources.size() > 100);
    const QList<Message> committed = readTs(QStringLiteral(PARTNERDESK_TS_DIR) + u'/' + file, &error);
    QSet<QString> translated;
    for (const Message &m : committed) {
        if (!m.unfinished)
            translated.insert(key(m));
    }
    QStringList missing;
    for (const Message &m : inSources) {
        if (!translated.contains(key(m)))
            missing.append(m.context + u": "_s + m.source);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"run the update_translations target and translate:\n"_s + missing.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
