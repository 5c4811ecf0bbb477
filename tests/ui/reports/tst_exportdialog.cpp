// File > Export report…: a PDF (with its JSON beside it) in Dutch from an English window, the
// window's language untouched after; partner names that look like markup printed as text; a path
// that cannot be written refused next to the field, with nothing left behind.

#include "reports/exportdialog.h"
#include "reports/pdfreport.h"
#include "reports/reportbuilder.h"
#include "review/sqlreviewrepository.h"
#include "testsupport.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {path, u"-"_s});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlReviewRepository> m_reviews;
    Translations m_translations;

    UiContext context()
    {
        UiContext c {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
        c.reviews = m_reviews.get();
        c.registerPath = m_fixture->path();
        c.inLanguage = [this](const QString &language, const std::function<void()> &work) {
            const QLocale before;
            {
                Translations scoped;
                scoped.setLanguage(language);
                work();
            }
            QLocale::setDefault(before);
        };
        return c;
    }
    Operator anna() const { return m_fixture->repository->operators().value().at(0); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_translations.setLanguage(u"en"_s));
        m_fixture = std::make_unique<DemoRegisterFixture>();
        QVERIFY(m_fixture->create());
        m_reviews
            = std::make_unique<SqlReviewRepository>(*m_fixture->database, m_fixture->repository->notifier());
    }
    void cleanup()
    {
        m_reviews.reset();
        m_fixture.reset();
    }

    void dutchPdfWithItsJsonFromAnEnglishWindow()
    {
        ExportDialog dialog(context(), anna());
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), u"en"_s); // the window's language by default
        language->setCurrentIndex(language->findData(u"nl"_s));
        QVERIFY(dialog.findChild<QCheckBox *>(u"alsoJsonCheck"_s)->isChecked());
        QVERIFY(!dialog.findChild<QComboBox *>(u"delimiterCombo"_s)->isEnabled()); // PDF: no delimiter
        const QString pdf = m_fixture->dir.filePath(u"rapport.pdf"_s);
        dialog.setPath(pdf);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.writtenSummary().contains(u"rapport.json"_s));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Rapport partnertoegang"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Verificatie"_s));
        QVERIFY(text.contains(u"verify-report "_s + m_fixture->dir.filePath(u"rapport.json"_s)));
        QFile written(m_fixture->dir.filePath(u"rapport.json"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray sha
            = QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex();
        QVERIFY2(QString(text).remove(u'\n').remove(u' ').contains(QString::fromLatin1(sha)),
            "the PDF names its JSON SHA-256");
        QFile json(m_fixture->dir.filePath(u"rapport.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value("language"_L1).toString(), u"nl"_s);
        QCOMPARE(int(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        // The window speaks English again.
        QCOMPARE(QCoreApplication::translate("PdfReport", "Verification"), u"Verification"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void aNameThatLooksLikeMarkupIsPrintedAsText()
    {
        QSqlQuery q(m_fixture->database->connection());
        QVERIFY(q.exec(
            u"UPDATE partners SET name = '<b>Vet</b> & <img src=\"x\"> Co' WHERE tenant_id = '%1'"_s.arg(
                contosoTenant)));
        ReportBuilder builder(*m_fixture->repository, nullptr, m_reviews.get());
        ReportBuilder::Request request;
        request.asOfUtc = fixedNow();
        auto report = builder.build(request);
        QVERIFY(report.ok());
        const QString html = PdfReport::html(report.value(), {});
        QVERIFY(html.contains(u"&lt;b&gt;Vet&lt;/b&gt; &amp; &lt;img src=&quot;x&quot;&gt; Co"_s));
        QVERIFY(!html.contains(u"<b>Vet</b>"_s));
        const QString pdf = m_fixture->dir.filePath(u"markup.pdf"_s);
        QVERIFY(PdfReport::write(report.value(), pdf, {}).ok());
        QVERIFY(pdfText(pdf).contains(u"<b>Vet</b> & <img src=\"x\"> Co"_s));
    }

    void aPathThatCannotBeWrittenLeavesNothing()
    {
        ExportDialog dialog(context(), anna());
        const QString pdf = m_fixture->dir.filePath(u"missing-folder/report.pdf"_s);
        dialog.setPath(pdf);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        auto *problem = dialog.findChild<QLabel *>(u"pathProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().startsWith(u"Cannot write"_s), qPrintable(problem->text()));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(m_fixture->dir.filePath(u"missing-folder/report.json"_s)));
        // A PDF named .json would be overwritten by its own JSON.
        dialog.setPath(m_fixture->dir.filePath(u"report.json"_s));
        QVERIFY(!dialog.exportReport());
        QVERIFY(problem->text().contains(u"same file"_s));
        QVERIFY(!QFile::exists(m_fixture->dir.filePath(u"report.json"_s)));
        // A folder is not a file name.
        dialog.setPath(m_fixture->dir.path());
        QVERIFY(problem->isHidden()); // cleared when the path changes
        QVERIFY(!dialog.exportReport());
        QVERIFY(problem->text().contains(u"is a folder"_s));
    }

    void csvTakesTheDelimiterChosen()
    {
        ExportDialog dialog(context(), anna());
        auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(u"csv"_s));
        auto *delimiter = dialog.findChild<QComboBox *>(u"delimiterCombo"_s);
        QVERIFY(delimiter->isEnabled());
        delimiter->setCurrentIndex(delimiter->findData(u";"_s));
        QVERIFY(
            dialog.findChild<QLineEdit *>(u"pathEdit"_s)->text().endsWith(u".csv"_s)); // follows the format
        const QString csv = m_fixture->dir.filePath(u"report.csv"_s);
        dialog.setPath(csv);
        QVERIFY(dialog.exportReport());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF\"Partner\";\"Tenant ID\";"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
