#include "FileHasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

namespace rd {

namespace {

struct CacheEntry
{
    qint64 size = 0;
    qint64 mtime = 0;
    QString sha256;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CacheEntry> &cache()
{
    static QHash<QString, CacheEntry> entries;
    return entries;
}

} // namespace

Result<FileDigest> FileHasher::hashNow(const QString &path)
{
    const QFileInfo info(path);
    const QString key = info.absoluteFilePath();
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&cacheMutex());
        const auto it = cache().constFind(key);
        if (it != cache().cend() && it->size == info.size() && it->mtime == mtime) {
            return FileDigest { path, it->size, it->sha256 };
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            return fail(
                Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(path, file.errorString()));
        }
        if (got == 0) {
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), got));
        total += got;
    }
    FileDigest digest { path, total, QString::fromLatin1(hash.result().toHex()) };
    QMutexLocker lock(&cacheMutex());
    cache().insert(key, CacheEntry { total, mtime, digest.sha256 });
    return digest;
}

void FileHasher::hash(const QString &path, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([path, guard, done] {
        Result<FileDigest> result = hashNow(path);
        // Delivered through the application object (it outlives the request); the guard is only
        // read on that thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result] {
                if (guard) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    });
}

void FileHasher::clearCache()
{
    QMutexLocker lock(&cacheMutex());
    cache().clear();
}

} // namespace rd
