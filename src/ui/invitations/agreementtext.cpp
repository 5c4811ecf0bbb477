#include "invitations/agreementtext.h"

#include <QFile>

using namespace Qt::StringLiterals;

AgreementText AgreementText::bundled(const QString &language)
{
    const QString lang = language == "nl"_L1 ? u"nl"_s : u"en"_s;
    QFile file(u":/agreements/mca-%1.html"_s.arg(lang));
    AgreementText text;
    text.agreementId = u"MicrosoftCustomerAgreement"_s;
    // The version of the bundled summary; it changes whenever the text in resources/agreements does.
    text.version = u"2026-11-%1"_s.arg(lang);
    text.issued = QDate(2026, 11, 1);
    if (file.open(QIODevice::ReadOnly))
        text.html = QString::fromUtf8(file.readAll());
    return text;
}
