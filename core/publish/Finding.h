#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

// One thing the Inspector noticed about a release.
struct Finding
{
    enum class Kind {
        Draft, // nobody but writers sees it
        Prerelease,
        MissingAsset, // an expected file (naming pattern or local build) is not there
        DuplicateName, // two or more assets share a name (Gitea accepts that silently)
        ZeroSize,
        SizeMismatch, // size differs from the local file, or from the bytes the server sends
        ChecksumMismatch, // SHA256SUMS, the local file and the asset's bytes disagree
        NoChecksums, // assets but no SHA256SUMS
        NotInChecksums, // an asset SHA256SUMS does not list
        ChecksumWithoutAsset, // SHA256SUMS lists a file the release does not have
        LeftoverUpload, // an interrupted replacement's temporary asset (rdtmp-…)
    };
    enum class Severity { Info, Warning, Problem };

    Kind kind = Kind::Draft;
    Severity severity = Severity::Info;
    QString assetName; // empty for release-wide findings
    QList<qint64> assetIds; // the assets concerned (a duplicate group: all of them)
    QString message; // one sentence

    QJsonObject toJson() const;
    bool operator==(const Finding &) const = default;
    static QString kindName(Kind kind); // "duplicate-name"
    static QString severityName(Severity severity);
};

} // namespace rd
