#pragma once

#include "archive/ArchiveStats.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rd {

struct ExtractOptions
{
    // Where a (checked, normalised) entry path goes, relative to the destination; nullopt skips
    // the entry. Default: the same path. The mapped path is checked again.
    std::function<std::optional<QString>(const QString &entryPath)> mapPath;
    // Symlink entries are refused unless allowed; even then only links that stay inside the
    // destination are made.
    bool allowSymlinks = false;
    // Also links to absolute paths (a venv's bin/python3 -> /usr/bin/python3.11). Safe because
    // nothing is ever written through a link; relative links must still stay inside.
    bool allowAbsoluteSymlinks = false;
};

// What one extraction wrote.
struct ExtractResult
{
    QString archivePath;
    QString destination;
    QStringList files; // relative to the destination, in archive order
    ArchiveStats stats;
    bool operator==(const ExtractResult &) const = default;
};

struct ExtractTask
{
    QString archivePath;
    QString destination;
    ExtractOptions options;
};

// Extracts archives (zip, wheels, tar.gz...) with libarchive, refusing anything that could
// write outside the destination (zip-slip): ".." components, absolute paths, drive letters
// ("C:"), backslashes, NUL bytes, hard links, device files and, unless allowed, symlinks. Files
// are opened with O_NOFOLLOW, so an existing symlink in the destination is never written
// through. A refused archive leaves nothing behind: what it already wrote is removed. Modes are
// normalised to 0644/0755 (never setuid). Blocking (run it on a worker thread); cancellable.
class SafeExtractor final
{
public:
    // The checked, normalised form of an entry name ("a//b/./c" -> "a/b/c"), or InvalidInput
    // saying why it is refused.
    static Result<QString> checkEntryPath(const QString &entryPath);

    static Result<ExtractResult> extract(const QString &archivePath, const QString &destination,
        const ExtractOptions &options = {}, const TaskControl &control = {});

    // Several archives at once over all cores (threads = 0) — for installing wheels. Stops at
    // the first failure; results are in task order. Progress is in archive bytes.
    static Result<QList<ExtractResult>> extractAll(
        const QList<ExtractTask> &tasks, const TaskControl &control = {}, int threads = 0);
};

} // namespace rd
