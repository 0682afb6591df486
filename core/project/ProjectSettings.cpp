#include "ProjectSettings.h"

#include "project/TomlSupport.h"

#include <QCoreApplication>

#include <toml++/toml.h>

namespace rd {

namespace {

// [installer]: booleans are accepted for the two optional components (true = checked, false = absent).
Status parseInstallerTable(const toml::table &root, const QString &pathForMessages, InstallerSettings &installer)
{
    auto invalid = [&pathForMessages](const char *key, const QString &value, const QString &allowed) {
        return fail(Error::Code::ParseError,
            QStringLiteral("%1: installer.%2 is '%3'.").arg(pathForMessages, QString::fromLatin1(key), value),
            QCoreApplication::translate("core", "Use one of: %1.").arg(allowed));
    };
    const toml::node_view<const toml::node> table = root["installer"];
    for (auto [key, target] : { std::pair { "desktop_shortcut", &installer.desktopShortcut },
             std::pair { "start_with_windows", &installer.startWithWindows } }) {
        const auto node = table[key];
        if (auto flag = node.value_exact<bool>()) {
            *target = *flag ? InstallerSettings::Option::Checked : InstallerSettings::Option::Absent;
        } else if (auto text = node.value_exact<std::string>()) {
            auto option = InstallerSettings::optionFromName(QString::fromStdString(*text));
            if (!option) {
                return invalid(key, QString::fromStdString(*text), QStringLiteral("checked, unchecked, absent, true, false"));
            }
            *target = *option;
        }
    }
    if (auto text = table["compressor"].value_exact<std::string>()) {
        auto compressor = InstallerSettings::compressorFromName(QString::fromStdString(*text));
        if (!compressor) {
            return invalid("compressor", QString::fromStdString(*text), QStringLiteral("lzma, bzip2, zlib"));
        }
        installer.compressor = *compressor;
    }
    for (auto [key, target, maximum] : { std::tuple { "web_ui_delay", &installer.webUiDelaySeconds, 120 },
             std::tuple { "running_wait", &installer.runningWaitSeconds, 600 } }) {
        if (auto seconds = table[key].value_exact<int64_t>()) {
            if (*seconds < 0 || *seconds > maximum) {
                return invalid(key, QString::number(*seconds), QStringLiteral("a number of seconds from 0 to %1").arg(maximum));
            }
            *target = int(*seconds);
        }
    }
    for (auto [key, target] :
        { std::pair { "web_ui_url", &installer.webUiUrl }, std::pair { "signing_certificate", &installer.signingCertificate },
            std::pair { "timestamp_url", &installer.timestampUrl } }) {
        if (auto text = table[key].value_exact<std::string>()) {
            *target = QString::fromStdString(*text).trimmed();
        }
    }
    return {};
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
    readList("release.prepare", settings.prepareCommands);
    readString("release.notes_file", settings.notesFile);
    readString("release.title", settings.releaseTitle);
    if (auto draftFirst = root.at_path("release.draft_first").value_exact<bool>()) {
        settings.draftFirst = *draftFirst;
    }
    readString("build.python_version", settings.pythonVersion);
    readList("build.extras", settings.extras);

    if (auto build = BuildSettings::fromToml(text, pathForMessages); build) {
        settings.build = *build;
    } else {
        return std::unexpected(build.error());
    }
    if (auto installer = parseInstallerTable(root, pathForMessages, settings.installer); !installer) {
        return std::unexpected(installer.error());
    }

    auto &docker = settings.docker;
    if (auto enabled = root.at_path("docker.enabled").value_exact<bool>()) {
        docker.enabled = *enabled;
    }
    readString("docker.dockerfile", docker.dockerfile);
    readString("docker.context", docker.context);
    readString("docker.registry", docker.registry);
    readString("docker.image", docker.image);
    readString("docker.base_image", docker.baseImage);
    readList("docker.system_packages", docker.systemPackages);
    readString("docker.health_url", docker.healthUrl);
    readList("docker.command", docker.command);
    readString("docker.engine", docker.engine);
    readString("docker.webhook_url", docker.webhookUrl);
    if (auto port = root.at_path("docker.port").value_exact<int64_t>()) {
        if (*port < 0 || *port > 65535) {
            return fail(Error::Code::ParseError,
                QCoreApplication::translate("core", "%1: docker.port is %2.").arg(pathForMessages).arg(*port),
                QCoreApplication::translate("core", "Use a port from 1 to 65535, or 0 for none."));
        }
        docker.port = int(*port);
    }
    if (!docker.engine.isEmpty() && docker.engine != QStringLiteral("docker") && docker.engine != QStringLiteral("podman")) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1: docker.engine is '%2'.").arg(pathForMessages, docker.engine),
            QCoreApplication::translate("core", "Use docker or podman, or leave it empty to use the one found."));
    }
    auto &ci = settings.ci;
    readString("ci.runner", ci.runner);
    readString("ci.branch", ci.branch);
    readString("ci.python_version", ci.pythonVersion);
    readString("ci.cli", ci.cli);
    readString("ci.cli_url", ci.cliUrl);
    if (auto isolated = root.at_path("ci.isolated_venv").value_exact<bool>()) {
        ci.isolatedVenv = *isolated;
    }
    if (ci.cli != QStringLiteral("deb") && ci.cli != QStringLiteral("container")) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1: ci.cli is '%2'.").arg(pathForMessages, ci.cli),
            QCoreApplication::translate("core", "Use deb or container."));
    }

    static const QStringList kinds { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") };
    if (!kinds.contains(settings.serverKind)) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1: server.kind is '%2'.").arg(pathForMessages, settings.serverKind),
            QCoreApplication::translate("core", "Use one of: gitea, github, local."));
    }
    return settings;
}

QByteArray ProjectSettings::toToml() const
{
    QStringList lines;
    lines
        << QStringLiteral("# ReleaseDesk settings for this project. Tokens are never stored here:")
        << QStringLiteral("# they live in the system keychain or come from RELEASEDESK_TOKEN / DEPLOY_TOKEN.") << QString()
        << QStringLiteral("[app]")
        << QStringLiteral("display_name = %1  # shown in installers and asset names").arg(tomlString(appDisplayName))
        << QStringLiteral("publisher = %1").arg(tomlString(publisher))
        << QStringLiteral("icon = %1  # .ico used by the installer and shortcuts").arg(tomlString(iconPath)) << QString()
        << QStringLiteral("[server]") << QStringLiteral("kind = %1  # gitea, github or local").arg(tomlString(serverKind))
        << QStringLiteral("url = %1").arg(tomlString(serverUrl))
        << QStringLiteral("repo = %1  # owner/name").arg(tomlString(repository))
        << QStringLiteral("local_store = %1  # folder of the local release store (kind = local)").arg(tomlString(localStorePath))
        << QString() << QStringLiteral("[release]") << QStringLiteral("tag_prefix = %1").arg(tomlString(tagPrefix))
        << QStringLiteral("targets = %1").arg(tomlStringArray(targets))
        << QStringLiteral("assets = %1").arg(tomlStringArray(assetPatterns))
        << QStringLiteral("prepare = %1  # commands run in the project before the builds, e.g. [\"npm ci\", \"npm run build\"]")
               .arg(tomlStringArray(prepareCommands))
        << QStringLiteral("notes_file = %1  # the release notes (Markdown)").arg(tomlString(notesFile))
        << QStringLiteral("title = %1  # the release's title: {app}, {tag}, {version}").arg(tomlString(releaseTitle))
        << QStringLiteral("draft_first = %1  # create a draft, upload, verify, then publish")
               .arg(draftFirst ? QStringLiteral("true") : QStringLiteral("false"))
        << QString() << QStringLiteral("[build]")
        << QStringLiteral("python_version = %1  # embeddable Python for the Windows build").arg(tomlString(pythonVersion))
        << QStringLiteral("extras = %1").arg(tomlStringArray(extras));
    lines << build.toTomlLines() << QString();
    lines << QStringLiteral("[installer]")
          << QStringLiteral("desktop_shortcut = %1  # checked, unchecked or absent")
                 .arg(tomlString(InstallerSettings::optionName(installer.desktopShortcut)))
          << QStringLiteral("start_with_windows = %1  # checked, unchecked or absent")
                 .arg(tomlString(InstallerSettings::optionName(installer.startWithWindows)))
          << QStringLiteral("web_ui_url = %1  # opened after \"Launch\" on the finish page; empty: none")
                 .arg(tomlString(installer.webUiUrl))
          << QStringLiteral("web_ui_delay = %1  # seconds between starting the app and opening web_ui_url")
                 .arg(installer.webUiDelaySeconds)
          << QStringLiteral(
                 "compressor = %1  # bzip2 (default: about 7x faster than lzma, ~4% larger), lzma (smallest, slowest) or zlib")
                 .arg(tomlString(InstallerSettings::compressorName(installer.compressor)))
          << QStringLiteral("running_wait = %1  # silent install: seconds to wait for a running app to quit")
                 .arg(installer.runningWaitSeconds)
          << QStringLiteral(
                 "signing_certificate = %1  # PKCS#12 (.pfx/.p12); password from RELEASEDESK_SIGN_PASSWORD or the keychain")
                 .arg(tomlString(installer.signingCertificate))
          << QStringLiteral("timestamp_url = %1  # RFC 3161 time-stamping server; empty: none")
                 .arg(tomlString(installer.timestampUrl))
          << QString();
    lines << docker.toTomlLines() << QString() << ci.toTomlLines() << QString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace rd
