#pragma once

#include "build/Requirement.h"
#include "build/WheelTag.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rd {

// How pip reaches packages: a mirror, extra indexes, wheel folders, or nothing but those.
struct PipOptions
{
    QString python; // the interpreter whose pip runs (python3 -m pip)
    // pip --python <targetPython> (pip >= 22.3): the host's pip works for another interpreter,
    // e.g. a venv made --without-pip. Empty: pip works for `python` itself.
    QString targetPython;
    QString indexUrl;
    QStringList extraIndexUrls;
    QStringList findLinks;
    bool noIndex = false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 15 * 60 * 1000;

    // --find-links D --no-index. The index URLs are not arguments: a mirror's URL may carry a
    // password ("https://user:pw@host/simple"), and a command line is visible to every user.
    QStringList indexArguments() const;
    // PIP_INDEX_URL and PIP_EXTRA_INDEX_URL for the index URLs (when set), into env.
    void addIndexEnvironment(QProcessEnvironment &env) const;
    // Everything that decides what pip finds, for the resolution cache's key (hashed, never stored).
    QStringList cacheKeyInputs() const;
    bool operator==(const PipOptions &) const = default;
};

struct WheelRequest
{
    enum class Mode {
        // pip download --platform <target> --python-version X.Y --implementation cp
        // --only-binary :all:, falling back per requirement to a pure-Python wheel built on the
        // host (pip wheel --no-deps) — the Windows build.
        CrossPlatform,
        // pip wheel: wheels for this very interpreter, sdists built here — the Linux build.
        Host,
    };

    Mode mode = Mode::CrossPlatform;
    QStringList requirements; // PEP 508 lines; markers are evaluated for the target here
    QStringList constraints; // more pins (PEP 508 lines)
    QString constraintsFile; // pip -c FILE (its pins are checked too)
    WheelTarget target; // checked against every wheel in CrossPlatform mode
    QString targetPythonVersion = QStringLiteral("3.11.9"); // for markers
    QString cacheKeyExtra; // more inputs of the result (a hash of a local project's sources)
    PipOptions pip;
    QString cacheDir; // releasedesk cache root: wheels in <cacheDir>/wheels
    bool useCache = true; // false: resolve again (the result still refreshes the cache)
    QString destination; // the build's wheel folder, filled with the resolved wheels
};

struct ResolvedWheel
{
    WheelTag tag;
    QString path;
    QString sha256;
    qint64 size = 0;
    QString matchedTag; // the tag triple that fits the target ("cp311-cp311-win_amd64")
    QString origin; // "index", "pure-python fallback" or "cache"

    QJsonObject toJson() const;
    bool operator==(const ResolvedWheel &) const = default;
};

struct WheelSet
{
    QList<ResolvedWheel> wheels;
    bool fromCache = false;
    QStringList skipped; // requirements whose marker is false on the target
    QStringList warnings;
    bool operator==(const WheelSet &) const = default;
};

// One requirement or pin, and where it comes from ("pyproject.toml", "releasedesk.toml",
// "constraints.txt"), for the refusal message.
struct Pin
{
    Requirement requirement;
    QString origin;
    bool operator==(const Pin &) const = default;
};

// Resolves the wheels of a set of requirements with the host's real pip (guide §4.2, done
// right): constraints go to pip (-c) *and* every downloaded wheel is checked afterwards against
// the target's tags and every pin, refusing the build with the list of offenders (the numpy 2.x
// case, guide §13.3). Resolutions are cached: the same inputs give the same wheels from
// <cacheDir>/wheels without running pip, i.e. without any download. Blocking, cancellable
// (pip's process group is stopped).
class WheelResolver final
{
public:
    static Result<WheelSet> resolve(const WheelRequest &request, const TaskControl &control = {});

    // The pins a resolution must keep: inline constraints, the constraints file's lines and the
    // requirements' own specifiers. Markers are evaluated for the target.
    static Result<QList<Pin>> pins(const WheelRequest &request);

    // Every wheel runs on the target (checkTags) and keeps every pin; otherwise a Rejected error
    // listing each offender and why.
    static Status verify(const QList<ResolvedWheel> &wheels, const QList<Pin> &pins, const WheelTarget *checkTags);

    // Reads wheel files (name, tags, SHA-256) from a folder, sorted by name.
    static Result<QList<ResolvedWheel>> scan(const QString &folder, const QString &origin);
};

} // namespace rd
