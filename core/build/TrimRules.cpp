#include "TrimRules.h"

#include "process/BlockingProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <sys/stat.h>

namespace rd {

QJsonObject TrimRule::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
        { QStringLiteral("paths"), QJsonArray::fromStringList(paths) },
        { QStringLiteral("keep"), QJsonArray::fromStringList(keep) },
        { QStringLiteral("targets"), QJsonArray::fromStringList(targets) }, { QStringLiteral("enabled"), enabled },
        { QStringLiteral("builtin"), builtin } };
}

QJsonObject TrimSaving::toJson() const
{
    return QJsonObject { { QStringLiteral("rule"), rule }, { QStringLiteral("description"), description },
        { QStringLiteral("files"), files }, { QStringLiteral("bytes"), bytes },
        { QStringLiteral("examples"), QJsonArray::fromStringList(examples) } };
}

QList<TrimRule> TrimRules::defaults()
{
    auto rule = [](const char *name, const char *description, QStringList paths, QStringList keep = {}, QStringList targets = {},
                    bool enabled = true) {
        return TrimRule { QString::fromUtf8(name), QString::fromUtf8(description), std::move(paths), std::move(keep),
            std::move(targets), enabled, true };
    };
    return {
        rule("pycache", "__pycache__ folders (rebuilt on first import, specific to the build machine)",
            { QStringLiteral("__pycache__") }),
        rule("tests", "test suites shipped inside packages (tests/ below a package)", { QStringLiteral("*/**/tests") }),
        rule("stubs", "type stubs (*.pyi), only read by type checkers", { QStringLiteral("*.pyi") }),
        rule("build-only", "build-time packages: pip, setuptools, pkg_resources, wheel, _distutils_hack",
            { QStringLiteral("pip"), QStringLiteral("pip-*.dist-info"), QStringLiteral("setuptools"),
                QStringLiteral("setuptools-*.dist-info"), QStringLiteral("pkg_resources"), QStringLiteral("_distutils_hack"),
                QStringLiteral("distutils-precedence.pth"), QStringLiteral("wheel"), QStringLiteral("wheel-*.dist-info") }),
        rule("numpy-build-tools", "numpy's build tools and C headers (f2py, distutils, _pyinstaller, core/include)",
            { QStringLiteral("numpy/f2py"), QStringLiteral("numpy/distutils"), QStringLiteral("numpy/_pyinstaller"),
                QStringLiteral("numpy/core/include"), QStringLiteral("numpy/_core/include") }),
        rule("numpy-submodules",
            "the guide's aggressive numpy cut (polynomial, linalg, ma, lib, typing): off by default because numpy's "
            "__init__ imports most of them, so `import numpy` fails without them",
            { QStringLiteral("numpy/polynomial"), QStringLiteral("numpy/linalg"), QStringLiteral("numpy/ma"),
                QStringLiteral("numpy/lib"), QStringLiteral("numpy/typing") },
            {}, {}, false),
        rule("opencv-ffmpeg", "OpenCV's ffmpeg video I/O DLL (~28 MB): only for reading/writing video files",
            { QStringLiteral("cv2/opencv_videoio_ffmpeg*.dll") }, {}, { QStringLiteral("windows") }),
        rule("opencv-extras", "OpenCV's Haar cascades, G-API, misc, utils and typing stubs",
            { QStringLiteral("cv2/data"), QStringLiteral("cv2/gapi"), QStringLiteral("cv2/misc"), QStringLiteral("cv2/utils"),
                QStringLiteral("cv2/typing_stubs"), QStringLiteral("cv2/typing") }),
        rule("pillow-plugins", "Pillow image format plugins other than PNG, JPEG, BMP, GIF and ICO",
            { QStringLiteral("PIL/*ImagePlugin.py") },
            { QStringLiteral("PIL/PngImagePlugin.py"), QStringLiteral("PIL/JpegImagePlugin.py"),
                QStringLiteral("PIL/BmpImagePlugin.py"), QStringLiteral("PIL/GifImagePlugin.py"),
                QStringLiteral("PIL/IcoImagePlugin.py") }),
        rule("zeroconf-services",
            "zeroconf's _services package: off by default because current zeroconf imports it at start "
            "(ServiceBrowser, ServiceInfo live there)",
            { QStringLiteral("zeroconf/_services") }, {}, {}, false),
    };
}

QList<TrimRule> TrimRules::effective(const BuildSettings &settings, const QString &target)
{
    QList<TrimRule> out;
    if (settings.trimDefaults) {
        for (TrimRule rule : defaults()) {
            if (settings.trimDisable.contains(rule.name)) {
                rule.enabled = false;
            }
            out.append(rule);
        }
    }
    for (const TrimRuleSetting &setting : settings.trimRules) {
        TrimRule rule { setting.name, setting.description, setting.paths, setting.keep, setting.targets, setting.enabled, false };
        auto same = std::find_if(out.begin(), out.end(), [&rule](const TrimRule &r) { return r.name == rule.name; });
        if (same != out.end()) {
            *same = rule;
        } else {
            out.append(rule);
        }
    }
    QList<TrimRule> forTarget;
    for (const TrimRule &rule : out) {
        if (rule.appliesTo(target)) {
            forTarget.append(rule);
        }
    }
    return forTarget;
}

namespace {

bool segmentMatches(const QString &pattern, const QString &name)
{
    static thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)));
    }
    return it->match(name).hasMatch();
}

bool matchParts(const QStringList &pattern, qsizetype p, const QStringList &path, qsizetype i)
{
    if (p == pattern.size()) {
        return i == path.size();
    }
    if (pattern.at(p) == QStringLiteral("**")) {
        for (qsizetype skip = i; skip <= path.size(); ++skip) {
            if (matchParts(pattern, p + 1, path, skip)) {
                return true;
            }
        }
        return false;
    }
    return i < path.size() && segmentMatches(pattern.at(p), path.at(i)) && matchParts(pattern, p + 1, path, i + 1);
}

qint64 treeSize(const QString &path, qint64 *files)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return 0;
    }
    if (!S_ISDIR(st.st_mode)) {
        ++*files;
        return qint64(st.st_size);
    }
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++*files;
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

bool TrimRules::matches(const QString &pattern, const QString &relativePath)
{
    QString effective = pattern.trimmed();
    while (effective.endsWith(QLatin1Char('/'))) {
        effective.chop(1);
    }
    if (!effective.contains(QLatin1Char('/'))) {
        effective = QStringLiteral("**/") + effective;
    }
    return matchParts(
        effective.split(QLatin1Char('/'), Qt::SkipEmptyParts), 0, relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts), 0);
}

Result<QList<TrimSaving>> TrimRules::apply(
    const QString &root, const QList<TrimRule> &rules, bool dryRun, const TaskControl &control)
{
    QList<TrimSaving> savings;
    QList<const TrimRule *> active;
    for (const TrimRule &rule : rules) {
        if (rule.enabled) {
            active.append(&rule);
            savings.append(TrimSaving { rule.name, rule.description, 0, 0, {} });
        }
    }
    if (!QFileInfo(root).isDir()) {
        return savings;
    }
    auto ruleFor = [&](const QString &relative, bool isDir) -> qsizetype {
        for (qsizetype r = 0; r < active.size(); ++r) {
            const TrimRule &rule = *active.at(r);
            bool hit = false;
            for (const QString &pattern : rule.paths) {
                // .py sources only go when a rule names them on purpose.
                if (!isDir && relative.endsWith(QStringLiteral(".py")) && !pattern.endsWith(QStringLiteral(".py"))) {
                    continue;
                }
                if (matches(pattern, relative)) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                continue;
            }
            bool kept = false;
            for (const QString &pattern : rule.keep) {
                kept = kept || matches(pattern, relative);
            }
            if (!kept) {
                return r;
            }
        }
        return -1;
    };
    // Depth-first, so that a removed folder is not walked.
    QStringList pending { QString() };
    qint64 visited = 0;
    while (!pending.isEmpty()) {
        if (control.isCancelled()) {
            return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Trimming was cancelled."));
        }
        const QString dirRelative = pending.takeLast();
        const QString dirPath = dirRelative.isEmpty() ? root : root + QLatin1Char('/') + dirRelative;
        const QFileInfoList entries
            = QDir(dirPath).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : entries) {
            const QString relative = dirRelative.isEmpty() ? info.fileName() : dirRelative + QLatin1Char('/') + info.fileName();
            const bool isDir = info.isDir() && !info.isSymLink();
            const qsizetype r = ruleFor(relative, isDir);
            if (r < 0) {
                if (isDir) {
                    pending.append(relative);
                }
                continue;
            }
            TrimSaving &saving = savings[r];
            qint64 files = 0;
            saving.bytes += treeSize(info.filePath(), &files);
            saving.files += files;
            if (saving.examples.size() < 5) {
                saving.examples << relative + (isDir ? QStringLiteral("/") : QString());
            }
            if (!dryRun) {
                const bool removed = isDir ? QDir(info.filePath()).removeRecursively() : QFile::remove(info.filePath());
                if (!removed) {
                    return fail(
                        Error::Code::IoError, QCoreApplication::translate("core", "Cannot remove %1.").arg(info.filePath()));
                }
            }
        }
        ++visited;
        control.progress(visited, visited + pending.size(), dirRelative);
    }
    return savings;
}

namespace {

// The interpreter's bytecode magic (hex) and "major.minor.micro".
Result<std::pair<QByteArray, QString>> interpreterInfo(
    const QString &python, const QProcessEnvironment &environment, const TaskControl &control)
{
    ProcessRequest request;
    request.program = python;
    request.arguments = { QStringLiteral("-c"),
        QStringLiteral(
            "import importlib.util,sys;print(importlib.util.MAGIC_NUMBER.hex());print('%d.%d.%d'%sys.version_info[:3])") };
    request.environment = environment;
    request.timeoutMs = 60'000;
    TaskControl quiet = control;
    quiet.setLogSink({});
    auto output = BlockingProcess::run(request, quiet);
    if (!output) {
        return std::unexpected(output.error());
    }
    const QStringList lines = output->stdoutText().split(QLatin1Char('\n'));
    if (output->exitCode != 0 || lines.size() < 2) {
        return fail(Error::Code::ToolFailed,
            QCoreApplication::translate("core", "%1 did not report its version: %2").arg(python, output->stderrText()));
    }
    return std::pair { QByteArray::fromHex(lines.at(0).trimmed().toLatin1()), lines.at(1).trimmed() };
}

QString minorOf(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 1);
}

// The legacy .pyc next to `py` was compiled from it by this interpreter: same magic, a
// timestamp-based header whose recorded source size is the file's size.
bool pycMatches(const QString &pyc, const QByteArray &magic, qint64 sourceSize)
{
    QFile file(pyc);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(16);
    if (header.size() < 16 || header.left(4) != magic) {
        return false;
    }
    const auto word = [&header](int at) {
        return quint32(uchar(header.at(at))) | (quint32(uchar(header.at(at + 1))) << 8)
            | (quint32(uchar(header.at(at + 2))) << 16) | (quint32(uchar(header.at(at + 3))) << 24);
    };
    const quint32 flags = word(4);
    if (flags != 0) {
        return true; // hash-based: compileall wrote it just now from this source
    }
    return word(12) == quint32(sourceSize & 0xffffffff);
}

} // namespace

Result<BytecodeResult> BytecodeCompiler::compileAndDropSources(const QString &python, const QString &root,
    const QString &targetPythonVersion, const QProcessEnvironment &environment, const TaskControl &control)
{
    BytecodeResult result;
    result.saving.rule = QStringLiteral("bytecode");
    result.saving.description = QCoreApplication::translate("core", ".py sources replaced by their .pyc (compileall -b)");
    auto info = interpreterInfo(python, environment, control);
    if (!info) {
        return std::unexpected(info.error());
    }
    const auto &[magic, hostVersion] = *info;
    if (minorOf(hostVersion) != minorOf(targetPythonVersion)) {
        result.warnings << QStringLiteral(
            "Bytecode skipped: %1 is Python %2 but the target is Python %3; .pyc files are specific to a "
            "Python version, so the .py sources were kept.")
                               .arg(python, hostVersion, targetPythonVersion);
        return result;
    }
    if (hostVersion != targetPythonVersion) {
        result.warnings << QStringLiteral("Bytecode compiled by Python %1 for a Python %2 target (same bytecode format).")
                               .arg(hostVersion, targetPythonVersion);
    }
    ProcessRequest request;
    request.program = python;
    request.arguments = { QStringLiteral("-m"), QStringLiteral("compileall"), QStringLiteral("-b"), QStringLiteral("-q"),
        QStringLiteral("-j"), QStringLiteral("0"), QStringLiteral("--invalidation-mode"), QStringLiteral("timestamp"),
        QStringLiteral("-d"), QStringLiteral("site-packages"), root };
    request.environment = environment;
    request.environment.remove(QStringLiteral("SOURCE_DATE_EPOCH")); // it would switch to hash-based .pyc
    request.timeoutMs = 30 * 60 * 1000;
    auto output = BlockingProcess::run(request, control);
    if (!output) {
        return std::unexpected(output.error());
    }
    if (output->exitCode != 0) {
        result.warnings << QStringLiteral("compileall could not compile every file; those keep their .py source.");
    }
    QDirIterator it(root, { QStringLiteral("*.py") }, QDir::Files, QDirIterator::Subdirectories);
    qint64 kept = 0;
    while (it.hasNext()) {
        if (control.isCancelled()) {
            return fail(
                Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled while removing compiled sources."));
        }
        const QString py = it.next();
        const qint64 size = it.fileInfo().size();
        const QString pyc = py + QLatin1Char('c');
        if (!pycMatches(pyc, magic, size)) {
            ++kept;
            continue;
        }
        if (!QFile::remove(py)) {
            return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot remove %1.").arg(py));
        }
        ++result.saving.files;
        result.saving.bytes += size - QFileInfo(pyc).size();
        if (result.saving.examples.size() < 5) {
            result.saving.examples << QDir(root).relativeFilePath(py);
        }
    }
    if (kept > 0) {
        result.warnings << QStringLiteral("%1 .py files have no matching .pyc and were kept.").arg(kept);
    }
    return result;
}

Result<TrimSaving> BinaryStripper::strip(
    const QString &stripTool, const QString &root, const QStringList &suffixes, const TaskControl &control)
{
    TrimSaving saving { QStringLiteral("strip-debug"),
        QStringLiteral("debug information stripped from native extensions (%1)").arg(suffixes.join(QStringLiteral(", "))), 0, 0,
        {} };
    QStringList patterns;
    for (const QString &suffix : suffixes) {
        patterns << QStringLiteral("*") + suffix;
    }
    QStringList files;
    QHash<QString, qint64> before;
    QDirIterator it(root, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isSymLink()) {
            continue;
        }
        files << path;
        before.insert(path, it.fileInfo().size());
    }
    for (qsizetype start = 0; start < files.size(); start += 100) {
        const QStringList batch = files.mid(start, 100);
        ProcessRequest request;
        request.program = stripTool;
        // -p keeps the PE header's timestamp (else strip writes the current time): reproducible.
        request.arguments = QStringList { QStringLiteral("--strip-debug"), QStringLiteral("-p") } + batch;
        request.timeoutMs = 10 * 60 * 1000;
        TaskControl quiet = control; // a command line with 100 paths helps nobody in the log
        quiet.setLogSink({});
        control.log(QStringLiteral("$ %1 --strip-debug -p (%2 files)").arg(QFileInfo(stripTool).fileName()).arg(batch.size()));
        auto output = BlockingProcess::run(request, quiet);
        if (!output) {
            return std::unexpected(output.error());
        }
        if (output->exitCode != 0) {
            control.log(
                QCoreApplication::translate("core", "strip left some files alone: %1").arg(output->stderrText().left(300)));
        }
        control.progress(start + batch.size(), files.size(), QStringLiteral("strip"));
    }
    for (const QString &path : std::as_const(files)) {
        const qint64 saved = before.value(path) - QFileInfo(path).size();
        if (saved > 0) {
            ++saving.files;
            saving.bytes += saved;
            if (saving.examples.size() < 5) {
                saving.examples << QDir(root).relativeFilePath(path);
            }
        }
    }
    return saving;
}

} // namespace rd
