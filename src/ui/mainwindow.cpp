#include "mainwindow.h"

#include "partnertablemodel.h"
#include "ports.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(RegisterRepository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_repository(repository)
    , m_model(new PartnerTableModel(this))
    , m_languageGroup(new QActionGroup(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->pageTitleLabel->setFont(titleFont);

    m_ui->partnerTable->setModel(m_model);
    QHeaderView *vertical = m_ui->partnerTable->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->hide();
    QHeaderView *horizontal = m_ui->partnerTable->horizontalHeader();
    horizontal->setSectionResizeMode(QHeaderView::Interactive);
    horizontal->setStretchLastSection(true);
    horizontal->resizeSection(PartnerTableModel::NameColumn, 260);
    horizontal->resizeSection(PartnerTableModel::TypeColumn, 300);

    m_languageGroup->addAction(m_ui->actionDutch);
    m_languageGroup->addAction(m_ui->actionEnglish);
    m_languageGroup->setExclusive(true);
    m_ui->actionDutch->setData(u"nl"_s);
    m_ui->actionEnglish->setData(u"en"_s);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { Q_EMIT languageRequested(action->data().toString()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->operatorCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateOperatorDetails();
        Q_EMIT operatorChanged(currentOperator());
    });

    if (auto organisation = m_repository.organisation())
        m_organisationName = organisation->name;
    retranslate();
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::setOperators(const QList<Operator> &operators, const QString &currentUpn)
{
    m_operators = operators;
    QSignalBlocker blocker(m_ui->operatorCombo);
    m_ui->operatorCombo->clear();
    int current = 0;
    for (int i = 0; i < operators.size(); ++i) {
        m_ui->operatorCombo->addItem(operators.at(i).displayName, operators.at(i).upn);
        if (operators.at(i).upn.compare(currentUpn, Qt::CaseInsensitive) == 0)
            current = i;
    }
    m_ui->operatorCombo->setCurrentIndex(current);
    updateOperatorDetails();
}

Operator MainWindow::currentOperator() const
{
    const int index = m_ui->operatorCombo->currentIndex();
    return (index >= 0 && index < m_operators.size()) ? m_operators.at(index) : Operator {};
}

void MainWindow::setCurrentLanguage(const QString &language)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

bool MainWindow::reload()
{
    auto relationships = m_repository.relationships();
    if (!relationships) {
        m_loadError = relationships.error().message;
        m_model->setRelationships({});
        updateStatus();
        return false;
    }
    m_loadError.clear();
    m_model->setRelationships(std::move(relationships).value());
    updateStatus();
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(
        m_organisationName.isEmpty() ? tr("PartnerDesk") : tr("%1 — PartnerDesk").arg(m_organisationName));
    m_ui->organisationLabel->setText(m_organisationName);
    m_model->retranslate();
    updateOperatorDetails();
    updateStatus();
}

void MainWindow::updateOperatorDetails()
{
    const Operator op = currentOperator();
    const QString roles = op.roles.isEmpty() ? tr("no admin roles") : op.rolesDisplay();
    m_ui->operatorRolesLabel->setText(tr("(%1)").arg(roles));
    m_ui->operatorCombo->setToolTip(op.upn);
}

void MainWindow::updateStatus()
{
    if (!m_loadError.isEmpty()) {
        statusBar()->showMessage(m_loadError);
        return;
    }
    const int count = m_model->rowCount();
    statusBar()->showMessage(
        count == 0 ? tr("No partners in the register yet.") : tr("%n partner(s)", nullptr, count));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PartnerDesk"),
        tr("<p><b>PartnerDesk %1</b></p><p>A register of your organisation's Microsoft partner "
           "relationships: who your partners are, which admin roles they hold, and every "
           "decision taken about them.</p><p>PartnerDesk records your decisions; changes in "
           "your tenant itself are made in the Microsoft 365 admin center.</p>")
            .arg(QCoreApplication::applicationVersion()));
}
