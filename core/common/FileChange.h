#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

// A file ReleaseDesk offers to write (a Dockerfile, a workflow, a fix of the project's health),
// shown as a diff before anything is written. An existing file that differs is the user's: it is
// replaced only when asked (force), never silently.
struct FileChange
{
    QString path; // absolute
    QString relativePath; // as shown: ".gitea/workflows/release.yml"
    QByteArray oldText; // empty when the file does not exist
    QByteArray newText;
    bool exists = false;
    // An edit in place that keeps the user's content (a table appended to pyproject.toml, one
    // assignment replaced): asked for by name, shown as a diff, and never counted as overwriting.
    bool keepsContent = false;

    bool changed() const { return !exists || oldText != newText; }
    // An existing file whose content would be replaced: the user's edits would be lost.
    bool overwrites() const { return exists && oldText != newText && !keepsContent; }
    QString diff() const;
    QJsonObject toJson() const;

    static FileChange of(const QString &rootDir, const QString &relativePath, const QByteArray &newText);
};

// Writes the changed files (each atomically, folders created). Without force, nothing is written
// when any of them would overwrite a differing file, and the error names those files.
Status applyFileChanges(const QList<FileChange> &changes, bool force);

} // namespace rd
