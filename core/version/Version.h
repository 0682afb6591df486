#pragma once

#include "common/Error.h"
#include "version/VersionNumber.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <memory>
#include <optional>
#include <utility>

namespace rd {

struct VersionData;

// A PEP 440 version that parses, normalises and orders exactly like Python's
// packaging.version.Version (checked against it by TestVersionDifferential):
//   - surrounding whitespace, any letter case and a leading "v" are accepted;
//   - "1!2.0" epochs, release segments of any length and numbers of any size (up to 4300 digits,
//     Python's own limit) are understood;
//   - a/alpha, b/beta, c/rc/pre/preview, post/rev/r/"-N", dev and "+local" segments, with the
//     optional "." "-" "_" separators and implicit 0 numbers PEP 440 allows;
//   - toString() is str(Version): "1.0-RC.1" -> "1.0rc1", "v1.0-1" -> "1.0.post1";
//   - ordering and equality are packaging's _cmpkey: "1.0" == "1.0.0", 1.0.dev0 < 1.0a1 <
//     1.0rc1.post1 < 1.0 < 1.0+local < 1.0.post1.
// The value is immutable and implicitly shared, so copies are cheap. A default-constructed
// Version is "0".
//
// Bumps never return something that sorts before the input. They keep the epoch and drop the
// local label. A version is "unreleased" when it sorts before its own release, i.e. it has a
// pre-release segment or is a dev release that is not a post-release (1.2.3rc1, 1.2.3.dev0).
//   nextMajor/nextMinor/nextPatch: an unreleased version whose release parts after the bumped
//     one are all zero just drops its pre/post/dev segments (1.2.3rc1 -> nextPatch -> 1.2.3,
//     2.0.0b1 -> nextMajor -> 2.0.0); otherwise that part is incremented and the later ones
//     zeroed (1.2.3 -> 1.2.4, 1.2.3rc1 -> nextMinor -> 1.3.0, 1.2.3.post1 -> nextPatch -> 1.2.4).
//     The release keeps its length, padded with zeros to reach the bumped part
//     (1.2 -> nextPatch -> 1.2.1, 1.2.3.4 -> nextMinor -> 1.3.0.0).
//   nextAlpha/nextBeta/nextRc (nextPre): from a released version, starts a pre-release of the
//     next patch (or of `part`): 1.2.3 -> 1.2.4a1, 1.2.3 -> nextRc(Minor) -> 1.3.0rc1. A dev
//     release of a final (1.2.4.dev3) moves to 1.2.4a1. Same kind: the number goes up (1.2.4a1 ->
//     1.2.4a2), except that a dev release of it becomes it (1.2.4a2.dev1 -> 1.2.4a2). A later
//     kind starts at 1 (1.2.4a2 -> nextBeta -> 1.2.4b1). An earlier kind is refused with a
//     Precondition error (1.2.4rc1 -> nextAlpha): that would go backwards; promote() or bump
//     the release first.
//   promote(): an unreleased version becomes the release it leads to (1.2.4rc2 -> 1.2.4,
//     1.2.4.dev3 -> 1.2.4, 1.2.4.post1.dev2 -> 1.2.4.post1); a released one is a Precondition
//     error.
class Version final
{
public:
    struct PreRelease
    {
        QString label; // "a", "b" or "rc" (packaging keeps other spellings it cannot map as-is)
        VersionNumber number;
        friend bool operator==(const PreRelease &, const PreRelease &) = default;
    };
    enum class Part { Major, Minor, Patch };
    enum class PreKind { Alpha, Beta, Rc };

    Version(); // "0"

    // Parses PEP 440 text as packaging.version.Version does. The error (InvalidInput) says what
    // is wrong, e.g. "'1.0-foo' is not a valid PEP 440 version: unexpected text 'foo' after '1.0'".
    static Result<Version> parse(QStringView text);
    // parse(text) then toString(): "v1.0-RC.1" -> "1.0rc1".
    static Result<QString> normalize(QStringView text);
    static bool isValid(QStringView text);

    // The normalised form, str(Version) in Python.
    QString toString() const;

    VersionNumber epoch() const;
    const QList<VersionNumber> &release() const; // at least one part, trailing zeros kept
    // Release parts 0, 1 and 2, or 0 when the release is shorter (like packaging).
    VersionNumber major() const;
    VersionNumber minor() const;
    VersionNumber micro() const;
    std::optional<PreRelease> pre() const;
    std::optional<VersionNumber> post() const;
    std::optional<VersionNumber> dev() const;
    QString local() const; // normalised ("ubuntu.1"), empty when there is none
    bool hasLocal() const;

    bool isPrerelease() const; // a pre-release or a dev release (packaging's is_prerelease)
    bool isDevrelease() const; // has a dev segment
    bool isPostrelease() const; // has a post segment
    Version baseVersion() const; // epoch and release only: 1!1.2.3rc1+x -> 1!1.2.3
    Version publicVersion() const; // without the local label: 1.2.3rc1+x -> 1.2.3rc1

    Result<Version> bump(Part part) const;
    Result<Version> nextMajor() const { return bump(Part::Major); }
    Result<Version> nextMinor() const { return bump(Part::Minor); }
    Result<Version> nextPatch() const { return bump(Part::Patch); }
    Result<Version> nextPre(PreKind kind, Part part = Part::Patch) const;
    Result<Version> nextAlpha(Part part = Part::Patch) const { return nextPre(PreKind::Alpha, part); }
    Result<Version> nextBeta(Part part = Part::Patch) const { return nextPre(PreKind::Beta, part); }
    Result<Version> nextRc(Part part = Part::Patch) const { return nextPre(PreKind::Rc, part); }
    Result<Version> promote() const;

    // Three-way comparison in packaging's order: -1, 0 or 1.
    static int compare(const Version &a, const Version &b) noexcept
    {
        if (a.m_key != b.m_key) { // decides most comparisons without touching the shared data
            return a.m_key < b.m_key ? -1 : 1;
        }
        return a.m_d == b.m_d ? 0 : compareData(*a.m_d, *b.m_d);
    }
    friend bool operator==(const Version &a, const Version &b) noexcept { return compare(a, b) == 0; }
    // Weak: equal versions may still print differently (1.0 and 1.0.0).
    friend std::weak_ordering operator<=>(const Version &a, const Version &b) noexcept { return compare(a, b) <=> 0; }
    // Consistent with ==: 1.0 and 1.0.0 hash alike.
    friend size_t qHash(const Version &version, size_t seed) noexcept;

    void swap(Version &other) noexcept
    {
        m_d.swap(other.m_d);
        std::swap(m_key, other.m_key);
    }
    friend void swap(Version &a, Version &b) noexcept { a.swap(b); }

private:
    explicit Version(std::shared_ptr<const VersionData> data);
    static int compareData(const VersionData &a, const VersionData &b) noexcept;

    std::shared_ptr<const VersionData> m_d; // never null (a moved-from Version may only be assigned or destroyed)
    // A prefix of the ordering packed in 64 bits (epoch, three release parts, the pre-release
    // kind and number, each saturating): different keys order the versions, equal keys need
    // compareData(). Kept here rather than in the shared data so that sorting stays in cache.
    quint64 m_key = 0;
};

size_t qHash(const Version &version, size_t seed = 0) noexcept;

} // namespace rd

Q_DECLARE_TYPEINFO(rd::Version, Q_RELOCATABLE_TYPE);
