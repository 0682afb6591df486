#pragma once

#include "common/Error.h"
#include "common/TaskControl.h"
#include "update/InstallType.h"

#include <QString>
#include <QStringList>

namespace rd {

// A downloaded, checked update unpacked beside the installation, ready to swap.
struct StagedUpdate
{
    QString installDir;
    QString updateDir; // <install>/.releasedesk-update
    QString newRoot; // the extracted tree's root (has the install type's markers)
    QStringList entries; // top-level names to swap (never data/)
    QString newVersion; // the new tree's VERSION
    QString launcher; // Windows: the .vbs launcher relative to the root ("scripts\\start-hidden.vbs"), if any
};

// The blocking half of applying an update (run it on a worker thread): unpack the verified
// archive into .releasedesk-update/new, find the new root, and write the swap script.
class UpdateApplier final
{
public:
    static QString updateDirFor(const QString &installDir); // <install>/.releasedesk-update
    // The stable random id of an installation for staged rollouts (.releasedesk-install-id at its
    // root, outside data/ and outside what updates replace); created when `create` is true.
    static QString installIdFor(const QString &installDir, bool create);

    static Result<StagedUpdate> stage(
        const QString &installDir, const QString &archivePath, InstallType type, const TaskControl &control = {});
    // Writes the script ("<install>/.releasedesk-update.sh", or "releasedesk-update.bat" next to
    // the app for Windows, to be run with the installation as working directory) and returns its path.
    static Result<QString> writeScript(const StagedUpdate &staged, InstallType type, const QString &waitPid, bool restart);
    // How to run a written script: the program and its arguments (Windows scripts through cmd,
    // or wine's cmd on Linux; wine must be installed then), with the installation as working directory.
    static Result<std::pair<QString, QStringList>> scriptCommand(const QString &scriptPath, InstallType type);
    // The installer's silent reinstall: {setup, "/S", "/D=<dir>"} (NSIS wants /D= last, unquoted).
    static QStringList installerArguments(const QString &installDir);
    // Removes what an unfinished update left (.part files, the unpacked tree).
    static void discard(const QString &installDir);
};

} // namespace rd
