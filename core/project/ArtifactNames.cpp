#include "ArtifactNames.h"

#include "project/ProjectSettings.h"
#include "version/TagScheme.h"

#include <QRegularExpression>

namespace rd {

ArtifactNames::ArtifactNames(const QString &displayName, const QString &tagPrefix, const Version &version)
    : m_display(displayName.trimmed())
    , m_app(fileSafe(displayName))
    , m_tag(tagOf(version, tagPrefix))
    , m_version(version.toString())
{ }

ArtifactNames ArtifactNames::forProject(const ProjectSettings &settings, const QString &projectName, const Version &version)
{
    return ArtifactNames(settings.appDisplayName.isEmpty() ? projectName : settings.appDisplayName, settings.tagPrefix, version);
}

QString ArtifactNames::fileSafe(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._+-]+"));
    QString out = name.trimmed();
    out.replace(unsafe, QStringLiteral("-"));
    return out.isEmpty() ? QStringLiteral("App") : out;
}

QString ArtifactNames::tagOf(const Version &version, const QString &tagPrefix)
{
    if (auto scheme = TagScheme::withPrefix(tagPrefix)) {
        if (auto tag = scheme->tagFromVersion(version)) {
            return *tag;
        }
    }
    return QStringLiteral("v") + version.toString();
}

QString ArtifactNames::withSuffix(const QString &suffix) const
{
    return QStringLiteral("%1-%2-%3").arg(m_app, fileSafe(m_tag), suffix);
}

QString ArtifactNames::expand(const QString &pattern) const
{
    QString out = pattern;
    out.replace(QStringLiteral("{app}"), m_app)
        .replace(QStringLiteral("{tag}"), fileSafe(m_tag))
        .replace(QStringLiteral("{version}"), m_version);
    return out;
}

QStringList ArtifactNames::expand(const QStringList &patterns) const
{
    QStringList out;
    for (const QString &pattern : patterns) {
        out << expand(pattern);
    }
    return out;
}

QString ArtifactNames::title(const QString &pattern, const QString &releaseTag) const
{
    QString out = pattern.isEmpty() ? QStringLiteral("{app} {tag}") : pattern;
    out.replace(QStringLiteral("{app}"), m_display.isEmpty() ? m_app : m_display)
        .replace(QStringLiteral("{name}"), m_display)
        .replace(QStringLiteral("{tag}"), releaseTag.isEmpty() ? m_tag : releaseTag)
        .replace(QStringLiteral("{version}"), m_version);
    return out.trimmed();
}

bool ArtifactNames::isSideFile(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) || fileName == QStringLiteral("SHA256SUMS")
        || fileName.endsWith(QStringLiteral("-build-report.json")) || fileName.endsWith(QStringLiteral(".nsi"))
        || fileName.endsWith(QStringLiteral(".partial"));
}

bool ArtifactNames::isUpdateMetadata(const QString &fileName)
{
    return fileName == QStringLiteral("SHA256SUMS.sig") || fileName == QStringLiteral("rollout.json")
        || fileName == QStringLiteral("rollout.json.sig");
}

QString ArtifactNames::platformOf(const QString &fileName)
{
    if (fileName.endsWith(QStringLiteral("-setup.exe")) || fileName.endsWith(QStringLiteral(".msi"))) {
        return QStringLiteral("Windows installer");
    }
    if (fileName.endsWith(QStringLiteral("-win-x64.zip"))) {
        return QStringLiteral("Windows portable (zip)");
    }
    if (fileName.endsWith(QStringLiteral("-linux-x64.tar.gz"))) {
        return QStringLiteral("Linux x86-64 (tar.gz)");
    }
    if (fileName == QStringLiteral("SHA256SUMS")) {
        return QStringLiteral("Checksums");
    }
    if (fileName == QStringLiteral("SHA256SUMS.sig")) {
        return QStringLiteral("Checksum signature");
    }
    if (fileName == QStringLiteral("rollout.json") || fileName == QStringLiteral("rollout.json.sig")) {
        return QStringLiteral("Staged rollout");
    }
    return QStringLiteral("Other");
}

} // namespace rd
