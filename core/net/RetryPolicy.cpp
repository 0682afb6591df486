#include "RetryPolicy.h"

#include <algorithm>

namespace rd {

RetryPolicy RetryPolicy::none()
{
    return RetryPolicy { 1, {} };
}

RetryPolicy RetryPolicy::immediate(int maxAttempts)
{
    return RetryPolicy { maxAttempts, { 0 } };
}

bool RetryPolicy::isRetryable(const Error &error)
{
    switch (error.code) {
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::ServerError: return true;
    default: return false;
    }
}

bool RetryPolicy::shouldRetry(const Error &error, int attemptsMade) const
{
    return attemptsMade < maxAttempts && isRetryable(error);
}

int RetryPolicy::delayBeforeAttempt(int attempt) const
{
    if (delaysMs.isEmpty() || attempt < 2) {
        return 0;
    }
    const qsizetype index = std::min<qsizetype>(attempt - 2, delaysMs.size() - 1);
    return std::max(0, delaysMs.at(index));
}

} // namespace rd
