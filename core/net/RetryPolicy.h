#pragma once

#include "common/Error.h"

#include <QList>

namespace rd {

// When and how long to wait before trying a failed request again. Network errors, timeouts and
// 5xx answers are retried; everything else (401, 403, 404, 409, 413, 4xx) is final. The delays
// are data, so tests make them zero instead of sleeping.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    QList<int> delaysMs { 1000, 3000, 8000 }; // before attempt 2, 3, 4...; the last one repeats

    static RetryPolicy none(); // one attempt
    static RetryPolicy immediate(int maxAttempts = 4); // no waiting (tests)

    static bool isRetryable(const Error &error);
    // True if attempt number `attemptsMade` (1-based) failed with `error` and another is allowed.
    bool shouldRetry(const Error &error, int attemptsMade) const;
    // Delay before attempt `attempt` (2-based: the first retry is attempt 2).
    int delayBeforeAttempt(int attempt) const;

    bool operator==(const RetryPolicy &) const = default;
};

} // namespace rd
