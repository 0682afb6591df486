#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// One member of an archive being written: a file from disk or memory, a folder or a symlink.
struct ArchiveEntry
{
    enum class Type { File, Directory, Symlink };

    Type type = Type::File;
    QString archivePath; // relative, '/'-separated, no trailing '/' (added for folders in zips)
    QString sourcePath; // the file on disk (File), empty when `data` holds the contents
    QByteArray data; // contents of an in-memory file
    QString linkTarget; // Symlink
    quint32 mode = 0644; // permission bits (0755 for executables and folders)
    qint64 mtime = 0; // seconds since the epoch
    qint64 size = 0; // bytes (File), for progress and zip64 decisions

    static ArchiveEntry fromData(const QString &archivePath, const QByteArray &data, quint32 mode = 0644, qint64 mtime = 0);
    bool operator==(const ArchiveEntry &) const = default;
};

struct TreeOptions
{
    QStringList excludeNames; // file or folder names to skip anywhere ("__pycache__", ".git")
    QStringList excludeSuffixes; // file name endings to skip (".map", ".pyc")
    bool includeDirectories = true;
    // Every entry gets this mtime when >= 0 (reproducible archives); else the file's own.
    qint64 fixedMtime = -1;
};

// The entries of a folder tree under `prefix` ("App" puts "App/python/..." in the archive), in a
// stable order (sorted by path, byte-wise), so the same tree always gives the same archive.
// Symlinks are kept as symlinks; other special files are an error.
Result<QList<ArchiveEntry>> collectTree(const QString &rootDir, const QString &prefix, const TreeOptions &options = {});

// Sum of `size` over the file entries.
qint64 totalSize(const QList<ArchiveEntry> &entries);

} // namespace rd
