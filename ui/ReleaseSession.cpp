#include "ReleaseSession.h"

#include "project/ArtifactNames.h"
#include "version/Version.h"

#include <QDir>

namespace rd::ui {

ReleaseSession::ReleaseSession(QObject *parent)
    : QObject(parent)
{ }

void ReleaseSession::setProject(const PythonProject &project)
{
    const bool another = !m_project || QDir(m_project->rootDir).canonicalPath() != QDir(project.rootDir).canonicalPath();
    m_project = project;
    if (another) {
        resetRun();
    }
    emit projectChanged();
}

void ReleaseSession::resetRun()
{
    m_releaseTag.reset();
    m_portableDistDir.clear();
    m_installerPath.clear();
    m_buildOutputs.clear();
    m_published.reset();
    m_releaseNotes.clear();
    emit runReset();
    emit artifactsChanged();
}

void ReleaseSession::setReleaseNotes(const QString &markdown)
{
    m_releaseNotes = markdown;
}

QStringList ReleaseSession::expectedAssetNames() const
{
    if (!m_project) {
        return {};
    }
    auto parsed = Version::parse(version());
    if (!parsed) {
        return {};
    }
    const ArtifactNames names = ArtifactNames::forProject(m_project->settings, m_project->name, *parsed);
    QStringList out = names.expand(m_project->settings.assetPatterns);
    out << names.windowsZip() << names.linuxTarball() << names.installer();
    out.removeDuplicates();
    return out;
}

void ReleaseSession::setReleaseTag(const QString &tag, const QString &version, bool prerelease, bool pushed)
{
    m_releaseTag = ReleaseTag { tag, version, prerelease, pushed };
    emit projectChanged();
}

void ReleaseSession::setPortableDistDir(const QString &dir)
{
    if (dir == m_portableDistDir) {
        return;
    }
    m_portableDistDir = dir;
    emit artifactsChanged();
}

void ReleaseSession::setInstallerPath(const QString &path)
{
    if (path == m_installerPath) {
        return;
    }
    m_installerPath = path;
    emit artifactsChanged();
}

void ReleaseSession::setBuildOutputs(const QStringList &files)
{
    if (files == m_buildOutputs) {
        return;
    }
    m_buildOutputs = files;
    emit artifactsChanged();
}

QStringList ReleaseSession::releaseAssets() const
{
    QStringList assets = m_buildOutputs;
    if (!m_installerPath.isEmpty() && !assets.contains(m_installerPath)) {
        assets << m_installerPath;
    }
    return assets;
}

void ReleaseSession::setPublishedRelease(const PublishedRelease &release)
{
    m_published = release;
    emit artifactsChanged();
}

void ReleaseSession::clearProject()
{
    m_project.reset();
    resetRun();
    emit projectChanged();
}

QString ReleaseSession::version() const
{
    if (!m_project) {
        return {};
    }
    if (m_releaseTag) {
        return m_releaseTag->version;
    }
    return m_project->version.isEmpty() ? m_project->initVersion : m_project->version;
}

QString ReleaseSession::title() const
{
    if (!m_project) {
        return {};
    }
    const QString v = version();
    return v.isEmpty() ? m_project->name : m_project->name + QLatin1Char(' ') + v;
}

} // namespace rd::ui
