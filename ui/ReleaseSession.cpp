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

void ReleaseSession::clearProject()
{
    m_project.reset();
    m_releaseTag.reset();
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
