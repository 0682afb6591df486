#include "EmbeddablePython.h"

#include "archive/SafeExtractor.h"
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rd {

QString EmbeddablePython::defaultCacheDir()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    }
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.cache");
    }
    return QDir(base).filePath(QStringLiteral("releasedesk"));
}

QString EmbeddablePython::fileName(const QString &version)
{
    return QStringLiteral("python-%1-embed-amd64.zip").arg(version);
}

QUrl EmbeddablePython::url(const EmbeddablePythonSource &source)
{
    QString base = source.baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return QUrl(base + QLatin1Char('/') + source.version + QLatin1Char('/') + fileName(source.version));
}

QString EmbeddablePython::cachePath(const EmbeddablePythonSource &source)
{
    const QString root = source.cacheDir.isEmpty() ? defaultCacheDir() : source.cacheDir;
    return QDir(root).filePath(QStringLiteral("python/%1/%2").arg(source.version, fileName(source.version)));
}

Result<QString> EmbeddablePython::shortVersion(const QString &version)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)(\\.\\d+)?$"));
    const auto match = pattern.match(version.trimmed());
    if (!match.hasMatch()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a Python version.").arg(version),
            QCoreApplication::translate("core", "Set build.python_version to X.Y.Z, e.g. 3.11.9."));
    }
    return match.captured(1) + match.captured(2);
}

Result<QString> EmbeddablePython::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1.").arg(path));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> EmbeddablePython::availableZip(const EmbeddablePythonSource &source)
{
    const QString expected = source.sha256.trimmed().toLower();
    auto check = [&expected](const QString &path) -> Status {
        if (expected.isEmpty()) {
            return {};
        }
        auto actual = sha256(path);
        if (!actual) {
            return std::unexpected(actual.error());
        }
        if (*actual != expected) {
            return fail(Error::Code::Rejected,
                QCoreApplication::translate("core", "%1 has the SHA-256 %2, not the expected %3.").arg(path, *actual, expected),
                QCoreApplication::translate("core", "The file is damaged or not the one configured in build.python_sha256."));
        }
        return {};
    };
    if (!source.localZip.isEmpty()) {
        if (!QFileInfo(source.localZip).isFile()) {
            return fail(Error::Code::NotFound,
                QCoreApplication::translate("core", "The embeddable Python zip %1 does not exist.").arg(source.localZip));
        }
        if (auto checked = check(source.localZip); !checked) {
            return std::unexpected(checked.error());
        }
        return QFileInfo(source.localZip).absoluteFilePath();
    }
    const QString cached = cachePath(source);
    if (!QFileInfo(cached).isFile()) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "Python %1 (embeddable) is not in the cache.").arg(source.version));
    }
    if (auto checked = check(cached); !checked) {
        QFile::remove(cached); // a bad cached copy is downloaded again
        return fail(Error::Code::NotFound, checked.error().message);
    }
    return cached;
}

Status EmbeddablePython::extract(
    const QString &zipPath, const QString &pythonDir, const QString &version, const TaskControl &control)
{
    auto tag = shortVersion(version);
    if (!tag) {
        return std::unexpected(tag.error());
    }
    auto extracted = SafeExtractor::extract(zipPath, pythonDir, {}, control);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    QStringList missing;
    for (const QString &name : { QStringLiteral("python.exe"), QStringLiteral("python%1.dll").arg(*tag),
             QStringLiteral("python%1._pth").arg(*tag), QStringLiteral("python%1.zip").arg(*tag) }) {
        if (!QFileInfo::exists(QDir(pythonDir).filePath(name))) {
            missing << name;
        }
    }
    if (!missing.isEmpty()) {
        return fail(Error::Code::Rejected,
            QCoreApplication::translate("core", "%1 is not the embeddable Python %2: %3 missing.")
                .arg(QFileInfo(zipPath).fileName(), version, missing.join(QStringLiteral(", "))),
            QCoreApplication::translate("core", "Use python-%1-embed-amd64.zip from python.org (or its mirror).").arg(version));
    }
    return {};
}

QStringList EmbeddablePython::defaultPthPaths()
{
    return { QStringLiteral("Lib\\site-packages"), QStringLiteral("..\\app\\src") };
}

QByteArray EmbeddablePython::patchedPth(const QByteArray &original, const QStringList &paths)
{
    const bool crlf = original.contains("\r\n") || original.isEmpty();
    const QByteArray eol = crlf ? QByteArray("\r\n") : QByteArray("\n");
    QList<QByteArray> lines = original.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    static const QRegularExpression commentedSite(QStringLiteral("^#\\s*import\\s+site\\s*$"));
    qsizetype siteLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines.at(i)).trimmed();
        if (commentedSite.match(text).hasMatch() || text == QStringLiteral("import site")) {
            if (siteLine < 0) {
                lines[i] = "import site";
                siteLine = i;
            }
        }
    }
    auto present = [&lines](const QString &path) {
        // ._pth files are read on Windows: either separator, any case.
        const QString wanted = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).toLower();
        for (const QByteArray &line : lines) {
            if (QString::fromUtf8(line).trimmed().replace(QLatin1Char('\\'), QLatin1Char('/')).toLower() == wanted) {
                return true;
            }
        }
        return false;
    };
    QList<QByteArray> added;
    for (const QString &path : paths) {
        if (!present(path)) {
            added << path.toUtf8();
        }
    }
    if (siteLine < 0) {
        lines << added << QByteArray("import site");
    } else {
        for (qsizetype i = 0; i < added.size(); ++i) {
            lines.insert(siteLine + i, added.at(i));
        }
    }
    QByteArray out;
    for (const QByteArray &line : std::as_const(lines)) {
        out += line + eol;
    }
    return out;
}

Result<bool> EmbeddablePython::patchPth(const QString &pythonDir, const QString &version, const QStringList &paths)
{
    auto tag = shortVersion(version);
    if (!tag) {
        return std::unexpected(tag.error());
    }
    const QString path = QDir(pythonDir).filePath(QStringLiteral("python%1._pth").arg(*tag));
    auto original = readWholeFile(path);
    if (!original) {
        return std::unexpected(original.error());
    }
    const QByteArray patched = patchedPth(*original, paths);
    if (patched == *original) {
        return false;
    }
    if (auto written = writeFileAtomically(path, patched); !written) {
        return std::unexpected(written.error());
    }
    return true;
}

} // namespace rd
