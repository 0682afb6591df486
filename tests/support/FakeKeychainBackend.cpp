#include "FakeKeychainBackend.h"

#include <QTimer>

namespace rd {

FakeKeychainBackend::FakeKeychainBackend(QObject *parent)
    : KeychainBackend(parent)
{ }

int FakeKeychainBackend::releaseHeld()
{
    const QList<Request> held = std::exchange(m_held, {});
    for (const Request &request : held) {
        answer(request);
    }
    return int(held.size());
}

void FakeKeychainBackend::setEntry(const QString &service, const QString &key, const QString &secret)
{
    m_entries.insert(EntryKey(service, key), secret);
}

std::optional<QString> FakeKeychainBackend::entry(const QString &service, const QString &key) const
{
    const auto it = m_entries.constFind(EntryKey(service, key));
    if (it == m_entries.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

void FakeKeychainBackend::startRead(RequestId id, const QString &service, const QString &key)
{
    schedule(Request { id, Operation::Read, service, key, {} });
}

void FakeKeychainBackend::startWrite(RequestId id, const QString &service, const QString &key, const QString &secret)
{
    schedule(Request { id, Operation::Write, service, key, secret });
}

void FakeKeychainBackend::startRemove(RequestId id, const QString &service, const QString &key)
{
    schedule(Request { id, Operation::Remove, service, key, {} });
}

void FakeKeychainBackend::abandon(RequestId id)
{
    Q_UNUSED(id)
    ++m_abandonCount;
}

void FakeKeychainBackend::schedule(Request request)
{
    ++m_requestCount;
    if (m_neverAnswer) {
        m_held << request;
        return;
    }
    QTimer::singleShot(m_delay, this, [this, request] { answer(request); });
}

void FakeKeychainBackend::answer(const Request &request)
{
    if (m_failure) {
        if (request.operation == Operation::Read) {
            finishRead(request.id, std::unexpected(*m_failure));
        } else {
            finishStatus(request.id, std::unexpected(*m_failure));
        }
        return;
    }
    const EntryKey entryKey(request.service, request.key);
    switch (request.operation) {
    case Operation::Read: {
        const auto it = m_entries.constFind(entryKey);
        if (it == m_entries.constEnd()) {
            finishRead(request.id,
                std::unexpected(Error::make(Error::Code::NotFound, QStringLiteral("The keychain has no such entry."))));
        } else {
            finishRead(request.id, *it);
        }
        return;
    }
    case Operation::Write:
        m_entries.insert(entryKey, request.secret);
        finishStatus(request.id, {});
        return;
    case Operation::Remove:
        if (m_entries.remove(entryKey) == 0) {
            finishStatus(request.id,
                std::unexpected(Error::make(Error::Code::NotFound, QStringLiteral("The keychain has no such entry."))));
        } else {
            finishStatus(request.id, {});
        }
        return;
    }
}

} // namespace rd
