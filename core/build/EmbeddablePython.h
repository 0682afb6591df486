#pragma once

#include "common/Error.h"
#include "common/TaskControl.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace rd {

// Where the Windows embeddable Python comes from: python.org's ftp layout under a configurable
// base URL ({base}/{version}/python-{version}-embed-amd64.zip), or a local zip; optionally
// checked against a SHA-256; cached under the XDG cache folder
// ($XDG_CACHE_HOME/releasedesk/python/{version}/).
struct EmbeddablePythonSource
{
    QString version = QStringLiteral("3.11.9");
    QString baseUrl = QStringLiteral("https://www.python.org/ftp/python");
    QString sha256; // expected, lower-case hex; empty: not checked (the report shows the hash)
    QString localZip; // use this file, no download
    QString cacheDir; // the releasedesk cache root (see defaultCacheDir())

    bool operator==(const EmbeddablePythonSource &) const = default;
};

class EmbeddablePython final
{
public:
    // $XDG_CACHE_HOME/releasedesk (~/.cache/releasedesk).
    static QString defaultCacheDir();

    static QString fileName(const QString &version); // "python-3.11.9-embed-amd64.zip"
    static QUrl url(const EmbeddablePythonSource &source);
    static QString cachePath(const EmbeddablePythonSource &source);
    // "311" from "3.11.9", or an error for something that is not X.Y[.Z].
    static Result<QString> shortVersion(const QString &version);

    // The zip to use without any network: the local zip, or the cached one (checked against
    // the SHA-256 when one is set; a cached file that fails the check is removed). NotFound when
    // it must be downloaded first.
    static Result<QString> availableZip(const EmbeddablePythonSource &source);

    // SHA-256 of a file, lower-case hex.
    static Result<QString> sha256(const QString &path);

    // Extracts the zip into pythonDir (SafeExtractor) and checks it is an embeddable Python
    // of that version (python.exe, python3XX.dll, python3XX._pth, python3XX.zip).
    static Status extract(
        const QString &zipPath, const QString &pythonDir, const QString &version, const TaskControl &control = {});

    // python3XX._pth with `import site` enabled and `paths` present (added before the
    // `import site` line when missing). Idempotent: patching a patched file changes nothing.
    // Line endings of the original are kept (CRLF in the official zips).
    static QByteArray patchedPth(const QByteArray &original, const QStringList &paths);
    // Patches pythonDir/python3XX._pth in place. Default paths: "Lib\site-packages" and the app
    // source folder "..\app\src". Returns whether the file changed.
    static Result<bool> patchPth(const QString &pythonDir, const QString &version, const QStringList &paths = defaultPthPaths());
    static QStringList defaultPthPaths();
};

} // namespace rd
