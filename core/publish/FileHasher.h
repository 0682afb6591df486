#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace rd {

struct FileDigest
{
    QString path;
    qint64 size = 0;
    QString sha256; // lower-case hex
    bool operator==(const FileDigest &) const = default;
};

// SHA-256 of local files, computed on a worker thread (QThreadPool) in 1 MiB reads so the
// caller's thread never stalls; results are cached per (path, size, modification time), so a
// plan and the run that follows hash each file once.
class FileHasher final
{
public:
    using Callback = std::function<void(const Result<FileDigest> &)>;

    // Answers on the context's thread, asynchronously; never if the context is gone by then.
    static void hash(const QString &path, QObject *context, Callback done);
    // The same, synchronously on the calling thread (CLI helpers, tests).
    static Result<FileDigest> hashNow(const QString &path);
    static void clearCache();
};

} // namespace rd
