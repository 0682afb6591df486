#include "update/InstallType.h"

#include "project/ArtifactNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace rd {

QString installTypeName(InstallType type)
{
    switch (type) {
    case InstallType::Installer: return QStringLiteral("installer");
    case InstallType::PortableWindows: return QStringLiteral("portable-windows");
    case InstallType::PortableLinux: return QStringLiteral("portable-linux");
    case InstallType::Docker: return QStringLiteral("docker");
    case InstallType::Dev: break;
    }
    return QStringLiteral("dev");
}

std::optional<InstallType> installTypeFromName(const QString &name)
{
    for (InstallType type : { InstallType::Installer, InstallType::PortableWindows, InstallType::PortableLinux,
             InstallType::Docker, InstallType::Dev }) {
        if (installTypeName(type) == name.trimmed().toLower()) {
            return type;
        }
    }
    return std::nullopt;
}

QString installTypeTitle(InstallType type)
{
    switch (type) {
    case InstallType::Installer: return QStringLiteral("Windows installer");
    case InstallType::PortableWindows: return QStringLiteral("Windows portable (zip)");
    case InstallType::PortableLinux: return QStringLiteral("Linux portable (tar.gz)");
    case InstallType::Docker: return QStringLiteral("Docker container");
    case InstallType::Dev: break;
    }
    return QStringLiteral("Development checkout");
}

InstallType detectInstallType(const QString &installDir, const QString &dockerenv)
{
    const QDir dir(installDir);
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    const bool hasUninstaller = std::any_of(files.begin(), files.end(),
        [](const QString &name) { return name.compare(QStringLiteral("uninstall.exe"), Qt::CaseInsensitive) == 0; });
    if (hasUninstaller) {
        return InstallType::Installer;
    }
    if (QFileInfo(dir.filePath(QStringLiteral("python/python.exe"))).isFile()) {
        return InstallType::PortableWindows;
    }
    if (QFileInfo(dir.filePath(QStringLiteral("venv"))).isDir() && QFileInfo(dir.filePath(QStringLiteral("run.sh"))).isFile()) {
        return InstallType::PortableLinux;
    }
    if (!dockerenv.isEmpty() && QFileInfo::exists(dockerenv)) {
        return InstallType::Docker;
    }
    return InstallType::Dev;
}

QString installedVersion(const QString &installDir)
{
    QFile file(QDir(installDir).filePath(QStringLiteral("VERSION")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

QString assetSuffixFor(InstallType type)
{
    switch (type) {
    case InstallType::Installer: return ArtifactNames::installerSuffix();
    case InstallType::PortableWindows: return ArtifactNames::windowsZipSuffix();
    case InstallType::PortableLinux: return ArtifactNames::linuxTarballSuffix();
    case InstallType::Docker:
    case InstallType::Dev: break;
    }
    return {};
}

bool canSelfUpdate(InstallType type)
{
    return !assetSuffixFor(type).isEmpty();
}

std::optional<AssetInfo> matchAsset(const AssetList &assets, InstallType type, const QString &tag)
{
    const QString suffix = assetSuffixFor(type);
    if (suffix.isEmpty()) {
        return std::nullopt;
    }
    const QString ending = QLatin1Char('-') + suffix;
    const QString tagPart = QLatin1Char('-') + tag + QLatin1Char('-');
    std::optional<AssetInfo> best;
    auto rank = [&](const AssetInfo &asset) { return tag.isEmpty() || !asset.name.contains(tagPart) ? 1 : 0; };
    for (const AssetInfo &asset : assets) {
        if (!asset.name.endsWith(ending)) {
            continue;
        }
        if (!best || rank(asset) < rank(*best) || (rank(asset) == rank(*best) && asset.name < best->name)) {
            best = asset;
        }
    }
    return best;
}

} // namespace rd
