#pragma once

#include "common/Error.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rd {

// The container engine on this machine: docker when its daemon answers, else podman (no daemon;
// as root it builds with --storage-driver vfs and --isolation chroot, which work without one).
struct ContainerEngine
{
    QString name; // "docker" | "podman"
    QString program; // absolute path
    QStringList globalArguments; // before the subcommand: podman --storage-driver vfs
    QStringList buildArguments; // after "build": --isolation chroot --format docker

    bool isPodman() const { return name == QStringLiteral("podman"); }
    // The command line of `engine <arguments>` with the global arguments in place.
    QStringList arguments(const QStringList &subcommand) const { return globalArguments + subcommand; }

    // wanted: "docker", "podman" or empty for the first that works. RELEASEDESK_PODMAN_ARGS adds
    // global podman arguments (a separate storage root for tests: --root DIR --runroot DIR).
    static Result<ContainerEngine> find(const QString &wanted, const QProcessEnvironment &environment);
    // The engine a plan names when none is installed (plan mode).
    static ContainerEngine planOnly(const QString &wanted);
};

} // namespace rd
