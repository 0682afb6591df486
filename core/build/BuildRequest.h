#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// What the user asks for (CLI options, the GUI's Build page). Empty/unset fields fall back to
// releasedesk.toml, then to the built-in defaults.
struct BuildRequest
{
    QString projectDir;
    QString outDir;
    QStringList targets { QStringLiteral("windows"), QStringLiteral("linux") };
    QString version; // empty: the version resolution chain (tag, CI variable, pyproject...)

    QString pythonVersion; // embeddable Python (Windows)
    QString pythonZip; // a local embeddable zip
    QString pythonBaseUrl;
    QString pythonSha256;
    QString indexUrl;
    QStringList extraIndexUrls;
    QStringList findLinks;
    std::optional<bool> noIndex;
    QString constraintsFile;
    std::optional<QStringList> extras;
    QString hostPython; // runs pip download and compileall for the Windows build
    QString linuxPython; // the Linux venv's interpreter

    QString cacheDir; // default: $XDG_CACHE_HOME/releasedesk
    QString workDir; // default: a temporary folder, removed afterwards
    bool keepWork = false;
    bool refreshCache = false; // resolve the wheels again (the cache is then updated)
    int compressionLevel = 6;
    qint64 sourceDateEpoch = -1; // archive timestamps; default: $SOURCE_DATE_EPOCH, else now
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    bool operator==(const BuildRequest &) const = default;
};

} // namespace rd
