#pragma once

#include "archive/ArchiveEntry.h"
#include "archive/ArchiveStats.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QList>
#include <QString>

namespace rd {

struct TarGzOptions
{
    int level = 6; // libdeflate level, 1..12
    int threads = 0; // 0: one per core
    qsizetype blockSize = qsizetype(4) << 20; // input bytes per gzip member
};

// Writes a .tar.gz: a POSIX (pax) tar stream made by libarchive, keeping modes, executable
// bits and symlinks (owner 0:0, no user names, so it is reproducible), compressed by
// ParallelGzip on all cores. Written under a temporary name and renamed when complete; the
// output is read by `tar tzf`, gzip and Python's tarfile.
class TarGzWriter final
{
public:
    explicit TarGzWriter(QString outputPath, TarGzOptions options = {});

    void addEntry(ArchiveEntry entry) { m_entries.append(std::move(entry)); }
    void addEntries(const QList<ArchiveEntry> &entries) { m_entries.append(entries); }
    Status addTree(const QString &rootDir, const QString &prefix, const TreeOptions &options = {});
    const QList<ArchiveEntry> &entries() const { return m_entries; }

    // Blocking (run it on a worker thread); progress in uncompressed file bytes; cancellable.
    Result<ArchiveStats> write(const TaskControl &control = {});

private:
    QString m_outputPath;
    TarGzOptions m_options;
    QList<ArchiveEntry> m_entries;
};

} // namespace rd
