#include "CliSupport.h"
#include "project/PythonProject.h"
#include "version/TagScheme.h"
#include "version/Version.h"
#include "versioning/VersionResolver.h"
#include "versioning/VersionStamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace rd::cli {

namespace {

QCommandLineOption projectOption()
{
    return QCommandLineOption(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: the current folder)."), QStringLiteral("DIR"));
}

QCommandLineOption prefixOption()
{
    return QCommandLineOption(QStringLiteral("prefix"),
        QCoreApplication::translate("cli", "The tag prefix (default: v; give --prefix= for none)."), QStringLiteral("PREFIX"),
        QStringLiteral("v"));
}

// The project, read without writing anything (no releasedesk.toml is created).
Result<PythonProject> loadProject(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString dir = parser.isSet(option) ? parser.value(option) : QDir::currentPath();
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    return loadPythonProject(QDir(dir).absolutePath(), options);
}

int versionNormalize(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("STRING"), QCoreApplication::translate("cli", "A version in any PEP 440 spelling, e.g. v1.0-RC.1."));
    int code = Ok;
    if (!context.parse(parser, QCoreApplication::translate("cli", "releasedesk-cli version normalize STRING [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "version normalize needs exactly one version string."));
    }
    const QString input = parser.positionalArguments().first();
    auto version = Version::parse(input);
    if (!version) {
        return context.printError(version.error());
    }
    if (context.json()) {
        return context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("input"), input },
            { QStringLiteral("version"), version->toString() }, { QStringLiteral("prerelease"), version->isPrerelease() } });
    }
    context.out << version->toString() << Qt::endl;
    return Ok;
}

int versionSort(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption normalizeOption(QStringLiteral("normalize"),
        QCoreApplication::translate("cli", "Print the normalised forms instead of the lines as given."));
    const QCommandLineOption reverseOption(QStringLiteral("reverse"), QCoreApplication::translate("cli", "Newest first."));
    parser.addOptions({ normalizeOption, reverseOption });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli version sort [--normalize] [--reverse] [--json] < versions.txt\n"
                "Reads one version per line on standard input (blank lines are ignored) and prints "
                "them in ascending PEP 440 order."),
            code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            QCoreApplication::translate("cli", "version sort reads the versions from standard input and takes no arguments."));
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return context.printError(
            Error::make(Error::Code::IoError, QCoreApplication::translate("cli", "Cannot read standard input.")));
    }
    const QByteArray data = input.readAll();

    struct Entry
    {
        Version version;
        QString text;
    };
    std::vector<Entry> entries;
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0) {
            end = data.size();
        }
        ++lineNumber;
        const QString line = QString::fromUtf8(data.constData() + start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty()) {
            continue;
        }
        auto version = Version::parse(line);
        if (!version) {
            return context.printError(Error::make(Error::Code::InvalidInput,
                QStringLiteral("line %1: %2").arg(QString::number(lineNumber), version.error().message),
                QCoreApplication::translate("cli", "Fix or remove that line; nothing was printed.")));
        }
        entries.push_back(Entry { std::move(*version), line });
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.version < b.version; });
    if (parser.isSet(reverseOption)) {
        std::reverse(entries.begin(), entries.end());
    }
    const bool normalized = parser.isSet(normalizeOption);
    if (context.json()) {
        QJsonArray list;
        for (const Entry &entry : entries) {
            list.append(normalized ? entry.version.toString() : entry.text);
        }
        return context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("versions"), list } });
    }
    QByteArray output;
    output.reserve(data.size() + qsizetype(entries.size()));
    for (const Entry &entry : entries) {
        output += (normalized ? entry.version.toString() : entry.text).toUtf8();
        output += '\n';
    }
    context.out.flush();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

int versionFromTag(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("TAG"), QCoreApplication::translate("cli", "A release tag, e.g. v0.3.0-alpha.1."));
    const QCommandLineOption prefix = prefixOption();
    parser.addOption(prefix);
    int code = Ok;
    if (!context.parse(
            parser, QCoreApplication::translate("cli", "releasedesk-cli version from-tag TAG [--prefix v] [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "version from-tag needs exactly one tag."));
    }
    auto scheme = TagScheme::withPrefix(parser.value(prefix));
    if (!scheme) {
        return context.printError(scheme.error(), Usage);
    }
    const QString tag = parser.positionalArguments().first();
    auto version = scheme->versionFromTag(tag);
    if (!version) {
        return context.printError(version.error());
    }
    if (context.json()) {
        return context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("tag"), tag },
            { QStringLiteral("version"), version->toString() }, { QStringLiteral("prerelease"), version->isPrerelease() } });
    }
    context.out << version->toString() << Qt::endl;
    return Ok;
}

int versionToTag(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("VERSION"), QCoreApplication::translate("cli", "A PEP 440 version, e.g. 0.3.0a1."));
    const QCommandLineOption prefix = prefixOption();
    parser.addOption(prefix);
    int code = Ok;
    if (!context.parse(
            parser, QCoreApplication::translate("cli", "releasedesk-cli version to-tag VERSION [--prefix v] [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "version to-tag needs exactly one version."));
    }
    auto scheme = TagScheme::withPrefix(parser.value(prefix));
    if (!scheme) {
        return context.printError(scheme.error(), Usage);
    }
    auto version = Version::parse(parser.positionalArguments().first());
    if (!version) {
        return context.printError(version.error());
    }
    auto tag = scheme->tagFromVersion(*version);
    if (!tag) {
        return context.printError(tag.error());
    }
    if (context.json()) {
        return context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("version"), version->toString() },
            { QStringLiteral("tag"), *tag }, { QStringLiteral("prerelease"), version->isPrerelease() } });
    }
    context.out << *tag << Qt::endl;
    return Ok;
}

// Shared by resolve and bump: the project, --version, the chain.
Result<VersionResolution> resolveFor(
    const QCommandLineParser &parser, const QCommandLineOption &project, const QCommandLineOption &version)
{
    auto loaded = loadProject(parser, project);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    VersionResolver resolver(*loaded);
    if (parser.isSet(version)) {
        resolver.setExplicitVersion(parser.value(version));
    }
    return resolver.resolve();
}

int versionResolve(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project = projectOption();
    const QCommandLineOption version(QStringLiteral("version"),
        QCoreApplication::translate("cli", "An explicit version (first link of the chain)."), QStringLiteral("V"));
    parser.addOptions({ project, version });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli", "releasedesk-cli version resolve [--project DIR] [--version V] [--json]"), code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            QCoreApplication::translate("cli", "version resolve takes no arguments (give the version with --version V)."));
    }
    auto resolution = resolveFor(parser, project, version);
    if (!resolution) {
        return context.printError(resolution.error());
    }
    if (context.json()) {
        QJsonObject object = resolution->toJson();
        object.insert(QStringLiteral("ok"), true);
        return context.printJson(object);
    }
    context.out << resolution->toText();
    context.out.flush();
    return Ok;
}

int versionBump(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("KIND"), QCoreApplication::translate("cli", "major, minor, patch, alpha, beta, rc or final."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption version(QStringLiteral("version"),
        QCoreApplication::translate("cli", "Bump this version instead of the resolved one."), QStringLiteral("V"));
    parser.addOptions({ project, version });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli version bump {major,minor,patch,alpha,beta,rc,final} [--project DIR] [--version V] [--json]\n"
        "Prints the next version after the resolved one; writes nothing.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    const QStringList kinds { QStringLiteral("major"), QStringLiteral("minor"), QStringLiteral("patch"), QStringLiteral("alpha"),
        QStringLiteral("beta"), QStringLiteral("rc"), QStringLiteral("final") };
    if (parser.positionalArguments().size() != 1 || !kinds.contains(parser.positionalArguments().first())) {
        return context.usageError(
            QCoreApplication::translate("cli", "version bump needs one of: %1.").arg(kinds.join(QStringLiteral(", "))));
    }
    const QString kind = parser.positionalArguments().first();
    auto resolution = resolveFor(parser, project, version);
    if (!resolution) {
        return context.printError(resolution.error());
    }
    if (const QString coerced = resolution->winner().warning; !coerced.isEmpty()) {
        // A placeholder has no next version: bumping it would print 0.0.x as if it meant something.
        return context.printError(Error::make(Error::Code::InvalidInput,
            QCoreApplication::translate("cli", "'%1' (%2) is not a PEP 440 version, so there is nothing to bump.")
                .arg(resolution->winner().raw, resolution->winner().name),
            QCoreApplication::translate("cli", "Give a version such as 1.2.3 with --version, or set one in pyproject.toml.")));
    }
    const Version &from = resolution->version;
    Result<Version> next = from;
    if (kind == QStringLiteral("major")) {
        next = from.nextMajor();
    } else if (kind == QStringLiteral("minor")) {
        next = from.nextMinor();
    } else if (kind == QStringLiteral("patch")) {
        next = from.nextPatch();
    } else if (kind == QStringLiteral("alpha")) {
        next = from.nextAlpha();
    } else if (kind == QStringLiteral("beta")) {
        next = from.nextBeta();
    } else if (kind == QStringLiteral("rc")) {
        next = from.nextRc();
    } else {
        next = from.promote();
    }
    if (!next) {
        return context.printError(next.error());
    }
    const QString prefix = resolution->tagPrefix;
    auto tag = TagScheme::withPrefix(prefix).value_or(TagScheme()).tagFromVersion(*next);
    if (context.json()) {
        return context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("kind"), kind },
            { QStringLiteral("from"), from.toString() }, { QStringLiteral("from_source"), resolution->winner().name },
            { QStringLiteral("version"), next->toString() }, { QStringLiteral("tag"), tag.value_or(QString()) },
            { QStringLiteral("prerelease"), next->isPrerelease() },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(resolution->warnings) } });
    }
    for (const QString &warning : std::as_const(resolution->warnings)) {
        context.err << QStringLiteral("warning: ") << warning << Qt::endl;
    }
    context.out << next->toString() << Qt::endl;
    return Ok;
}

int versionStamp(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("VERSION"), QCoreApplication::translate("cli", "The PEP 440 version to write, e.g. 0.8.0 or 0.8.0rc1."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Show the changes (a unified diff) without writing."));
    parser.addOptions({ project, dryRun });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli version stamp VERSION [--project DIR] [--dry-run] [--json]\n"
        "Writes VERSION into pyproject.toml [project] version, __version__ and package.json, "
        "showing the diff first.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "version stamp needs exactly one version."));
    }
    auto loaded = loadProject(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    auto plan = VersionStamp::plan(*loaded, parser.positionalArguments().first());
    if (!plan) {
        return context.printError(plan.error(), plan.error().code == Error::Code::InvalidInput ? Usage : Failure);
    }
    const bool write = !parser.isSet(dryRun) && plan->hasChanges();
    if (write) {
        if (auto applied = VersionStamp::apply(*plan); !applied) {
            return context.printError(applied.error());
        }
    }
    if (context.json()) {
        QJsonObject object = plan->toJson();
        object.insert(QStringLiteral("ok"), true);
        object.insert(QStringLiteral("dry_run"), parser.isSet(dryRun));
        object.insert(QStringLiteral("written"), write);
        return context.printJson(object);
    }
    context.out << plan->toText();
    if (!plan->hasChanges()) {
        context.out << QCoreApplication::translate("cli", "Nothing to change: the files already say %1.").arg(plan->version)
                    << Qt::endl;
    } else if (parser.isSet(dryRun)) {
        context.out << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
    } else {
        qsizetype changed = 0;
        for (const StampedFile &file : std::as_const(plan->files)) {
            changed += file.changed() ? 1 : 0;
        }
        context.out << QCoreApplication::translate("cli", "Stamped %1 into %2 %3. Commit them before tagging.")
                           .arg(plan->version, QString::number(changed),
                               changed == 1 ? QStringLiteral("file") : QStringLiteral("files"))
                    << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> versionCommands()
{
    const QString group = QStringLiteral("version");
    return { { group, QStringLiteral("normalize"),
                 QCoreApplication::translate("cli", "Print a version in normalised PEP 440 form."), versionNormalize },
        { group, QStringLiteral("sort"),
            QCoreApplication::translate("cli", "Sort versions from standard input in PEP 440 order."), versionSort },
        { group, QStringLiteral("from-tag"),
            QCoreApplication::translate("cli", "Read the version a release tag names (v0.3.0-alpha.1 → 0.3.0a1)."),
            versionFromTag },
        { group, QStringLiteral("to-tag"),
            QCoreApplication::translate("cli", "Write a version as a release tag (0.3.0a1 → v0.3.0-alpha.1)."), versionToTag },
        { group, QStringLiteral("resolve"),
            QCoreApplication::translate("cli", "Show where the release version comes from, link by link."), versionResolve },
        { group, QStringLiteral("bump"),
            QCoreApplication::translate("cli", "Print the next major/minor/patch/alpha/beta/rc/final version."), versionBump },
        { group, QStringLiteral("stamp"),
            QCoreApplication::translate("cli", "Write a version into pyproject.toml, __version__ and package.json."),
            versionStamp } };
}

} // namespace rd::cli
