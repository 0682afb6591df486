#include "DockerSettings.h"

#include "project/TomlSupport.h"

namespace rd {

namespace {
QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

QStringList DockerSettings::toTomlLines() const
{
    return {
        QStringLiteral("[docker]"),
        QStringLiteral("enabled = %1  # true: a release also builds and pushes the image").arg(boolean(enabled)),
        QStringLiteral("dockerfile = %1").arg(tomlString(dockerfile)),
        QStringLiteral("context = %1  # the build context").arg(tomlString(context)),
        QStringLiteral("registry = %1  # HOST/OWNER; empty: the server's host and the repository's owner")
            .arg(tomlString(registry)),
        QStringLiteral("image = %1  # empty: the repository's name").arg(tomlString(image)),
        QStringLiteral("base_image = %1").arg(tomlString(baseImage)),
        QStringLiteral("system_packages = %1  # apt packages of the runtime stage").arg(tomlStringArray(systemPackages)),
        QStringLiteral("port = %1  # EXPOSEd port; 0: none").arg(port),
        QStringLiteral("health_url = %1  # HEALTHCHECK URL inside the container; empty: none").arg(tomlString(healthUrl)),
        QStringLiteral("command = %1  # CMD; empty: the project's first script").arg(tomlStringArray(command)),
        QStringLiteral("engine = %1  # docker or podman; empty: the one found").arg(tomlString(engine)),
        QStringLiteral("webhook_url = %1  # redeploy webhook; better: DOCKER_REDEPLOY_WEBHOOK_URL").arg(tomlString(webhookUrl)),
    };
}

QStringList CiSettings::toTomlLines() const
{
    return {
        QStringLiteral("[ci]"),
        QStringLiteral("runner = %1  # runs-on label of every generated job").arg(tomlString(runner)),
        QStringLiteral("branch = %1  # the branch test.yml watches; empty: the current branch").arg(tomlString(branch)),
        QStringLiteral("python_version = %1").arg(tomlString(pythonVersion)),
        QStringLiteral("isolated_venv = %1  # test in /tmp/venv (monorepos, persistent runners)").arg(boolean(isolatedVenv)),
        QStringLiteral("cli = %1  # how runners get releasedesk-cli: deb or container").arg(tomlString(cli)),
        QStringLiteral("cli_url = %1  # the .deb's URL (cli = deb) or the image (cli = container)").arg(tomlString(cliUrl)),
    };
}

} // namespace rd
