#include "ChunkSink.h"

#include <QCryptographicHash>
#include <QFileDevice>

namespace rd {

ChunkSink::ChunkSink(QFileDevice *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_thread([this] { run(); })
{ }

ChunkSink::~ChunkSink()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_one();
    m_thread.join();
}

void ChunkSink::push(QByteArray chunk)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(chunk));
    }
    m_wake.notify_one();
}

bool ChunkSink::hasRoom() const
{
    const std::lock_guard lock(m_mutex);
    return m_queue.size() < maxQueued;
}

void ChunkSink::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_one();
}

void ChunkSink::run()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool writing = m_file != nullptr;
    for (;;) {
        QByteArray chunk;
        bool wasFull = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_closing || !m_queue.empty(); });
            if (m_stopping) {
                return;
            }
            if (m_queue.empty()) { // closing, and all is done
                break;
            }
            wasFull = m_queue.size() >= maxQueued;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (wasFull) {
            emit roomAvailable(); // queued to the receiver's thread
        }
        hash.addData(chunk);
        if (writing && m_file->write(chunk) != chunk.size()) {
            writing = false;
            emit writeFailed(m_file->errorString());
        }
    }
    emit finished(QString::fromLatin1(hash.result().toHex()));
}

} // namespace rd
