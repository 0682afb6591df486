#pragma once

#include "archive/ArchiveEntry.h"
#include "archive/ArchiveStats.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QList>
#include <QString>

namespace rd {

struct ZipOptions
{
    int level = 6; // 0 stores; 1..12 (libdeflate levels; 6 gives about zip -6's size)
    int threads = 0; // compressing threads, 0: one per core
    // Uncompressed bytes being compressed ahead of the writer at most (memory bound).
    qint64 memoryLimit = qint64(256) << 20;
    // Entries at least this big are deflated as a stream by the writer (zlib) instead of whole
    // in memory by a worker.
    qint64 streamThreshold = qint64(256) << 20;
    bool forceZip64 = false; // zip64 records even when the sizes do not need them (tests)
};

// Writes a zip archive: entries are deflated in parallel on all cores (raw deflate, libdeflate)
// and written in their given order by the calling thread, under a temporary name renamed into
// place when complete. Zip64 records are added when sizes, offsets or the entry count need
// them. Unix modes (executable bits, symlinks) go into the external attributes, names are
// UTF-8 (flag bit 11 when not ASCII). The output passes `unzip -t` and Python's zipfile.
class ZipWriter final
{
public:
    explicit ZipWriter(QString outputPath, ZipOptions options = {});

    void addEntry(ArchiveEntry entry) { m_entries.append(std::move(entry)); }
    void addEntries(const QList<ArchiveEntry> &entries) { m_entries.append(entries); }
    // All of rootDir under prefix (see collectTree).
    Status addTree(const QString &rootDir, const QString &prefix, const TreeOptions &options = {});
    const QList<ArchiveEntry> &entries() const { return m_entries; }

    // Blocking: run it on a worker thread. Progress is uncompressed bytes written; cancel
    // (control.cancel()) stops within one entry and leaves nothing under the final name.
    Result<ArchiveStats> write(const TaskControl &control = {});

private:
    QString m_outputPath;
    ZipOptions m_options;
    QList<ArchiveEntry> m_entries;
};

} // namespace rd
