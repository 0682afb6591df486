#include "update/UpdateSandbox.h"

#include "update/UpdateApplier.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace rd {

namespace {

std::pair<int, QString> run(const QString &program, const QStringList &arguments, const QString &workDir, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        return { -1, process.errorString() };
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return { -1, QString::fromLocal8Bit(process.readAll()) + QStringLiteral("\n(stopped after %1 s)").arg(timeoutMs / 1000) };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromLocal8Bit(process.readAll()) };
}

} // namespace

Result<QString> UpdateSandbox::copyInstallation(const QString &installDir, const QString &sandboxRoot)
{
    const QDir source(installDir);
    if (!source.exists()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 is not a folder.").arg(installDir));
    }
    const QString target = QDir(sandboxRoot).filePath(QFileInfo(installDir).fileName());
    QDir(target).removeRecursively();
    if (!QDir().mkpath(target)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create %1.").arg(target));
    }
    QDirIterator it(
        installDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString copy = QDir(target).filePath(source.relativeFilePath(path));
        if (info.isSymLink()) {
            // The link's own text (Qt 6.4 has no QFileInfo::readSymLink): relative links stay relative.
            char buffer[4096];
            const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
            if (length < 0 || ::symlink(QByteArray(buffer, int(length)).constData(), QFile::encodeName(copy).constData()) != 0) {
                return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot copy the link %1.").arg(path));
            }
        } else if (info.isDir()) {
            QDir().mkpath(copy);
        } else if (!QFile::copy(path, copy)) {
            return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot copy %1.").arg(path));
        }
    }
    return target;
}

Result<SandboxResult> UpdateSandbox::apply(const QString &sandboxDir, const QString &archive, InstallType type)
{
    SandboxResult result;
    result.sandboxDir = sandboxDir;
    result.versionBefore = installedVersion(sandboxDir);
    auto staged = UpdateApplier::stage(sandboxDir, archive, type);
    if (!staged) {
        return std::unexpected(staged.error());
    }
    result.operations << QStringLiteral("Unpack %1 into %2").arg(QFileInfo(archive).fileName(), staged->newRoot);
    if (type != InstallType::PortableWindows && type != InstallType::PortableLinux) {
        UpdateApplier::discard(sandboxDir);
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The sandbox swaps portable folders; a %1 is updated differently.")
                .arg(installTypeTitle(type)));
    }
    auto script = UpdateApplier::writeScript(*staged, type, {}, false);
    auto command = script ? UpdateApplier::scriptCommand(*script, type)
                          : Result<std::pair<QString, QStringList>>(std::unexpected(script.error()));
    if (!command) {
        UpdateApplier::discard(sandboxDir);
        QFile::remove(script.value_or(QString()));
        return std::unexpected(command.error());
    }
    for (const QString &entry : std::as_const(staged->entries)) {
        result.operations << QStringLiteral("Swap %1 (the old one kept until every entry is in place)").arg(entry);
    }
    const auto [code, output] = run(command->first, command->second, sandboxDir, 300'000);
    result.scriptExitCode = code;
    result.scriptOutput = output;
    result.versionAfter = installedVersion(sandboxDir);
    result.operations << QStringLiteral("Swap script exited with %1; VERSION is now %2").arg(code).arg(result.versionAfter);
    if (type == InstallType::PortableLinux && code == 0) {
        const auto [launchCode, launchOutput] = run(QDir(sandboxDir).filePath(QStringLiteral("run.sh")), {}, sandboxDir, 10'000);
        result.launchOutput = launchOutput;
        result.operations << QStringLiteral("Restart: run.sh exited with %1").arg(launchCode);
    }
    return result;
}

} // namespace rd
