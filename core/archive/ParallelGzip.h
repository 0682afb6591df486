#pragma once

#include "common/Error.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rd {

// A gzip stream compressed on all cores: the input is cut into blocks, each block becomes one
// complete gzip member (libdeflate), and the members are written in order. Concatenated
// members are one valid gzip file (RFC 1952 §2.2): gzip, tar, libarchive and Python's gzip and
// tarfile read it. Memory stays bounded (a few blocks per thread).
class ParallelGzip final
{
public:
    // `sink` receives the compressed bytes in order, on the thread calling write()/finish();
    // it returns false to stop (a write error).
    using Sink = std::function<bool(const QByteArray &bytes)>;

    explicit ParallelGzip(Sink sink, int level = 6, int threads = 0, qsizetype blockSize = qsizetype(4) << 20);
    ~ParallelGzip();
    ParallelGzip(const ParallelGzip &) = delete;
    ParallelGzip &operator=(const ParallelGzip &) = delete;

    bool write(const char *data, qsizetype size);
    // Compresses what is left and writes every member; false when the sink refused bytes.
    bool finish();
    void abort();

    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }

private:
    struct Block
    {
        QByteArray input;
        QByteArray output;
        bool done = false;
    };
    void submit();
    bool drain(bool all);
    void work();

    Sink m_sink;
    int m_level;
    qsizetype m_blockSize;
    QByteArray m_current;
    std::mutex m_mutex;
    std::condition_variable m_workReady;
    std::condition_variable m_blockDone;
    std::deque<std::shared_ptr<Block>> m_queue; // submitted, in order, not yet written
    std::deque<std::shared_ptr<Block>> m_pending; // submitted, not yet taken by a worker
    std::vector<std::thread> m_threads;
    qsizetype m_maxQueued;
    bool m_stop = false;
    bool m_failed = false;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace rd
