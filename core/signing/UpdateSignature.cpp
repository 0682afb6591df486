#include "signing/UpdateSignature.h"

#include "secrets/Redactor.h"
#include "signing/SodiumApi.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace rd {

namespace {

const QString publicPrefix = QStringLiteral("ed25519:");
const QString secretPrefix = QStringLiteral("ed25519-secret:");

const SodiumApi &sodium()
{
    return SodiumApi::loaded();
}

// libsodium opened (on first use, see OnDemandLibrary) and initialised.
Status sodiumReady()
{
    static const Status ready = []() -> Status {
        const auto api = SodiumApi::load();
        if (!api) {
            return std::unexpected(api.error());
        }
        if ((*api)->sodium_init() < 0) {
            return fail(Error::Code::Unknown, QCoreApplication::translate("core", "libsodium could not be initialised."));
        }
        return {};
    }();
    return ready;
}

std::optional<QByteArray> strictBase64(const QString &text, int expectedSize)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize) {
        return std::nullopt;
    }
    return decoded.decoded;
}

QMutex sessionMutex;
QList<UpdateSigningKey> sessionKeys;
bool sessionSet = false;

} // namespace

Result<UpdatePublicKey> UpdatePublicKey::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(publicPrefix)) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' is not an update public key: it should start with \"ed25519:\".")
                .arg(trimmed.left(40)),
            QCoreApplication::translate("core", "Use the contents of the .pub file `releasedesk-cli update keygen` wrote."));
    }
    auto raw = strictBase64(trimmed.mid(publicPrefix.size()), crypto_sign_PUBLICKEYBYTES);
    if (!raw) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "core", "The update public key is damaged: after \"ed25519:\" it needs the base64 of 32 bytes."),
            QCoreApplication::translate("core", "Copy the whole line of the .pub file."));
    }
    UpdatePublicKey key;
    key.m_raw = *raw;
    return key;
}

Result<QList<UpdatePublicKey>> UpdatePublicKey::parseList(const QStringList &values)
{
    QList<UpdatePublicKey> keys;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &value : values) {
        for (const QString &part : value.split(separators, Qt::SkipEmptyParts)) {
            QString text = part;
            if (!part.startsWith(publicPrefix)) {
                QFile file(part);
                if (!file.open(QIODevice::ReadOnly)) {
                    return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate(
                            "core", "'%1' is neither an update public key (ed25519:…) nor a readable .pub file.")
                            .arg(part));
                }
                text = QString::fromUtf8(file.read(4096)).trimmed();
            }
            auto key = parse(text);
            if (!key) {
                return std::unexpected(key.error());
            }
            if (!keys.contains(*key)) {
                keys << *key;
            }
        }
    }
    return keys;
}

QString UpdatePublicKey::text() const
{
    return publicPrefix + QString::fromLatin1(m_raw.toBase64());
}

QString UpdatePublicKey::keyId() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_raw, QCryptographicHash::Sha256).left(8).toHex());
}

Result<UpdateSigningKey> UpdateSigningKey::generate()
{
    if (const Status ready = sodiumReady(); !ready) {
        return std::unexpected(ready.error());
    }
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    sodium().randombytes_buf(seed.data(), size_t(seed.size()));
    auto key = parse(secretPrefix + QString::fromLatin1(seed.toBase64()));
    sodium().sodium_memzero(seed.data(), size_t(seed.size()));
    return key;
}

Result<UpdateSigningKey> UpdateSigningKey::parse(const QString &text)
{
    if (const Status ready = sodiumReady(); !ready) {
        return std::unexpected(ready.error());
    }
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(secretPrefix)) {
        // Never echo the value: it may be a secret pasted into the wrong place.
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The update signing key is not in the form \"ed25519-secret:…\"."),
            QCoreApplication::translate("core", "Use the secret key file `releasedesk-cli update keygen --out DIR` wrote."));
    }
    auto seed = strictBase64(trimmed.mid(secretPrefix.size()), crypto_sign_SEEDBYTES);
    if (!seed) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The update signing key is damaged (not 32 bytes of base64)."));
    }
    UpdateSigningKey key;
    key.m_seed = *seed;
    key.m_secret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    sodium().crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(key.m_secret.data()), reinterpret_cast<const unsigned char *>(key.m_seed.constData()));
    return key;
}

Result<QList<UpdateSigningKey>> UpdateSigningKey::parseList(const QString &text)
{
    QList<UpdateSigningKey> keys;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        auto key = parse(part);
        if (!key) {
            return std::unexpected(key.error());
        }
        keys << *key;
    }
    return keys;
}

QString UpdateSigningKey::text() const
{
    return secretPrefix + QString::fromLatin1(m_seed.toBase64());
}

UpdatePublicKey UpdateSigningKey::publicKey() const
{
    UpdatePublicKey key;
    key.m_raw = m_secret.mid(crypto_sign_SEEDBYTES);
    return key;
}

QByteArray UpdateSigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    sodium().crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

QByteArray signatureFileFor(const QByteArray &message, const QList<UpdateSigningKey> &keys)
{
    QByteArray text;
    for (const UpdateSigningKey &key : keys) {
        text += "ed25519 " + key.publicKey().keyId().toLatin1() + ' ' + key.sign(message).toBase64() + '\n';
    }
    return text;
}

SignatureVerdict verifySignatureFile(
    const QByteArray &message, const std::optional<QByteArray> &signatureFile, const QList<UpdatePublicKey> &trusted)
{
    SignatureVerdict verdict;
    if (!signatureFile) {
        verdict.check = SignatureCheck::Unsigned;
        verdict.code = QStringLiteral("unsigned");
        verdict.message
            = QCoreApplication::translate("core", "The release is not signed, but this app only takes signed updates.");
        return verdict;
    }
    if (const Status ready = sodiumReady(); !ready) {
        // Fail closed: an update whose signature cannot be checked is not taken.
        verdict.check = SignatureCheck::BadSignature;
        verdict.code = QStringLiteral("bad_signature");
        verdict.message = ready.error().toString();
        return verdict;
    }
    bool sawTrusted = false;
    const QList<QByteArray> lines = signatureFile->split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        const auto signature = fields.size() == 3
            ? QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors)
            : QByteArray::FromBase64Result {};
        if (fields.size() != 3 || fields.at(0) != "ed25519" || !signature || signature.decoded.size() != crypto_sign_BYTES) {
            verdict.check = SignatureCheck::BadSignature;
            verdict.code = QStringLiteral("bad_signature");
            verdict.message = QCoreApplication::translate(
                "core", "The signature file is damaged: a line is not \"ed25519 <key id> <signature>\".");
            return verdict;
        }
        const QString keyId = QString::fromLatin1(fields.at(1));
        for (const UpdatePublicKey &key : trusted) {
            if (key.keyId() != keyId) {
                continue;
            }
            sawTrusted = true;
            if (sodium().crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.decoded.constData()),
                    reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                    reinterpret_cast<const unsigned char *>(key.raw().constData()))
                != 0) {
                verdict.check = SignatureCheck::BadSignature;
                verdict.code = QStringLiteral("bad_signature");
                verdict.message = QCoreApplication::translate(
                    "core", "The signature by key %1 does not match: the checksums were changed after signing.")
                                      .arg(keyId);
                verdict.verifiedKeyIds.clear();
                return verdict;
            }
            verdict.verifiedKeyIds << keyId;
        }
    }
    if (!sawTrusted) {
        verdict.check = SignatureCheck::UnknownKey;
        verdict.code = QStringLiteral("unknown_key");
        verdict.message = QCoreApplication::translate("core", "The release is signed, but by none of the keys this app trusts.");
        return verdict;
    }
    verdict.check = SignatureCheck::Valid;
    verdict.message = QCoreApplication::translate("core", "Signed by %1.").arg(verdict.verifiedKeyIds.join(QStringLiteral(", ")));
    return verdict;
}

void ChecksumSigning::setSessionKeys(const QList<UpdateSigningKey> &keys)
{
    QMutexLocker lock(&sessionMutex);
    sessionKeys = keys;
    sessionSet = true;
}

Result<QList<UpdateSigningKey>> ChecksumSigning::keys()
{
    {
        QMutexLocker lock(&sessionMutex);
        if (sessionSet) {
            return sessionKeys;
        }
    }
    const QString value = qEnvironmentVariable(qPrintable(UpdateSigningKey::environmentVariable()));
    if (value.trimmed().isEmpty()) {
        return QList<UpdateSigningKey> {};
    }
    // The secret never reaches a log line, even pasted somewhere it does not belong.
    for (const QString &part : value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        Redactor::instance().add(part);
    }
    auto keys = UpdateSigningKey::parseList(value);
    if (!keys) {
        Error error = keys.error();
        error.message = UpdateSigningKey::environmentVariable() + QStringLiteral(": ") + error.message;
        return std::unexpected(error);
    }
    return keys;
}

Result<std::optional<QByteArray>> ChecksumSigning::signatureFor(const QByteArray &sha256sums)
{
    auto configured = keys();
    if (!configured) {
        return std::unexpected(configured.error());
    }
    if (configured->isEmpty()) {
        return std::optional<QByteArray> {};
    }
    return std::optional<QByteArray>(signatureFileFor(sha256sums, *configured));
}

} // namespace rd
