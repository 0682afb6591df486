#include "ParallelGzip.h"

#include "archive/LibDeflateApi.h"

#include <QThread>

#include <algorithm>

namespace rd {

namespace {

const LibDeflateApi &deflateApi()
{
    return LibDeflateApi::loaded();
}

} // namespace

ParallelGzip::ParallelGzip(Sink sink, int level, int threads, qsizetype blockSize)
    : m_sink(std::move(sink))
    , m_level(std::clamp(level, 1, 12))
    , m_blockSize(std::max<qsizetype>(blockSize, 64 * 1024))
{
    const int count = std::max(1, threads > 0 ? threads : QThread::idealThreadCount());
    m_maxQueued = qsizetype(count) * 3;
    m_current.reserve(m_blockSize);
    for (int i = 0; i < count; ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

ParallelGzip::~ParallelGzip()
{
    abort();
}

void ParallelGzip::abort()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_workReady.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
    m_threads.clear();
}

void ParallelGzip::work()
{
    libdeflate_compressor *compressor = deflateApi().libdeflate_alloc_compressor(m_level);
    for (;;) {
        std::shared_ptr<Block> block;
        {
            std::unique_lock lock(m_mutex);
            m_workReady.wait(lock, [this] { return m_stop || !m_pending.empty(); });
            if (m_stop && m_pending.empty()) {
                break;
            }
            if (m_stop) {
                break;
            }
            block = m_pending.front();
            m_pending.pop_front();
        }
        const size_t bound = deflateApi().libdeflate_gzip_compress_bound(compressor, size_t(block->input.size()));
        QByteArray output(qsizetype(bound), Qt::Uninitialized);
        const size_t written = deflateApi().libdeflate_gzip_compress(
            compressor, block->input.constData(), size_t(block->input.size()), output.data(), bound);
        output.truncate(qsizetype(written));
        {
            std::lock_guard lock(m_mutex);
            block->output = std::move(output);
            block->input = QByteArray();
            block->done = true;
        }
        m_blockDone.notify_all();
    }
    deflateApi().libdeflate_free_compressor(compressor);
}

void ParallelGzip::submit()
{
    if (m_current.isEmpty()) {
        return;
    }
    auto block = std::make_shared<Block>();
    block->input = std::move(m_current);
    m_current = QByteArray();
    m_current.reserve(m_blockSize);
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(block);
        m_pending.push_back(block);
    }
    m_workReady.notify_one();
}

// Writes finished blocks at the head of the queue; waits while the queue is too long (or, with
// `all`, until it is empty).
bool ParallelGzip::drain(bool all)
{
    for (;;) {
        std::shared_ptr<Block> head;
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.empty()) {
                return !m_failed;
            }
            if (!all && qsizetype(m_queue.size()) < m_maxQueued && !m_queue.front()->done) {
                return !m_failed;
            }
            m_blockDone.wait(lock, [this] { return m_queue.front()->done; });
            head = m_queue.front();
            m_queue.pop_front();
        }
        m_bytesOut += head->output.size();
        if (!m_failed && !m_sink(head->output)) {
            m_failed = true;
        }
        if (m_failed) {
            return false;
        }
    }
}

bool ParallelGzip::write(const char *data, qsizetype size)
{
    if (m_threads.empty() || m_failed) {
        return false; // aborted or failed: nothing more goes out
    }
    m_bytesIn += size;
    while (size > 0) {
        const qsizetype room = m_blockSize - m_current.size();
        const qsizetype take = std::min(room, size);
        m_current.append(data, take);
        data += take;
        size -= take;
        if (m_current.size() >= m_blockSize) {
            submit();
            if (!drain(false)) {
                return false;
            }
        }
    }
    return !m_failed;
}

bool ParallelGzip::finish()
{
    if (m_threads.empty() || m_failed) {
        return false;
    }
    if (m_bytesIn == 0 && m_queue.empty()) {
        // An empty input still makes a valid (empty) gzip member.
        m_current = QByteArray();
        auto block = std::make_shared<Block>();
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(block);
            m_pending.push_back(block);
        }
        m_workReady.notify_one();
    } else {
        submit();
    }
    const bool ok = drain(true);
    abort();
    return ok;
}

} // namespace rd
