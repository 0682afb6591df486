#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// What to publish where: the release for a tag and the local files to put on it.
struct PublishOptions
{
    QString tag;
    QString title; // release name; the tag when empty
    QString notes; // release body (Markdown)
    QString targetCommitish; // where the tag is created when missing (drafts: when published)
    QStringList files; // local files; the asset name is the file name
    std::optional<bool> prerelease; // default: from the tag (TagScheme with tagPrefix)
    QString tagPrefix = QStringLiteral("v");
    bool draftThenPublish = false; // create as draft, upload, verify, then publish
    bool createIfMissing = true; // false: the release must exist already
    bool generateChecksums = true; // generate and upload SHA256SUMS for the release's files
    int parallelUploads = 2;

    bool operator==(const PublishOptions &) const = default;
};

} // namespace rd
