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

void ReleaseSession::clearProject()
{
    m_project.reset();
    emit projectChanged();
}

QString ReleaseSession::version() const
{
    if (!m_project) {
        return {};
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
