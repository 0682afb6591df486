#include "Error.h"

namespace rd {

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Unknown: return QStringLiteral("unknown");
    case Error::Code::InvalidInput: return QStringLiteral("invalid-input");
    case Error::Code::NotFound: return QStringLiteral("not-found");
    case Error::Code::IoError: return QStringLiteral("io-error");
    case Error::Code::ParseError: return QStringLiteral("parse-error");
    case Error::Code::ToolMissing: return QStringLiteral("tool-missing");
    case Error::Code::ToolFailed: return QStringLiteral("tool-failed");
    case Error::Code::Network: return QStringLiteral("network");
    case Error::Code::Timeout: return QStringLiteral("timeout");
    case Error::Code::Unauthorized: return QStringLiteral("unauthorized");
    case Error::Code::Forbidden: return QStringLiteral("forbidden");
    case Error::Code::Conflict: return QStringLiteral("conflict");
    case Error::Code::TooLarge: return QStringLiteral("too-large");
    case Error::Code::Rejected: return QStringLiteral("rejected");
    case Error::Code::ServerError: return QStringLiteral("server-error");
    case Error::Code::Cancelled: return QStringLiteral("cancelled");
    case Error::Code::Precondition: return QStringLiteral("precondition");
    }
    return QStringLiteral("unknown");
}

} // namespace rd
