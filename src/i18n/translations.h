#pragma once
// Translations: loads PartnerDesk's and Qt's own catalogues for a language and switches them at run time.

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

class Translations
{
public:
    Translations();
    ~Translations();

    static QStringList supportedLanguages(); // "en", "nl"
    static QString systemLanguage(); // any nl_* locale gives "nl", otherwise "en"
    static QString normalise(const QString &language); // "nl", "en" or empty when unsupported

    // Installs the catalogues and sets the default QLocale; Qt then sends LanguageChange to every
    // widget. Returns false for an unsupported language.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};
