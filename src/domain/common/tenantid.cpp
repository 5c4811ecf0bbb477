#include "common/tenantid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString TenantId::pattern()
{
    return u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s;
}

bool TenantId::isValid(const QString &text)
{
    static const QRegularExpression whole(u"^"_s + pattern() + u"$"_s);
    return whole.match(text).hasMatch();
}

QString TenantId::find(const QString &text)
{
    static const QRegularExpression anywhere(pattern());
    return anywhere.match(text).captured(0).toLower();
}
