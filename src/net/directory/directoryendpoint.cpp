#include "directory/directoryendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

Result<QUrl> DirectoryEndpoint::validate(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    auto refuse = [](const char *reason) {
        return Error {ErrorKind::BadInput, QCoreApplication::translate("DirectoryEndpoint", reason)};
    };
    if (text.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("DirectoryEndpoint", "No directory service is set up."));
    if (!url.isValid() || url.host().isEmpty())
        return refuse(
            QT_TRANSLATE_NOOP("DirectoryEndpoint", "The directory service address is not a valid URL."));
    if (!url.userInfo().isEmpty())
        return refuse(QT_TRANSLATE_NOOP(
            "DirectoryEndpoint", "The directory service address may not contain a user name or password."));
    const QHostAddress host(url.host());
    const bool local = url.host() == "localhost"_L1 || (!host.isNull() && host.isLoopback());
    if (url.scheme() != "https"_L1 && !(url.scheme() == "http"_L1 && local))
        return refuse(QT_TRANSLATE_NOOP("DirectoryEndpoint",
            "The directory service must use https (plain http only to this computer itself)."));
    return url;
}

namespace {
QUrl withPath(const QUrl &base, const QString &tail)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + tail);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}
} // namespace

QUrl DirectoryEndpoint::partnersUrl(const QUrl &base)
{
    return withPath(base, u"partners"_s);
}

QUrl DirectoryEndpoint::contactRequestsUrl(const QUrl &base)
{
    return withPath(base, u"contact-requests"_s);
}
