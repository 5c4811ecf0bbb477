#include "common/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

int RetryPolicy::backoffMs(int attempt, double jitter01) const
{
    const double exponential = double(baseDelayMs) * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min(exponential, double(maxDelayMs));
    return int(capped * (0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0)));
}

std::optional<int> RetryPolicy::retryAfterMs(const QByteArray &header, const QDateTime &nowUtc) const
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    // Clamped before it is multiplied: a huge value must not overflow into a negative or tiny delay.
    if (number)
        return int(
            std::clamp<qint64>(std::clamp<qint64>(seconds, 0, maxDelayMs / 1000 + 1) * 1000, 0, maxDelayMs));
    // An HTTP date: Sun, 06 Nov 1994 08:49:37 GMT
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(nowUtc.msecsTo(when), 0, maxDelayMs));
}

bool RetryPolicy::isTransient(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502
        || httpStatus == 503 || httpStatus == 504;
}
