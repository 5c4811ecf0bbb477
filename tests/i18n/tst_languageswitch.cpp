// Switching language at run time: every visible string follows, Qt's own buttons included, nothing
// Dutch is cut off, and dates follow the chosen language.

#include "history/audithistorypage.h"
#include "invitations/invitationspage.h"
#include "partners/partnereditdialog.h"
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
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
// What a person reads: accelerators removed, markup turned into text.
QString plain(const QString &text)
{
    QString t = text;
    if (Qt::mightBeRichText(t))
        t = QTextDocumentFragment::fromHtml(t).toPlainText();
    t.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
    return t.simplified();
}

// Every English text of the translation files whose Dutch differs, as a pattern where arguments (%1,
// %n) match anything. A text that still matches one after switching to Dutch was left in English.
struct EnglishTexts
{
    QList<QRegularExpression> whole; // short texts: only a whole string counts
    QList<QRegularExpression> inside; // sentences: found inside a longer text too
    QStringList sources;

    // Each message as context, source, then the translation's text or numerus forms.
    static QList<QStringList> read(const QString &path, QHash<QString, QStringList> *forms)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QList<QStringList> messages;
        QString context;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                source.clear();
            } else if (name == "source"_L1) {
                source = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                const bool gone = type == "vanished"_L1 || type == "obsolete"_L1;
                QStringList message {context, source};
                if (!numerus) {
                    message << xml.readElementText();
                } else {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == "numerusform"_L1)
                            message << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                }
                if (gone)
                    continue;
                if (forms)
                    forms->insert(context + u'\x04' + source, message.mid(2));
                messages.append(message);
            }
        }
        return messages;
    }

    static EnglishTexts load(const QString &tsDir)
    {
        QHash<QString, QStringList> english;
        read(QDir(tsDir).filePath(u"partnerdesk_en.ts"_s), &english);
        EnglishTexts texts;
        const QRegularExpression argument(u"%L?(?:\\d+|n)"_s);
        const QRegularExpression letters(u"[A-Za-z]{3,}"_s);
        for (const QStringList &m : read(QDir(tsDir).filePath(u"partnerdesk_nl.ts"_s), nullptr)) {
            const QStringList dutch = m.mid(2);
            QStringList forms = english.value(m.at(0) + u'\x04' + m.at(1));
            forms.removeAll(QString());
            if (forms.isEmpty())
                forms = {m.at(1)};
            for (const QString &form : std::as_const(forms)) {
                const QString text = plain(form);
                if (dutch.isEmpty() || dutch.contains(form) || plain(dutch.constFirst()) == text)
                    continue; // the same in both languages: not a leftover
                const QString literal = QString(text).remove(argument);
                if (!literal.contains(letters))
                    continue; // "%1 (%2)" says nothing about a language
                QStringList parts;
                for (const QString &part : text.split(argument))
                    parts.append(QRegularExpression::escape(part));
                const QString pattern = parts.join(u".*"_s);
                const bool sentence = literal.simplified().size() >= 24 && literal.contains(u' ');
                (sentence ? texts.inside : texts.whole)
                    .append(QRegularExpression(sentence ? pattern : u"^(?:"_s + pattern + u")$"_s,
                        QRegularExpression::DotMatchesEverythingOption));
                texts.sources.append(text);
            }
        }
        return texts;
    }

    // The English text a Dutch screen still shows, or an empty string.
    QString leftover(const QString &shown) const
    {
        const QString text = plain(shown);
        for (int i = 0; i < whole.size(); ++i) {
            if (whole.at(i).match(text).hasMatch())
                return whole.at(i).pattern();
        }
        for (int i = 0; i < inside.size(); ++i) {
            if (inside.at(i).match(text).hasMatch())
                return inside.at(i).pattern();
        }
        return {};
    }
};
} // namespace

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
    void noEnglishLeftOnAnyPage();
    void invitationMessageOutlivesTheSwitch();
    void partnerColumnsFitAt1280_data();
    void partnerColumnsFitAt1280();
    void leftoverCheckFindsEnglish();

private:
    void select(const QString &name);
    static QStringList cutOff(QWidget *root);
    static QStringList visibleTexts(QWidget *window);

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
    // A pane that never scrolls sideways cuts off whatever is wider than it.
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (area->isVisible() && area->widget() && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
            && area->widget()->width() > area->viewport()->width())
            problems.append(u"pane %1 (%2 px in %3 px)"_s.arg(area->objectName())
                                .arg(area->widget()->width())
                                .arg(area->viewport()->width()));
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
        const bool wraps = header->defaultAlignment() & Qt::TextWordWrap;
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            // A header that wraps at spaces needs room for its longest word, and a line for each.
            int longestWord = 0;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, header->fontMetrics().horizontalAdvance(word));
            const bool wrapped = wraps && header->sectionSize(section) >= longestWord + margin
                && header->height() >= 2 * header->fontMetrics().lineSpacing();
            if (!wrapped && header->sectionSize(section) < header->sectionSizeHint(section))
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
    // Dragged as far right as the splitter allows, the details stay as wide as their widest action.
    auto *splitter = m_window->partnerPage()->findChild<QSplitter *>(u"splitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({100000, 1});
    QCoreApplication::processEvents();
    QVERIFY(splitter->sizes().at(1) > 1);
    const QStringList squeezed = cutOff(m_window.get());
    QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(u'\n')));
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
    // The agreement's date as Dutch writes dates, and in words in its tooltip.
    const QModelIndex agreement = table->model()->index(row, PartnerTableModel::AgreementColumn);
    QVERIFY(QDate::fromString(agreement.data().toString(), u"dd-MM-yyyy"_s).isValid());
    QVERIFY2(agreement.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(u"Microsoft-klantovereenkomst geaccepteerd op "_s),
        qPrintable(agreement.data(Qt::ToolTipRole).toString()));
    // The partner form opened now reads and writes its dates as Dutch does, with four-digit years.
    const QList<Operator> operators = m_fixture->repository->operators().value();
    const auto anna = std::find_if(operators.cbegin(), operators.cend(),
        [](const Operator &o) { return o.upn == "anna.devries@hetbaken.example"_L1; });
    QVERIFY(anna != operators.cend());
    PartnerEditDialog form(*m_fixture->repository, m_fixture->clock, *anna, std::nullopt);
    const QString dutch = QLocale(QLocale::Dutch, QLocale::Netherlands).dateTimeFormat(QLocale::ShortFormat);
    QVERIFY(dutch.startsWith(u"dd-MM-yyyy"_s));
    for (const QString &name : {u"acceptedOnEdit"_s, u"gdapStartEdit"_s}) {
        auto *edit = form.findChild<QDateTimeEdit *>(name);
        QVERIFY(edit);
        QCOMPARE(edit->displayFormat(), dutch);
        QCOMPARE(edit->text(), QLocale().toString(edit->dateTime(), dutch));
    }
}

QStringList TestLanguageSwitch::visibleTexts(QWidget *window)
{
    QStringList texts {window->windowTitle()};
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        texts << main->statusBar()->currentMessage();
        for (QAction *menu : main->menuBar()->actions()) {
            texts << menu->text();
            if (menu->menu()) {
                for (QAction *action : menu->menu()->actions())
                    texts << action->text() << action->toolTip();
            }
        }
    }
    const auto shown = [window](QWidget *w) { return w->isVisibleTo(window); };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w))
            continue;
        texts << w->toolTip() << w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(model->rowCount(), 40); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    texts << model->index(r, c).data().toString()
                          << model->index(r, c).data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

void TestLanguageSwitch::noEnglishLeftOnAnyPage()
{
    const EnglishTexts english = EnglishTexts::load(QStringLiteral(PARTNERDESK_TS_DIR));
    QVERIFY2(english.sources.size() > 500, qPrintable(QString::number(english.sources.size())));
    // Leave a message and a result on the pages that keep one: an invitation added, the history
    // verified, a search in the directory.
    select(u"Contoso Onderwijs ICT"_s);
    m_window->showPage(MainWindow::InvitationsPage);
    QVERIFY(m_window->invitationsPage()->addLink(
        u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        "0d9e8f7a-1234-4abc-9def-0123456789ab&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Invitation added"_s));
    m_window->showPage(MainWindow::HistoryPage);
    m_window->historyPage()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->historyPage()->isVerifying(), 30000);
    QVERIFY(!m_window->findChild<QLabel *>(u"verifyResultLabel"_s)->text().isEmpty());

    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QTRY_COMPARE(
        m_window->findChild<QListWidget *>(u"navigationList"_s)->item(1)->text(), u"Partnerrelaties"_s);
    QStringList found;
    const auto check = [&](const QString &where) {
        for (const QString &text : visibleTexts(m_window.get())) {
            if (const QString pattern = english.leftover(text); !pattern.isEmpty())
                found << u"%1: \"%2\" (%3)"_s.arg(where, text.left(120), pattern.left(80));
        }
    };
    // The pages in the order they were left: the message each kept must be Dutch now too.
    for (const MainWindow::Page page : {MainWindow::HistoryPage, MainWindow::InvitationsPage,
             MainWindow::OverviewPage, MainWindow::PartnersPage, MainWindow::ReviewsPage,
             MainWindow::TodoListPage, MainWindow::FindPartnerPage, MainWindow::RegisterSettingsPage}) {
        m_window->showPage(page);
        QCoreApplication::processEvents();
        check(m_window->findChild<QLabel *>(u"pageTitleLabel"_s)->text());
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
    // Not only no English: the messages left are the same ones, said in Dutch, and the date edits
    // read dates as Dutch writes them.
    m_window->showPage(MainWindow::InvitationsPage);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Uitnodiging toegevoegd"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
    m_window->showPage(MainWindow::HistoryPage);
    QVERIFY(m_window->findChild<QLabel *>(u"verifyResultLabel"_s)
                ->text()
                .startsWith(u"De hele historie is intact"_s));
    const QString dutchDates = QLocale(QLocale::Dutch, QLocale::Netherlands).dateFormat(QLocale::ShortFormat);
    QCOMPARE(m_window->findChild<QDateEdit *>(u"fromDate"_s)->displayFormat(), dutchDates);
}

void TestLanguageSwitch::invitationMessageOutlivesTheSwitch()
{
    // The switch reloads the page; with no row selected that reload counts the waiting invitations
    // again. The message the admin was reading is still the one shown, now in Dutch, while the page
    // is in view.
    m_window->showPage(MainWindow::InvitationsPage);
    QVERIFY(m_window->invitationsPage()->addLink(
        u"https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
        "0d9e8f7a-1234-4abc-9def-0123456789ab&msppId=0&DAP=false#/BillingAccounts/partner-invitation"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Invitation added"_s));
    auto *table = m_window->findChild<QTableWidget *>(u"invitationTable"_s);
    QVERIFY(table);
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());

    QVERIFY(m_translations.setLanguage(u"nl"_s));
    QCoreApplication::processEvents();
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Uitnodiging toegevoegd"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestLanguageSwitch::leftoverCheckFindsEnglish()
{
    // The check itself: English texts are found, whole or inside a sentence; Dutch and names are not.
    const EnglishTexts english = EnglishTexts::load(QStringLiteral(PARTNERDESK_TS_DIR));
    QVERIFY(!english.leftover(u"Partner relationships"_s).isEmpty());
    QVERIFY(!english.leftover(u"&Remove roles"_s).isEmpty());
    QVERIFY(!english.leftover(u"Done. Invitation added: review it, then accept or cancel it."_s).isEmpty());
    QVERIFY(english.leftover(u"Partnerrelaties"_s).isEmpty());
    QVERIFY(english.leftover(u"Contoso Onderwijs ICT"_s).isEmpty());
    QVERIFY(english.leftover(u"14 van 14 partners"_s).isEmpty());
}

void TestLanguageSwitch::partnerColumnsFitAt1280_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestLanguageSwitch::partnerColumnsFitAt1280()
{
    QFETCH(QString, language);
    QVERIFY(m_translations.setLanguage(language));
    QCoreApplication::processEvents();
    QTableView *table = m_window->partnerPage()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    // At 1280 px every column is in view without scrolling sideways; the risk, second, certainly.
    QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const int risk = PartnerTableModel::RiskColumn;
    QVERIFY(header->sectionViewportPosition(risk) + header->sectionSize(risk) <= viewport);
    int last = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            last = std::max(last, header->sectionViewportPosition(c) + header->sectionSize(c));
    }
    QStringList sizes;
    for (int c = 0; c < header->count(); ++c)
        sizes << u"%1=%2"_s.arg(table->model()->headerData(c, Qt::Horizontal).toString())
                     .arg(header->sectionSize(c));
    QVERIFY2(last <= viewport,
        qPrintable(u"%1 px of columns in %2 px: %3"_s.arg(last).arg(viewport).arg(sizes.join(u", "_s))));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // A name cut short is whole in its tooltip.
    const QModelIndex name = table->model()->index(0, PartnerTableModel::NameColumn);
    QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(name.data().toString().toHtmlEscaped()),
        qPrintable(name.data(Qt::ToolTipRole).toString()));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
