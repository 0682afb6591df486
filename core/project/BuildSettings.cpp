#include "BuildSettings.h"

#include "project/TomlSupport.h"

#include <QCoreApplication>

namespace rd {

namespace {

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

Result<BuildSettings> BuildSettings::fromToml(const QByteArray &text, const QString &pathForMessages)
{
    auto parsed = parseToml(text, pathForMessages);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    BuildSettings settings;
    const toml::table &root = *parsed;
    const toml::node_view<const toml::node> build = root["build"];
    if (!build) {
        return settings;
    }
    auto wrongType = [&pathForMessages](const char *key, const char *type) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1: build.%2 must be %3.")
                .arg(pathForMessages, QString::fromLatin1(key), QString::fromLatin1(type)));
    };
    for (auto [key, target] : { std::pair { "python_base_url", &settings.pythonBaseUrl },
             std::pair { "python_sha256", &settings.pythonSha256 }, std::pair { "python_zip", &settings.pythonZip },
             std::pair { "index_url", &settings.indexUrl }, std::pair { "constraints_file", &settings.constraintsFile },
             std::pair { "entry_module", &settings.entryModule }, std::pair { "host_python", &settings.hostPython },
             std::pair { "linux_python", &settings.linuxPython }, std::pair { "service_name", &settings.serviceName } }) {
        const auto node = build[key];
        if (!node) {
            continue;
        }
        auto value = node.value_exact<std::string>();
        if (!value) {
            return wrongType(key, "a string");
        }
        *target = QString::fromStdString(*value).trimmed();
    }
    for (auto [key, target] : { std::pair { "extra_index_urls", &settings.extraIndexUrls },
             std::pair { "find_links", &settings.findLinks }, std::pair { "constraints", &settings.constraints },
             std::pair { "app_files", &settings.appFiles }, std::pair { "trim_disable", &settings.trimDisable } }) {
        const auto node = build[key];
        if (!node) {
            continue;
        }
        const toml::array *list = node.as_array();
        if (!list) {
            return wrongType(key, "a list of strings");
        }
        *target = stringList(*list);
    }
    for (auto [key, target] : { std::pair { "no_index", &settings.noIndex }, std::pair { "tkinter", &settings.tkinter },
             std::pair { "strip_binaries", &settings.stripBinaries }, std::pair { "compile_bytecode", &settings.compileBytecode },
             std::pair { "trim_defaults", &settings.trimDefaults } }) {
        const auto node = build[key];
        if (!node) {
            continue;
        }
        auto flag = node.value_exact<bool>();
        if (!flag) {
            return wrongType(key, "true or false");
        }
        *target = *flag;
    }
    if (const auto trim = build["trim"]) {
        const toml::array *rules = trim.as_array();
        if (!rules) {
            return wrongType("trim", "a list of tables ([[build.trim]])");
        }
        for (const toml::node &node : *rules) {
            const toml::table *table = node.as_table();
            if (!table) {
                return wrongType("trim", "a list of tables ([[build.trim]])");
            }
            TrimRuleSetting rule;
            const toml::node_view<const toml::node> view { *table };
            rule.name = QString::fromStdString(view["name"].value_or(std::string()));
            rule.description = QString::fromStdString(view["description"].value_or(std::string()));
            if (const toml::array *paths = view["paths"].as_array()) {
                rule.paths = stringList(*paths);
            }
            if (const toml::array *keep = view["keep"].as_array()) {
                rule.keep = stringList(*keep);
            }
            if (const toml::array *targets = view["targets"].as_array()) {
                rule.targets = stringList(*targets);
            }
            rule.enabled = view["enabled"].value_or(true);
            if (rule.name.isEmpty() || rule.paths.isEmpty()) {
                return fail(Error::Code::ParseError,
                    QCoreApplication::translate("core", "%1: every [[build.trim]] needs a name and paths.").arg(pathForMessages),
                    QCoreApplication::translate("core", "Example: name = \"docs\", paths = [\"**/docs\"]."));
            }
            settings.trimRules.append(rule);
        }
    }
    return settings;
}

QStringList BuildSettings::toTomlLines() const
{
    QStringList lines;
    lines << QStringLiteral("python_base_url = %1  # {base}/{version}/python-{version}-embed-amd64.zip")
                 .arg(tomlString(pythonBaseUrl))
          << QStringLiteral("python_sha256 = %1  # checked when set").arg(tomlString(pythonSha256))
          << QStringLiteral("python_zip = %1  # a local embeddable zip instead of downloading").arg(tomlString(pythonZip))
          << QStringLiteral("index_url = %1  # pip --index-url (a mirror); empty: pip's default").arg(tomlString(indexUrl))
          << QStringLiteral("extra_index_urls = %1").arg(tomlStringArray(extraIndexUrls))
          << QStringLiteral("find_links = %1  # wheel folders or URLs (offline use)").arg(tomlStringArray(findLinks))
          << QStringLiteral("no_index = %1  # true: find_links only").arg(boolean(noIndex))
          << QStringLiteral("constraints_file = %1  # pip -c; every downloaded wheel is checked against it")
                 .arg(tomlString(constraintsFile))
          << QStringLiteral("constraints = %1  # more pins, e.g. [\"numpy>=1.24,<2\"]").arg(tomlStringArray(constraints))
          << QStringLiteral("entry_module = %1  # python -m <module>; empty: the package").arg(tomlString(entryModule))
          << QStringLiteral("app_files = %1  # more files or folders copied next to the app").arg(tomlStringArray(appFiles))
          << QStringLiteral("tkinter = %1  # add tkinter from the official MSIs (msiextract)").arg(boolean(tkinter))
          << QStringLiteral("strip_binaries = %1  # strip debug info from .pyd/.dll").arg(boolean(stripBinaries))
          << QStringLiteral("compile_bytecode = %1  # ship .pyc only (compileall -b first)").arg(boolean(compileBytecode))
          << QStringLiteral("host_python = %1  # runs pip and compileall; empty: python3").arg(tomlString(hostPython))
          << QStringLiteral("linux_python = %1  # the Linux venv's interpreter; empty: /usr/bin/python3")
                 .arg(tomlString(linuxPython))
          << QStringLiteral("service_name = %1  # systemd unit; empty: the package name").arg(tomlString(serviceName))
          << QStringLiteral("trim_defaults = %1  # the built-in trim rules").arg(boolean(trimDefaults))
          << QStringLiteral("trim_disable = %1  # built-in rules to skip").arg(tomlStringArray(trimDisable));
    for (const TrimRuleSetting &rule : trimRules) {
        lines << QString() << QStringLiteral("[[build.trim]]") << QStringLiteral("name = %1").arg(tomlString(rule.name));
        if (!rule.description.isEmpty()) {
            lines << QStringLiteral("description = %1").arg(tomlString(rule.description));
        }
        lines << QStringLiteral("paths = %1").arg(tomlStringArray(rule.paths));
        if (!rule.keep.isEmpty()) {
            lines << QStringLiteral("keep = %1").arg(tomlStringArray(rule.keep));
        }
        if (!rule.targets.isEmpty()) {
            lines << QStringLiteral("targets = %1").arg(tomlStringArray(rule.targets));
        }
        if (!rule.enabled) {
            lines << QStringLiteral("enabled = false");
        }
    }
    return lines;
}

} // namespace rd
