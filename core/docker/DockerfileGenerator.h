#pragma once

#include "project/PythonProject.h"

#include <QString>

namespace rd {

// What the generated Dockerfile is made of, read from the project (and [docker]).
struct DockerfileInputs
{
    QString appName; // display name, for the title label
    QString distribution; // [project] name, what pip installs
    QStringList extras;
    QString description;
    QString sourceUrl; // org.opencontainers.image.source: the repository's web page
    bool frontend = false; // package.json with a "build" script: an npm stage
    bool frontendLockFile = false; // package-lock.json present: npm ci, else npm install
    QString pyprojectVersionFile = QStringLiteral("pyproject.toml"); // stamped when the version is static
    bool versionIsDynamic = false; // stamped through SETUPTOOLS_SCM_PRETEND_VERSION instead
    QString initFile; // the package's __init__.py holding __version__ (relative), or empty
    QString baseImage;
    QStringList systemPackages;
    int port = 0;
    QString healthUrl;
    QStringList command;

    static DockerfileInputs fromProject(const PythonProject &project);
};

// The multi-stage Dockerfile of guide §7, done so that it works on a slim base image:
//  - an optional `frontend` stage (node; npm ci && npm run build) whose tree feeds the wheels;
//  - a `wheels` stage that stamps ARG APP_VERSION into pyproject.toml (and __version__) before
//    pip builds the project's wheel and its dependencies' (mirrors through PIP_* build args);
//  - a runtime stage from the same ARG BASE_IMAGE: wheels installed offline, a non-root user,
//    OCI labels (version, source, title, revision), EXPOSE, a HEALTHCHECK that uses python
//    (slim images have no curl) and the CMD.
class DockerfileGenerator final
{
public:
    static QString generate(const DockerfileInputs &inputs);
    static QString generate(const PythonProject &project) { return generate(DockerfileInputs::fromProject(project)); }
    // The .dockerignore written beside it: build outputs and caches stay out of the context.
    static QString dockerignore();
};

} // namespace rd
