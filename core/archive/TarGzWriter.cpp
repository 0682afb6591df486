#include "TarGzWriter.h"

#include "archive/LibArchiveApi.h"
#include "archive/LibDeflateApi.h"
#include "archive/ParallelGzip.h"
#include "archive/PartialFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <memory>

namespace rd {

namespace {

const LibArchiveApi &la()
{
    return LibArchiveApi::loaded();
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { la().archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { la().archive_entry_free(e); }
};

la_ssize_t writeToGzip(archive *, void *clientData, const void *buffer, size_t length)
{
    auto *gzip = static_cast<ParallelGzip *>(clientData);
    return gzip->write(static_cast<const char *>(buffer), qsizetype(length)) ? la_ssize_t(length) : -1;
}

QString archiveError(archive *a)
{
    const char *message = la().archive_error_string(a);
    return message ? QString::fromUtf8(message) : QStringLiteral("unknown libarchive error");
}

} // namespace

TarGzWriter::TarGzWriter(QString outputPath, TarGzOptions options)
    : m_outputPath(std::move(outputPath))
    , m_options(options)
{ }

Status TarGzWriter::addTree(const QString &rootDir, const QString &prefix, const TreeOptions &options)
{
    auto entries = collectTree(rootDir, prefix, options);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    m_entries.append(*entries);
    return {};
}

Result<ArchiveStats> TarGzWriter::write(const TaskControl &control)
{
    if (const auto api = LibArchiveApi::load(); !api) {
        return std::unexpected(api.error());
    }
    if (const auto api = LibDeflateApi::load(); !api) {
        return std::unexpected(api.error());
    }
    QElapsedTimer clock;
    clock.start();
    PartialFile output(m_outputPath);
    if (auto opened = output.open(); !opened) {
        return std::unexpected(opened.error());
    }
    Error sinkError;
    ParallelGzip gzip(
        [&output, &sinkError](const QByteArray &bytes) {
            if (auto done = output.write(bytes); !done) {
                sinkError = done.error();
                return false;
            }
            return true;
        },
        m_options.level, m_options.threads, m_options.blockSize);

    std::unique_ptr<archive, ArchiveDeleter> tar(la().archive_write_new());
    la().archive_write_set_format_pax_restricted(tar.get());
    la().archive_write_add_filter_none(tar.get());
    if (la().archive_write_open(tar.get(), &gzip, nullptr, writeToGzip, nullptr) != ARCHIVE_OK) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot start %1: %2.").arg(m_outputPath, archiveError(tar.get())));
    }
    auto failed = [&](const QString &what) -> std::unexpected<Error> {
        gzip.abort();
        if (!sinkError.message.isEmpty()) {
            return std::unexpected(sinkError);
        }
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Writing %1 failed at %2: %3.").arg(m_outputPath, what, archiveError(tar.get())));
    };

    const qint64 totalBytes = totalSize(m_entries);
    qint64 doneBytes = 0;
    qint64 lastReported = -1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    std::unique_ptr<archive_entry, EntryDeleter> entry(la().archive_entry_new());
    for (const ArchiveEntry &item : std::as_const(m_entries)) {
        if (control.isCancelled()) {
            gzip.abort();
            return fail(
                Error::Code::Cancelled, QCoreApplication::translate("core", "Writing %1 was cancelled.").arg(m_outputPath));
        }
        la().archive_entry_clear(entry.get());
        const QByteArray path = item.archivePath.toUtf8();
        la().archive_entry_set_pathname_utf8(entry.get(), path.constData());
        la().archive_entry_set_perm(entry.get(), item.mode & 07777);
        la().archive_entry_set_mtime(entry.get(), item.mtime, 0);
        la().archive_entry_set_uid(entry.get(), 0);
        la().archive_entry_set_gid(entry.get(), 0);
        QFile file;
        switch (item.type) {
        case ArchiveEntry::Type::Directory:
            la().archive_entry_set_filetype(entry.get(), AE_IFDIR);
            la().archive_entry_set_size(entry.get(), 0);
            break;
        case ArchiveEntry::Type::Symlink: {
            la().archive_entry_set_filetype(entry.get(), AE_IFLNK);
            la().archive_entry_set_size(entry.get(), 0);
            const QByteArray target = item.linkTarget.toUtf8();
            la().archive_entry_set_symlink_utf8(entry.get(), target.constData());
            break;
        }
        case ArchiveEntry::Type::File:
            la().archive_entry_set_filetype(entry.get(), AE_IFREG);
            if (item.sourcePath.isEmpty()) {
                la().archive_entry_set_size(entry.get(), item.data.size());
            } else {
                file.setFileName(item.sourcePath);
                if (!file.open(QIODevice::ReadOnly)) {
                    gzip.abort();
                    return fail(Error::Code::IoError,
                        QCoreApplication::translate("core", "Cannot read %1: %2.").arg(item.sourcePath, file.errorString()));
                }
                la().archive_entry_set_size(entry.get(), file.size());
            }
            break;
        }
        if (la().archive_write_header(tar.get(), entry.get()) != ARCHIVE_OK) {
            return failed(item.archivePath);
        }
        if (item.type != ArchiveEntry::Type::File) {
            continue;
        }
        if (item.sourcePath.isEmpty()) {
            if (!item.data.isEmpty() && la().archive_write_data(tar.get(), item.data.constData(), size_t(item.data.size())) < 0) {
                return failed(item.archivePath);
            }
            doneBytes += item.data.size();
            continue;
        }
        qint64 remaining = file.size();
        while (remaining > 0) {
            const qint64 got = file.read(buffer.data(), std::min<qint64>(remaining, buffer.size()));
            if (got <= 0) {
                gzip.abort();
                return fail(Error::Code::IoError,
                    QCoreApplication::translate("core", "Cannot read %1: %2.").arg(item.sourcePath, file.errorString()),
                    QCoreApplication::translate("core", "Was the file changed while the archive was written?"));
            }
            if (la().archive_write_data(tar.get(), buffer.constData(), size_t(got)) < 0) {
                return failed(item.archivePath);
            }
            remaining -= got;
            doneBytes += got;
            if (control.isCancelled()) {
                gzip.abort();
                return fail(
                    Error::Code::Cancelled, QCoreApplication::translate("core", "Writing %1 was cancelled.").arg(m_outputPath));
            }
        }
        if (totalBytes > 0 && (doneBytes - lastReported) * 200 >= totalBytes) {
            lastReported = doneBytes;
            control.progress(doneBytes, totalBytes, item.archivePath);
        }
    }
    if (la().archive_write_close(tar.get()) != ARCHIVE_OK) {
        return failed(QStringLiteral("the end of the archive"));
    }
    if (!gzip.finish()) {
        return std::unexpected(sinkError.message.isEmpty()
                ? Error::make(Error::Code::IoError, QCoreApplication::translate("core", "Writing %1 failed.").arg(m_outputPath))
                : sinkError);
    }
    if (control.isCancelled()) {
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Writing %1 was cancelled.").arg(m_outputPath));
    }
    const qint64 archiveSize = output.file().pos();
    if (auto done = output.commit(); !done) {
        return std::unexpected(done.error());
    }
    control.progress(totalBytes, totalBytes, QString());
    return ArchiveStats { qint64(m_entries.size()), totalBytes, archiveSize, clock.elapsed() };
}

} // namespace rd
