#include "audit/auditevent.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray AuditEvent::canonicalContent() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical for equal content.
    QJsonObject content;
    content.insert(u"seq"_s, sequence);
    content.insert(u"at"_s, atUtc.toUTC().toString(Qt::ISODateWithMs));
    content.insert(u"operatorUpn"_s, operatorUpn);
    content.insert(u"operatorName"_s, operatorName);
    content.insert(u"action"_s, action);
    content.insert(u"partnerTenantId"_s, partnerTenantId);
    content.insert(u"partnerName"_s, partnerName);
    content.insert(u"before"_s, before);
    content.insert(u"after"_s, after);
    content.insert(u"prev"_s, previousHash);
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString AuditEvent::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256).toHex());
}
