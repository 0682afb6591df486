#include "update/UpdateApplier.h"

#include "archive/SafeExtractor.h"
#include "common/AtomicFile.h"
#include "update/SwapScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace rd {

QString UpdateApplier::updateDirFor(const QString &installDir)
{
    return QDir(installDir).filePath(QStringLiteral(".releasedesk-update"));
}

QString UpdateApplier::installIdFor(const QString &installDir, bool create)
{
    const QString path = QDir(installDir).filePath(QStringLiteral(".releasedesk-install-id"));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromUtf8(file.readLine(200)).trimmed();
        if (!id.isEmpty()) {
            return id;
        }
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (create) {
        (void)writeFileAtomically(path, id.toUtf8() + '\n');
    }
    return id;
}

Result<StagedUpdate> UpdateApplier::stage(
    const QString &installDir, const QString &archivePath, InstallType type, const TaskControl &control)
{
    StagedUpdate staged;
    staged.installDir = QDir(installDir).absolutePath();
    staged.updateDir = updateDirFor(staged.installDir);
    const QString destination = QDir(staged.updateDir).filePath(QStringLiteral("new"));
    QDir(destination).removeRecursively();
    ExtractOptions options;
    options.allowSymlinks = true;
    options.allowAbsoluteSymlinks = true;
    auto extracted = SafeExtractor::extract(archivePath, destination, options, control);
    if (!extracted) {
        QDir(destination).removeRecursively();
        return std::unexpected(extracted.error());
    }
    // The root: the shallowest folder with the markers (archives usually hold one "App/" folder).
    QStringList level { destination };
    for (int depth = 0; depth < 3 && staged.newRoot.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &folder : std::as_const(level)) {
            if (detectInstallType(folder, QString()) == type) {
                staged.newRoot = folder;
                break;
            }
            for (const QFileInfo &child : QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
                next << child.absoluteFilePath();
            }
        }
        level = next;
    }
    if (staged.newRoot.isEmpty()) {
        QDir(destination).removeRecursively();
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "%1 does not hold a %2 (no folder with its markers).")
                .arg(QFileInfo(archivePath).fileName(), installTypeTitle(type)),
            QCoreApplication::translate("core", "The release's asset is not what this installation needs; nothing was changed."));
    }
    const QDir root(staged.newRoot);
    QStringList entries = root.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    entries.removeIf([](const QString &name) { return name.compare(QStringLiteral("data"), Qt::CaseInsensitive) == 0; });
    // VERSION last: until every other entry is in place the folder still says the old version.
    if (entries.removeAll(QStringLiteral("VERSION")) > 0) {
        entries << QStringLiteral("VERSION");
    }
    staged.entries = entries;
    staged.newVersion = installedVersion(staged.newRoot);
    // The launcher to restart through: a .vbs at the root, else the builds' scripts\start-hidden.vbs.
    for (const QString &name : entries) {
        if (name.endsWith(QStringLiteral(".vbs"), Qt::CaseInsensitive)) {
            staged.launcher = name;
            break;
        }
    }
    if (staged.launcher.isEmpty() && QFileInfo(root.filePath(QStringLiteral("scripts/start-hidden.vbs"))).isFile()) {
        staged.launcher = QStringLiteral("scripts\\start-hidden.vbs");
    }
    return staged;
}

Result<QString> UpdateApplier::writeScript(const StagedUpdate &staged, InstallType type, const QString &waitPid, bool restart)
{
    SwapScriptInputs inputs;
    inputs.entries = staged.entries;
    inputs.waitPid = waitPid;
    inputs.restart = restart;
    inputs.launcher = staged.launcher;
    QString path;
    QByteArray text;
    if (type == InstallType::PortableWindows) {
        inputs.newRoot = QDir(staged.installDir).relativeFilePath(staged.newRoot).replace(QLatin1Char('/'), QLatin1Char('\\'));
        path = QDir(staged.installDir).filePath(QStringLiteral("releasedesk-update.bat"));
        text = SwapScript::windowsBatch(inputs);
    } else if (type == InstallType::PortableLinux) {
        inputs.root = staged.installDir;
        inputs.newRoot = staged.newRoot;
        path = QDir(staged.installDir).filePath(QStringLiteral(".releasedesk-update.sh"));
        text = SwapScript::posix(inputs);
    } else {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "A %1 is not updated by a swap script.").arg(installTypeTitle(type)));
    }
    if (auto written = writeFileAtomically(path, text); !written) {
        return std::unexpected(written.error());
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    return path;
}

Result<std::pair<QString, QStringList>> UpdateApplier::scriptCommand(const QString &scriptPath, InstallType type)
{
    if (type != InstallType::PortableWindows) {
        return std::pair<QString, QStringList> { QStringLiteral("/bin/sh"), { scriptPath } };
    }
    const QStringList cmd { QStringLiteral("/c"), QFileInfo(scriptPath).fileName() };
#ifdef Q_OS_WIN
    return std::pair<QString, QStringList> { QStringLiteral("cmd.exe"), cmd };
#else
    const QString wine = QStandardPaths::findExecutable(QStringLiteral("wine"));
    if (wine.isEmpty()) {
        return fail(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "Swapping a Windows portable folder on Linux needs wine."),
            QCoreApplication::translate("core", "Install wine (apt install wine), or apply the update on Windows."));
    }
    return std::pair<QString, QStringList> { wine, QStringList { QStringLiteral("cmd") } + cmd };
#endif
}

QStringList UpdateApplier::installerArguments(const QString &installDir)
{
    return { QStringLiteral("/S"), QStringLiteral("/D=") + QDir::toNativeSeparators(installDir) };
}

void UpdateApplier::discard(const QString &installDir)
{
    QDir(updateDirFor(installDir)).removeRecursively();
}

} // namespace rd
