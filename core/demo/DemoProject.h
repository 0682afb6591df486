#pragma once

#include "common/Error.h"

#include <QString>

namespace rd {

// Writes the built-in demo: a small but real Python application ("tallyho") in a fresh git
// repository with a few commits and tags, a bare repository as its "origin", and a local
// release store, so a new user can click through ReleaseDesk without any server.
struct DemoLayout
{
    QString root; // the folder given
    QString projectDir; // root/tallyho
    QString remoteDir; // root/remote.git (bare, the project's origin)
    QString storeDir; // root/release-store
};

class DemoProject final
{
public:
    static constexpr auto appName = "tallyho";
    static constexpr auto headVersion = "0.7.2";

    // Fails without writing anything when the folder exists and is not empty.
    static Result<DemoLayout> create(const QString &root);
    // The demo under the user's data folder, created on first use.
    static Result<DemoLayout> ensureDefault();
};

} // namespace rd
