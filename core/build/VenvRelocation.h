#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rd {

struct RelocationResult
{
    QStringList rewrittenScripts; // bin/ scripts whose shebang named the build folder
    QStringList removed; // activation scripts that cannot find their own folder
    QStringList leftovers; // files still naming the build folder (should be empty)

    QJsonObject toJson() const;
    bool operator==(const RelocationResult &) const = default;
};

// Makes a venv movable (the virtualenv#1067 problem): a venv hard-codes its folder in the
// shebangs of bin/ scripts, in bin/activate* and in pyvenv.cfg's "command". Shebangs become a
// /bin/sh trampoline that runs the python next to the script; bin/activate computes its own
// folder; activate.csh/.fish and Activate.ps1 are removed; pyvenv.cfg loses "command" (home and
// executable name the system interpreter, which stays where it is). Finally every file is
// searched for the old folder and what still names it is reported.
class VenvRelocation final
{
public:
    static Result<RelocationResult> makeRelocatable(const QString &venvDir);
    // The shebang trampoline for an interpreter name in the same folder ("python3").
    static QByteArray trampoline(const QString &interpreter);
    // Files under root (symlinks not followed) containing `needle`, relative to root.
    static QStringList filesContaining(const QString &root, const QByteArray &needle);
};

} // namespace rd
