#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// Ed25519 keys and the detached signature files of signed releases (core/update/PROTOCOL.md):
// SHA256SUMS.sig and rollout.json.sig hold one line per signing key,
// "ed25519 <key id> <base64 signature>", so a change-over can sign with the old and the new key.

// A public key: "ed25519:<base64 of 32 bytes>".
class UpdatePublicKey final
{
public:
    static Result<UpdatePublicKey> parse(const QString &text);
    // Comma- or whitespace-separated keys; an entry naming a readable file is read (a .pub file).
    static Result<QList<UpdatePublicKey>> parseList(const QStringList &values);

    QString text() const;
    QString keyId() const; // first 8 bytes of SHA-256 of the key, hex
    const QByteArray &raw() const { return m_raw; }
    bool operator==(const UpdatePublicKey &) const = default;

private:
    QByteArray m_raw;
    friend class UpdateSigningKey;
};

// A secret key: "ed25519-secret:<base64 of the 32-byte seed>", the form
// RELEASEDESK_UPDATE_SIGNING_KEY takes. Never logged.
class UpdateSigningKey final
{
public:
    static Result<UpdateSigningKey> generate();
    static Result<UpdateSigningKey> parse(const QString &text);
    // Keys separated by commas or new lines (two during a key change-over).
    static Result<QList<UpdateSigningKey>> parseList(const QString &text);
    static QString environmentVariable() { return QStringLiteral("RELEASEDESK_UPDATE_SIGNING_KEY"); }

    QString text() const;
    UpdatePublicKey publicKey() const;
    QByteArray sign(const QByteArray &message) const; // the 64-byte detached signature

private:
    QByteArray m_seed;
    QByteArray m_secret; // libsodium's 64-byte form (seed + public key)
};

enum class SignatureCheck { Valid, Unsigned, UnknownKey, BadSignature };

struct SignatureVerdict
{
    SignatureCheck check = SignatureCheck::Unsigned;
    QString code; // PROTOCOL.md reason code: "", "unsigned", "unknown_key", "bad_signature"
    QString message;
    QStringList verifiedKeyIds;
    bool ok() const { return check == SignatureCheck::Valid; }
};

// The text of a signature file for `message`, one line per key.
QByteArray signatureFileFor(const QByteArray &message, const QList<UpdateSigningKey> &keys);
// Verifies `message` against a signature file (nullopt: the release has none) and trusted keys:
// every line of a trusted key must hold, and at least one must be there.
SignatureVerdict verifySignatureFile(
    const QByteArray &message, const std::optional<QByteArray> &signatureFile, const QList<UpdatePublicKey> &trusted);

// The keys publishing signs SHA256SUMS with: set by the CLI or the GUI for this process (from
// the keychain), else RELEASEDESK_UPDATE_SIGNING_KEY; none means releases go out unsigned.
class ChecksumSigning final
{
public:
    static void setSessionKeys(const QList<UpdateSigningKey> &keys);
    static Result<QList<UpdateSigningKey>> keys();
    // SHA256SUMS.sig for a SHA256SUMS text, or nullopt when no key is configured.
    static Result<std::optional<QByteArray>> signatureFor(const QByteArray &sha256sums);
    static QString signatureFileName() { return QStringLiteral("SHA256SUMS.sig"); }
};

} // namespace rd
