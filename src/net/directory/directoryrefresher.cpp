#include "directory/directoryrefresher.h"

#include "common/replylimit.h"
#include "common/tenantid.h"
#include "directory/directoryendpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            list.append(v.toString().trimmed().left(200));
    }
    return list;
}

QString refused(const char *text)
{
    return QCoreApplication::translate("DirectoryRefresher", text);
}

QString tooMuch()
{
    return refused(QT_TRANSLATE_NOOP("DirectoryRefresher",
        "The directory service sent more than PartnerDesk accepts; the catalogue was kept."));
}
} // namespace

DirectoryRefresher::DirectoryRefresher(
    DirectoryRepository &directory, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_network(network)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { request(m_current); });
}

DirectoryRefresher::~DirectoryRefresher()
{
    if (m_reply)
        m_reply->abort();
}

Result<QList<DirectoryEntry>> DirectoryRefresher::parsePage(
    const QByteArray &json, QString *nextLink, qsizetype maxEntries)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(u"value"_s).isArray())
        return Error {ErrorKind::BadInput,
            refused(QT_TRANSLATE_NOOP("DirectoryRefresher",
                "The directory service sent a page that is not valid "
                "directory JSON; the catalogue was kept."))};
    const QJsonObject page = document.object();
    const QJsonArray items = page.value(u"value"_s).toArray();
    if (items.size() > maxEntries)
        return Error {ErrorKind::BadInput, tooMuch()};
    QList<DirectoryEntry> entries;
    entries.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        for (const QString &list : {u"locations"_s, u"organisationSizes"_s, u"keywords"_s, u"industries"_s}) {
            if (o.value(list).toArray().size() > kMaxListItems)
                return Error {ErrorKind::BadInput,
                    QCoreApplication::translate("DirectoryRefresher",
                        "The directory service sent an entry with more than %1 locations, sizes, keywords "
                        "or industries; the catalogue was kept.")
                        .arg(kMaxListItems)};
        }
        DirectoryEntry e;
        e.tenantId = o.value(u"tenantId"_s).toString().trimmed().toLower();
        e.name = o.value(u"name"_s).toString().trimmed().left(200);
        if (!TenantId::isValid(e.tenantId) || e.name.isEmpty())
            return Error {ErrorKind::BadInput,
                refused(QT_TRANSLATE_NOOP("DirectoryRefresher",
                    "The directory service sent an entry without a "
                    "valid tenant ID or name; the catalogue was kept."))};
        e.partnerId = o.value(u"partnerId"_s).toVariant().toString().left(20);
        for (const QJsonValue &l : o.value(u"locations"_s).toArray()) {
            const QJsonObject place = l.toObject();
            const QString city = place.value(u"city"_s).toString().trimmed().left(200);
            const QString country = place.value(u"country"_s).toString().trimmed().left(200);
            if (!city.isEmpty() || !country.isEmpty())
                e.locations.append(
                    city.isEmpty() ? country : (country.isEmpty() ? city : city + u", "_s + country));
        }
        e.sizes = OrganisationSize::fromKeys(strings(o.value(u"organisationSizes"_s)));
        e.keywords = strings(o.value(u"keywords"_s));
        e.industries = strings(o.value(u"industries"_s));
        e.description = o.value(u"description"_s).toString().trimmed().left(2000);
        const QJsonObject contact = o.value(u"contact"_s).toObject();
        e.contactEmail = contact.value(u"email"_s).toString().trimmed().left(320);
        e.contactPhone = contact.value(u"phone"_s).toString().trimmed().left(40);
        e.website = contact.value(u"website"_s).toString().trimmed().left(500);
        entries.append(e);
    }
    if (nextLink) {
        *nextLink = page.value(u"nextLink"_s).toString();
        if (nextLink->isEmpty())
            *nextLink = page.value(u"@odata.nextLink"_s).toString();
    }
    return entries;
}

void DirectoryRefresher::start(const QUrl &baseUrl)
{
    cancel();
    m_base = baseUrl;
    m_entries.clear();
    m_seenLinks.clear();
    m_pages = 0;
    m_totalBytes = 0;
    m_attempt = 0;
    m_lastError.clear();
    m_running = true;
    m_current = DirectoryEndpoint::partnersUrl(baseUrl);
    request(m_current);
}

void DirectoryRefresher::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
        reply->deleteLater();
    }
    m_entries.clear();
    m_lastError
        = refused(QT_TRANSLATE_NOOP("DirectoryRefresher", "Refresh cancelled; the catalogue was kept."));
    Q_EMIT finished(false, m_lastError);
}

void DirectoryRefresher::request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    ++m_attempt;
    m_reply = m_network.get(request);
    ReplyLimit::attach(m_reply, m_limits.maxPageBytes, m_limits.deadlineMs);
    // TLS errors are not handled here on purpose: the reply fails and the refresh says why.
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { onReply(reply); });
}

void DirectoryRefresher::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_running)
        return;
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    switch (ReplyLimit::exceeded(reply)) {
    case ReplyLimit::Exceeded::Size:
        return fail(QCoreApplication::translate("DirectoryRefresher",
            "The directory service sent a page larger than %1 MB; the catalogue was kept.")
                        .arg(m_limits.maxPageBytes / (1024 * 1024)));
    case ReplyLimit::Exceeded::Deadline:
        return fail(QCoreApplication::translate("DirectoryRefresher",
            "The directory service took longer than %n second(s) for one page; the catalogue was kept.",
            nullptr, std::max(1, m_limits.deadlineMs / 1000)));
    case ReplyLimit::Exceeded::None:
        break;
    }
    if (status >= 200 && status < 300 && error == QNetworkReply::NoError) {
        QString next;
        const QByteArray body = reply->readAll();
        m_totalBytes += body.size();
        if (m_totalBytes > m_limits.maxTotalBytes)
            return fail(tooMuch());
        auto page = parsePage(body, &next, m_limits.maxEntries - m_entries.size());
        if (!page)
            return fail(page.error().message);
        if (m_pages + 1 > m_limits.maxPages)
            return fail(tooMuch());
        m_entries += page.value();
        ++m_pages;
        m_attempt = 0;
        Q_EMIT progress(m_pages, int(m_entries.size()));
        if (!next.isEmpty()) {
            const QUrl nextUrl = m_current.resolved(QUrl(next));
            // Pages are followed on the same service only, and never in a circle.
            if (nextUrl.scheme() != m_base.scheme() || nextUrl.host() != m_base.host()
                || nextUrl.port() != m_base.port() || m_seenLinks.contains(nextUrl.toString()))
                return fail(refused(QT_TRANSLATE_NOOP("DirectoryRefresher",
                    "The directory service sent a next link to another address; the catalogue was kept.")));
            m_seenLinks.insert(nextUrl.toString());
            m_current = nextUrl;
            request(m_current);
            return;
        }
        m_running = false;
        if (Status s = m_directory.replaceCatalogue(m_entries); !s) {
            m_lastError = s.error().message;
            Q_EMIT finished(false, m_lastError);
            return;
        }
        Q_EMIT finished(true, QString());
        return;
    }
    const bool transient
        = (status == 0 && error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied
              && error != QNetworkReply::SslHandshakeFailedError)
        || RetryPolicy::isTransient(status);
    if (transient && m_attempt < m_policy.maxAttempts) {
        std::optional<int> delay;
        if (status == 429 || status == 503)
            delay = m_policy.retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        retryLater(
            delay.value_or(m_policy.backoffMs(m_attempt, QRandomGenerator::global()->generateDouble())));
        return;
    }
    QString reason;
    if (error == QNetworkReply::OperationCanceledError)
        reason = refused(QT_TRANSLATE_NOOP("DirectoryRefresher", "the service did not answer in time"));
    else if (status != 0)
        reason = QCoreApplication::translate("DirectoryRefresher", "HTTP %1 %2")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    else
        reason = reply->errorString();
    fail(QCoreApplication::translate("DirectoryRefresher",
        "The directory could not be refreshed (%1); the catalogue "
        "was kept.")
             .arg(reason));
}

void DirectoryRefresher::retryLater(int delayMs)
{
    Q_EMIT waiting((delayMs + 999) / 1000);
    m_retryTimer->start(delayMs);
}

void DirectoryRefresher::fail(const QString &message)
{
    m_running = false;
    m_entries.clear();
    m_lastError = message;
    Q_EMIT finished(false, message);
}
