#pragma once

#include "secrets/KeychainBackend.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <chrono>
#include <optional>
#include <utility>

namespace rd {

// An in-memory keychain for tests, with switches for the ways a real one misbehaves:
//   setAnswerDelay(N ms)   answer each request N ms after it was started (default: at once,
//                          i.e. from the event loop);
//   setNeverAnswer(true)   hold every request, like a keyring waiting behind an unlock prompt;
//                          releaseHeld() answers the held requests later ("the user unlocked it");
//   setFailure(error)      answer every request with this error.
// The inherited watchdog applies exactly as for the real backend.
class FakeKeychainBackend final : public KeychainBackend
{
    Q_OBJECT

public:
    explicit FakeKeychainBackend(QObject *parent = nullptr);

    void setAnswerDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    void setNeverAnswer(bool neverAnswer) { m_neverAnswer = neverAnswer; }
    void setFailure(std::optional<Error> failure) { m_failure = std::move(failure); }

    // Answers every held request now (with the data and failure settings of this moment).
    // Returns how many requests were released.
    int releaseHeld();
    int heldCount() const { return int(m_held.size()); }

    // Direct access to the stored entries.
    void setEntry(const QString &service, const QString &key, const QString &secret);
    std::optional<QString> entry(const QString &service, const QString &key) const;
    int entryCount() const { return int(m_entries.size()); }

    // Requests started through this backend, and how many of them the watchdog gave up on.
    int requestCount() const { return m_requestCount; }
    int abandonCount() const { return m_abandonCount; }

protected:
    void startRead(RequestId id, const QString &service, const QString &key) override;
    void startWrite(RequestId id, const QString &service, const QString &key, const QString &secret) override;
    void startRemove(RequestId id, const QString &service, const QString &key) override;
    void abandon(RequestId id) override;

private:
    struct Request
    {
        RequestId id = 0;
        Operation operation = Operation::Read;
        QString service;
        QString key;
        QString secret;
    };

    void schedule(Request request);
    void answer(const Request &request);

    using EntryKey = QPair<QString, QString>;
    QHash<EntryKey, QString> m_entries;
    QList<Request> m_held;
    std::chrono::milliseconds m_delay { 0 };
    bool m_neverAnswer = false;
    std::optional<Error> m_failure;
    int m_requestCount = 0;
    int m_abandonCount = 0;
};

} // namespace rd
