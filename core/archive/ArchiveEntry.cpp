#include "ArchiveEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace rd {

ArchiveEntry ArchiveEntry::fromData(const QString &archivePath, const QByteArray &data, quint32 mode, qint64 mtime)
{
    ArchiveEntry entry;
    entry.type = Type::File;
    entry.archivePath = archivePath;
    entry.data = data;
    entry.mode = mode;
    entry.mtime = mtime;
    entry.size = data.size();
    return entry;
}

namespace {

struct Walker
{
    const TreeOptions &options;
    QList<ArchiveEntry> &entries;

    bool excluded(const QString &name, bool isDir) const
    {
        if (options.excludeNames.contains(name)) {
            return true;
        }
        if (!isDir) {
            for (const QString &suffix : options.excludeSuffixes) {
                if (name.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    Status walk(const QString &dir, const QString &archiveDir)
    {
        // Byte-wise order of the UTF-8 names: stable across locales.
        QStringList names
            = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        for (const QString &name : std::as_const(names)) {
            const QString path = dir + QLatin1Char('/') + name;
            const QString archivePath = archiveDir.isEmpty() ? name : archiveDir + QLatin1Char('/') + name;
            struct stat st
            {
            };
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
                return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1.").arg(path));
            }
            const bool isDir = S_ISDIR(st.st_mode);
            if (excluded(name, isDir)) {
                continue;
            }
            ArchiveEntry entry;
            entry.archivePath = archivePath;
            entry.mode = st.st_mode & 07777;
            entry.mtime = options.fixedMtime >= 0 ? options.fixedMtime : qint64(st.st_mtime);
            if (S_ISLNK(st.st_mode)) {
                entry.type = ArchiveEntry::Type::Symlink;
                // QFileInfo::symLinkTarget() is absolute; keep what the link really says.
                QByteArray target(4096, Qt::Uninitialized);
                const ssize_t length = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
                if (length < 0) {
                    return fail(
                        Error::Code::IoError, QCoreApplication::translate("core", "Cannot read the symlink %1.").arg(path));
                }
                entry.linkTarget = QFile::decodeName(target.left(length));
                entry.mode = 0777;
                entries.append(entry);
            } else if (isDir) {
                if (options.includeDirectories) {
                    entry.type = ArchiveEntry::Type::Directory;
                    entries.append(entry);
                }
                if (auto done = walk(path, archivePath); !done) {
                    return done;
                }
            } else if (S_ISREG(st.st_mode)) {
                entry.type = ArchiveEntry::Type::File;
                entry.sourcePath = path;
                entry.size = qint64(st.st_size);
                entries.append(entry);
            } else {
                return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("core", "%1 is not a regular file, folder or symlink.").arg(path),
                    QCoreApplication::translate(
                        "core", "Remove sockets, pipes and device files from the folder being archived."));
            }
        }
        return {};
    }
};

} // namespace

Result<QList<ArchiveEntry>> collectTree(const QString &rootDir, const QString &prefix, const TreeOptions &options)
{
    if (!QFileInfo(rootDir).isDir()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "The folder %1 does not exist.").arg(rootDir));
    }
    QList<ArchiveEntry> entries;
    QString cleanPrefix = prefix;
    while (cleanPrefix.endsWith(QLatin1Char('/'))) {
        cleanPrefix.chop(1);
    }
    if (!cleanPrefix.isEmpty() && options.includeDirectories) {
        ArchiveEntry root;
        root.type = ArchiveEntry::Type::Directory;
        root.archivePath = cleanPrefix;
        root.mode = 0755;
        root.mtime = options.fixedMtime >= 0 ? options.fixedMtime : QFileInfo(rootDir).lastModified().toSecsSinceEpoch();
        entries.append(root);
    }
    Walker walker { options, entries };
    if (auto done = walker.walk(QDir(rootDir).absolutePath(), cleanPrefix); !done) {
        return std::unexpected(done.error());
    }
    return entries;
}

qint64 totalSize(const QList<ArchiveEntry> &entries)
{
    qint64 total = 0;
    for (const ArchiveEntry &entry : entries) {
        if (entry.type == ArchiveEntry::Type::File) {
            total += entry.size;
        }
    }
    return total;
}

} // namespace rd
