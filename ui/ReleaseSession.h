#pragma once

#include "project/PythonProject.h"

#include <QObject>

#include <optional>

namespace rd {
class SecretStore;
}

namespace rd::ui {

// The state the wizard pages share: the open project (and, as pages arrive, the resolved
// version, the build outputs, the release). Handed to pages, never read from their labels.
class ReleaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseSession(QObject *parent = nullptr);

    bool hasProject() const { return m_project.has_value(); }
    const PythonProject &project() const { return *m_project; }
    // Opening another project starts a fresh release: the tag, the build outputs, the installer,
    // the notes and the published release of the one before are forgotten (runReset()). The same
    // project read again (after stamping) keeps them.
    void setProject(const PythonProject &project);
    void clearProject();

    // "tallyho 0.7.2" for the title bar; empty without a project.
    QString title() const;
    QString version() const;

    // The release being made, once its tag exists (Version & tag page).
    struct ReleaseTag
    {
        QString tag;
        QString version;
        bool prerelease = false;
        bool pushed = false;
    };
    void setReleaseTag(const QString &tag, const QString &version, bool prerelease, bool pushed);
    const std::optional<ReleaseTag> &releaseTag() const { return m_releaseTag; }

    // Where passwords and tokens come from (owned by the application; may be null in tests).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    SecretStore *secretStore() const { return m_secrets; }

    // The portable Windows build ({App} folder) the Build page produced; the Installer page packages it.
    QString portableDistDir() const { return m_portableDistDir; }
    void setPortableDistDir(const QString &dir);
    // The installer the Installer page built (empty until then).
    QString installerPath() const { return m_installerPath; }
    void setInstallerPath(const QString &path);
    // The archives the Build page wrote ({App}-v{version}-win-x64.zip, …-linux-x64.tar.gz).
    QStringList buildOutputs() const { return m_buildOutputs; }
    void setBuildOutputs(const QStringList &files);
    // Every file the Publish page should upload: the build outputs, then the installer.
    QStringList releaseAssets() const;

    // What the Publish page published (for the Summary).
    struct PublishedRelease
    {
        QString tag;
        QString where; // "Gitea http://host alice/tallyho"
        QString url; // the release's web page, when the server has one
        QString cliLine; // the equivalent releasedesk-cli command
        bool draft = false;
        int uploaded = 0;
        int kept = 0;
    };
    void setPublishedRelease(const PublishedRelease &release);
    // The release notes (Markdown) the Release notes page edits; the release body is built from them.
    QString releaseNotes() const { return m_releaseNotes; }
    void setReleaseNotes(const QString &markdown);
    // The names this release's files may have (ArtifactNames of the project and version).
    QStringList expectedAssetNames() const;
    const std::optional<PublishedRelease> &publishedRelease() const { return m_published; }

signals:
    void projectChanged();
    // A line for the log drawer: source ("git", "pip"...) and text.
    void logLine(const QString &source, const QString &line);
    // The build outputs changed (portable build folder, installer).
    void artifactsChanged();
    // Another project was opened: pages forget what they did for the previous one.
    void runReset();

private:
    std::optional<PythonProject> m_project;
    std::optional<ReleaseTag> m_releaseTag;
    SecretStore *m_secrets = nullptr;
    QString m_portableDistDir;
    QString m_installerPath;
    QStringList m_buildOutputs;
    std::optional<PublishedRelease> m_published;
    QString m_releaseNotes;
    void resetRun();
};

} // namespace rd::ui
