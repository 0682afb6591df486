#include "ReleaseSession.h"

namespace rd::ui {

ReleaseSession::ReleaseSession(QObject *parent)
    : QObject(parent)
{ }

void ReleaseSession::setProject(const PythonProject &project)
{
    m_project = project;
    emit projectChanged();
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
    m_releaseTag.reset();
    m_portableDistDir.clear();
    m_installerPath.clear();
    m_buildOutputs.clear();
    m_published.reset();
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
