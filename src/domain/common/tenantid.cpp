#include "common/tenantid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString TenantId::pattern()
{
    return u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s;
}

bool TenantId::isValid(const QString &text)
{
    // Anchored: "^...$" would also accept a GUID followed by a newline.
    static const QRegularExpression whole(QRegularExpression::anchoredPattern(pattern()));
    return whole.match(text).hasMatch();
}

QString TenantId::find(const QString &text)
{
    static const QRegularExpression anywhere(pattern());
    return anywhere.match(text).captured(0).toLower();
}
