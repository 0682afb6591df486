#pragma once

#include <QString>

namespace rd {

// Where a secret came from, so the UI can say it ("token from RELEASEDESK_TOKEN").
enum class SecretSource {
    Environment, // an environment variable (headless and CI runs)
    Keychain, // the system keychain (Secret Service, macOS Keychain, Windows Credential Manager)
};

// "environment" / "keychain", for logs and --json output.
QString secretSourceName(SecretSource source);

// A secret handed out by SecretStore, already registered with the Redactor.
// Deliberately has no QDebug operator and no toString(): print origin or describe(), never value.
struct Secret
{
    QString value;
    SecretSource source = SecretSource::Keychain;
    // The variable name (RELEASEDESK_TOKEN) or the keychain entry ("ReleaseDesk/token:https://host").
    QString origin;

    // A phrase for people: "the environment variable RELEASEDESK_TOKEN", "the system keychain".
    QString describe() const;
};

} // namespace rd
