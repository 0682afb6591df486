#pragma once

#include <QString>

#include <expected>

namespace rd {

// What went wrong, in words a release manager uses, and what to do about it.
// Every fallible engine call returns Result<T>; no exceptions cross module boundaries.
struct Error
{
    enum class Code {
        Unknown,
        InvalidInput, // the user gave something malformed (a version, a path, a URL)
        NotFound, // file, release, asset, tag or repository does not exist
        IoError, // reading or writing a local file failed
        ParseError, // a file exists but cannot be parsed (pyproject.toml, JSON)
        ToolMissing, // an external tool (git, makensis, wine...) is not installed
        ToolFailed, // an external tool ran and failed
        Network, // connection refused, reset, DNS, TLS
        Timeout, // a watchdog or transfer timeout fired
        Unauthorized, // 401: bad or missing token
        Forbidden, // 403: missing scope or permission
        Conflict, // 409: already exists
        TooLarge, // 413: over a size limit
        Rejected, // 400/422: the server refused the request
        ServerError, // 5xx
        Cancelled, // the user cancelled
        Precondition, // a preflight check failed (dirty tree, tag exists...)
    };

    Code code = Code::Unknown;
    QString message; // what happened, one sentence
    QString hint; // what to do about it (may be empty)

    static Error make(Code code, const QString &message, const QString &hint = {}) { return Error { code, message, hint }; }

    // Qt's meta-type system needs == on everything carried by a signal (Result<T> included).
    bool operator==(const Error &) const = default;

    // "message — hint" for logs and the CLI.
    QString toString() const { return hint.isEmpty() ? message : message + QStringLiteral(" ") + hint; }
};

template <typename T> using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, const QString &message, const QString &hint = {})
{
    return std::unexpected<Error>(Error::make(code, message, hint));
}

QString errorCodeName(Error::Code code);

} // namespace rd
