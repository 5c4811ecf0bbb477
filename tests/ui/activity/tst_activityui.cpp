// The sign-in evidence in the window: File > Import… of a real sign-in log with its dry run and Keep,
// the partner list's Last sign-in column, the banner for providers not in the register, the
// details' activity panel and its chart.

#include "activity/activityimportdialog.h"
#include "activity/activitypanel.h"
#include "activity/signinchart.h"
#include "activity/signingenerator.h"
#include "activity/sqlactivityrepository.h"
#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "relationships/riskassessment.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
const QString kOrganisation = u"9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"_s;

std::function<Result<ActivityConnection>()> activityOpener(const QString &path)
{
    return [path] { return SqlActivityRepository::openConnection(path); };
}
} // namespace

class TestActivityUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<SqlActivityRepository> m_activity;

    UiContext context() const
    {
        UiContext c {*m_fixture->repository, repositoryOpener(m_fixture->path()), m_fixture->clock};
        c.activity = m_activity.get();
        c.openActivity = activityOpener(m_fixture->path());
        return c;
    }
    Operator operatorNamed(const QString &upn) const
    {
        for (const Operator &op : m_fixture->repository->operators().value()) {
            if (op.upn == upn)
                return op;
        }
        return {};
    }
    QString demoLog() const
    {
        const QString path = m_fixture->dir.filePath(u"signins.json"_s);
        if (!QFile::exists(path)) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)
                || !SignInGenerator::write(file, SignInGenerator::demo(kOrganisation, fixedNow())))
                qFatal("cannot write the log");
        }
        return path;
    }
    static bool waitForPlan(ActivityImportDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isReading(); }, 20000);
    }
    void importDemoLog()
    {
        ActivityImportDialog dialog(context(), operatorNamed(u"anna.devries@hetbaken.example"_s), demoLog());
        QVERIFY(waitForPlan(dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"activityKeepButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    int rowOf(PartnerPage *page, const QString &name) const
    {
        QAbstractItemModel *model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, PartnerTableModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<DemoRegisterFixture>();
        QVERIFY(m_fixture->create());
        m_activity = std::make_unique<SqlActivityRepository>(
            *m_fixture->database, m_fixture->repository->notifier());
    }
    void cleanup()
    {
        m_activity.reset();
        m_fixture.reset();
    }

    void dryRunThenKeep()
    {
        ActivityImportDialog dialog(context(), operatorNamed(u"anna.devries@hetbaken.example"_s), demoLog());
        QVERIFY(waitForPlan(dialog));
        QVERIFY(dialog.plan());
        auto *keep = dialog.findChild<QPushButton *>(u"activityKeepButton"_s);
        QVERIFY(keep->isEnabled());
        const QString details = dialog.findChild<QPlainTextEdit *>(u"activityDetails"_s)->toPlainText();
        QVERIFY2(details.contains(u"Margie's Travel IT"_s), qPrintable(details));
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), 0); // nothing before Keep
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM signins"_s), dialog.plan()->scan.signIns.size());
        QVERIFY(!dialog.resultText().isEmpty());
    }

    void helpdeskSeesButCannotKeep()
    {
        ActivityImportDialog dialog(context(), operatorNamed(u"chloe.bakker@hetbaken.example"_s), demoLog());
        QVERIFY(waitForPlan(dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"activityKeepButton"_s)->isEnabled());
        auto *reason = dialog.findChild<QLabel *>(u"activityReasonLabel"_s);
        QVERIFY(!reason->isHidden());
        QVERIFY(!reason->text().isEmpty());
    }

    void brokenLogCannotBeKept()
    {
        QFile whole(demoLog());
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = m_fixture->dir.filePath(u"cut.json"_s);
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.readAll().chopped(50));
        out.close();
        ActivityImportDialog dialog(context(), operatorNamed(u"anna.devries@hetbaken.example"_s), cut);
        QVERIFY(waitForPlan(dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"activityKeepButton"_s)->isEnabled());
        QVERIFY(
            dialog.findChild<QPlainTextEdit *>(u"activityDetails"_s)->toPlainText().contains(u"cut off"_s));
        QVERIFY(!dialog.findChild<QLabel *>(u"activityReasonLabel"_s)->isHidden());
    }

    void partnerPageShowsTheEvidence()
    {
        MainWindow window(context());
        window.setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PartnerPage *page = window.partnerPage();
        QTRY_VERIFY(!page->isLoading());
        auto *banner = page->findChild<QLabel *>(u"unknownProvidersLabel"_s);
        QVERIFY(banner->isHidden());
        const int contoso = rowOf(page, u"Contoso Onderwijs ICT"_s);
        QVERIFY(contoso >= 0);
        // Without evidence nothing is known: the column is blank, not "none".
        QCOMPARE(
            page->model()->index(contoso, PartnerTableModel::LastSignInColumn).data().toString(), QString());

        importDemoLog();
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(u"Margie's Travel IT"_s));
        QTRY_VERIFY(!page->model()
                         ->index(rowOf(page, u"Contoso Onderwijs ICT"_s), PartnerTableModel::LastSignInColumn)
                         .data()
                         .toString()
                         .isEmpty());
        const int fabrikam = rowOf(page, u"Fabrikam Cloud Solutions"_s);
        QCOMPARE(page->model()->index(fabrikam, PartnerTableModel::LastSignInColumn).data().toString(),
            u"None in the logs"_s);
        // The risk the evidence adds shows in the list without reopening it.
        const int northwind = rowOf(page, u"Northwind Beheer B.V."_s);
        QVERIFY(page->model()->index(northwind, 0).data(PartnerTableModel::RiskFlagsRole).toInt()
            & RiskAssessment::UnusedAdminRoles);

        page->selectPartner(woodgroveTenant);
        auto *panel = page->findChild<ActivityPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->text().contains(u"Last sign-in"_s));
        QVERIFY(panel->text().contains(u"new in the last 30 days: US"_s));
        auto *chart = panel->findChild<SignInChart *>();
        QVERIFY(!chart->weeks().isEmpty());
        page->selectPartner(fabrikamTenant);
        QTRY_VERIFY(panel->text().startsWith(u"No sign-in in the imported logs"_s));
        QVERIFY(chart->isHidden());
        if (const QByteArray folder = qgetenv("PARTNERDESK_SHOTS"); !folder.isEmpty()) {
            page->selectPartner(woodgroveTenant);
            QTest::qWait(50);
            panel->grab().save(QString::fromLocal8Bit(folder) + u"/activity-panel.png"_s);
        }
    }

    void panelWithoutEvidenceSaysSo()
    {
        ActivityPanel panel;
        panel.showActivity({}, std::nullopt);
        QVERIFY(panel.text().startsWith(u"No activity evidence"_s));
        // The audit log's partner activities are shown even without sign-in evidence, as plain text.
        PartnerEvent removed {u"Directory_1"_s,
            QDateTime(QDate(2026, 11, 21), QTime(9, 12), Qt::UTC).toMSecsSinceEpoch(),
            u"Remove partner from company"_s, northwindTenant, u"<b>Northwind</b>"_s, u"success"_s,
            u"anna.devries@hetbaken.example"_s};
        panel.showActivity({}, std::nullopt, {removed});
        QVERIFY2(panel.text().contains(u"Remove partner from company on"_s), qPrintable(panel.text()));
        QVERIFY(panel.text().contains(u"anna.devries@hetbaken.example: success"_s));
        QCOMPARE(panel.findChild<QLabel *>(u"activityValue"_s)->textFormat(), Qt::PlainText);
    }

    void chartDescribesItsBars()
    {
        SignInChart chart;
        chart.resize(400, 100);
        const qint64 week = 7 * 24 * 3600 * qint64(1000);
        const qint64 monday = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        chart.setWeeks({{monday, 3}, {monday + week, 0}, {monday + 2 * week, 9}, {monday + 3 * week, 1}});
        QVERIFY2(chart.describe().contains(u"4 weeks: 13 in all"_s), qPrintable(chart.describe()));
        QVERIFY(chart.describe().contains(u"weeks without any: 1"_s));
        QCOMPARE(chart.accessibleDescription(), chart.describe());
        QCOMPARE(chart.barAt(QPoint(5, 50)), 0);
        QCOMPARE(chart.barAt(QPoint(395, 50)), 3);
        QVERIFY(!chart.grab().isNull());
    }
};

QTEST_MAIN(TestActivityUi)
#include "tst_activityui.moc"
