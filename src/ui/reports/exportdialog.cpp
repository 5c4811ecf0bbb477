#include "reports/exportdialog.h"

#include "activity/activityrepository.h"
#include "common/clock.h"
#include "reports/pdfreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportcsv.h"
#include "reports/reportfile.h"
#include "reports/reportjson.h"
#include "review/reviewrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(UiContext context, const Operator &actor, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_actor(actor)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("PDF — to read and hand to an auditor"), u"pdf"_s);
    m_format->addItem(tr("CSV — for a spreadsheet"), u"csv"_s);
    m_format->addItem(tr("JSON — to check later with verify-report"), u"json"_s);
    form->addRow(tr("&Format:"), m_format);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(u"Nederlands"_s, u"nl"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(QLocale().language() == QLocale::Dutch ? 0 : 1);
    form->addRow(tr("&Language:"), m_language);
    m_review = new QComboBox(this);
    m_review->setObjectName(u"reviewCombo"_s);
    if (m_context.reviews) {
        if (auto reviews = m_context.reviews->reviews()) {
            for (const Review &r : reviews.value())
                m_review->addItem(u"%1 — %2"_s.arg(r.title, r.progressText()), r.id);
        }
    }
    m_review->addItem(tr("No review: the register as it is"), qint64(-1));
    form->addRow(tr("&Review:"), m_review);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(u"delimiterCombo"_s);
    m_delimiter->addItem(tr("Semicolon (;) — Excel with Dutch settings"), u";"_s);
    m_delimiter->addItem(tr("Comma (,)"), u","_s);
    m_delimiter->setCurrentIndex(QLocale().language() == QLocale::Dutch ? 0 : 1);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_alsoJson = new QCheckBox(
        tr("Also save the report as &JSON beside it, to check it against the register"), this);
    m_alsoJson->setObjectName(u"alsoJsonCheck"_s);
    m_alsoJson->setChecked(true);
    form->addRow(QString(), m_alsoJson);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    m_pathProblem = new QLabel(this);
    m_pathProblem->setObjectName(u"pathProblem"_s);
    m_pathProblem->setTextFormat(Qt::PlainText);
    m_pathProblem->setWordWrap(true);
    m_pathProblem->setStyleSheet(u"color: #c62828;"_s);
    m_pathProblem->hide();
    auto *pathBox = new QVBoxLayout;
    pathBox->addLayout(pathRow);
    pathBox->addWidget(m_pathProblem);
    form->addRow(pathLabel, pathBox);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"exportButton"_s);
    layout->addWidget(buttons);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(tr("partner-access-report") + u".pdf"_s));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The file's extension follows the format.
        const QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty())
            m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + format()));
        updateFields();
    });
    connect(m_path, &QLineEdit::textChanged, m_pathProblem, &QWidget::hide);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export report"), m_path->text(),
            format() == "pdf"_L1       ? tr("PDF (*.pdf)")
                : format() == "csv"_L1 ? tr("CSV (*.csv)")
                                       : tr("JSON (*.json)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportReport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateFields()
{
    m_delimiter->setEnabled(format() == "csv"_L1);
    m_alsoJson->setEnabled(format() == "pdf"_L1);
}

bool ExportDialog::exportReport()
{
    const QString path = m_path->text().trimmed();
    const auto problem = [this](const QString &message) {
        m_pathProblem->setText(message);
        m_pathProblem->show();
        m_path->setFocus(Qt::OtherFocusReason);
        return false;
    };
    if (path.isEmpty())
        return problem(tr("Choose where to save the report."));
    if (QFileInfo(path).isDir())
        return problem(tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(path)));
    const QString jsonPath
        = QDir(QFileInfo(path).path()).filePath(QFileInfo(path).completeBaseName() + u".json"_s);
    const bool withJson = format() == "pdf"_L1 && m_alsoJson->isChecked();
    if (withJson && QFileInfo(jsonPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return problem(tr("The PDF and its JSON would be the same file; give the PDF the extension .pdf."));
    if (withJson && QFileInfo::exists(jsonPath)) {
        QMessageBox box(QMessageBox::Question, tr("Replace the JSON?"),
            tr("%1 exists already. Replace it with this report's JSON?")
                .arg(QDir::toNativeSeparators(jsonPath)),
            QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(u"replaceJsonQuestion"_s);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return problem(tr("Choose another name, or clear \"Also save the report as JSON\"."));
    }
    ReportBuilder::Request request;
    request.language = m_language->currentData().toString();
    request.asOfUtc = m_context.clock.nowUtc();
    request.producedByUpn = m_actor.upn;
    request.producedByName = m_actor.displayName;
    request.reviewId = m_review->currentData().toLongLong();
    Status written = Done {};
    const auto work = [&] {
        ReportBuilder builder(m_context.repository, m_context.activity, m_context.reviews);
        auto report = builder.build(request);
        if (!report) {
            written = report.error();
            return;
        }
        if (format() == "csv"_L1) {
            written = ReportFile::write(
                path, ReportCsv::write(report.value(), m_delimiter->currentData().toString().at(0)));
        } else if (format() == "json"_L1) {
            written = ReportFile::write(path, ReportJson::write(report.value()));
        } else {
            const QByteArray json = withJson ? ReportJson::write(report.value()) : QByteArray();
            if (withJson)
                written = ReportFile::write(jsonPath, json);
            if (written) {
                PdfReport::Options options;
                options.registerPath = m_context.registerPath;
                options.jsonPath = withJson ? jsonPath : QString();
                if (withJson)
                    options.jsonSha256 = QString::fromLatin1(
                        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
                written = PdfReport::write(report.value(), path, options);
            }
        }
    };
    if (m_context.inLanguage)
        m_context.inLanguage(request.language, work);
    else
        work();
    if (!written)
        return problem(written.error().message);
    m_written = format() == "pdf"_L1 && m_alsoJson->isChecked()
        ? tr("Saved the report to %1 and, to check it, %2.")
              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(jsonPath))
        : tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path));
    return true;
}
