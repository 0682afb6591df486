#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// One commit as the notes draft reads it.
struct HistoryCommit
{
    QString sha;
    QString subject;
    QString body;
    int parents = 1;
    bool operator==(const HistoryCommit &) const = default;
};

// The release notes: drafted from git history, and the release body as it will be published.
class ReleaseNotes final
{
public:
    // The newest tag of the scheme (prefix) reachable from HEAD that is neither `currentTag` nor on
    // HEAD itself: where "since the previous release" starts. Empty when there is none.
    static Result<QString> previousTag(const QString &projectDir, const QString &tagPrefix, const QString &currentTag = {});
    // Commits in since..HEAD (all of HEAD's history when since is empty), newest first.
    static Result<QList<HistoryCommit>> history(const QString &projectDir, const QString &since);
    // Markdown from commits: conventional-commit groups (Breaking changes, Features, Bug fixes,
    // Performance, Documentation, Other changes) when at least half the commits use that form,
    // else a plain list. Merge commits and release commits ("Release v1.2", "Bump version to
    // 1.2", "chore(release): ...") are left out.
    static QString draft(const QList<HistoryCommit> &commits, const QString &since);
    static bool isReleaseCommit(const QString &subject);

    // The file's text, or empty when the file does not exist.
    static Result<QString> readNotesFile(const QString &path);
};

// A file on the release, for the Downloads table.
struct DownloadEntry
{
    QString name;
    QString url; // empty: the name alone
    bool operator==(const DownloadEntry &) const = default;
};

// The body of a release: the notes, then a generated "## Downloads" table (platform -> file)
// from the files the plan actually publishes, then the Docker pull lines when images are set.
struct ReleaseBody
{
    QString notes;
    QList<DownloadEntry> downloads;
    QStringList dockerImages; // "registry/owner/app:1.2.3"

    QString toMarkdown() const;
    // The download URL of a release file on a forge: {server}/{owner}/{repo}/releases/download/{tag}/{name}.
    static QString downloadUrl(const QString &serverUrl, const QString &repository, const QString &tag, const QString &name);
    bool operator==(const ReleaseBody &) const = default;
};

} // namespace rd
