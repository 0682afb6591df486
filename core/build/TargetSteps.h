#pragma once

#include "build/BuildContext.h"
#include "build/BuildReport.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QString>
#include <QStringList>

namespace rd {

// The steps both targets take the same way, with what differs passed in.
struct TrimStepTools
{
    QString stripProgram; // "strip", "x86_64-w64-mingw32-strip"
    QString stripPackage; // the Debian package that has it, for the warning
    QStringList binarySuffixes; // ".so"; ".pyd", ".dll"
    QString python; // runs compileall (its .pyc must suit the target's Python)
    QString targetPythonVersion;
};

namespace TargetSteps {

// The target's trim rules, then debug-symbol stripping and bytecode compilation when the
// settings ask for them; every saving and warning goes into report.
Status trimSitePackages(const BuildContext &ctx, const QString &target, const QString &sitePackages, const TrimStepTools &tools,
    TargetReport &report, const TaskControl &control);

// The app's package under app/src/, the configured extra app files, and VERSION, into root.
Status copyApp(const BuildContext &ctx, const QString &root);

} // namespace TargetSteps

} // namespace rd
