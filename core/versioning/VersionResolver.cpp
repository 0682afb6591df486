#include "VersionResolver.h"

#include "git/Git.h"
#include "version/NonPep440.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace rd {

namespace {

// A value from the chain read as a version: a release tag of the scheme, else any PEP 440
// spelling, else a label that becomes the 0.0.0.dev0 placeholder with a warning.
void interpret(VersionSource &source, const QString &raw, const TagScheme *scheme)
{
    source.raw = raw;
    if (scheme) {
        if (auto fromTag = scheme->versionFromTag(raw)) {
            source.version = *fromTag;
            return;
        }
    }
    auto coerced = coerceLabel(raw);
    if (!coerced) {
        source.skipReason = coerced.error().message;
        return;
    }
    source.version = coerced->version;
    if (coerced->coerced()) {
        source.warning = coerced->warning;
    }
}

VersionSource makeSource(VersionSource::Kind kind, const QString &name, const QString &origin)
{
    VersionSource source;
    source.kind = kind;
    source.name = name;
    source.origin = origin;
    return source;
}

// git's own words without the "fatal: " prefix.
QString gitMessage(const ProcessOutput &output)
{
    QString message = output.stderrText().isEmpty() ? output.stdoutText() : output.stderrText();
    if (message.startsWith(QStringLiteral("fatal: "))) {
        message = message.mid(7);
    }
    return message.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

QString VersionSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Argument: return QStringLiteral("argument");
    case Kind::GitTag: return QStringLiteral("git_tag");
    case Kind::CiRefName: return QStringLiteral("ci_ref_name");
    case Kind::Pyproject: return QStringLiteral("pyproject");
    case Kind::DunderVersion: return QStringLiteral("dunder_version");
    }
    return QStringLiteral("argument");
}

QJsonObject VersionSource::toJson() const
{
    QJsonObject object { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("name"), name },
        { QStringLiteral("origin"), origin }, { QStringLiteral("raw"), raw }, { QStringLiteral("winner"), winner } };
    if (version) {
        object.insert(QStringLiteral("normalized"), version->toString());
    } else {
        object.insert(QStringLiteral("normalized"), QJsonValue::Null);
        object.insert(QStringLiteral("skipped"), skipReason);
    }
    if (!warning.isEmpty()) {
        object.insert(QStringLiteral("warning"), warning);
    }
    return object;
}

const VersionSource &VersionResolution::winner() const
{
    for (const VersionSource &source : sources) {
        if (source.winner) {
            return source;
        }
    }
    Q_ASSERT_X(false, "VersionResolution::winner", "a resolution always has a winner");
    return sources.first();
}

QJsonObject VersionResolution::toJson() const
{
    QJsonArray list;
    for (const VersionSource &source : sources) {
        list.append(source.toJson());
    }
    return QJsonObject { { QStringLiteral("version"), version.toString() }, { QStringLiteral("tag"), tag },
        { QStringLiteral("tag_prefix"), tagPrefix }, { QStringLiteral("prerelease"), prerelease },
        { QStringLiteral("source"), winner().name }, { QStringLiteral("sources"), list },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

QString VersionResolution::toText() const
{
    QString text = QStringLiteral("Version sources, in order (the first with a value wins):\n");
    int number = 1;
    for (const VersionSource &source : sources) {
        QString value;
        if (!source.version) {
            value = QStringLiteral("skipped: ") + source.skipReason;
        } else if (source.raw == source.version->toString()) {
            value = source.raw;
        } else {
            value = QStringLiteral("%1 → %2").arg(source.raw, source.version->toString());
        }
        text += QStringLiteral("  %1 %2. %3 %4%5\n")
                    .arg(source.winner ? QStringLiteral("→") : QStringLiteral(" "))
                    .arg(number++)
                    .arg(source.name.leftJustified(16), value, source.winner ? QStringLiteral("   (wins)") : QString());
        if (!source.origin.isEmpty() && source.version) {
            text += QStringLiteral("        from %1\n").arg(source.origin);
        }
    }
    text += QStringLiteral("Version      %1\n").arg(version.toString());
    text += QStringLiteral("Tag          %1\n").arg(tag.isEmpty() ? QStringLiteral("— (none)") : tag);
    text += QStringLiteral("Pre-release  %1\n").arg(prerelease ? QStringLiteral("yes") : QStringLiteral("no"));
    for (const QString &warning : warnings) {
        text += QStringLiteral("warning: %1\n").arg(warning);
    }
    return text;
}

VersionResolver::VersionResolver(PythonProject project)
    : m_project(std::move(project))
{ }

VersionSource VersionResolver::readArgument(const TagScheme &scheme) const
{
    VersionSource source
        = makeSource(VersionSource::Kind::Argument, QStringLiteral("argument"), QStringLiteral("the version given"));
    if (m_explicit.trimmed().isEmpty()) {
        source.skipReason = QStringLiteral("no version given");
        return source;
    }
    interpret(source, m_explicit.trimmed(), &scheme);
    return source;
}

VersionSource VersionResolver::readGitTag(const TagScheme &scheme) const
{
    const QStringList describe { QStringLiteral("describe"), QStringLiteral("--tags"), QStringLiteral("--exact-match"),
        QStringLiteral("HEAD") };
    VersionSource source
        = makeSource(VersionSource::Kind::GitTag, QStringLiteral("git tag"), displayCommand(QStringLiteral("git"), describe));
    const Git git(m_project.rootDir);
    auto inside = git.runRaw({ QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree") });
    if (!inside) {
        source.skipReason = inside.error().message;
        return source;
    }
    if (inside->exitCode != 0 || inside->stdoutText() != QStringLiteral("true")) {
        source.skipReason = QStringLiteral("the project is not in a git repository");
        return source;
    }
    auto head
        = git.runRaw({ QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), QStringLiteral("HEAD") });
    if (!head || head->exitCode != 0) {
        source.skipReason = QStringLiteral("the repository has no commits yet");
        return source;
    }
    auto described = git.runRaw(describe);
    if (!described) {
        source.skipReason = described.error().message;
        return source;
    }
    if (described->exitCode != 0) {
        const QString message = gitMessage(*described);
        source.skipReason
            = message.startsWith(QStringLiteral("no tag exactly matches")) || message.startsWith(QStringLiteral("No names found"))
            ? QStringLiteral("no tag points at HEAD")
            : QStringLiteral("git describe failed: %1").arg(message);
        return source;
    }
    const QString describedTag = described->stdoutText();
    // HEAD may carry several tags (an rc promoted to the final on the same commit, or a
    // non-release tag that describe preferred): take the highest release tag of the scheme.
    QStringList tags { describedTag };
    if (auto pointing = git.run({ QStringLiteral("tag"), QStringLiteral("--points-at"), QStringLiteral("HEAD") })) {
        for (const QString &tag : pointing->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!tags.contains(tag)) {
                tags << tag;
            }
        }
    }
    QString best;
    std::optional<Version> bestVersion;
    QStringList releaseTags;
    for (const QString &tag : std::as_const(tags)) {
        if (auto version = scheme.versionFromTag(tag)) {
            releaseTags << tag;
            if (!bestVersion || *version > *bestVersion) {
                bestVersion = *version;
                best = tag;
            }
        }
    }
    if (!bestVersion) {
        source.raw = describedTag;
        source.skipReason
            = QStringLiteral("the tag on HEAD is not a release tag: %1").arg(scheme.versionFromTag(describedTag).error().message);
        return source;
    }
    source.raw = best;
    source.version = bestVersion;
    if (releaseTags.size() > 1) {
        source.warning = QStringLiteral("HEAD carries several release tags (%1); the highest, %2, is used.")
                             .arg(releaseTags.join(QStringLiteral(", ")), best);
    }
    return source;
}

VersionSource VersionResolver::readCiRefName(const TagScheme &scheme) const
{
    for (const QString &prefix : { QStringLiteral("GITEA"), QStringLiteral("GITHUB") }) {
        const QString variable = prefix + QStringLiteral("_REF_NAME");
        const QString value = m_environment.value(variable).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        VersionSource source
            = makeSource(VersionSource::Kind::CiRefName, variable, QStringLiteral("the environment variable ") + variable);
        const QString typeVariable = prefix + QStringLiteral("_REF_TYPE");
        const QString refType = m_environment.value(typeVariable).trimmed();
        if (value.startsWith(QStringLiteral("refs/heads/")) || refType == QStringLiteral("branch")) {
            source.raw = value;
            source.skipReason = QStringLiteral("%1 names the branch '%2', not a tag")
                                    .arg(variable, value.startsWith(QStringLiteral("refs/heads/")) ? value.mid(11) : value);
            return source;
        }
        if (value.startsWith(QStringLiteral("refs/pull/")) || value.startsWith(QStringLiteral("refs/merge-requests/"))) {
            source.raw = value;
            source.skipReason = QStringLiteral("%1 names a pull request ref, not a tag").arg(variable);
            return source;
        }
        interpret(source, value.startsWith(QStringLiteral("refs/tags/")) ? value.mid(10) : value, &scheme);
        source.raw = value;
        return source;
    }
    VersionSource source = makeSource(VersionSource::Kind::CiRefName, QStringLiteral("GITEA_REF_NAME"),
        QStringLiteral("the environment variables GITEA_REF_NAME, GITHUB_REF_NAME"));
    source.skipReason = QStringLiteral("GITEA_REF_NAME and GITHUB_REF_NAME are not set");
    return source;
}

VersionSource VersionResolver::readPyproject() const
{
    VersionSource source
        = makeSource(VersionSource::Kind::Pyproject, QStringLiteral("pyproject.toml"), QStringLiteral("[project] version"));
    if (!m_project.version.trimmed().isEmpty()) {
        interpret(source, m_project.version.trimmed(), nullptr);
        return source;
    }
    source.skipReason = m_project.versionIsDynamic ? QStringLiteral("version is listed in [project] dynamic")
                                                   : QStringLiteral("[project] has no version");
    return source;
}

VersionSource VersionResolver::readDunderVersion() const
{
    VersionSource source = makeSource(VersionSource::Kind::DunderVersion, QStringLiteral("__version__"),
        m_project.packageDir.isEmpty() ? QString() : m_project.packageDir + QStringLiteral("/__init__.py"));
    if (m_project.packageDir.isEmpty()) {
        source.skipReason = QStringLiteral("no package folder with an __init__.py was found");
        return source;
    }
    if (m_project.initVersion.trimmed().isEmpty()) {
        source.skipReason = QStringLiteral("%1 assigns no string to __version__").arg(source.origin);
        return source;
    }
    interpret(source, m_project.initVersion.trimmed(), nullptr);
    return source;
}

QList<VersionSource> VersionResolver::readSources() const
{
    const TagScheme scheme = TagScheme::withPrefix(m_project.settings.tagPrefix).value_or(TagScheme());
    return { readArgument(scheme), readGitTag(scheme), readCiRefName(scheme), readPyproject(), readDunderVersion() };
}

Result<VersionResolution> VersionResolver::resolve() const
{
    auto scheme = TagScheme::withPrefix(m_project.settings.tagPrefix);
    if (!scheme) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "releasedesk.toml: %1").arg(scheme.error().message), scheme.error().hint);
    }
    VersionResolution resolution;
    resolution.tagPrefix = scheme->prefix();
    resolution.sources = readSources();

    qsizetype winner = -1;
    for (qsizetype i = 0; i < resolution.sources.size(); ++i) {
        if (resolution.sources[i].hasValue()) {
            winner = i;
            break;
        }
    }
    if (winner < 0) {
        QStringList reasons;
        for (const VersionSource &source : std::as_const(resolution.sources)) {
            reasons << QStringLiteral("%1: %2").arg(source.name, source.skipReason);
        }
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "No version found (%1).").arg(reasons.join(QStringLiteral("; "))),
            QCoreApplication::translate("core",
                "Give one (--version 1.2.3), tag HEAD (%1), or set version = \"1.2.3\" under [project] in "
                "pyproject.toml.")
                .arg(scheme->prefix() + QStringLiteral("1.2.3")));
    }
    VersionSource &chosen = resolution.sources[winner];
    chosen.winner = true;
    resolution.version = *chosen.version;
    resolution.prerelease = resolution.version.isPrerelease();

    for (const VersionSource &source : std::as_const(resolution.sources)) {
        if (!source.warning.isEmpty()) {
            resolution.warnings << QStringLiteral("%1: %2").arg(source.name, source.warning);
        }
    }
    // Disagreement is about versions, not spellings: 1.0 and 1.0.0 agree.
    QList<Version> distinct;
    QStringList listed;
    for (const VersionSource &source : std::as_const(resolution.sources)) {
        if (!source.version) {
            continue;
        }
        if (!distinct.contains(*source.version)) {
            distinct << *source.version;
        }
        const QString normalized = source.version->toString();
        listed << (source.raw == normalized ? QStringLiteral("%1 says %2").arg(source.name, normalized)
                                            : QStringLiteral("%1 says %2 (%3)").arg(source.name, normalized, source.raw));
    }
    if (distinct.size() > 1) {
        resolution.warnings << QStringLiteral("The version sources disagree: %1. %2 wins because it comes first in the chain; "
                                              "stamp the files (releasedesk-cli version stamp %3) to bring them in line.")
                                   .arg(listed.join(QStringLiteral(", ")), chosen.name, resolution.version.toString());
    }
    if (auto tag = scheme->tagFromVersion(resolution.version)) {
        resolution.tag = *tag;
    } else {
        resolution.warnings << tag.error().message;
    }
    return resolution;
}

} // namespace rd
