#pragma once
// AgreementAcceptance: who accepted which Microsoft Customer Agreement text, when, for which partner.

#include <QDateTime>
#include <QString>

struct AgreementAcceptance
{
    QString acceptedByName;
    QString acceptedByUpn;
    QDateTime acceptedAtUtc;
    QString agreementId; // e.g. "MCA"
    QString agreementVersion; // e.g. "2024-04"
    QString textSha256; // hex SHA-256 of the exact text shown when accepting

    bool isAccepted() const { return acceptedAtUtc.isValid(); }
    friend bool operator==(const AgreementAcceptance &, const AgreementAcceptance &) = default;
};
