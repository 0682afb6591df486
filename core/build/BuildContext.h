#pragma once

#include "build/BuildRequest.h"
#include "build/WheelResolver.h"
#include "common/Error.h"
#include "common/TaskControl.h"
#include "project/PythonProject.h"

#include <QString>
#include <QStringList>

namespace rd {

// Everything the target builds share, decided once before they start: the project copied to a
// staging folder with the version stamped into it, the merged settings, folders and tools.
// Immutable while the targets run (they only read it, from their worker threads).
struct BuildContext
{
    BuildRequest request;
    PythonProject project; // the staged copy (rootDir = stagedDir), version stamped
    QString sourceDir; // the user's project folder (never written)
    QString stagedDir;
    QString version; // normalised PEP 440
    QStringList versionNotes; // how the version was chosen, warnings of the chain
    QString appName; // for file names: "Tallyho"
    QString displayName; // for people: "Tallyho"
    QString module; // python -m <module>
    QString outDir;
    QString workDir;
    QString cacheDir;
    BuildSettings settings; // releasedesk.toml's [build] with the request's overrides applied
    QString pythonVersion; // the Windows target's Python ("3.11.9")
    QStringList extras;
    QString constraintsFile; // absolute, or empty
    PipOptions pip; // host python + index options + environment
    QString linuxPython;
    qint64 mtime = 0; // every archive entry's timestamp
    int level = 6;

    // The dependencies of the project with the chosen extras (PEP 508 lines).
    QStringList requirements() const;
    // "Tallyho-v0.7.2-win-x64.zip"
    QString outputName(const QString &suffix) const;

    // Reads the project, resolves and stamps the version into a staged copy, merges the
    // settings. Blocking (git queries, file copies): run it on a worker thread.
    static Result<BuildContext> prepare(const BuildRequest &request, const TaskControl &control = {});
};

} // namespace rd
