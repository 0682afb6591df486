#include "FileChange.h"

#include "common/AtomicFile.h"
#include "common/UnifiedDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rd {

QString FileChange::diff() const
{
    return UnifiedDiff::diff(oldText, newText, exists ? QStringLiteral("a/") + relativePath : QStringLiteral("/dev/null"),
        QStringLiteral("b/") + relativePath);
}

QJsonObject FileChange::toJson() const
{
    return QJsonObject { { QStringLiteral("path"), relativePath },
        { QStringLiteral("action"),
            !exists ? QStringLiteral("create") : (changed() ? QStringLiteral("replace") : QStringLiteral("keep")) },
        { QStringLiteral("diff"), diff() } };
}

FileChange FileChange::of(const QString &rootDir, const QString &relativePath, const QByteArray &newText)
{
    FileChange change;
    change.relativePath = relativePath;
    change.path = QDir::cleanPath(QDir(rootDir).absoluteFilePath(relativePath));
    change.newText = newText;
    if (auto existing = readWholeFile(change.path)) {
        change.exists = true;
        change.oldText = *existing;
    }
    return change;
}

Status applyFileChanges(const QList<FileChange> &changes, bool force)
{
    QStringList edited;
    for (const FileChange &change : changes) {
        if (change.overwrites()) {
            edited << change.relativePath;
        }
    }
    if (!force && !edited.isEmpty()) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate(
                "core", "Already there and different from what would be written: %1. Nothing was written.")
                .arg(edited.join(QStringLiteral(", "))),
            QCoreApplication::translate("core", "Look at the diff; to replace them anyway (your edits are lost), pass --force."));
    }
    for (const FileChange &change : changes) {
        if (!change.changed()) {
            continue;
        }
        if (!QDir().mkpath(QFileInfo(change.path).absolutePath())) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot create the folder of %1.").arg(change.path),
                QCoreApplication::translate("core", "Check the permissions of the project folder."));
        }
        if (auto written = writeFileAtomically(change.path, change.newText); !written) {
            return written;
        }
    }
    return {};
}

} // namespace rd
