#include "import/importformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool containsKey(QByteArrayView head, QByteArrayView key)
{
    return head.indexOf(key) >= 0;
}

} // namespace

ImportFormat::Kind ImportFormat::detect(QByteArrayView content)
{
    QByteArrayView head = content.first(std::min<qsizetype>(content.size(), 1 << 20));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i == head.size())
        return Kind::Unknown;
    if (head[i] == '{' || head[i] == '[') {
        // The keys that only each shape has; the reader then checks the whole structure.
        if (containsKey(head, "\"aadRoles\"") || containsKey(head, "\"partners\""))
            return Kind::AdminCenterPartners;
        if (containsKey(head, "\"isServiceProvider\""))
            return Kind::CrossTenantPartners;
        if (containsKey(head, "\"accessDetails\"") || containsKey(head, "delegatedAdminRelationship")
            || (containsKey(head, "\"customer\"") && containsKey(head, "\"duration\"")))
            return Kind::GraphRelationships;
        return Kind::Unknown;
    }
    // Text with a header row that names a tenant ID column (in English or Dutch).
    const qsizetype lineEnd = head.indexOf('\n');
    const QString header = QString::fromUtf8(head.first(lineEnd < 0 ? head.size() : lineEnd)).toLower();
    if (header.contains("tenant"_L1)
        && (header.contains(u',') || header.contains(u';') || header.contains(u'\t')))
        return Kind::Csv;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Kind::Csv; // UTF-16 text as Excel saves it; the reader checks the header
    return Kind::Unknown;
}

QString ImportFormat::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Csv:
        return QCoreApplication::translate("ImportFormat", "CSV partner list");
    case Kind::GraphRelationships:
        return QCoreApplication::translate("ImportFormat", "GDAP relationships (Microsoft Graph JSON)");
    case Kind::CrossTenantPartners:
        return QCoreApplication::translate(
            "ImportFormat", "Cross-tenant access partners (Microsoft Graph JSON)");
    case Kind::AdminCenterPartners:
        return QCoreApplication::translate(
            "ImportFormat", "Partner list saved from the Microsoft 365 admin center");
    case Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("ImportFormat", "Unknown");
}

QString ImportFormat::key(Kind kind)
{
    switch (kind) {
    case Kind::Csv:
        return u"csv"_s;
    case Kind::GraphRelationships:
        return u"graph"_s;
    case Kind::CrossTenantPartners:
        return u"crossTenant"_s;
    case Kind::AdminCenterPartners:
        return u"adminCenter"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}
