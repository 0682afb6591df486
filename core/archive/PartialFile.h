#pragma once

#include "common/Error.h"

#include <QFile>
#include <QString>

namespace rd {

// An output file written under a temporary name in the destination folder
// ("name.partial-XXXXXX") and renamed over the final name only by commit(), so that no reader
// ever sees a half-written archive under the final name. Destroyed without commit() (an error,
// a cancel), the temporary file is removed. Unlike QSaveFile it can seek back (zip headers) and
// does not fsync unless asked.
class PartialFile final
{
public:
    explicit PartialFile(QString finalPath);
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    Status open();
    QFile &file() { return m_file; }
    QString finalPath() const { return m_finalPath; }
    QString temporaryPath() const { return m_file.fileName(); }

    // Writes all bytes or fails with an IoError naming the file.
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // Flushes, closes and renames into place (replacing an older file of that name).
    Status commit(bool sync = false);
    // Removes the temporary file (also done by the destructor).
    void discard();

private:
    QString m_finalPath;
    QFile m_file;
    bool m_committed = false;
};

} // namespace rd
