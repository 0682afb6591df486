#pragma once

#include "common/Error.h"
#include "common/TaskControl.h"
#include "project/BuildSettings.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rd {

// A rule removing paths from site-packages (guide §4.3), as data. Patterns are globs over
// '/'-separated paths relative to site-packages: '*' and '?' stay inside one name, "**" spans
// any number of folders; a pattern without '/' matches a name at any depth ("__pycache__",
// "*.pyi"). A matched folder goes whole.
struct TrimRule
{
    QString name;
    QString description;
    QStringList paths;
    QStringList keep; // exceptions
    QStringList targets; // "windows", "linux"; empty: both
    bool enabled = true;
    bool builtin = false;

    bool appliesTo(const QString &target) const { return targets.isEmpty() || targets.contains(target); }
    QJsonObject toJson() const;
    bool operator==(const TrimRule &) const = default;
};

// What a rule (or the bytecode and strip steps) saved.
struct TrimSaving
{
    QString rule;
    QString description;
    qint64 files = 0;
    qint64 bytes = 0;
    QStringList examples; // a few removed paths, for the report

    QJsonObject toJson() const;
    bool operator==(const TrimSaving &) const = default;
};

class TrimRules final
{
public:
    // The built-in rules: generic (__pycache__, tests folders, *.pyi stubs, build-only packages)
    // and per package (numpy build tools and C headers, OpenCV's ffmpeg DLL and data, Pillow
    // plugins). Rules known to break their package are included but disabled (numpy's
    // submodules, zeroconf's _services — see their descriptions).
    static QList<TrimRule> defaults();

    // The rules in force for a target: the built-in ones (unless trim_defaults is false, minus
    // trim_disable) and the project's own; a project rule with a built-in's name replaces it.
    static QList<TrimRule> effective(const BuildSettings &settings, const QString &target);

    static bool matches(const QString &pattern, const QString &relativePath);

    // Removes (or with dryRun only measures) what the enabled rules match under root. Each path
    // counts for the first rule matching it. Never removes a ".py" file (that is the bytecode
    // step's job, after compileall) unless a rule names it explicitly with a pattern ending
    // in ".py".
    static Result<QList<TrimSaving>> apply(
        const QString &root, const QList<TrimRule> &rules, bool dryRun, const TaskControl &control = {});
};

// "compile_bytecode": compileall -b (legacy .pyc next to each .py), then each .py whose .pyc
// was verifiably made from it (the header's magic is the interpreter's, the recorded source
// size is the file's) is removed; a .py that did not compile is kept. The .pyc only work for
// the interpreter's major.minor: when it differs from the target's, nothing is removed and a
// warning says why.
struct BytecodeResult
{
    TrimSaving saving;
    QStringList warnings;
    bool operator==(const BytecodeResult &) const = default;
};

class BytecodeCompiler final
{
public:
    static Result<BytecodeResult> compileAndDropSources(const QString &python, const QString &root,
        const QString &targetPythonVersion, const QProcessEnvironment &environment, const TaskControl &control = {});
};

// "strip_binaries": strip --strip-debug on the native extensions (.pyd/.dll for Windows with
// x86_64-w64-mingw32-strip, .so for Linux with strip); a file strip refuses is left alone.
class BinaryStripper final
{
public:
    static Result<TrimSaving> strip(
        const QString &stripTool, const QString &root, const QStringList &suffixes, const TaskControl &control = {});
};

} // namespace rd
