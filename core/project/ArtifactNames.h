#pragma once

#include "version/Version.h"

#include <QString>
#include <QStringList>

namespace rd {

struct ProjectSettings;

// The one place where release file names come from: the builds, the installer, the release plan,
// the Inspector's expected files, the release title and the Downloads table all ask here, so a
// pre-release is spelled the same everywhere. A name is "{app}-{tag}-{suffix}":
//   {app}      the display name made file-safe (runs of anything but A-Z a-z 0-9 . _ + - become
//              one '-', so no space, quote or '$' reaches a URL, a shell or makensis)
//   {tag}      the version written with the project's tag scheme: 0.3.0a1 -> v0.3.0-alpha.1
//   {version}  the normalised PEP 440 version: 0.3.0a1
class ArtifactNames final
{
public:
    ArtifactNames(const QString &displayName, const QString &tagPrefix, const Version &version);
    static ArtifactNames forProject(const ProjectSettings &settings, const QString &projectName, const Version &version);

    static QString fileSafe(const QString &name);
    // The tag of a version with a prefix ("v" + the PEP 440 string when the scheme cannot write it).
    static QString tagOf(const Version &version, const QString &tagPrefix);

    QString app() const { return m_app; }
    QString tag() const { return m_tag; }
    QString version() const { return m_version; }

    // "Tallyho-v0.3.0-alpha.1-win-x64.zip" for "win-x64.zip".
    QString withSuffix(const QString &suffix) const;
    // The suffixes each target's file ends with; the update engine matches assets by them.
    static QString windowsZipSuffix() { return QStringLiteral("win-x64.zip"); }
    static QString linuxTarballSuffix() { return QStringLiteral("linux-x64.tar.gz"); }
    static QString installerSuffix() { return QStringLiteral("setup.exe"); }
    QString windowsZip() const { return withSuffix(windowsZipSuffix()); }
    QString linuxTarball() const { return withSuffix(linuxTarballSuffix()); }
    QString installer() const { return withSuffix(installerSuffix()); }
    QString buildReport() const { return withSuffix(QStringLiteral("build-report.json")); }
    // A pattern of releasedesk.toml's [release] assets ("{app}-{tag}-setup.exe") filled in.
    QString expand(const QString &pattern) const;
    QStringList expand(const QStringList &patterns) const;
    // The release title from a pattern such as "{app} {tag}" ({app}: the display name as is;
    // {tag}: the release's tag as given, else the scheme's spelling).
    QString title(const QString &pattern, const QString &releaseTag = {}) const;
    // A file a build leaves beside the artifacts that is not a release file: the build report,
    // installer.nsi, a local SHA256SUMS (the release's own is computed over what it holds),
    // half-written ".partial" files and hidden files (the run journal).
    static bool isSideFile(const QString &fileName);
    // Update metadata published beside SHA256SUMS and not listed in it: SHA256SUMS.sig,
    // rollout.json and rollout.json.sig (core/update/PROTOCOL.md).
    static bool isUpdateMetadata(const QString &fileName);
    // Which target an artifact belongs to, for the Downloads table ("Windows installer"...).
    static QString platformOf(const QString &fileName);

private:
    QString m_display;
    QString m_app;
    QString m_tag;
    QString m_version;
};

} // namespace rd
