#include "ZipWriter.h"

#include "archive/LibDeflateApi.h"
#include "archive/PartialFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <zlib.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rd {

namespace {

const LibDeflateApi &deflateApi()
{
    return LibDeflateApi::loaded();
}

constexpr quint32 max32 = 0xffffffffu;
constexpr quint16 methodStored = 0;
constexpr quint16 methodDeflated = 8;

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { deflateApi().libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

// An entry's bytes as they go into the archive.
struct Packed
{
    QByteArray data; // compressed (or stored) bytes
    quint32 crc = 0;
    quint16 method = methodStored;
    qint64 size = 0; // uncompressed
    bool failed = false;
    Error error;
};

// What the central directory needs about a written entry.
struct CentralRecord
{
    QByteArray name;
    quint32 crc = 0;
    quint16 method = methodStored;
    quint16 dosTime = 0;
    quint16 dosDate = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    qint64 offset = 0;
    quint32 externalAttributes = 0;
    bool utf8 = false;
};

void put16(QByteArray &out, quint16 v)
{
    const char b[2] = { char(v & 0xff), char(v >> 8) };
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    const char b[4] = { char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char(v >> 24) };
    out.append(b, 4);
}

void put64(QByteArray &out, quint64 v)
{
    put32(out, quint32(v & max32));
    put32(out, quint32(v >> 32));
}

void dosDateTime(qint64 mtime, quint16 &time, quint16 &date)
{
    QDateTime when = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
    if (when.date().year() < 1980) {
        when = QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    } else if (when.date().year() > 2107) {
        when = QDateTime(QDate(2107, 12, 31), QTime(23, 59, 58), Qt::UTC);
    }
    const QDate d = when.date();
    const QTime t = when.time();
    time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    date = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
}

quint32 unixType(ArchiveEntry::Type type)
{
    switch (type) {
    case ArchiveEntry::Type::Directory: return 0040000;
    case ArchiveEntry::Type::Symlink: return 0120000;
    case ArchiveEntry::Type::File: break;
    }
    return 0100000;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (uchar(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

// A worker's compressor and buffers, reused from one entry to the next (no allocation and no
// mmap/munmap per file: with thousands of small files those dominate).
struct Worker
{
    Compressor compressor;
    QByteArray input;
    QByteArray output;
};

Packed packBytes(const uchar *bytes, qint64 size, Worker *worker)
{
    Packed packed;
    packed.size = size;
    packed.crc = quint32(deflateApi().libdeflate_crc32(0, bytes, size_t(size)));
    if (worker && worker->compressor && size > 0) {
        const size_t bound = deflateApi().libdeflate_deflate_compress_bound(worker->compressor.get(), size_t(size));
        if (worker->output.size() < qsizetype(bound)) {
            worker->output.resize(qsizetype(bound));
        }
        const size_t written = deflateApi().libdeflate_deflate_compress(
            worker->compressor.get(), bytes, size_t(size), worker->output.data(), bound);
        if (written > 0 && qint64(written) < size) {
            packed.data = QByteArray(worker->output.constData(), qsizetype(written));
            packed.method = methodDeflated;
            return packed;
        }
    }
    packed.data = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
    packed.method = methodStored;
    return packed;
}

Packed readFailure(const ArchiveEntry &entry, const QString &why)
{
    Packed failed;
    failed.failed = true;
    failed.error = Error::make(
        Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(entry.sourcePath, why));
    return failed;
}

Packed packEntry(const ArchiveEntry &entry, Worker *worker)
{
    switch (entry.type) {
    case ArchiveEntry::Type::Directory: return Packed {};
    case ArchiveEntry::Type::Symlink: {
        const QByteArray target = entry.linkTarget.toUtf8();
        return packBytes(reinterpret_cast<const uchar *>(target.constData()), target.size(), nullptr);
    }
    case ArchiveEntry::Type::File: break;
    }
    if (entry.sourcePath.isEmpty()) {
        return packBytes(reinterpret_cast<const uchar *>(entry.data.constData()), entry.data.size(), worker);
    }
    QFile file(entry.sourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return readFailure(entry, file.errorString());
    }
    const qint64 size = file.size();
    if (size == 0) {
        return packBytes(nullptr, 0, worker);
    }
    if (size > (qint64(64) << 20)) {
        if (uchar *mapped = file.map(0, size)) { // big files: no copy
            Packed packed = packBytes(mapped, size, worker);
            file.unmap(mapped);
            return packed;
        }
    }
    if (worker->input.size() < size) {
        worker->input.resize(qsizetype(size));
    }
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file.read(worker->input.data() + done, size - done);
        if (got <= 0) {
            return readFailure(entry, got < 0 ? file.errorString() : QStringLiteral("the file shrank while it was read"));
        }
        done += got;
    }
    return packBytes(reinterpret_cast<const uchar *>(worker->input.constData()), size, worker);
}

QByteArray localHeader(const CentralRecord &record, bool zip64)
{
    QByteArray out;
    out.reserve(30 + record.name.size() + 20);
    put32(out, 0x04034b50);
    put16(out, zip64 ? 45 : 20);
    put16(out, record.utf8 ? 0x0800 : 0);
    put16(out, record.method);
    put16(out, record.dosTime);
    put16(out, record.dosDate);
    put32(out, record.crc);
    put32(out, zip64 ? max32 : quint32(record.compressedSize));
    put32(out, zip64 ? max32 : quint32(record.size));
    put16(out, quint16(record.name.size()));
    put16(out, zip64 ? 20 : 0);
    out.append(record.name);
    if (zip64) {
        put16(out, 0x0001);
        put16(out, 16);
        put64(out, quint64(record.size));
        put64(out, quint64(record.compressedSize));
    }
    return out;
}

QByteArray centralHeader(const CentralRecord &record, bool forceZip64)
{
    QByteArray extra;
    const bool bigSize = forceZip64 || record.size >= qint64(max32);
    const bool bigCompressed = forceZip64 || record.compressedSize >= qint64(max32);
    const bool bigOffset = forceZip64 || record.offset >= qint64(max32);
    if (bigSize || bigCompressed || bigOffset) {
        QByteArray fields;
        if (bigSize) {
            put64(fields, quint64(record.size));
        }
        if (bigCompressed) {
            put64(fields, quint64(record.compressedSize));
        }
        if (bigOffset) {
            put64(fields, quint64(record.offset));
        }
        put16(extra, 0x0001);
        put16(extra, quint16(fields.size()));
        extra.append(fields);
    }
    const bool zip64 = !extra.isEmpty();
    QByteArray out;
    out.reserve(46 + record.name.size() + extra.size());
    put32(out, 0x02014b50);
    put16(out, quint16((3 << 8) | 45)); // made by Unix, spec 4.5
    put16(out, zip64 ? 45 : 20);
    put16(out, record.utf8 ? 0x0800 : 0);
    put16(out, record.method);
    put16(out, record.dosTime);
    put16(out, record.dosDate);
    put32(out, record.crc);
    put32(out, bigCompressed ? max32 : quint32(record.compressedSize));
    put32(out, bigSize ? max32 : quint32(record.size));
    put16(out, quint16(record.name.size()));
    put16(out, quint16(extra.size()));
    put16(out, 0); // comment
    put16(out, 0); // disk
    put16(out, 0); // internal attributes
    put32(out, record.externalAttributes);
    put32(out, bigOffset ? max32 : quint32(record.offset));
    out.append(record.name);
    out.append(extra);
    return out;
}

// Shared state of the compressing workers and the writer.
struct Pipeline
{
    std::mutex mutex;
    std::condition_variable workAvailable;
    std::condition_variable packedReady;
    qsizetype next = 0; // next entry a worker takes
    qsizetype written = 0; // entries the writer has written
    qint64 inFlight = 0; // uncompressed bytes taken by workers and not yet written
    bool abort = false;
    std::vector<std::unique_ptr<Packed>> packed;
};

} // namespace

ZipWriter::ZipWriter(QString outputPath, ZipOptions options)
    : m_outputPath(std::move(outputPath))
    , m_options(options)
{ }

Status ZipWriter::addTree(const QString &rootDir, const QString &prefix, const TreeOptions &options)
{
    auto entries = collectTree(rootDir, prefix, options);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    m_entries.append(*entries);
    return {};
}

Result<ArchiveStats> ZipWriter::write(const TaskControl &control)
{
    if (const auto api = LibDeflateApi::load(); !api) {
        return std::unexpected(api.error());
    }
    QElapsedTimer clock;
    clock.start();
    for (const ArchiveEntry &entry : std::as_const(m_entries)) {
        if (entry.archivePath.isEmpty() || entry.archivePath.startsWith(QLatin1Char('/'))) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "Invalid zip entry name '%1'.").arg(entry.archivePath));
        }
    }
    PartialFile output(m_outputPath);
    if (auto opened = output.open(); !opened) {
        return std::unexpected(opened.error());
    }

    const qsizetype count = m_entries.size();
    const qint64 totalBytes = totalSize(m_entries);
    const int level = std::clamp(m_options.level, 0, 12);
    auto streamed = [this](const ArchiveEntry &entry) {
        return entry.type == ArchiveEntry::Type::File && entry.sourcePath.size() > 0 && entry.size >= m_options.streamThreshold;
    };

    Pipeline pipe;
    pipe.packed.resize(size_t(count));
    const int threadCount = std::max(1, m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    std::vector<std::thread> workers;
    workers.reserve(size_t(threadCount));
    for (int t = 0; t < threadCount; ++t) {
        workers.emplace_back([&] {
            Worker worker;
            worker.compressor.reset(level > 0 ? deflateApi().libdeflate_alloc_compressor(level) : nullptr);
            for (;;) {
                std::unique_lock lock(pipe.mutex);
                pipe.workAvailable.wait(lock, [&] {
                    return pipe.abort || pipe.next >= count || pipe.inFlight < m_options.memoryLimit || pipe.next <= pipe.written;
                });
                if (pipe.abort || pipe.next >= count) {
                    return;
                }
                const qsizetype index = pipe.next++;
                const ArchiveEntry &entry = m_entries.at(index);
                if (streamed(entry)) {
                    continue; // the writer deflates it as a stream
                }
                pipe.inFlight += entry.size;
                lock.unlock();
                auto packed = std::make_unique<Packed>(control.isCancelled() ? Packed {} : packEntry(entry, &worker));
                lock.lock();
                pipe.packed[size_t(index)] = std::move(packed);
                pipe.packedReady.notify_all();
            }
        });
    }
    auto stopWorkers = [&] {
        {
            std::lock_guard lock(pipe.mutex);
            pipe.abort = true;
        }
        pipe.workAvailable.notify_all();
        for (std::thread &worker : workers) {
            worker.join();
        }
        workers.clear();
    };
    auto cancelled = [&]() -> std::unexpected<Error> {
        stopWorkers();
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Writing %1 was cancelled.").arg(m_outputPath));
    };

    QList<CentralRecord> records;
    records.reserve(count);
    qint64 offset = 0;
    qint64 doneBytes = 0;
    qint64 lastReported = -1;
    QByteArray streamBuffer;
    for (qsizetype index = 0; index < count; ++index) {
        if (control.isCancelled()) {
            return cancelled();
        }
        const ArchiveEntry &entry = m_entries.at(index);
        CentralRecord record;
        record.name = entry.archivePath.toUtf8();
        if (entry.type == ArchiveEntry::Type::Directory && !record.name.endsWith('/')) {
            record.name.append('/');
        }
        record.utf8 = !isAscii(record.name);
        dosDateTime(entry.mtime, record.dosTime, record.dosDate);
        const quint32 mode = unixType(entry.type) | (entry.mode & 07777);
        record.externalAttributes = (mode << 16) | (entry.type == ArchiveEntry::Type::Directory ? 0x10 : 0);
        record.offset = offset;

        if (streamed(entry)) {
            // Big file: local header with placeholders, deflate stream, then patch the header.
            QFile file(entry.sourcePath);
            if (!file.open(QIODevice::ReadOnly)) {
                stopWorkers();
                return fail(Error::Code::IoError,
                    QCoreApplication::translate("core", "Cannot read %1: %2.").arg(entry.sourcePath, file.errorString()));
            }
            record.size = file.size();
            record.method = level > 0 ? methodDeflated : methodStored;
            const bool zip64 = m_options.forceZip64 || record.size >= qint64(0xffff0000u);
            const QByteArray header = localHeader(record, zip64);
            if (auto done = output.write(header); !done) {
                stopWorkers();
                return std::unexpected(done.error());
            }
            z_stream z {};
            if (level > 0 && deflateInit2(&z, std::min(level, 9), Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
                stopWorkers();
                return fail(Error::Code::Unknown, QCoreApplication::translate("core", "zlib could not start."));
            }
            const std::unique_ptr<z_stream, void (*)(z_stream *)> zGuard(
                level > 0 ? &z : nullptr, [](z_stream *s) { deflateEnd(s); });
            constexpr qint64 chunk = qint64(1) << 20;
            QByteArray in(chunk, Qt::Uninitialized);
            streamBuffer.resize(chunk + 1024);
            quint32 crc = 0;
            qint64 compressed = 0;
            bool end = false;
            while (!end) {
                if (control.isCancelled()) {
                    return cancelled();
                }
                const qint64 got = file.read(in.data(), chunk);
                if (got < 0) {
                    stopWorkers();
                    return fail(Error::Code::IoError,
                        QCoreApplication::translate("core", "Cannot read %1: %2.").arg(entry.sourcePath, file.errorString()));
                }
                end = got < chunk;
                crc = quint32(deflateApi().libdeflate_crc32(crc, in.constData(), size_t(got)));
                doneBytes += got;
                if (level == 0) {
                    if (auto done = output.write(in.constData(), got); !done) {
                        stopWorkers();
                        return std::unexpected(done.error());
                    }
                    compressed += got;
                    continue;
                }
                z.next_in = reinterpret_cast<Bytef *>(in.data());
                z.avail_in = uInt(got);
                do {
                    z.next_out = reinterpret_cast<Bytef *>(streamBuffer.data());
                    z.avail_out = uInt(streamBuffer.size());
                    deflate(&z, end ? Z_FINISH : Z_NO_FLUSH);
                    const qint64 have = streamBuffer.size() - z.avail_out;
                    if (auto done = output.write(streamBuffer.constData(), have); !done) {
                        stopWorkers();
                        return std::unexpected(done.error());
                    }
                    compressed += have;
                } while (z.avail_out == 0);
                control.progress(doneBytes, totalBytes, entry.archivePath);
            }
            record.crc = crc;
            record.compressedSize = compressed;
            const qint64 after = output.file().pos();
            const QByteArray patched = localHeader(record, zip64);
            if (!output.file().seek(offset) || !output.write(patched) || !output.file().seek(after)) {
                stopWorkers();
                return fail(Error::Code::IoError,
                    QCoreApplication::translate("core", "Cannot update the zip header in %1.").arg(output.temporaryPath()));
            }
            offset = after;
            records.append(record);
            std::lock_guard lock(pipe.mutex);
            pipe.written = index + 1;
            pipe.workAvailable.notify_all();
            continue;
        }

        std::unique_ptr<Packed> packed;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.packedReady.wait(lock, [&] { return pipe.packed[size_t(index)] != nullptr; });
            packed = std::move(pipe.packed[size_t(index)]);
        }
        if (control.isCancelled()) {
            return cancelled();
        }
        if (packed->failed) {
            stopWorkers();
            return std::unexpected(packed->error);
        }
        record.crc = packed->crc;
        record.method = packed->method;
        record.size = packed->size;
        record.compressedSize = packed->data.size();
        const bool zip64 = m_options.forceZip64 || record.size >= qint64(max32) || record.compressedSize >= qint64(max32);
        const QByteArray header = localHeader(record, zip64);
        if (auto done = output.write(header); !done) {
            stopWorkers();
            return std::unexpected(done.error());
        }
        if (auto done = output.write(packed->data); !done) {
            stopWorkers();
            return std::unexpected(done.error());
        }
        offset += header.size() + packed->data.size();
        records.append(record);
        doneBytes += record.size;
        {
            std::lock_guard lock(pipe.mutex);
            pipe.inFlight -= entry.size;
            pipe.written = index + 1;
        }
        pipe.workAvailable.notify_all();
        if (totalBytes > 0 && (doneBytes - lastReported) * 200 >= totalBytes) {
            lastReported = doneBytes;
            control.progress(doneBytes, totalBytes, entry.archivePath);
        }
    }
    stopWorkers();

    // Central directory and end records.
    const qint64 centralOffset = offset;
    QByteArray central;
    for (const CentralRecord &record : std::as_const(records)) {
        central.append(centralHeader(record, m_options.forceZip64));
        if (central.size() >= (1 << 20)) {
            if (auto done = output.write(central); !done) {
                return std::unexpected(done.error());
            }
            offset += central.size();
            central.clear();
        }
    }
    offset += central.size();
    const qint64 centralSize = offset - centralOffset;
    QByteArray end = central;
    const bool zip64End
        = m_options.forceZip64 || count >= 0xffff || centralOffset >= qint64(max32) || centralSize >= qint64(max32);
    if (zip64End) {
        const qint64 recordOffset = offset;
        put32(end, 0x06064b50);
        put64(end, 44);
        put16(end, quint16((3 << 8) | 45));
        put16(end, 45);
        put32(end, 0);
        put32(end, 0);
        put64(end, quint64(count));
        put64(end, quint64(count));
        put64(end, quint64(centralSize));
        put64(end, quint64(centralOffset));
        put32(end, 0x07064b50);
        put32(end, 0);
        put64(end, quint64(recordOffset));
        put32(end, 1);
    }
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, zip64End ? 0xffff : quint16(count));
    put16(end, zip64End ? 0xffff : quint16(count));
    put32(end, zip64End ? max32 : quint32(centralSize));
    put32(end, zip64End ? max32 : quint32(centralOffset));
    put16(end, 0);
    if (auto done = output.write(end); !done) {
        return std::unexpected(done.error());
    }
    const qint64 archiveSize = output.file().pos();
    if (control.isCancelled()) {
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Writing %1 was cancelled.").arg(m_outputPath));
    }
    if (auto done = output.commit(); !done) {
        return std::unexpected(done.error());
    }
    control.progress(totalBytes, totalBytes, QString());
    return ArchiveStats { count, totalBytes, archiveSize, clock.elapsed() };
}

} // namespace rd
