#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

class QFileDevice;

namespace rd {

// Hashes (SHA-256) and, given a file, writes the chunks of a download on a thread of its own, in
// the order they were pushed. The thread that receives them (often the GUI thread) only hands
// them over: hashing 1 GiB takes seconds of CPU that would otherwise be spent between its events.
// At most maxQueued chunks wait; roomAvailable() says when the receiver may push again, so a fast
// server is held back by TCP rather than by memory.
class ChunkSink final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxQueued = 4;

    // file: open for writing, or null to hash only. It is used only by the sink's thread until
    // finished() (or the destructor), and is not closed here.
    explicit ChunkSink(QFileDevice *file, QObject *parent = nullptr);
    ~ChunkSink() override; // drops what is still queued and waits for the thread

    void push(QByteArray chunk);
    bool hasRoom() const;
    // No more chunks: finished() follows once the last one is hashed and written.
    void close();

signals:
    void roomAvailable();
    void writeFailed(const QString &why);
    void finished(const QString &sha256Hex);

private:
    void run();

    QFileDevice *m_file;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_queue;
    bool m_closing = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace rd
