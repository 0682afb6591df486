#include "FolderRemoval.h"

#include <QDir>
#include <QObject>
#include <QThread>

namespace rd {

void removeFolderInBackground(
    const QString &folder, QObject *context, std::function<void()> done, std::function<bool(const QString &)> remove)
{
    if (!remove) {
        remove = [](const QString &path) { return QDir(path).removeRecursively(); };
    }
    QThread *thread = QThread::create([folder, remove = std::move(remove)] { remove(folder); });
    thread->setObjectName(QStringLiteral("folder-removal"));
    // Queued to context's thread, and gone with context.
    QObject::connect(thread, &QThread::finished, context, [done = std::move(done)] {
        if (done) {
            done();
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace rd
