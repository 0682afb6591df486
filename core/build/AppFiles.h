#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd {

// What goes next to the Python runtime in a build: the app's sources, VERSION and launchers.
struct AppCopy
{
    qint64 files = 0;
    qint64 bytes = 0;
    QStringList skipped; // names skipped (VCS, caches, source maps), a few for the log
    bool operator==(const AppCopy &) const = default;
};

class AppFiles final
{
public:
    // Names never copied: caches, VCS folders and files, source maps, editor droppings.
    static bool skipped(const QString &name, bool isDir);

    // Copies a file or folder tree (folders recursively), skipping what skipped() says.
    static Result<AppCopy> copyTree(const QString &from, const QString &to);

    // VERSION: the version and a newline.
    static Status writeVersion(const QString &root, const QString &version);

    // scripts/start-hidden.vbs (guide §6): runs `python.exe -m <module>` with window style 0
    // from the embedded Python when it is there, else the system's python with the app source
    // on PYTHONPATH. The text is pure ASCII with CRLF line endings: non-ASCII in the comments
    // is replaced, non-ASCII in the module name is an error.
    static Result<QByteArray> hiddenLauncher(const QString &appName, const QString &version, const QString &module);
    // The checks wscript needs (guide §6 "VBS launcher gotchas"): only ASCII, every line ends
    // in CRLF, no bare CR or LF, no NUL, no UTF-8 BOM. The error names the first offending byte.
    static Status verifyVbs(const QByteArray &text);
    // Writes the launcher and reads it back through verifyVbs().
    static Status writeHiddenLauncher(const QString &root, const QString &appName, const QString &version, const QString &module);
};

} // namespace rd
