#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rd {

Status writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot create the folder %1.").arg(info.absolutePath()),
            QCoreApplication::translate("core", "Check that you may write there."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot write %1: %2.").arg(path, file.errorString()),
            QCoreApplication::translate("core", "Check the folder's permissions and free disk space."));
    }
    if (file.write(contents) != contents.size() || !file.commit()) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Writing %1 failed: %2.").arg(path, file.errorString()),
            QCoreApplication::translate("core", "Check free disk space; the previous file was left as it was."));
    }
    return {};
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace rd
