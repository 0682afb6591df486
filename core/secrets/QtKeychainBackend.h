#pragma once

#include "KeychainBackend.h"

#include <QHash>
#include <QPointer>

namespace QKeychain {
class Job;
}

namespace rd {

// The system keychain through QtKeychain: Secret Service (gnome-keyring, KeePassXC...) or KWallet
// on Linux, the Keychain on macOS, the Credential Manager on Windows.
//
// Each request is one QKeychain job: `finished` is connected before start(), error() is read in
// the handler, EntryNotFound becomes Error::Code::NotFound, and the inherited watchdog bounds the
// wait. Jobs are never deleted by us while they run: QtKeychain's libsecret backend keeps a raw
// pointer to a running job in its callbacks, so deleting one would crash on its late answer.
// Jobs have no parent and auto-delete themselves once they finish; a job the watchdog gave up on
// stays alive until the keychain answers (its answer is then dropped) or the process ends.
// Note that QtKeychain runs one job at a time, process-wide: while one waits behind an unlock
// prompt, later requests queue behind it and time out too, until the keyring is unlocked.
// The insecure plain-text fallback is never enabled.
class QtKeychainBackend final : public KeychainBackend
{
    Q_OBJECT

public:
    explicit QtKeychainBackend(QObject *parent = nullptr);
    ~QtKeychainBackend() override;

    // QtKeychain jobs started by this backend that have not finished yet, abandoned ones included.
    int jobsInFlight() const;

    // Turns a QtKeychain error (QKeychain::Error as int, and its errorString()) into an Error with
    // a message and a hint. The detail text is redacted.
    static Error mapError(int qkeychainError, const QString &detail, Operation operation);

protected:
    void startRead(RequestId id, const QString &service, const QString &key) override;
    void startWrite(RequestId id, const QString &service, const QString &key, const QString &secret) override;
    void startRemove(RequestId id, const QString &service, const QString &key) override;
    void abandon(RequestId id) override;

private:
    void startJob(RequestId id, QKeychain::Job *job, Operation operation);
    void onJobFinished(RequestId id, QKeychain::Job *job, Operation operation);

    QHash<RequestId, QPointer<QKeychain::Job>> m_jobs;
};

} // namespace rd
