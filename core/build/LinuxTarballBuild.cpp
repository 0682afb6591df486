#include "LinuxTarballBuild.h"

#include "archive/TarGzWriter.h"
#include "build/AppFiles.h"
#include "build/EmbeddablePython.h"
#include "build/LinuxScripts.h"
#include "build/TargetSteps.h"
#include "build/TrimRules.h"
#include "build/VenvRelocation.h"
#include "process/BlockingProcess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rd {

namespace {

constexpr qint64 stepVenv = 80;
constexpr qint64 stepWheels = 400;
constexpr qint64 stepInstall = 520;
constexpr qint64 stepTrim = 600;
constexpr qint64 stepApp = 640;
constexpr qint64 stepTar = 980;

// What the project's sources are: every file's path and bytes (the staged copy, stamped).
QString sourceHash(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : std::as_const(files)) {
        hash.addData(QDir(dir).relativeFilePath(file).toUtf8() + '\0');
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(&f);
        }
        hash.addData(QByteArray(1, '\0'));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<ProcessOutput> runChecked(
    const ProcessRequest &request, const TaskControl &control, const QString &what, const QString &hint)
{
    auto output = BlockingProcess::run(request, control);
    if (!output) {
        return output;
    }
    if (output->exitCode != 0) {
        QString text = output->stderrText();
        if (text.isEmpty()) {
            text = output->stdoutText();
        }
        return fail(
            Error::Code::ToolFailed, QCoreApplication::translate("core", "%1 failed: %2").arg(what, text.right(2000)), hint);
    }
    return output;
}

} // namespace

LinuxTarballBuild::LinuxTarballBuild(std::shared_ptr<const BuildContext> context, QObject *parent)
    : BuildTargetJob(std::move(context), parent)
{ }

Result<TargetReport> LinuxTarballBuild::work(const TaskControl &control)
{
    const BuildContext &ctx = context();
    TargetReport report;
    report.target = target();
    const QString base = QDir(ctx.workDir).filePath(QStringLiteral("linux"));
    const QString root = QDir(base).filePath(ctx.appName);
    const QString venv = QDir(root).filePath(QStringLiteral("venv"));
    QDir(base).removeRecursively();
    if (!QDir().mkpath(root)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create %1.").arg(root));
    }
    if (ctx.linuxPython.isEmpty()) {
        return fail(Error::Code::ToolMissing, QCoreApplication::translate("core", "No python3 was found for the Linux venv."),
            QCoreApplication::translate("core", "Install python3 and python3-venv, or set build.linux_python."));
    }

    // 1. The venv. When the interpreter's own pip can work for another interpreter (pip >= 22.3,
    // --python), the venv is made without pip: 6 s faster, and no pip to trim away afterwards.
    ProcessRequest request;
    request.program = ctx.linuxPython;
    request.arguments = { QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("--version") };
    request.environment = ctx.pip.environment;
    request.timeoutMs = 60'000;
    bool hostPip = false;
    {
        TaskControl quiet = control;
        quiet.setLogSink({});
        if (auto pipVersion = BlockingProcess::run(request, quiet); pipVersion && pipVersion->exitCode == 0) {
            static const QRegularExpression pattern(QStringLiteral("^pip (\\d+)\\.(\\d+)"));
            const auto match = pattern.match(pipVersion->stdoutText());
            hostPip = match.hasMatch() && std::pair(match.captured(1).toInt(), match.captured(2).toInt()) >= std::pair(22, 3);
        }
    }
    request.arguments = { QStringLiteral("-m"), QStringLiteral("venv") };
    if (hostPip) {
        request.arguments << QStringLiteral("--without-pip");
    }
    request.arguments << venv;
    request.timeoutMs = 5 * 60 * 1000;
    if (auto made = runChecked(request, control, QStringLiteral("Creating the venv"),
            QStringLiteral("Install the Debian package python3-venv (or set build.linux_python)."));
        !made) {
        return std::unexpected(made.error());
    }
    const QString python = QDir(venv).filePath(QStringLiteral("bin/python"));
    request.program = python;
    request.arguments = { QStringLiteral("-c"), QStringLiteral("import platform;print(platform.python_version())") };
    auto versionOutput = runChecked(request, control, QStringLiteral("Asking the venv's Python for its version"), {});
    if (!versionOutput) {
        return std::unexpected(versionOutput.error());
    }
    const QString pythonVersion = versionOutput->stdoutText();
    report.python
        = QJsonObject { { QStringLiteral("interpreter"), ctx.linuxPython }, { QStringLiteral("version"), pythonVersion },
              { QStringLiteral("venv_pip"),
                  hostPip ? QStringLiteral("none (the interpreter's pip --python)") : QStringLiteral("ensurepip") } };
    control.progress(stepVenv, progressTotal, QCoreApplication::translate("core", "Resolving wheels"));

    // 2. Wheels: the project and its dependencies, built/downloaded by the venv's own pip.
    WheelRequest wheels;
    wheels.mode = WheelRequest::Mode::Host;
    QString projectRequirement = ctx.stagedDir;
    if (!ctx.extras.isEmpty()) {
        projectRequirement += QLatin1Char('[') + ctx.extras.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    wheels.requirements = { projectRequirement };
    wheels.constraints = ctx.settings.constraints;
    wheels.constraintsFile = ctx.constraintsFile;
    wheels.targetPythonVersion = pythonVersion;
    wheels.target = WheelTarget { 3, pythonVersion.section(QLatin1Char('.'), 1, 1).toInt(), QStringLiteral("linux_x86_64") };
    wheels.cacheKeyExtra = sourceHash(ctx.stagedDir) + QLatin1Char('/') + pythonVersion + QLatin1Char('/') + ctx.linuxPython;
    wheels.pip = ctx.pip;
    wheels.pip.python = hostPip ? ctx.linuxPython : python;
    wheels.pip.targetPython = hostPip ? python : QString();
    wheels.cacheDir = ctx.cacheDir;
    wheels.useCache = !ctx.request.refreshCache;
    wheels.destination = QDir(base).filePath(QStringLiteral("wheels"));
    TaskControl pipControl = control;
    qint64 pipLines = 0;
    pipControl.setLogSink([&control, &pipLines](const QString &line) {
        control.log(line);
        ++pipLines;
        control.progress(stepVenv + (stepWheels - stepVenv) * pipLines / (pipLines + 20), progressTotal, line.left(80));
    });
    auto resolved = WheelResolver::resolve(wheels, pipControl);
    if (!resolved) {
        return std::unexpected(resolved.error());
    }
    report.wheels = resolved->wheels;
    report.wheelsFromCache = resolved->fromCache;
    report.warnings << resolved->warnings;

    // 3. Installed offline from exactly those wheels.
    control.progress(stepWheels, progressTotal, QCoreApplication::translate("core", "Installing into the venv"));
    QStringList pins;
    for (const ResolvedWheel &wheel : std::as_const(resolved->wheels)) {
        pins << QStringLiteral("%1==%2").arg(wheel.tag.distribution, wheel.tag.version);
    }
    request.program = wheels.pip.python;
    request.arguments = QStringList { QStringLiteral("-m"), QStringLiteral("pip") };
    if (hostPip) {
        request.arguments << QStringLiteral("--python") << python;
    }
    request.arguments << QStringList { QStringLiteral("install"), QStringLiteral("--no-index"), QStringLiteral("--find-links"),
        wheels.destination, QStringLiteral("--no-compile"), QStringLiteral("--disable-pip-version-check"),
        QStringLiteral("--progress-bar"), QStringLiteral("off") }
            + pins;
    request.timeoutMs = 15 * 60 * 1000;
    if (auto done = runChecked(request, control, QStringLiteral("Installing into the venv"), {}); !done) {
        return std::unexpected(done.error());
    }

    // 4. The app package leaves the venv (the launcher uses app/src), its metadata stays.
    QDir lib(QDir(venv).filePath(QStringLiteral("lib")));
    const QStringList pythons = lib.entryList({ QStringLiteral("python3*") }, QDir::Dirs);
    if (pythons.isEmpty()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "The venv has no lib/python3*/site-packages."));
    }
    const QString sitePackages = lib.filePath(pythons.first() + QStringLiteral("/site-packages"));
    const QString packageFolder = ctx.project.packageDir.section(QLatin1Char('/'), -1);
    QDir(QDir(sitePackages).filePath(packageFolder)).removeRecursively();
    QFile::remove(QDir(sitePackages).filePath(packageFolder + QStringLiteral(".py")));
    QDirIterator directUrls(sitePackages, { QStringLiteral("direct_url.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (directUrls.hasNext()) {
        QFile::remove(directUrls.next()); // names the build folder; meaningless once moved
    }
    for (auto it = ctx.project.scripts.cbegin(); it != ctx.project.scripts.cend(); ++it) {
        // Console scripts of the app would import it from the venv, where it no longer is.
        QFile::remove(QDir(venv).filePath(QStringLiteral("bin/") + it.key()));
    }

    // 5. Trimmed.
    const TrimStepTools tools { QStringLiteral("strip"), QStringLiteral("binutils"), { QStringLiteral(".so") }, python,
        pythonVersion };
    if (auto done = TargetSteps::trimSitePackages(ctx, target(), sitePackages, tools, report, control); !done) {
        return std::unexpected(done.error());
    }
    if (!QFileInfo::exists(QDir(sitePackages).filePath(QStringLiteral("pip")))) {
        // pip was trimmed: its scripts would only fail.
        for (const QString &name :
            QDir(QDir(venv).filePath(QStringLiteral("bin"))).entryList({ QStringLiteral("pip*") }, QDir::Files)) {
            QFile::remove(QDir(venv).filePath(QStringLiteral("bin/") + name));
        }
    }
    control.progress(stepInstall + (stepTrim - stepInstall) / 2, progressTotal,
        QCoreApplication::translate("core", "Making the venv relocatable"));

    // 6. Movable.
    auto relocated = VenvRelocation::makeRelocatable(venv);
    if (!relocated) {
        return std::unexpected(relocated.error());
    }
    report.details.insert(QStringLiteral("relocation"), relocated->toJson());
    if (!relocated->leftovers.isEmpty()) {
        report.warnings << QStringLiteral("These venv files still name the build folder: %1")
                               .arg(relocated->leftovers.join(QStringLiteral(", ")));
    }
    control.progress(stepTrim, progressTotal, QCoreApplication::translate("core", "Copying the app"));

    // 7. The app, VERSION, run.sh and the service scripts.
    if (auto done = TargetSteps::copyApp(ctx, root); !done) {
        return std::unexpected(done.error());
    }
    const QString unit
        = LinuxScripts::unitName(ctx.settings.serviceName.isEmpty() ? ctx.project.packageName : ctx.settings.serviceName);
    if (auto done = LinuxScripts::write(root, ctx.displayName, ctx.version, ctx.module, unit); !done) {
        return std::unexpected(done.error());
    }
    report.details.insert(QStringLiteral("service"), unit + QStringLiteral(".service"));
    if (ctx.request.keepWork) {
        report.details.insert(QStringLiteral("dist_dir"), root);
    }
    report.details.insert(
        QStringLiteral("launcher"), QStringLiteral("run.sh: venv/bin/python -m %1 with app/src on PYTHONPATH").arg(ctx.module));

    ComponentSize venvSize = ComponentSize::measure(QStringLiteral("venv"), venv);
    const ComponentSize siteSize = ComponentSize::measure(QStringLiteral("site-packages"), sitePackages);
    venvSize.bytes -= siteSize.bytes;
    venvSize.files -= siteSize.files;
    report.components
        = { venvSize, siteSize, ComponentSize::measure(QStringLiteral("app"), QDir(root).filePath(QStringLiteral("app"))) };
    control.progress(stepApp, progressTotal, QCoreApplication::translate("core", "Writing the tarball"));

    // 8. The tarball, gzip on all cores, under a temporary name.
    report.output = QDir(ctx.outDir).filePath(ctx.outputName(QStringLiteral("linux-x64.tar.gz")));
    TarGzOptions tarOptions;
    tarOptions.level = std::max(1, ctx.level);
    TarGzWriter tar(report.output, tarOptions);
    TreeOptions tree;
    tree.fixedMtime = ctx.mtime;
    if (auto added = tar.addTree(root, ctx.appName, tree); !added) {
        return std::unexpected(added.error());
    }
    auto written = tar.write(control.scaled(stepApp, stepTar, progressTotal));
    if (!written) {
        return std::unexpected(written.error());
    }
    report.archive = *written;
    report.size = written->outputBytes;
    auto hash = EmbeddablePython::sha256(report.output);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    report.sha256 = *hash;
    control.log(QCoreApplication::translate("core", "Wrote %1 (%2 bytes)").arg(report.output).arg(report.size));
    return report;
}

} // namespace rd
