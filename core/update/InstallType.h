#pragma once

#include "forge/AssetInfo.h"

#include <QString>

#include <optional>

namespace rd {

// How an app was installed, which decides how it can update itself (guide §11.4; PROTOCOL.md).
enum class InstallType { Installer, PortableWindows, PortableLinux, Docker, Dev };

// "installer", "portable-windows", "portable-linux", "docker", "dev".
QString installTypeName(InstallType type);
std::optional<InstallType> installTypeFromName(const QString &name);
// "Windows installer", for people.
QString installTypeTitle(InstallType type);

// What a folder's markers say, in the order of PROTOCOL.md: uninstall.exe (any case), then
// python/python.exe, then venv/ with run.sh, then the container marker (`dockerenv`, /.dockerenv
// unless a test names another), else dev.
InstallType detectInstallType(const QString &installDir, const QString &dockerenv = QStringLiteral("/.dockerenv"));

// The installed version: the first line of the folder's VERSION file; empty when there is none.
QString installedVersion(const QString &installDir);

// The artifact suffix an install type updates from ("linux-x64.tar.gz"); empty for docker/dev,
// which never download. The same suffixes ArtifactNames gives the builds.
QString assetSuffixFor(InstallType type);
bool canSelfUpdate(InstallType type);

// The asset an install type takes from a release: names ending in "-" + suffix; among several,
// one naming the tag ("-<tag>-"), then the alphabetically first.
std::optional<AssetInfo> matchAsset(const AssetList &assets, InstallType type, const QString &tag);

} // namespace rd
