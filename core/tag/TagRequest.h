#pragma once

#include "common/Error.h"
#include "project/PythonProject.h"
#include "version/Version.h"

#include <QJsonObject>
#include <QString>

namespace rd {

// A release tag to create (and maybe push): what the preflight checks and the plan acts on.
struct TagRequest
{
    QString tag; // "v0.8.0"
    Version version; // 0.8.0, what the tag reads as
    QString message; // the annotated tag's message ("tallyho v0.8.0")
    QString remote = QStringLiteral("origin");
    bool push = false;
    bool allowDetached = false; // tag a detached HEAD (CI checkouts)
    bool replaceExisting = false; // §14 option A: the tag may exist; it is deleted and re-created

    QJsonObject toJson() const;

    // The request for `text` (a tag such as "v0.8.0" or a version such as "0.8.0" / "0.8.0rc1"),
    // read with the project's tag prefix. InvalidInput when it is neither, or when the version
    // cannot be written as a tag (an epoch). The message defaults to "<project name> <tag>".
    static Result<TagRequest> forProject(const PythonProject &project, const QString &text);
};

} // namespace rd
