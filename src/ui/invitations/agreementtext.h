#pragma once
// AgreementText: the Microsoft Customer Agreement summary bundled with the app, in the language shown.
// What is hashed on acceptance is exactly this text.

#include <QDate>
#include <QString>

struct AgreementText
{
    static constexpr auto kFullTextUrl = "https://aka.ms/customeragreement";

    QString agreementId; // stable identifier recorded with an acceptance
    QString version;
    QDate issued; // the month the bundled summary follows, for people: "version of November 2026"
    QString html; // the summary exactly as shown

    static AgreementText bundled(const QString &language); // "nl" or "en"; anything else: English
};
