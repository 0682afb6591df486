#include "WineCheckSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace rd::winecheck {

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files << dir.relativeFilePath(it.filePath());
    }
    files.sort();
    return files;
}

QString listSome(const QStringList &items, int count)
{
    QStringList shown = items.mid(0, count);
    QString text = shown.join(QStringLiteral(", "));
    if (items.size() > count) {
        text += QCoreApplication::translate("core", " and %1 more").arg(items.size() - count);
    }
    return text;
}

void removeTree(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir()) {
        QFile::remove(path);
        return;
    }
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !entry.isDir()) {
            QFile::remove(entry.absoluteFilePath()); // a link itself, never its target
        } else {
            removeTree(entry.absoluteFilePath());
        }
    }
    QDir().rmdir(path);
}

} // namespace rd::winecheck
