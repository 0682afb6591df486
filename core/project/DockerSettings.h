#pragma once

#include <QString>
#include <QStringList>

namespace rd {

// The [docker] table of releasedesk.toml: the container image of the app (guide §7).
//
//   [docker]
//   enabled = false              # true: a release also builds and pushes the image
//   dockerfile = "Dockerfile"    # relative to the project
//   context = "."                # the build context
//   registry = ""                # HOST/OWNER; empty: the server's host and the repository's owner
//   image = ""                   # the image's name; empty: the repository's name
//   base_image = "python:3.11-slim"
//   system_packages = []         # apt packages of the runtime stage
//   port = 0                     # EXPOSEd; 0: none
//   health_url = ""              # HEALTHCHECK URL inside the container; empty: none
//   command = []                 # CMD; empty: the project's first script, else python -m <package>
//   engine = ""                  # docker | podman; empty: the one found on the machine
//   webhook_url = ""             # redeploy webhook (Portainer...); also DOCKER_REDEPLOY_WEBHOOK_URL
struct DockerSettings
{
    bool enabled = false;
    QString dockerfile = QStringLiteral("Dockerfile");
    QString context = QStringLiteral(".");
    QString registry;
    QString image;
    QString baseImage = QStringLiteral("python:3.11-slim");
    QStringList systemPackages;
    int port = 0;
    QString healthUrl;
    QStringList command;
    QString engine;
    QString webhookUrl;

    QStringList toTomlLines() const;
};

// The [ci] table: the workflows ReleaseDesk generates for Gitea Actions (or GitHub Actions).
//
//   [ci]
//   runner = "ubuntu-latest"     # runs-on label of every job
//   branch = ""                  # the branch test.yml watches; empty: the current branch
//   python_version = "3.11"
//   isolated_venv = false        # true: test in /tmp/venv (monorepos, persistent runners, §1.1)
//   cli = "deb"                  # how a runner gets releasedesk-cli: deb | container
//   cli_url = ""                 # where the .deb (or the image) comes from
struct CiSettings
{
    QString runner = QStringLiteral("ubuntu-latest");
    QString branch;
    QString pythonVersion = QStringLiteral("3.11");
    bool isolatedVenv = false;
    QString cli = QStringLiteral("deb");
    QString cliUrl;

    QStringList toTomlLines() const;
};

} // namespace rd
