#include "KeychainBackend.h"

#include "Redactor.h"
#include "SecretsLog.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

namespace rd {

namespace {

QString formatDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms % 1000 == 0) {
        return QStringLiteral("%1 s").arg(ms / 1000);
    }
    return QStringLiteral("%1 ms").arg(ms);
}

} // namespace

KeychainBackend::KeychainBackend(QObject *parent)
    : QObject(parent)
{ }

KeychainBackend::~KeychainBackend()
{
    if (!m_pending.isEmpty()) {
        qCDebug(lcSecrets).noquote() << QStringLiteral(
            "Keychain backend destroyed with %1 request(s) unanswered; their callbacks will not run.")
                                            .arg(m_pending.size());
    }
}

void KeychainBackend::read(const QString &service, const QString &key, QObject *context, ReadCallback done)
{
    const RequestId id = begin(Operation::Read, service, key, context, std::move(done), {});
    startRead(id, service, key);
}

void KeychainBackend::write(
    const QString &service, const QString &key, const QString &secret, QObject *context, StatusCallback done)
{
    Redactor::instance().add(secret);
    const RequestId id = begin(Operation::Write, service, key, context, {}, std::move(done));
    startWrite(id, service, key, secret);
}

void KeychainBackend::remove(const QString &service, const QString &key, QObject *context, StatusCallback done)
{
    const RequestId id = begin(Operation::Remove, service, key, context, {}, std::move(done));
    startRemove(id, service, key);
}

void KeychainBackend::setTimeout(std::chrono::milliseconds timeout)
{
    Q_ASSERT(timeout.count() > 0);
    m_timeout = timeout.count() > 0 ? timeout : std::chrono::milliseconds(1);
}

Error KeychainBackend::timeoutError(std::chrono::milliseconds timeout)
{
    return Error::make(Error::Code::Timeout,
        QCoreApplication::translate("core", "The system keychain did not answer within %1.").arg(formatDuration(timeout)),
        QCoreApplication::translate("core",
            "It may be locked and waiting for you to unlock it; unlock it "
            "(for example in Seahorse) and try again."));
}

QString KeychainBackend::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read: return QStringLiteral("read");
    case Operation::Write: return QStringLiteral("write");
    case Operation::Remove: return QStringLiteral("delete");
    }
    return QStringLiteral("read");
}

void KeychainBackend::abandon(RequestId id)
{
    Q_UNUSED(id)
}

bool KeychainBackend::finishRead(RequestId id, const Result<QString> &result)
{
    if (result) {
        Redactor::instance().add(*result);
    }
    return finish(id, result);
}

bool KeychainBackend::finishStatus(RequestId id, const Status &status)
{
    return finish(id, status ? Result<QString>(QString()) : Result<QString>(std::unexpected(status.error())));
}

KeychainBackend::RequestId KeychainBackend::begin(Operation operation, const QString &service, const QString &key,
    QObject *context, ReadCallback readDone, StatusCallback statusDone)
{
    const RequestId id = m_nextId++;
    Pending pending;
    pending.operation = operation;
    pending.service = service;
    pending.key = key;
    pending.hasContext = context != nullptr;
    pending.context = context;
    pending.readDone = std::move(readDone);
    pending.statusDone = std::move(statusDone);
    pending.watchdog = new QTimer(this);
    pending.watchdog->setSingleShot(true);
    connect(pending.watchdog, &QTimer::timeout, this, [this, id] { onWatchdog(id); });
    pending.timeout = m_timeout;
    pending.watchdog->start(m_timeout);
    m_pending.insert(id, std::move(pending));
    qCDebug(lcSecrets).noquote() << QStringLiteral("Keychain %1 of %2/%3 started.").arg(operationName(operation), service, key);
    return id;
}

bool KeychainBackend::finish(RequestId id, const Result<QString> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        const auto abandoned = m_abandoned.find(id);
        if (abandoned != m_abandoned.end()) {
            const Abandoned late = *abandoned;
            m_abandoned.erase(abandoned);
            qCInfo(lcSecrets).noquote() << QStringLiteral(
                "The keychain answered the %1 of %2/%3 after the watchdog had given up; "
                "the answer is ignored.")
                                               .arg(operationName(late.operation), late.service, late.key);
            emit lateAnswer(late.operation, late.service, late.key);
        }
        return false;
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.watchdog->stop();
    pending.watchdog->deleteLater();
    pending.watchdog = nullptr;
    deliverLater(std::move(pending), result);
    return true;
}

void KeychainBackend::onWatchdog(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return;
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.watchdog->deleteLater();
    pending.watchdog = nullptr;
    m_abandoned.insert(id, Abandoned { pending.operation, pending.service, pending.key });

    const Error error = timeoutError(pending.timeout);
    qCWarning(lcSecrets).noquote() << QStringLiteral("Keychain %1 of %2/%3: %4")
                                          .arg(operationName(pending.operation), pending.service, pending.key, error.message);
    abandon(id);
    const Operation operation = pending.operation;
    const QString service = pending.service;
    const QString key = pending.key;
    deliverLater(std::move(pending), std::unexpected(error));
    emit timedOut(operation, service, key); // last: a receiver may delete this backend
}

void KeychainBackend::deliverLater(Pending pending, const Result<QString> &result)
{
    // Queued, so that a callback never runs inside read()/write()/remove() or inside an
    // implementation's answer, and may freely start new requests or delete the caller.
    QMetaObject::invokeMethod(
        this,
        [pending = std::move(pending), result] {
            if (pending.hasContext && !pending.context) {
                return;
            }
            if (pending.readDone) {
                pending.readDone(result);
            } else if (pending.statusDone) {
                pending.statusDone(result ? Status() : Status(std::unexpected(result.error())));
            }
        },
        Qt::QueuedConnection);
}

} // namespace rd
