#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd {

// The portable Windows build the installer packages, as laid out by the build step:
//   {App}/python/                    embeddable Python (python.exe, python3xx.dll, ._pth, Lib/...)
//   {App}/app/src/<package>/...      the application
//   {App}/scripts/start-hidden.vbs   the hidden launcher every shortcut starts (ASCII + CRLF)
//   {App}/VERSION
//   {App}/app/<icon>.ico, {App}/config.example.*   (optional)
// inspect() checks it before anything is generated: what it refuses would break an install or
// an upgrade (a user config or a data\ folder in the payload would overwrite the user's own).
struct PortablePayload
{
    QString root; // absolute path of the {App} folder
    QStringList topLevelDirs; // "app", "python", "scripts" (sorted)
    QStringList topLevelFiles; // "VERSION", "config.example.yaml" (sorted)
    QStringList files; // every file, relative, '/'-separated (sorted)
    qint64 totalBytes = 0;
    QString versionText; // VERSION's first line, trimmed (empty when absent)
    QString iconRelativePath; // "app/tallyho.ico" (the first .ico directly in app/), or empty
    QStringList warnings;

    static constexpr auto pythonExe = "python/python.exe";
    static constexpr auto launcher = "scripts/start-hidden.vbs";

    static Result<PortablePayload> inspect(const QString &distDir);
    // The {App} folder for what a user or a runner job has at hand: that folder itself, a folder
    // holding it (an extracted zip), the build's output folder with one *-win-x64.zip, or the zip
    // itself (unpacked safely into scratchDir). InvalidInput says what was found instead.
    static Result<QString> locate(const QString &path, const QString &scratchDir);

    // The hidden launcher must be pure ASCII with CRLF line endings, or wscript.exe fails (with
    // "Not enough memory resources" for UTF-8, inconsistently for LF). The error names the line.
    static Status checkLauncherText(const QByteArray &bytes);
    // True for a name the user owns at the top of the install folder: "data", "config.yaml",
    // "config.toml"... (not "config.example.yaml"). Such names are never in a payload.
    static bool isUserOwnedName(const QString &topLevelName);
    // True for the start of a Windows .ico file (reserved 0, type 1).
    static bool looksLikeIco(const QByteArray &head);
};

} // namespace rd
