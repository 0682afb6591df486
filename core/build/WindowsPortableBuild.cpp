#include "WindowsPortableBuild.h"

#include "archive/ZipWriter.h"
#include "build/AppFiles.h"
#include "build/EmbeddablePython.h"
#include "build/TargetSteps.h"
#include "build/TrimRules.h"
#include "build/WheelInstaller.h"
#include "process/BlockingProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace rd {

namespace {

// Steps of the worker, as progress ranges out of 1000.
constexpr qint64 stepPython = 50;
constexpr qint64 stepWheels = 420;
constexpr qint64 stepInstall = 520;
constexpr qint64 stepTrim = 620;
constexpr qint64 stepApp = 650;
constexpr qint64 stepZip = 980;

} // namespace

WindowsPortableBuild::WindowsPortableBuild(
    std::shared_ptr<const BuildContext> context, QNetworkAccessManager *network, QObject *parent)
    : BuildTargetJob(std::move(context), parent)
    , m_network(network)
{ }

void WindowsPortableBuild::prepare()
{
    const BuildContext &ctx = context();
    EmbeddablePythonSource source { ctx.pythonVersion, ctx.settings.pythonBaseUrl, ctx.settings.pythonSha256,
        ctx.settings.pythonZip, ctx.cacheDir };
    m_pythonInfo = QJsonObject { { QStringLiteral("version"), ctx.pythonVersion } };
    // A zip given or cached is hashed against build.python_sha256: on a thread of its own, since
    // the build starts from the window's thread.
    auto available = std::make_shared<Result<QString>>(std::unexpected(Error {}));
    QThread *thread = QThread::create([available, source] { *available = EmbeddablePython::availableZip(source); });
    connect(thread, &QThread::finished, this, [this, available, source] { prepareWith(source, *available); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void WindowsPortableBuild::prepareWith(const EmbeddablePythonSource &source, const Result<QString> &available)
{
    if (isCancelled()) {
        return; // cancelPreparation() ended the job while the zip was hashed
    }
    const BuildContext &ctx = context();
    if (available) {
        m_pythonZip = *available;
        m_pythonInfo.insert(
            QStringLiteral("source"), source.localZip.isEmpty() ? QStringLiteral("cache") : QStringLiteral("local"));
        m_pythonInfo.insert(QStringLiteral("zip"), m_pythonZip);
        log(QCoreApplication::translate("core", "Embeddable Python %1: %2").arg(ctx.pythonVersion, m_pythonZip));
    } else if (available.error().code == Error::Code::NotFound && source.localZip.isEmpty()) {
        m_downloads.append(
            { QStringLiteral("python"), EmbeddablePython::url(source), EmbeddablePython::cachePath(source), source.sha256 });
        m_pythonInfo.insert(QStringLiteral("source"), QStringLiteral("download"));
        m_pythonInfo.insert(QStringLiteral("url"), EmbeddablePython::url(source).toString());
    } else {
        stop(available.error());
        return;
    }
    if (ctx.settings.tkinter) {
        QString base = ctx.settings.pythonBaseUrl;
        while (base.endsWith(QLatin1Char('/'))) {
            base.chop(1);
        }
        for (const QString &msi : { QStringLiteral("tcltk.msi"), QStringLiteral("lib.msi") }) {
            const QUrl url(QStringLiteral("%1/%2/amd64/%3").arg(base, ctx.pythonVersion, msi));
            const QString cached = QDir(ctx.cacheDir).filePath(QStringLiteral("python/%1/amd64/%2").arg(ctx.pythonVersion, msi));
            m_downloads.append({ msi, url, cached, QString() });
        }
    }
    fetchNext();
}

void WindowsPortableBuild::fetchNext()
{
    if (m_downloads.isEmpty()) {
        proceed();
        return;
    }
    const Download download = m_downloads.takeFirst();
    m_current = new CachedDownload(m_network, download.url, download.cachePath, download.sha256, this);
    connect(m_current, &CachedDownload::logLine, this, &WindowsPortableBuild::logLine);
    connect(m_current, &CachedDownload::progress, this, [this](qint64 done, qint64 total, const QString &text) {
        reportProgress(total > 0 ? stepPython / 2 * done / total : 0, text);
    });
    connect(m_current, &CachedDownload::finished, this, [this, download](const Result<CachedFile> &result) {
        m_current->deleteLater();
        if (!result) {
            stop(result.error());
            return;
        }
        if (download.what == QStringLiteral("python")) {
            m_pythonZip = result->path;
            m_pythonInfo.insert(QStringLiteral("zip"), result->path);
            m_pythonInfo.insert(QStringLiteral("sha256"), result->sha256);
            if (!result->downloaded) {
                m_pythonInfo.insert(QStringLiteral("source"), QStringLiteral("cache"));
            }
        } else {
            m_msiFiles << result->path;
        }
        fetchNext();
    });
    m_current->start();
}

void WindowsPortableBuild::cancelPreparation()
{
    if (m_current) {
        m_current->cancel();
    } else {
        stop(Error::make(Error::Code::Cancelled, QCoreApplication::translate("core", "The windows build was cancelled.")));
    }
}

Status WindowsPortableBuild::installTkinter(const QString &pythonDir, const TaskControl &control, QStringList &warnings)
{
    auto tool = Tool::find(QStringLiteral("msiextract"), QStringLiteral("msitools"));
    if (!tool) {
        return std::unexpected(tool.error());
    }
    QTemporaryDir work;
    for (const QString &msi : std::as_const(m_msiFiles)) {
        ProcessRequest request;
        request.program = tool->path;
        request.arguments = { QStringLiteral("-C"), work.path(), msi };
        request.timeoutMs = 10 * 60 * 1000;
        TaskControl quiet = control; // msiextract names every file it writes
        quiet.setLogSink({});
        control.log(QStringLiteral("$ msiextract -C <tmp> %1").arg(QFileInfo(msi).fileName()));
        auto output = BlockingProcess::run(request, quiet);
        if (!output) {
            return std::unexpected(output.error());
        }
        if (output->exitCode != 0) {
            return fail(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "msiextract could not read %1: %2").arg(msi, output->stderrText()));
        }
    }
    // The pieces, wherever the MSI put them: the DLLs next to python.exe, the package in Lib/,
    // Tcl/Tk's script libraries in tcl/ (where _tkinter looks: sys.prefix\tcl\tcl8.6).
    QStringList missing;
    for (const QString &name : { QStringLiteral("_tkinter.pyd"), QStringLiteral("tcl86t.dll"), QStringLiteral("tk86t.dll") }) {
        QDirIterator it(work.path(), { name }, QDir::Files, QDirIterator::Subdirectories);
        if (!it.hasNext()) {
            missing << name;
            continue;
        }
        if (auto copied = AppFiles::copyTree(it.next(), QDir(pythonDir).filePath(name)); !copied) {
            return std::unexpected(copied.error());
        }
    }
    bool foundPackage = false;
    bool foundTcl = false;
    QDirIterator dirs(work.path(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext()) {
        const QString dir = dirs.next();
        const QString name = dirs.fileName();
        if (!foundPackage && name == QStringLiteral("tkinter") && QFileInfo::exists(dir + QStringLiteral("/__init__.py"))) {
            foundPackage = true;
            if (auto copied = AppFiles::copyTree(dir, QDir(pythonDir).filePath(QStringLiteral("Lib/tkinter"))); !copied) {
                return std::unexpected(copied.error());
            }
        } else if (!foundTcl && name == QStringLiteral("tcl8.6")) {
            foundTcl = true;
            const QString tclRoot = QFileInfo(dir).absolutePath();
            if (auto copied = AppFiles::copyTree(tclRoot, QDir(pythonDir).filePath(QStringLiteral("tcl"))); !copied) {
                return std::unexpected(copied.error());
            }
        }
    }
    if (!foundPackage) {
        missing << QStringLiteral("tkinter/");
    }
    if (!foundTcl) {
        missing << QStringLiteral("tcl8.6/");
    }
    if (!missing.isEmpty()) {
        return fail(Error::Code::Rejected,
            QCoreApplication::translate("core", "The tkinter MSIs lack %1.").arg(missing.join(QStringLiteral(", "))),
            QCoreApplication::translate(
                "core", "Check build.python_base_url: it must serve {version}/amd64/tcltk.msi and lib.msi."));
    }
    // The embedded Python finds Lib/ only when ._pth lists it.
    auto patched = EmbeddablePython::patchPth(pythonDir, context().pythonVersion, { QStringLiteral("Lib") });
    if (!patched) {
        return std::unexpected(patched.error());
    }
    warnings << QStringLiteral("tkinter added from the official MSIs (Lib\\tkinter, tcl\\, _tkinter.pyd).");
    return {};
}

Result<TargetReport> WindowsPortableBuild::work(const TaskControl &control)
{
    const BuildContext &ctx = context();
    TargetReport report;
    report.target = target();
    const QString base = QDir(ctx.workDir).filePath(QStringLiteral("windows"));
    const QString root = QDir(base).filePath(ctx.appName);
    const QString pythonDir = QDir(root).filePath(QStringLiteral("python"));
    const QString sitePackages = QDir(pythonDir).filePath(QStringLiteral("Lib/site-packages"));
    QDir(base).removeRecursively();
    if (!QDir().mkpath(sitePackages)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create %1.").arg(sitePackages));
    }

    // 1. The embeddable Python.
    control.log(QCoreApplication::translate("core", "Extracting %1").arg(QFileInfo(m_pythonZip).fileName()));
    if (auto done = EmbeddablePython::extract(
            m_pythonZip, pythonDir, ctx.pythonVersion, control.scaled(stepPython / 2, stepPython, progressTotal));
        !done) {
        return std::unexpected(done.error());
    }
    if (!m_pythonInfo.contains(QStringLiteral("sha256"))) {
        m_pythonInfo.insert(QStringLiteral("sha256"), EmbeddablePython::sha256(m_pythonZip).value_or(QString()));
    }
    report.python = m_pythonInfo;
    auto patched = EmbeddablePython::patchPth(pythonDir, ctx.pythonVersion);
    if (!patched) {
        return std::unexpected(patched.error());
    }
    control.log(QCoreApplication::translate("core", "Patched python%1._pth: import site, Lib\\site-packages, ..\\app\\src")
                    .arg(EmbeddablePython::shortVersion(ctx.pythonVersion).value_or(QString())));

    // 2. Wheels for CPython X.Y on win_amd64, checked.
    const QStringList versionParts = ctx.pythonVersion.split(QLatin1Char('.'));
    WheelRequest wheels;
    wheels.mode = WheelRequest::Mode::CrossPlatform;
    wheels.requirements = ctx.requirements();
    wheels.constraints = ctx.settings.constraints;
    wheels.constraintsFile = ctx.constraintsFile;
    wheels.target = WheelTarget::windows(versionParts.value(1).toInt());
    wheels.targetPythonVersion = ctx.pythonVersion;
    wheels.pip = ctx.pip;
    wheels.cacheDir = ctx.cacheDir;
    wheels.useCache = !ctx.request.refreshCache;
    wheels.destination = QDir(base).filePath(QStringLiteral("wheels"));
    if (!wheels.requirements.isEmpty() && wheels.pip.python.isEmpty()) {
        return fail(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "No python3 with pip was found to download the Windows wheels."),
            QCoreApplication::translate("core", "Install python3-pip, or set build.host_python."));
    }
    control.progress(stepPython, progressTotal, QCoreApplication::translate("core", "Resolving wheels"));
    TaskControl pipControl = control;
    qint64 pipLines = 0;
    pipControl.setLogSink([&control, &pipLines](const QString &line) {
        control.log(line);
        ++pipLines;
        // pip gives no total: creep towards the end of the step with every line.
        control.progress(stepPython + (stepWheels - stepPython) * pipLines / (pipLines + 20), progressTotal, line.left(80));
    });
    auto resolved = WheelResolver::resolve(wheels, pipControl);
    if (!resolved) {
        return std::unexpected(resolved.error());
    }
    report.wheels = resolved->wheels;
    report.wheelsFromCache = resolved->fromCache;
    report.warnings << resolved->warnings;

    // 3. Installed without pip.
    control.progress(stepWheels, progressTotal,
        QCoreApplication::translate("core", "Installing %n wheel(s)", nullptr, int(resolved->wheels.size())));
    auto installed = WheelInstaller::install(
        resolved->wheels, pythonDir, WheelLayout {}, control.scaled(stepWheels, stepInstall, progressTotal));
    if (!installed) {
        return std::unexpected(installed.error());
    }
    report.installed = *installed;
    if (!m_msiFiles.isEmpty()) {
        if (auto done = installTkinter(pythonDir, control, report.warnings); !done) {
            return std::unexpected(done.error());
        }
    }

    // 4. Trimmed: rules, debug symbols, bytecode.
    const TrimStepTools tools { QStringLiteral("x86_64-w64-mingw32-strip"), QStringLiteral("binutils-mingw-w64-x86-64"),
        { QStringLiteral(".pyd"), QStringLiteral(".dll") }, ctx.pip.python, ctx.pythonVersion };
    if (auto done = TargetSteps::trimSitePackages(ctx, target(), sitePackages, tools, report, control); !done) {
        return std::unexpected(done.error());
    }
    control.progress(stepTrim, progressTotal, QCoreApplication::translate("core", "Copying the app"));

    // 5. The app, VERSION and the launcher.
    if (auto done = TargetSteps::copyApp(ctx, root); !done) {
        return std::unexpected(done.error());
    }
    if (auto done = AppFiles::writeHiddenLauncher(root, ctx.displayName, ctx.version, ctx.module); !done) {
        return std::unexpected(done.error());
    }
    report.details.insert(QStringLiteral("launcher"),
        QStringLiteral("scripts/start-hidden.vbs: python.exe -m %1, window style 0, ASCII, CRLF (verified)").arg(ctx.module));
    report.details.insert(QStringLiteral("pth"), QStringLiteral("import site, Lib\\site-packages, ..\\app\\src"));
    if (ctx.request.keepWork) {
        report.details.insert(QStringLiteral("dist_dir"), root); // for installer build --build-dir
    }

    ComponentSize pythonRuntime = ComponentSize::measure(QStringLiteral("python runtime"), pythonDir);
    const ComponentSize sitePackagesSize = ComponentSize::measure(QStringLiteral("site-packages"), sitePackages);
    pythonRuntime.bytes -= sitePackagesSize.bytes;
    pythonRuntime.files -= sitePackagesSize.files;
    report.components = { pythonRuntime, sitePackagesSize,
        ComponentSize::measure(QStringLiteral("app"), QDir(root).filePath(QStringLiteral("app"))),
        ComponentSize::measure(QStringLiteral("scripts"), QDir(root).filePath(QStringLiteral("scripts"))) };
    control.progress(stepApp, progressTotal, QCoreApplication::translate("core", "Writing the zip"));

    // 6. The zip, written in parallel under a temporary name.
    report.output = QDir(ctx.outDir).filePath(ctx.outputName(QStringLiteral("win-x64.zip")));
    ZipOptions zipOptions;
    zipOptions.level = ctx.level;
    ZipWriter zip(report.output, zipOptions);
    TreeOptions tree;
    tree.fixedMtime = ctx.mtime;
    if (auto added = zip.addTree(root, ctx.appName, tree); !added) {
        return std::unexpected(added.error());
    }
    auto written = zip.write(control.scaled(stepApp, stepZip, progressTotal));
    if (!written) {
        return std::unexpected(written.error());
    }
    report.archive = *written;
    report.size = written->outputBytes;
    control.progress(stepZip, progressTotal, QStringLiteral("SHA-256"));
    auto hash = EmbeddablePython::sha256(report.output);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    report.sha256 = *hash;
    control.log(QCoreApplication::translate("core", "Wrote %1 (%2 bytes)").arg(report.output).arg(report.size));
    return report;
}

} // namespace rd
