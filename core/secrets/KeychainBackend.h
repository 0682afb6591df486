#pragma once

#include "common/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class QTimer;

namespace rd {

// The asynchronous interface to a store of secrets addressed by (service, key), with the watchdog
// every keychain request needs: a locked keyring can keep a request waiting for ever (gnome-keyring
// shows an unlock prompt nobody may answer), so each request is given up after timeout() and
// answered with Error::Code::Timeout; its answer, if it still comes, is ignored (lateAnswer()).
//
// Contract for callers:
//   - The callback is called exactly once, always asynchronously (never from within the call),
//     unless `context` or the backend is destroyed first; then it is never called.
//     A null context means "as long as the backend lives".
//   - read(): the secret, or Error::Code::NotFound when there is no such entry (a normal answer,
//     not a failure), or another error (Timeout, ToolMissing, Forbidden, ...) with a hint.
//   - Error texts never contain the secret.
// Contract for implementations: implement start*() and answer each request exactly once through
// finishRead()/finishStatus(), synchronously or later; answers after the watchdog are dropped.
class KeychainBackend : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    static constexpr std::chrono::milliseconds defaultTimeout { 10'000 };

    ~KeychainBackend() override;

    void read(const QString &service, const QString &key, QObject *context, ReadCallback done);
    void write(const QString &service, const QString &key, const QString &secret, QObject *context, StatusCallback done);
    void remove(const QString &service, const QString &key, QObject *context, StatusCallback done);

    // The watchdog for requests started from now on (default 10 s; must be positive).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Requests started and not yet answered or given up.
    int pendingCount() const { return int(m_pending.size()); }
    // Requests the watchdog gave up on whose answer has not come (yet).
    int abandonedCount() const { return int(m_abandoned.size()); }

    // The error a request gets when the watchdog fires.
    static Error timeoutError(std::chrono::milliseconds timeout);
    static QString operationName(Operation operation);

signals:
    // The watchdog gave up on a request.
    void timedOut(rd::KeychainBackend::Operation operation, const QString &service, const QString &key);
    // A request the watchdog had given up on was answered after all (for example once the user
    // unlocked the keyring). The answer was dropped; the caller may simply try again now.
    void lateAnswer(rd::KeychainBackend::Operation operation, const QString &service, const QString &key);

protected:
    using RequestId = quint64;

    explicit KeychainBackend(QObject *parent = nullptr);

    virtual void startRead(RequestId id, const QString &service, const QString &key) = 0;
    virtual void startWrite(RequestId id, const QString &service, const QString &key, const QString &secret) = 0;
    virtual void startRemove(RequestId id, const QString &service, const QString &key) = 0;
    // The watchdog gave up on request `id`; release what can be released safely. Default: nothing.
    virtual void abandon(RequestId id);

    // Answers request `id`. Returns false when the request is no longer pending (the watchdog gave
    // up on it, or it was answered already): the answer is then dropped.
    bool finishRead(RequestId id, const Result<QString> &result);
    bool finishStatus(RequestId id, const Status &status);

private:
    struct Pending
    {
        Operation operation = Operation::Read;
        QString service;
        QString key;
        bool hasContext = false;
        QPointer<QObject> context;
        ReadCallback readDone;
        StatusCallback statusDone;
        QTimer *watchdog = nullptr;
        std::chrono::milliseconds timeout { 0 };
    };
    struct Abandoned
    {
        Operation operation = Operation::Read;
        QString service;
        QString key;
    };

    RequestId begin(Operation operation, const QString &service, const QString &key, QObject *context, ReadCallback readDone,
        StatusCallback statusDone);
    bool finish(RequestId id, const Result<QString> &result);
    void onWatchdog(RequestId id);
    void deliverLater(Pending pending, const Result<QString> &result);

    std::chrono::milliseconds m_timeout = defaultTimeout;
    RequestId m_nextId = 1;
    QHash<RequestId, Pending> m_pending;
    QHash<RequestId, Abandoned> m_abandoned;
};

} // namespace rd
