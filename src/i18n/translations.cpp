#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "partnerdesk.i18n", QtInfoMsg)

Translations::Translations() = default;
Translations::~Translations() = default;

QStringList Translations::supportedLanguages()
{
    return {u"en"_s, u"nl"_s};
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Dutch ? u"nl"_s : u"en"_s;
}

QString Translations::normalise(const QString &language)
{
    const QString lower = language.trimmed().toLower();
    if (lower == "nl"_L1 || lower.startsWith("nl_"_L1) || lower.startsWith("nl-"_L1)
        || lower == "nederlands"_L1)
        return u"nl"_s;
    if (lower == "en"_L1 || lower.startsWith("en_"_L1) || lower.startsWith("en-"_L1) || lower == "english"_L1)
        return u"en"_s;
    return {};
}

bool Translations::setLanguage(const QString &language)
{
    const QString lang = normalise(language);
    if (lang.isEmpty())
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();

    const QLocale locale = lang == "nl"_L1 ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (!m_app->load(u":/i18n/partnerdesk_"_s + lang))
        qCDebug(lcI18n) << "no PartnerDesk catalogue for" << lang;
    else
        QCoreApplication::installTranslator(m_app.get());
    if (lang != "en"_L1) {
        if (m_qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        else
            qCWarning(lcI18n) << "Qt's own catalogue for" << lang
                              << "is not installed (qt6-translations-l10n)";
    }
    m_language = lang;
    return true;
}
