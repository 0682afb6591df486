#include "SafeExtractor.h"

#include "archive/LibArchiveApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rd {

namespace {

const LibArchiveApi &la()
{
    return LibArchiveApi::loaded();
}

struct ReadDeleter
{
    void operator()(archive *a) const { la().archive_read_free(a); }
};
using ArchiveReader = std::unique_ptr<archive, ReadDeleter>;

// A file descriptor closed on every path.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    { }
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd < 0 || ::close(fd) == 0;
    }

private:
    int m_fd;
};

QString archiveError(archive *a)
{
    const char *message = la().archive_error_string(a);
    return message ? QString::fromUtf8(message) : QStringLiteral("unknown libarchive error");
}

Error refused(const QString &archivePath, const QString &entry, const QString &why)
{
    return Error::make(Error::Code::Rejected,
        QCoreApplication::translate("core", "%1 was refused: its entry '%2' %3.")
            .arg(QFileInfo(archivePath).fileName(), entry, why),
        QCoreApplication::translate(
            "core", "The archive could write outside its folder (zip-slip) or is damaged; nothing from it was kept."));
}

// Everything one extraction creates, so that a refused archive can be undone.
class Extraction
{
public:
    Extraction(QString archivePath, QString destination, const ExtractOptions &options, const TaskControl &control)
        : m_archivePath(std::move(archivePath))
        , m_destination(QDir::cleanPath(QDir(destination).absolutePath()))
        , m_options(options)
        , m_control(control)
    { }

    Result<ExtractResult> run(std::atomic<qint64> *sharedProgress, qint64 sharedTotal)
    {
        QElapsedTimer clock;
        clock.start();
        auto result = extractAll(sharedProgress, sharedTotal);
        if (!result) {
            rollback();
            return std::unexpected(result.error());
        }
        m_result.archivePath = m_archivePath;
        m_result.destination = m_destination;
        m_result.stats.milliseconds = clock.elapsed();
        return m_result;
    }

private:
    Status extractAll(std::atomic<qint64> *sharedProgress, qint64 sharedTotal)
    {
        const qint64 archiveSize = QFileInfo(m_archivePath).size();
        if (!QFileInfo(m_archivePath).isFile()) {
            return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 does not exist.").arg(m_archivePath));
        }
        if (!ensureDir(m_destination)) {
            return fail(
                Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(m_destination));
        }
        if (const auto api = LibArchiveApi::load(); !api) {
            return std::unexpected(api.error());
        }
        ArchiveReader reader(la().archive_read_new());
        la().archive_read_support_filter_all(reader.get());
        la().archive_read_support_format_all(reader.get());
        if (la().archive_read_open_filename(reader.get(), QFile::encodeName(m_archivePath).constData(), 1 << 20) != ARCHIVE_OK) {
            return fail(Error::Code::ParseError,
                QCoreApplication::translate("core", "Cannot open %1: %2.")
                    .arg(QFileInfo(m_archivePath).fileName(), archiveError(reader.get())),
                QCoreApplication::translate("core", "The file is not an archive or is damaged; download it again."));
        }
        qint64 reported = 0;
        for (;;) {
            if (m_control.isCancelled()) {
                return fail(Error::Code::Cancelled,
                    QCoreApplication::translate("core", "Extracting %1 was cancelled.").arg(m_archivePath));
            }
            archive_entry *entry = nullptr;
            const int status = la().archive_read_next_header(reader.get(), &entry);
            if (status == ARCHIVE_EOF) {
                break;
            }
            if (status < ARCHIVE_WARN) {
                return fail(Error::Code::ParseError,
                    QCoreApplication::translate("core", "%1 is damaged: %2.")
                        .arg(QFileInfo(m_archivePath).fileName(), archiveError(reader.get())),
                    QCoreApplication::translate("core", "Download it again."));
            }
            if (auto done = extractEntry(reader.get(), entry); !done) {
                return done;
            }
            const qint64 position = std::min<qint64>(la().archive_filter_bytes(reader.get(), -1), archiveSize);
            if (sharedProgress) {
                const qint64 now = sharedProgress->fetch_add(position - reported) + (position - reported);
                m_control.progress(now, sharedTotal, QFileInfo(m_archivePath).fileName());
            } else {
                m_control.progress(position, archiveSize, QFileInfo(m_archivePath).fileName());
            }
            reported = position;
        }
        if (sharedProgress) {
            const qint64 now = sharedProgress->fetch_add(archiveSize - reported) + (archiveSize - reported);
            m_control.progress(now, sharedTotal, QFileInfo(m_archivePath).fileName());
        } else {
            m_control.progress(archiveSize, archiveSize, QFileInfo(m_archivePath).fileName());
        }
        return {};
    }

    Status extractEntry(archive *reader, archive_entry *entry)
    {
        const char *utf8 = la().archive_entry_pathname_utf8(entry);
        const QString rawPath = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(la().archive_entry_pathname(entry));
        auto checked = SafeExtractor::checkEntryPath(rawPath);
        if (!checked) {
            return std::unexpected(refused(m_archivePath, rawPath, checked.error().message));
        }
        QString relative = *checked;
        if (m_options.mapPath) {
            const std::optional<QString> mapped = m_options.mapPath(relative);
            if (!mapped) {
                la().archive_read_data_skip(reader);
                return {};
            }
            auto rechecked = SafeExtractor::checkEntryPath(*mapped);
            if (!rechecked) {
                return std::unexpected(refused(m_archivePath, rawPath, rechecked.error().message));
            }
            relative = *rechecked;
        }
        if (la().archive_entry_hardlink(entry)) {
            return std::unexpected(refused(m_archivePath, rawPath, QStringLiteral("is a hard link")));
        }
        const QString target = m_destination + QLatin1Char('/') + relative;
        const mode_t type = la().archive_entry_filetype(entry);
        ++m_result.stats.entries;
        if (type == AE_IFDIR) {
            if (!ensureDir(target)) {
                return fail(
                    Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(target));
            }
            return {};
        }
        if (type == AE_IFLNK) {
            return extractSymlink(entry, rawPath, relative, target);
        }
        if (type != AE_IFREG) {
            return std::unexpected(refused(m_archivePath, rawPath, QStringLiteral("is not a regular file or folder")));
        }
        const QString parent = target.left(target.lastIndexOf(QLatin1Char('/')));
        if (!ensureDir(parent)) {
            return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(parent));
        }
        const mode_t mode = (la().archive_entry_perm(entry) & 0111) ? 0755 : 0644;
        const QByteArray nativePath = QFile::encodeName(target);
        const bool existed = ::access(nativePath.constData(), F_OK) == 0;
        Fd fd(::open(nativePath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode));
        if (fd.get() < 0) {
            const int error = errno;
            if (error == ELOOP) {
                return std::unexpected(refused(m_archivePath, rawPath, QStringLiteral("would write through a symlink")));
            }
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2.").arg(target, QString::fromLocal8Bit(strerror(error))));
        }
        if (!existed) {
            m_createdFiles.append(nativePath);
        }
        if (existed) {
            ::fchmod(fd.get(), mode);
        }
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        qint64 written = 0;
        for (;;) {
            const int status = la().archive_read_data_block(reader, &block, &size, &offset);
            if (status == ARCHIVE_EOF) {
                break;
            }
            if (status < ARCHIVE_WARN) {
                return fail(Error::Code::ParseError,
                    QCoreApplication::translate("core", "%1 is damaged at '%2': %3.")
                        .arg(QFileInfo(m_archivePath).fileName(), rawPath, archiveError(reader)),
                    QCoreApplication::translate("core", "Download it again."));
            }
            const char *bytes = static_cast<const char *>(block);
            size_t left = size;
            off_t at = offset;
            while (left > 0) {
                const ssize_t n = ::pwrite(fd.get(), bytes, left, at);
                if (n < 0) {
                    if (errno == EINTR) {
                        continue;
                    }
                    return fail(Error::Code::IoError,
                        QCoreApplication::translate("core", "Writing %1 failed: %2.")
                            .arg(target, QString::fromLocal8Bit(strerror(errno))),
                        QCoreApplication::translate("core", "Check free disk space."));
                }
                bytes += n;
                left -= size_t(n);
                at += n;
            }
            written = std::max<qint64>(written, offset + qint64(size));
            if (m_control.isCancelled()) {
                return fail(Error::Code::Cancelled,
                    QCoreApplication::translate("core", "Extracting %1 was cancelled.").arg(m_archivePath));
            }
        }
        if (la().archive_entry_size_is_set(entry) && la().archive_entry_size(entry) > written) {
            // A trailing hole of a sparse entry.
            if (::ftruncate(fd.get(), la().archive_entry_size(entry)) != 0) {
                return fail(Error::Code::IoError, QCoreApplication::translate("core", "Writing %1 failed.").arg(target));
            }
            written = la().archive_entry_size(entry);
        }
        if (!fd.close()) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Writing %1 failed: %2.")
                    .arg(target, QString::fromLocal8Bit(strerror(errno))));
        }
        m_result.files.append(relative);
        m_result.stats.inputBytes += written;
        m_result.stats.outputBytes += written;
        return {};
    }

    Status extractSymlink(archive_entry *entry, const QString &rawPath, const QString &relative, const QString &target)
    {
        if (!m_options.allowSymlinks) {
            return std::unexpected(refused(m_archivePath, rawPath, QStringLiteral("is a symlink")));
        }
        const char *linkUtf8 = la().archive_entry_symlink_utf8(entry);
        const QString link = linkUtf8 ? QString::fromUtf8(linkUtf8) : QFile::decodeName(la().archive_entry_symlink(entry));
        // The link must resolve inside the destination, as a relative path.
        const QString linkDir = QFileInfo(relative).path();
        const QString resolved
            = QDir::cleanPath((linkDir == QStringLiteral(".") ? QString() : linkDir + QLatin1Char('/')) + link);
        const bool absolute = link.startsWith(QLatin1Char('/'));
        if (link.isEmpty() || (absolute && !m_options.allowAbsoluteSymlinks)
            || (!absolute && (resolved == QStringLiteral("..") || resolved.startsWith(QStringLiteral("../"))))) {
            return std::unexpected(
                refused(m_archivePath, rawPath, QStringLiteral("is a symlink pointing outside the folder (%1)").arg(link)));
        }
        const QString parent = target.left(target.lastIndexOf(QLatin1Char('/')));
        if (!ensureDir(parent)) {
            return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(parent));
        }
        const QByteArray nativePath = QFile::encodeName(target);
        ::unlink(nativePath.constData());
        if (::symlink(QFile::encodeName(link).constData(), nativePath.constData()) != 0) {
            return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the symlink %1.").arg(target));
        }
        m_createdFiles.append(nativePath);
        m_result.files.append(relative);
        return {};
    }

    // Creates a folder and its parents, remembering which ones it made; never goes through a
    // symlink below the destination (the destination itself may be one).
    bool ensureDir(const QString &dir)
    {
        if (m_knownDirs.contains(dir)) {
            return true;
        }
        const QByteArray native = QFile::encodeName(dir);
        struct stat st
        {
        };
        if (::lstat(native.constData(), &st) == 0) {
            const bool ok = S_ISDIR(st.st_mode) || (dir == m_destination && QFileInfo(dir).isDir());
            if (ok) {
                m_knownDirs.insert(dir);
            }
            return ok;
        }
        if (dir == m_destination || !dir.startsWith(m_destination + QLatin1Char('/'))) {
            if (!QDir().mkpath(dir)) {
                return false;
            }
            m_knownDirs.insert(dir);
            return true;
        }
        if (!ensureDir(dir.left(dir.lastIndexOf(QLatin1Char('/'))))) {
            return false;
        }
        if (::mkdir(native.constData(), 0755) == 0) {
            m_createdDirs.append(native);
        } else if (errno != EEXIST || ::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            return false; // EEXIST: another extraction made it at the same moment
        }
        m_knownDirs.insert(dir);
        return true;
    }

    void rollback()
    {
        for (const QByteArray &file : std::as_const(m_createdFiles)) {
            ::unlink(file.constData());
        }
        for (auto it = m_createdDirs.crbegin(); it != m_createdDirs.crend(); ++it) {
            ::rmdir(it->constData()); // only when empty: another archive may share the folder
        }
    }

    QString m_archivePath;
    QString m_destination;
    const ExtractOptions &m_options;
    const TaskControl &m_control;
    ExtractResult m_result;
    QSet<QString> m_knownDirs;
    QList<QByteArray> m_createdFiles;
    QList<QByteArray> m_createdDirs;
};

} // namespace

Result<QString> SafeExtractor::checkEntryPath(const QString &entryPath)
{
    auto refuse = [](const QString &why) { return fail(Error::Code::InvalidInput, why); };
    if (entryPath.isEmpty()) {
        return refuse(QStringLiteral("has an empty name"));
    }
    if (entryPath.contains(QChar(0))) {
        return refuse(QStringLiteral("contains a NUL character"));
    }
    if (entryPath.contains(QLatin1Char('\\'))) {
        return refuse(QStringLiteral("contains a backslash (a Windows path separator)"));
    }
    if (entryPath.startsWith(QLatin1Char('/'))) {
        return refuse(QStringLiteral("is an absolute path"));
    }
    if (entryPath.size() >= 2 && entryPath.at(1) == QLatin1Char(':') && entryPath.at(0).isLetter()
        && entryPath.at(0).unicode() < 128) {
        return refuse(QStringLiteral("starts with a drive letter"));
    }
    QStringList parts;
    for (const QString &part : entryPath.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QStringLiteral(".")) {
            continue;
        }
        if (part == QStringLiteral("..")) {
            return refuse(QStringLiteral("contains a '..' component"));
        }
        parts.append(part);
    }
    if (parts.isEmpty()) {
        return refuse(QStringLiteral("names no file"));
    }
    return parts.join(QLatin1Char('/'));
}

Result<ExtractResult> SafeExtractor::extract(
    const QString &archivePath, const QString &destination, const ExtractOptions &options, const TaskControl &control)
{
    Extraction extraction(archivePath, destination, options, control);
    return extraction.run(nullptr, 0);
}

Result<QList<ExtractResult>> SafeExtractor::extractAll(const QList<ExtractTask> &tasks, const TaskControl &control, int threads)
{
    qint64 total = 0;
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        total += QFileInfo(tasks.at(i).archivePath).size();
        order.push_back(i);
    }
    // Biggest first, so that one large archive does not finish last on its own.
    std::stable_sort(order.begin(), order.end(), [&tasks](qsizetype a, qsizetype b) {
        return QFileInfo(tasks.at(a).archivePath).size() > QFileInfo(tasks.at(b).archivePath).size();
    });
    std::vector<std::optional<Result<ExtractResult>>> results(size_t(tasks.size()));
    std::atomic<qint64> progress { 0 };
    std::atomic<size_t> next { 0 };
    std::atomic_bool failed { false };
    // A failure stops the others, but what they already extracted stays (each is complete).
    // Progress comes from several threads: serialise it for the sink, and never let it go back
    // (a thread may add its bytes first and report them after a faster one).
    TaskControl inner = control;
    std::mutex progressMutex;
    qint64 reportedDone = 0;
    inner.setProgressSink([&control, &progressMutex, &reportedDone](qint64 done, qint64 all, const QString &text) {
        std::lock_guard lock(progressMutex);
        reportedDone = qMax(reportedDone, done);
        control.progress(reportedDone, all, text);
    });
    auto worker = [&] {
        for (;;) {
            const size_t slot = next.fetch_add(1);
            if (slot >= order.size() || failed.load() || control.isCancelled()) {
                return;
            }
            const qsizetype index = order[slot];
            Extraction extraction(tasks.at(index).archivePath, tasks.at(index).destination, tasks.at(index).options, inner);
            auto result = extraction.run(&progress, total);
            if (!result) {
                failed.store(true);
            }
            results[size_t(index)] = std::move(result);
        }
    };
    const int count
        = std::clamp(threads > 0 ? threads : QThread::idealThreadCount(), 1, int(std::max<qsizetype>(1, tasks.size())));
    std::vector<std::thread> pool;
    for (int i = 1; i < count; ++i) {
        pool.emplace_back(worker);
    }
    worker();
    for (std::thread &thread : pool) {
        thread.join();
    }
    if (control.isCancelled()) {
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Extraction was cancelled."));
    }
    QList<ExtractResult> out;
    for (auto &result : results) {
        if (result && !*result) {
            return std::unexpected(result->error());
        }
    }
    for (auto &result : results) {
        if (!result) {
            return fail(Error::Code::Unknown, QCoreApplication::translate("core", "An archive was not extracted."));
        }
        out.append(**result);
    }
    return out;
}

} // namespace rd
