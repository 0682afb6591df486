#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// The scripts of the Linux tarball (guide §5, §5.1). All find their own folder at run time
// (readlink -f), so the extracted folder can live anywhere.
class LinuxScripts final
{
public:
    // run.sh: the app source on PYTHONPATH, the venv's python -m <module>.
    static QByteArray runScript(const QString &appName, const QString &version, const QString &module);
    // install-service.sh [--dry-run] [--user NAME]: writes /etc/systemd/system/<unit>.service
    // (Type=simple, Restart=on-failure, RestartSec=5, ExecStart=<folder>/run.sh), then
    // daemon-reload, enable --now. --dry-run prints the unit (a valid unit file) and changes
    // nothing.
    static QByteArray installServiceScript(const QString &appName, const QString &version, const QString &unitName);
    // uninstall-service.sh [--dry-run]: disable --now, remove the unit, daemon-reload.
    static QByteArray uninstallServiceScript(const QString &appName, const QString &unitName);
    // A systemd unit name from a package or app name ("Tally Ho!" -> "tally-ho").
    static QString unitName(const QString &name);

    // Writes the three scripts (mode 0755) into root.
    static Status write(
        const QString &root, const QString &appName, const QString &version, const QString &module, const QString &unitName);
};

} // namespace rd
