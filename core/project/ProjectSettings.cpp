#include "ProjectSettings.h"

#include "project/TomlSupport.h"

#include <toml++/toml.h>

namespace rd {

namespace {

QString tomlQuote(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString tomlArray(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values) {
        quoted << tomlQuote(value);
    }
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

Result<ProjectSettings> ProjectSettings::parse(const QByteArray &text, const QString &pathForMessages)
{
    auto table = parseToml(text, pathForMessages);
    if (!table) {
        return std::unexpected(table.error());
    }
    const toml::table &root = *table;
    ProjectSettings settings;
    auto readString = [&root](const char *path, QString &target) {
        if (auto value = root.at_path(path).value<std::string>()) {
            target = QString::fromStdString(*value);
        }
    };
    auto readList = [&root](const char *path, QStringList &target) {
        if (const toml::array *array = root.at_path(path).as_array()) {
            target = stringList(*array);
        }
    };
    readString("app.display_name", settings.appDisplayName);
    readString("app.publisher", settings.publisher);
    readString("app.icon", settings.iconPath);
    readString("server.url", settings.serverUrl);
    readString("server.kind", settings.serverKind);
    readString("server.repo", settings.repository);
    readString("server.local_store", settings.localStorePath);
    readString("release.tag_prefix", settings.tagPrefix);
    readList("release.targets", settings.targets);
    readList("release.assets", settings.assetPatterns);
    readString("build.python_version", settings.pythonVersion);
    readList("build.extras", settings.extras);

    static const QStringList kinds { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") };
    if (!kinds.contains(settings.serverKind)) {
        return fail(Error::Code::ParseError, QStringLiteral("%1: server.kind is '%2'.").arg(pathForMessages, settings.serverKind),
            QStringLiteral("Use one of: gitea, github, local."));
    }
    return settings;
}

QByteArray ProjectSettings::toToml() const
{
    QStringList lines;
    lines << QStringLiteral("# ReleaseDesk settings for this project. Tokens are never stored here:")
          << QStringLiteral("# they live in the system keychain or come from RELEASEDESK_TOKEN / DEPLOY_TOKEN.") << QString()
          << QStringLiteral("[app]")
          << QStringLiteral("display_name = %1  # shown in installers and asset names").arg(tomlQuote(appDisplayName))
          << QStringLiteral("publisher = %1").arg(tomlQuote(publisher))
          << QStringLiteral("icon = %1  # .ico used by the installer and shortcuts").arg(tomlQuote(iconPath)) << QString()
          << QStringLiteral("[server]") << QStringLiteral("kind = %1  # gitea, github or local").arg(tomlQuote(serverKind))
          << QStringLiteral("url = %1").arg(tomlQuote(serverUrl))
          << QStringLiteral("repo = %1  # owner/name").arg(tomlQuote(repository))
          << QStringLiteral("local_store = %1  # folder of the local release store (kind = local)").arg(tomlQuote(localStorePath))
          << QString() << QStringLiteral("[release]") << QStringLiteral("tag_prefix = %1").arg(tomlQuote(tagPrefix))
          << QStringLiteral("targets = %1").arg(tomlArray(targets)) << QStringLiteral("assets = %1").arg(tomlArray(assetPatterns))
          << QString() << QStringLiteral("[build]")
          << QStringLiteral("python_version = %1  # embeddable Python for the Windows build").arg(tomlQuote(pythonVersion))
          << QStringLiteral("extras = %1").arg(tomlArray(extras)) << QString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace rd
