#pragma once

#include "common/Error.h"

#include <QString>

namespace rd {

// Where a git remote points: the forge's web/API base URL and the repository on it.
// https://host/owner/repo.git, https://host:3000/sub/path/owner/repo, git@host:owner/repo.git and
// ssh://git@host:2222/owner/repo.git are understood; credentials in the URL are dropped.
struct RemoteUrl
{
    QString serverUrl; // https://host[:port][/subpath], no trailing slash
    QString host;
    QString owner;
    QString repo;
    bool ssh = false;

    QString fullName() const { return owner + QLatin1Char('/') + repo; }

    static Result<RemoteUrl> parse(const QString &url);
};

} // namespace rd
