#pragma once

#include "common/Error.h"
#include "docker/ContainerEngine.h"
#include "project/PythonProject.h"
#include "version/Version.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rd {

// What the user asks of the Docker step: `docker plan|build|push`, or the release run.
struct DockerImageRequest
{
    Version version;
    QString tag; // the release's tag (v1.2.3-rc.1); empty: from the version and the tag prefix
    QString registry; // HOST/OWNER; empty: [docker] registry, else from the server (guide §7)
    QString engine; // docker | podman; empty: [docker] engine, else the one found
    QString serverUrl; // default [server] url
    QString repository; // owner/name; default [server] repo
    QString loginUser; // empty: GITEA_ACTOR / GITHUB_ACTOR, else the repository's owner
    QMap<QString, QString> buildArguments; // more --build-arg (PIP_INDEX_URL, PIP_FIND_LINKS...)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// One engine command of the plan, as it will run (the token goes to stdin, never here).
struct DockerCommand
{
    QString title;
    QStringList arguments; // after the program
    bool tokenOnStdin = false;
};

// The image of a release as a printable plan: the engine, the Dockerfile, the tags (vX.Y.Z,
// X.Y.Z, and latest only for a stable version), and the exact build, login and push commands.
// Built without an engine too (plan mode): the commands are then what to run elsewhere.
struct DockerPlan
{
    ContainerEngine engine;
    bool engineFound = false;
    QString engineProblem; // why none was found (plan mode)
    QString projectDir;
    QString dockerfile; // absolute
    bool dockerfileExists = false; // false: the plan shows what to run once `docker init` wrote it
    QString context; // absolute
    QString registryHost; // 127.0.0.1:3000
    QString repository; // 127.0.0.1:3000/owner/app (no tag)
    QStringList tags; // v1.2.3, 1.2.3, latest
    bool tlsVerify = true;
    QString loginUser;
    QString version; // PEP 440: the APP_VERSION build argument and the version label
    QMap<QString, QString> buildArguments;
    QStringList notes;

    QStringList references() const; // repository:tag for each tag
    QString pullLine() const; // "docker pull <repository>:<tag>"
    QStringList pullLines() const;
    DockerCommand buildCommand() const;
    // authPath: podman's --authfile, docker's --config folder (a temporary one, removed after).
    DockerCommand loginCommand(const QString &authPath) const;
    QList<DockerCommand> pushCommands(const QString &authPath) const;
    QString commandLine(const DockerCommand &command) const;
    QString toText() const;
    QJsonObject toJson() const;

    static Result<DockerPlan> make(const PythonProject &project, const DockerImageRequest &request);
    // "HOST/OWNER" of a server (guide §7: {gitea-host}/{owner}/{repo}); github.com -> ghcr.io.
    static QString registryFor(const QString &serverUrl, const QString &owner);
    // Docker tags of a release: the tag, the version without the prefix, latest when stable.
    static QStringList tagsFor(const QString &tag, const QString &tagPrefix, bool prerelease);
};

} // namespace rd
