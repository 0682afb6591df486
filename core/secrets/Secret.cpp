#include "Secret.h"

namespace rd {

QString secretSourceName(SecretSource source)
{
    switch (source) {
    case SecretSource::Environment: return QStringLiteral("environment");
    case SecretSource::Keychain: return QStringLiteral("keychain");
    }
    return QStringLiteral("keychain");
}

QString Secret::describe() const
{
    switch (source) {
    case SecretSource::Environment: return QStringLiteral("the environment variable %1").arg(origin);
    case SecretSource::Keychain: return QStringLiteral("the system keychain");
    }
    return QStringLiteral("the system keychain");
}

} // namespace rd
