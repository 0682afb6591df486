#pragma once

#include "common/Error.h"
#include "version/Version.h"

#include <QString>
#include <QStringView>

namespace rd {

// How git tags spell versions: the prefix (default "v") then the version, with pre, post and dev
// segments written the semver-like way the CI guide uses:
//   0.3.0a1 -> v0.3.0-alpha.1     0.3.0b2 -> v0.3.0-beta.2     0.3.0rc1 -> v0.3.0-rc.1
//   1.0.0 -> v1.0.0   1.0 -> v1.0 (the release keeps its parts)   1.0.0.dev3 -> v1.0.0-dev.3
//   1.0.0.post1 -> v1.0.0-post.1   1.0.0rc1.post2.dev3 -> v1.0.0-rc.1.post.2.dev.3
//   1.0.0+ubuntu.1 -> v1.0.0+ubuntu.1
// Every such suffix is itself PEP 440, so reading a tag is: strip the prefix, parse the rest as
// PEP 440. Any PEP 440 spelling is accepted after the prefix (v1.0rc1, v0.3.0-beta2, v0.3.0.rc.1,
// v1.0-RC.1), and versionFromTag(tagFromVersion(v)) gives v back with the same toString().
// Strictness: the prefix is matched case-sensitively and must be followed directly by a digit
// (no whitespace, no second "v"). Epochs are refused both ways: "1!2.0" in a tag would be
// misread by most tools, and a git ref is a poor place for "!".
class TagScheme final
{
public:
    // Why a tag name is not a valid git tag (git check-ref-format's rules for refs/tags/<tag>:
    // no "..", "@{", control characters, space, ~ ^ : ? * [ \, no component starting with "."
    // or ending in ".lock", no leading, trailing or double "/", no trailing "."); empty when valid.
    static QString refNameProblem(const QString &tag);

    TagScheme(); // prefix "v"

    // A prefix of ASCII letters, digits and . - _ / (empty is allowed: tags like 1.2.3); it may
    // not start with '.', '-' or '/', contain ".." or "//", or end with a digit (a digit would run
    // into the version).
    static Result<TagScheme> withPrefix(QStringView prefix);

    const QString &prefix() const { return m_prefix; }

    // "v0.3.0-alpha.1" -> 0.3.0a1. InvalidInput when the tag lacks the prefix or holds no PEP 440
    // version after it, or the version has an epoch.
    Result<Version> versionFromTag(QStringView tag) const;
    // 0.3.0a1 -> "v0.3.0-alpha.1". InvalidInput for an epoch, for a pre-release label other than
    // a/b/rc, or for a local label that does not read back (only odd Unicode spellings).
    Result<QString> tagFromVersion(const Version &version) const;
    // Whether the tag names a pre-release (alpha, beta, rc, or any dev release): such a release
    // must not become Docker's "latest" or the default download. Fails like versionFromTag, so
    // an unreadable tag is never silently taken for a final release.
    Result<bool> isPrereleaseTag(QStringView tag) const;
    bool matches(QStringView tag) const { return versionFromTag(tag).has_value(); }

private:
    explicit TagScheme(QString prefix);

    QString m_prefix;
};

} // namespace rd
