// Switching language at run time: every visible string follows, Qt's own buttons included, nothing
// Dutch is cut off, and dates follow the chosen language.

#include "invitations/invitationspage.h"
#include "partners/partnerpage.h"
#include "partners/partnertablemodel.h"
#include "partners/removerolesdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switchesEveryVisibleString();
    void standardButtonsAndRemoveRolesDialogSpeakDutch();
    void dutchTextIsNotCutOff();
    void cutOffCheckFindsCutText();
    void invitationsPageAndAgreementDialogInDutch();
    void datesFollowTheLanguage();

private:
    void select(const QString &name);
    static QStringList cutOff(QWidget *root);

    Translations m_translations;
    std::unique_ptr<DemoRegisterFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguageSwitch::init()
{
    QVERIFY(m_translations.setLanguage(u"en"_s));
    QCoreApplication::processEvents();
    m_fixture = std::make_unique<DemoRegisterFixture>();
    QVERIFY(m_fixture->create());
    const QString path = m_fixture->path();
    UiContext context {*m_fixture->repository, repositoryOpener(path), m_fixture->clock};
    m_window = std::make_unique<MainWindow>(context);
    m_window->setOperators(m_fixture->repository->operators().value(), u"anna.devries@hetbaken.example"_s);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::PartnersPage); // the window opens on the overview
    QTRY_VERIFY(!m_window->partnerPage()->isLoading());
}

void TestLanguageSwitch::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestLanguageSwitch::select(const QString &name)
{
    QTableView *table = m_window->partnerPage()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(name));
}

void TestLanguageSwitch::switchesEveryVisibleString()
{
    select(u"Contoso Onderwijs ICT"_s);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
    auto *table = m_window->partnerPage()->table();
    auto *remove = m_window->findChild<QPushButton *>(u"removeRolesButton"_s);
    auto *reviewed = m_window->findChild<QPushButton *>(u"markReviewedButton"_s);
    auto *agreementTitle = m_window->findChild<QLabel *>(u"agreementTitle"_s);
    QCOMPARE(remove->text(), u"&Remove roles"_s);

    QAction *dutch = m_window->findChild<QAction *>(u"actionDutch"_s);
    connect(m_window.get(), &MainWindow::languageRequested, this,
        [this](const QString &language) { m_translations.setLanguage(language); });
    dutch->trigger();

    QTRY_COMPARE(navigation->item(1)->text(), u"Partnerrelaties"_s);
    QCOMPARE(m_window->windowTitle(), u"Het Baken College — PartnerDesk"_s);
    QCOMPARE(navigation->item(0)->text(), u"Overzicht"_s);
    QCOMPARE(navigation->item(2)->text(), u"Toegangsbeoordeling"_s);
    QCOMPARE(navigation->item(3)->text(), u"Te doen in Microsoft 365"_s);
    QCOMPARE(navigation->item(4)->text(), u"Uitnodigingen"_s);
    QCOMPARE(navigation->item(5)->text(), u"Een partner zoeken"_s);
    QCOMPARE(navigation->item(6)->text(), u"Audithistorie"_s);
    QCOMPARE(navigation->item(7)->text(), u"Instellingen"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"pageTitleLabel"_s)->text(), u"Partnerrelaties"_s);
    const QStringList headers {u"Partnernaam"_s, u"Risico"_s, u"Relatietype"_s, u"Rollen"_s,
        u"Overeenkomst"_s, u"Partner sinds"_s, u"Laatst beoordeeld"_s};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(table->model()->headerData(column, Qt::Horizontal).toString(), headers.at(column));
    QCOMPARE(remove->text(), u"&Rollen verwijderen"_s);
    QCOMPARE(reviewed->text(), u"&Markeren als beoordeeld"_s);
    QCOMPARE(agreementTitle->text(), u"Overeenkomst:"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"riskLabel"_s)->text().contains(u"Risico: Hoog"_s));
    QCOMPARE(m_window->menuBar()->actions().at(1)->text(), u"&Taal"_s);

    m_translations.setLanguage(u"en"_s);
    QTRY_COMPARE(navigation->item(1)->text(), u"Partner relationships"_s);
    QCOMPARE(navigation->item(0)->text(), u"Overview"_s);
    QCOMPARE(remove->text(), u"&Remove roles"_s);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Partner name"_s);
}

void TestLanguageSwitch::standardButtonsAndRemoveRolesDialogSpeakDutch()
{
    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QCoreApplication::processEvents();
    const Relationship contoso = m_fixture->repository->relationshipForPartner(contosoTenant).value().value();
    QString title, yes, no, text;
    QStringList cut;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        title = box->windowTitle();
        text = box->text();
        yes = box->button(QMessageBox::Yes)->text();
        no = box->button(QMessageBox::No)->text();
        cut = cutOff(box);
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(!RemoveRolesDialog::confirm(m_window.get(), {contoso}));
    QCOMPARE(title, u"Rollen verwijderen?"_s);
    QVERIFY2(text.contains(u"Globale beheerder"_s), qPrintable(text));
    QCOMPARE(yes.remove(u'&'), u"Ja"_s);
    QCOMPARE(no.remove(u'&'), u"Nee"_s);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

QStringList TestLanguageSwitch::cutOff(QWidget *root)
{
    QStringList problems;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            problems.append(u"button "_s + button->text());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->width() < label->sizeHint().width())
            problems.append(u"label "_s + label->text());
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || edit->placeholderText().isEmpty())
            continue;
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->width() - 12)
            problems.append(u"placeholder "_s + edit->placeholderText());
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (combo->isVisible()
            && combo->fontMetrics().horizontalAdvance(combo->currentText()) > combo->width() - 24)
            problems.append(u"combo "_s + combo->currentText());
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal)
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->sectionSize(section) < header->sectionSizeHint(section))
                problems.append(
                    u"header "_s + header->model()->headerData(section, Qt::Horizontal).toString());
        }
    }
    return problems;
}

void TestLanguageSwitch::dutchTextIsNotCutOff()
{
    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"pageTitleLabel"_s)->text(), u"Partnerrelaties"_s);
    for (const QString &name : {u"Contoso Onderwijs ICT"_s, u"Woodgrove Security"_s}) {
        select(name);
        QCoreApplication::processEvents();
        const QStringList cut = cutOff(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }
    for (MainWindow::Page page : {MainWindow::OverviewPage, MainWindow::ReviewsPage, MainWindow::HistoryPage,
             MainWindow::RegisterSettingsPage}) {
        m_window->showPage(page);
        QCoreApplication::processEvents();
        const QStringList cutOnPage = cutOff(m_window.get());
        QVERIFY2(cutOnPage.isEmpty(), qPrintable(cutOnPage.join(u'\n')));
    }
    m_window->showPage(MainWindow::PartnersPage);
    // As an operator who may only look, the pane shows the reason too.
    m_window->setOperators(m_fixture->repository->operators().value(), u"chloe.bakker@hetbaken.example"_s);
    QCoreApplication::processEvents();
    const QStringList cut = cutOff(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TestLanguageSwitch::invitationsPageAndAgreementDialogInDutch()
{
    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"pageTitleLabel"_s)->text(), u"Partnerrelaties"_s);
    m_window->openInvitation(
        u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="_s
        + contosoTenant + u"&msppId=0&DAP=true#/BillingAccounts/partner-invitation"_s);
    InvitationsPage *page = m_window->invitationsPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->table()->rowCount(), 1);
    QCoreApplication::processEvents();
    QVERIFY2(
        page->reviewLabel()->text().contains(u"Globale beheerder en Helpdeskbeheerder, zonder einddatum"_s),
        qPrintable(page->reviewLabel()->text()));
    const QStringList cutOnPage = cutOff(m_window.get());
    QVERIFY2(cutOnPage.isEmpty(), qPrintable(cutOnPage.join(u'\n')));

    QString title, accept, check, text;
    QStringList cutInDialog;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        dialog->resize(dialog->sizeHint());
        QCoreApplication::processEvents();
        title = dialog->windowTitle();
        accept = dialog->findChild<QPushButton *>(u"acceptButton"_s)->text();
        check = dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->text();
        text = dialog->findChild<QTextBrowser *>(u"agreementView"_s)->toPlainText();
        cutInDialog = cutOff(dialog);
        dialog->findChild<QPushButton *>(u"closeButton"_s)->click();
    });
    page->acceptButton()->click();
    QCOMPARE(title, u"Overeenkomst accepteren & partner machtigen"_s);
    QCOMPARE(accept, u"Accepteren && autoriseren"_s);
    QCOMPARE(check, u"Ik bevestig dat ik de Microsoft-klantovereenkomst heb gelezen"_s);
    QVERIFY2(text.contains(u"Microsoft-klantovereenkomst — samenvatting"_s), qPrintable(text.left(200)));
    QVERIFY2(cutInDialog.isEmpty(), qPrintable(cutInDialog.join(u'\n')));
}

void TestLanguageSwitch::cutOffCheckFindsCutText()
{
    // The layout check itself must be able to fail.
    QWidget host;
    auto *button = new QPushButton(u"Overeenkomst accepteren & partner machtigen"_s, &host);
    auto *label = new QLabel(u"Beheerdersrollen van de partner"_s, &host);
    button->setGeometry(0, 0, 40, 30);
    label->setGeometry(0, 40, 40, 20);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    const QStringList cut = cutOff(&host);
    QCOMPARE(cut.size(), 2);
    button->resize(button->sizeHint());
    label->resize(label->sizeHint());
    QVERIFY(cutOff(&host).isEmpty());
}

void TestLanguageSwitch::datesFollowTheLanguage()
{
    QTableView *table = m_window->partnerPage()->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == "Fabrikam Cloud Solutions"_L1)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex since = table->model()->index(row, PartnerTableModel::PartnerSinceColumn);
    const QDate date
        = QDateTime::fromMSecsSinceEpoch(since.data(PartnerTableModel::SortKeyRole).toLongLong(), Qt::UTC)
              .toLocalTime()
              .date();
    QCOMPARE(since.data().toString(), date.toString(u"dd/MM/yyyy"_s)); // English (United Kingdom)
    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QTRY_COMPARE(since.data().toString(), date.toString(u"dd-MM-yyyy"_s)); // Dutch
    QVERIFY(table->model()
                ->index(row, PartnerTableModel::AgreementColumn)
                .data()
                .toString()
                .startsWith(u"Geaccepteerd op "_s));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
