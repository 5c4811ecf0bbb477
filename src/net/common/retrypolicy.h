#pragma once
// RetryPolicy: when to try a request again. 429 and 503 honour the server's Retry-After (seconds or an
// HTTP date, capped); other transient failures back off exponentially with jitter, capped.

#include <QByteArray>
#include <QDateTime>

#include <optional>

struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;

    // Delay before the next attempt after `attempt` failed ones (1-based), with jitter in [50%, 100%].
    int backoffMs(int attempt, double jitter01) const;
    // The Retry-After header as a delay from now; nullopt when absent or unreadable.
    std::optional<int> retryAfterMs(const QByteArray &header, const QDateTime &nowUtc) const;
    static bool isTransient(int httpStatus); // 408, 429, 500, 502, 503, 504
};
