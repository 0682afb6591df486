#include "WheelResolver.h"

#include "build/EmbeddablePython.h"
#include "build/Marker.h"
#include "common/AtomicFile.h"
#include "process/BlockingProcess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

#include <optional>

namespace rd {

void PipOptions::addIndexEnvironment(QProcessEnvironment &env) const
{
    if (!indexUrl.isEmpty()) {
        env.insert(QStringLiteral("PIP_INDEX_URL"), indexUrl);
    }
    if (!extraIndexUrls.isEmpty()) {
        env.insert(QStringLiteral("PIP_EXTRA_INDEX_URL"), extraIndexUrls.join(QLatin1Char(' ')));
    }
}

QStringList PipOptions::cacheKeyInputs() const
{
    QStringList inputs { QStringLiteral("index=") + indexUrl };
    for (const QString &url : extraIndexUrls) {
        inputs << QStringLiteral("extra-index=") + url;
    }
    return inputs + indexArguments();
}

QStringList PipOptions::indexArguments() const
{
    QStringList args;
    for (const QString &links : findLinks) {
        args << QStringLiteral("--find-links") << links;
    }
    if (noIndex) {
        args << QStringLiteral("--no-index");
    }
    return args;
}

QJsonObject ResolvedWheel::toJson() const
{
    QJsonObject object = tag.toJson();
    object.insert(QStringLiteral("size"), size);
    object.insert(QStringLiteral("sha256"), sha256);
    object.insert(QStringLiteral("matched_tag"), matchedTag);
    object.insert(QStringLiteral("origin"), origin);
    return object;
}

namespace {

MarkerEnvironment environmentFor(const WheelRequest &request)
{
    return request.mode == WheelRequest::Mode::CrossPlatform && request.target.platform.startsWith(QStringLiteral("win"))
        ? MarkerEnvironment::forWindows(request.targetPythonVersion)
        : MarkerEnvironment::forLinux(request.targetPythonVersion);
}

// Requirements whose marker holds on the target, without their markers (pip would evaluate
// them for the host).
Result<QStringList> applicableRequirements(const WheelRequest &request, QStringList *skipped)
{
    QStringList out;
    const MarkerEnvironment env = environmentFor(request);
    for (const QString &line : request.requirements) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        // Local paths (the project itself, "/path/to/project[extra]") go as they are.
        if (line.startsWith(QLatin1Char('/')) || line.startsWith(QLatin1Char('.'))) {
            out << line;
            continue;
        }
        auto req = Requirement::parse(line);
        if (!req) {
            return std::unexpected(req.error());
        }
        auto applies = req->marker.evaluate(env);
        if (!applies) {
            return std::unexpected(applies.error());
        }
        if (!*applies) {
            if (skipped) {
                *skipped << line;
            }
            continue;
        }
        out << req->withoutMarker();
    }
    return out;
}

// pip retries a package index it cannot reach and then says only that no version was found: name
// the cause instead (refused, unknown host, timed out), with the index it tried.
std::optional<Error> unreachableIndex(const ProcessOutput &output, const PipOptions &options)
{
    const QString text = QString::fromUtf8(output.standardError + output.standardOutput);
    static const QList<std::pair<QString, QString>> causes {
        { QStringLiteral("Connection refused"), QStringLiteral("the connection was refused") },
        { QStringLiteral("Name or service not known"), QStringLiteral("the host name is not known") },
        { QStringLiteral("Temporary failure in name resolution"), QStringLiteral("the host name could not be resolved") },
        { QStringLiteral("No address associated with hostname"), QStringLiteral("the host name could not be resolved") },
        { QStringLiteral("ConnectTimeoutError"), QStringLiteral("the connection timed out") },
        { QStringLiteral("Network is unreachable"), QStringLiteral("the network is unreachable") },
        { QStringLiteral("CERTIFICATE_VERIFY_FAILED"), QStringLiteral("its TLS certificate was not accepted") },
    };
    for (const auto &[marker, cause] : causes) {
        if (text.contains(marker)) {
            const QString index = options.indexUrl.isEmpty() ? QStringLiteral("https://pypi.org/simple (pip's default)")
                                                             : QUrl(options.indexUrl).toString(QUrl::RemoveUserInfo);
            return Error::make(Error::Code::Network,
                QCoreApplication::translate("core", "The package index %1 could not be reached: %2.").arg(index, cause),
                QCoreApplication::translate("core",
                    "Check --index-url (or index_url in releasedesk.toml) and the network, or build offline "
                    "from a wheel folder (--find-links DIR --no-index)."));
        }
    }
    return std::nullopt;
}

// pip's own explanation: its ERROR lines and, for a resolution conflict, the "The conflict is
// caused by:" block (which requirement wants what).
QString messageLines(const ProcessOutput &output)
{
    QStringList lines;
    const QString all = QString::fromUtf8(output.standardError + output.standardOutput);
    bool inConflict = false;
    for (const QString &raw : all.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QStringLiteral("The conflict is caused by"))) {
            inConflict = true;
            lines << line;
            continue;
        }
        if (inConflict) {
            if (line.isEmpty() || line.startsWith(QStringLiteral("To fix"))) {
                inConflict = false;
            } else {
                lines << QStringLiteral("  ") + line;
            }
            continue;
        }
        if (line.startsWith(QStringLiteral("ERROR:"))) {
            lines << line;
        }
    }
    if (lines.isEmpty()) {
        lines = all.trimmed().split(QLatin1Char('\n')).mid(-8);
    }
    return lines.join(QLatin1Char('\n'));
}

Status copyOrLink(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0) {
        return {};
    }
    if (!QFile::copy(from, to)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot copy %1 to %2.").arg(from, to));
    }
    return {};
}

class Resolution
{
public:
    Resolution(const WheelRequest &request, const TaskControl &control)
        : m_request(request)
        , m_control(control)
    { }

    Result<WheelSet> run()
    {
        WheelSet set;
        auto requirements = applicableRequirements(m_request, &set.skipped);
        if (!requirements) {
            return std::unexpected(requirements.error());
        }
        for (const QString &skipped : std::as_const(set.skipped)) {
            m_control.log(QCoreApplication::translate("core", "Not needed on the target (marker): %1").arg(skipped));
        }
        auto pins = WheelResolver::pins(m_request);
        if (!pins) {
            return std::unexpected(pins.error());
        }
        m_pins = *pins;
        if (!QDir().mkpath(m_request.destination)) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot create the folder %1.").arg(m_request.destination));
        }
        if (requirements->isEmpty()) {
            m_control.log(QCoreApplication::translate("core", "No dependencies to resolve."));
            return set;
        }
        auto key = cacheKey(*requirements);
        if (!key) {
            return std::unexpected(key.error());
        }
        const WheelTarget *tags = m_request.mode == WheelRequest::Mode::CrossPlatform ? &m_request.target : nullptr;
        if (m_request.useCache) {
            if (auto cached = fromCache(*key); cached && !cached->isEmpty()) {
                if (auto ok = WheelResolver::verify(*cached, *pins, tags); !ok) {
                    return std::unexpected(ok.error());
                }
                m_control.log(QCoreApplication::translate(
                    "core", "Resolved from the wheel cache (%n wheel(s), no download)", nullptr, int(cached->size())));
                set.wheels = *cached;
                set.fromCache = true;
                return set;
            }
        }
        auto resolved = m_request.mode == WheelRequest::Mode::CrossPlatform ? crossPlatform(*requirements) : host(*requirements);
        if (!resolved) {
            return std::unexpected(resolved.error());
        }
        if (auto ok = WheelResolver::verify(*resolved, *pins, tags); !ok) {
            return std::unexpected(ok.error());
        }
        set.wheels = *resolved;
        if (auto stored = store(*key, set.wheels); !stored) {
            set.warnings << stored.error().message;
        }
        return set;
    }

private:
    QString wheelCacheDir() const
    {
        const QString root = m_request.cacheDir.isEmpty() ? EmbeddablePython::defaultCacheDir() : m_request.cacheDir;
        return QDir(root).filePath(QStringLiteral("wheels"));
    }

    Result<QString> cacheKey(const QStringList &requirements) const
    {
        QJsonObject inputs;
        QStringList sorted;
        for (const QString &requirement : requirements) {
            // A local project is known by its contents (cacheKeyExtra), not by where it was staged.
            const bool local = requirement.startsWith(QLatin1Char('/')) || requirement.startsWith(QLatin1Char('.'));
            const qsizetype extras = requirement.lastIndexOf(QLatin1Char('['));
            sorted << (local ? QStringLiteral("<local project>") + (extras >= 0 ? requirement.mid(extras) : QString())
                             : requirement);
        }
        sorted.sort();
        inputs.insert(QStringLiteral("requirements"), QJsonArray::fromStringList(sorted));
        QStringList constraints = m_request.constraints;
        constraints.sort();
        inputs.insert(QStringLiteral("constraints"), QJsonArray::fromStringList(constraints));
        if (!m_request.constraintsFile.isEmpty()) {
            auto text = readWholeFile(m_request.constraintsFile);
            if (!text) {
                return std::unexpected(text.error());
            }
            inputs.insert(QStringLiteral("constraints_file"), QString::fromUtf8(*text));
        }
        inputs.insert(QStringLiteral("mode"), m_request.mode == WheelRequest::Mode::CrossPlatform ? 1 : 2);
        inputs.insert(QStringLiteral("target"), m_request.target.describe());
        inputs.insert(QStringLiteral("python"), m_request.targetPythonVersion);
        inputs.insert(QStringLiteral("index"), QJsonArray::fromStringList(m_request.pip.cacheKeyInputs()));
        inputs.insert(QStringLiteral("extra"), m_request.cacheKeyExtra);
        const QByteArray bytes = QJsonDocument(inputs).toJson(QJsonDocument::Compact);
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
    }

    // The cached resolution, copied into the destination; nullopt-like empty when absent or stale.
    Result<QList<ResolvedWheel>> fromCache(const QString &key) const
    {
        auto lock = readWholeFile(QDir(wheelCacheDir()).filePath(QStringLiteral("locks/%1.json").arg(key)));
        if (!lock) {
            return QList<ResolvedWheel>();
        }
        QList<ResolvedWheel> wheels;
        const QJsonArray entries = QJsonDocument::fromJson(*lock).object().value(QStringLiteral("wheels")).toArray();
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString file = entry.value(QStringLiteral("file")).toString();
            const QString cached = QDir(wheelCacheDir()).filePath(QStringLiteral("files/") + file);
            auto tag = WheelTag::parse(file);
            auto hash = EmbeddablePython::sha256(cached);
            if (!tag || !hash || *hash != entry.value(QStringLiteral("sha256")).toString()) {
                m_control.log(
                    QCoreApplication::translate("core", "The wheel cache lost or changed %1: resolving again").arg(file));
                return QList<ResolvedWheel>();
            }
            const QString target = QDir(m_request.destination).filePath(file);
            if (auto copied = copyOrLink(cached, target); !copied) {
                return std::unexpected(copied.error());
            }
            ResolvedWheel wheel;
            wheel.tag = *tag;
            wheel.path = target;
            wheel.sha256 = *hash;
            wheel.size = QFileInfo(target).size();
            wheel.origin = QStringLiteral("cache");
            if (m_request.mode == WheelRequest::Mode::CrossPlatform) {
                wheel.matchedTag = tag->compatibleTag(m_request.target).value_or(QString());
            } else {
                wheel.matchedTag = tag->tagString();
            }
            wheels.append(wheel);
        }
        return wheels;
    }

    Status store(const QString &key, const QList<ResolvedWheel> &wheels) const
    {
        const QDir files(QDir(wheelCacheDir()).filePath(QStringLiteral("files")));
        if (!QDir().mkpath(files.path())) {
            return fail(
                Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the wheel cache %1.").arg(files.path()));
        }
        QJsonArray entries;
        for (const ResolvedWheel &wheel : wheels) {
            const QString cached = files.filePath(wheel.tag.fileName);
            const QString partial = cached + QStringLiteral(".partial");
            if (!QFileInfo::exists(cached) || EmbeddablePython::sha256(cached).value_or(QString()) != wheel.sha256) {
                QFile::remove(partial);
                if (!QFile::copy(wheel.path, partial)
                    || ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(cached).constData()) != 0) {
                    QFile::remove(partial);
                    return fail(Error::Code::IoError,
                        QCoreApplication::translate("core", "Cannot store %1 in the wheel cache.").arg(wheel.tag.fileName));
                }
            }
            entries.append(QJsonObject { { QStringLiteral("file"), wheel.tag.fileName },
                { QStringLiteral("sha256"), wheel.sha256 }, { QStringLiteral("origin"), wheel.origin } });
        }
        const QByteArray lock
            = QJsonDocument(QJsonObject { { QStringLiteral("format"), 1 }, { QStringLiteral("wheels"), entries } }).toJson();
        return writeFileAtomically(QDir(wheelCacheDir()).filePath(QStringLiteral("locks/%1.json").arg(key)), lock);
    }

    Result<ProcessOutput> pip(const QStringList &arguments) const
    {
        ProcessRequest request;
        request.program = m_request.pip.python;
        request.arguments = QStringList { QStringLiteral("-m"), QStringLiteral("pip") };
        if (!m_request.pip.targetPython.isEmpty()) {
            request.arguments << QStringLiteral("--python") << m_request.pip.targetPython;
        }
        request.arguments << arguments;
        request.environment = m_request.pip.environment;
        m_request.pip.addIndexEnvironment(request.environment);
        request.environment.insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
        request.environment.insert(QStringLiteral("PIP_NO_INPUT"), QStringLiteral("1"));
        request.environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        request.timeoutMs = m_request.pip.timeoutMs;
        return BlockingProcess::run(request, m_control);
    }

    QStringList commonArguments(const QString &requirementsFile, const QString &constraintsFile) const
    {
        QStringList args { QStringLiteral("--progress-bar"), QStringLiteral("off") };
        args << m_request.pip.indexArguments();
        if (!constraintsFile.isEmpty()) {
            args << QStringLiteral("-c") << constraintsFile;
        }
        args << QStringLiteral("-r") << requirementsFile;
        return args;
    }

    // Inline constraints and the constraints file, as one file for pip.
    Result<QString> writeConstraints(const QString &dir) const
    {
        QByteArray text;
        if (!m_request.constraintsFile.isEmpty()) {
            auto file = readWholeFile(m_request.constraintsFile);
            if (!file) {
                return std::unexpected(file.error());
            }
            text += *file + '\n';
        }
        const MarkerEnvironment env = environmentFor(m_request);
        for (const QString &line : m_request.constraints) {
            auto req = Requirement::parse(line);
            if (!req) {
                return std::unexpected(req.error());
            }
            if (req->marker.evaluate(env).value_or(true)) {
                text += req->withoutMarker().toUtf8() + '\n';
            }
        }
        if (text.trimmed().isEmpty()) {
            return QString();
        }
        const QString path = QDir(dir).filePath(QStringLiteral("constraints.txt"));
        if (auto written = writeFileAtomically(path, text); !written) {
            return std::unexpected(written.error());
        }
        return path;
    }

    Result<QList<ResolvedWheel>> crossPlatform(const QStringList &requirements)
    {
        QTemporaryDir work;
        if (!work.isValid()) {
            return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create a temporary folder."));
        }
        const QString requirementsFile = work.filePath(QStringLiteral("requirements.txt"));
        if (auto written = writeFileAtomically(requirementsFile, requirements.join(QLatin1Char('\n')).toUtf8() + '\n');
            !written) {
            return std::unexpected(written.error());
        }
        auto constraintsFile = writeConstraints(work.path());
        if (!constraintsFile) {
            return std::unexpected(constraintsFile.error());
        }
        const QString download = work.filePath(QStringLiteral("download"));
        const QString fallback = work.filePath(QStringLiteral("fallback"));
        QDir().mkpath(fallback);
        QSet<QString> fellBack;
        static const QRegularExpression noMatch(QStringLiteral("No matching distribution found for ([^\\s]+)"));
        for (int round = 0; round < 8; ++round) {
            QDir(download).removeRecursively();
            QStringList args { QStringLiteral("download"), QStringLiteral("--dest"), download, QStringLiteral("--platform"),
                m_request.target.platform, QStringLiteral("--python-version"),
                QStringLiteral("%1.%2").arg(m_request.target.pythonMajor).arg(m_request.target.pythonMinor),
                QStringLiteral("--implementation"), QStringLiteral("cp"), QStringLiteral("--only-binary"),
                QStringLiteral(":all:") };
            if (!fellBack.isEmpty()) {
                args << QStringLiteral("--find-links") << fallback;
            }
            args << commonArguments(requirementsFile, *constraintsFile);
            auto output = pip(args);
            if (!output) {
                return std::unexpected(output.error());
            }
            if (auto unreachable = output->exitCode != 0 ? unreachableIndex(*output, m_request.pip) : std::nullopt) {
                return std::unexpected(*unreachable);
            }
            if (output->exitCode == 0) {
                auto wheels = WheelResolver::scan(download, QStringLiteral("index"));
                if (!wheels) {
                    return wheels;
                }
                const QStringList fallbackFiles = QDir(fallback).entryList({ QStringLiteral("*.whl") }, QDir::Files);
                for (ResolvedWheel &wheel : *wheels) {
                    wheel.path = QDir(m_request.destination).filePath(wheel.tag.fileName);
                    if (auto copied = copyOrLink(QDir(download).filePath(wheel.tag.fileName), wheel.path); !copied) {
                        return std::unexpected(copied.error());
                    }
                    if (fallbackFiles.contains(wheel.tag.fileName)) {
                        wheel.origin = QStringLiteral("pure-python fallback");
                    }
                    wheel.matchedTag = wheel.tag.compatibleTag(m_request.target).value_or(QString());
                }
                const QStringList others
                    = QDir(download).entryList(QDir::Files).filter(QRegularExpression(QStringLiteral("(?<!\\.whl)$")));
                if (!others.isEmpty()) {
                    return fail(Error::Code::Rejected,
                        QCoreApplication::translate("core", "pip downloaded files that are not wheels: %1.")
                            .arg(others.join(QStringLiteral(", "))));
                }
                return wheels;
            }
            // Which requirement had no wheel for the target? Build a pure-Python wheel for it.
            const QString text = QString::fromUtf8(output->standardError + output->standardOutput);
            const auto match = noMatch.match(text);
            const QString missing = match.hasMatch() ? match.captured(1) : QString();
            if (text.contains(QStringLiteral("ResolutionImpossible"))) {
                return fail(Error::Code::Rejected,
                    QCoreApplication::translate(
                        "core", "The pins cannot be met for %1: no allowed combination of versions has wheels for it.\n%2")
                        .arg(m_request.target.describe(), messageLines(*output)),
                    QCoreApplication::translate("core",
                        "Relax a pin, or provide wheels of allowed versions (a mirror, --find-links). Nothing was built."));
            }
            if (missing.isEmpty() || fellBack.contains(missing)) {
                return fail(Error::Code::ToolFailed,
                    QCoreApplication::translate("core", "pip could not find wheels for %1:\n%2")
                        .arg(m_request.target.describe(), messageLines(*output)),
                    QCoreApplication::translate(
                        "core", "Check the pins (build.constraints), the index URL, or provide the wheels with --find-links."));
            }
            // "(from versions: 2.0.0)": wheels for the target exist, the pins exclude them all. A
            // pure-Python build would not help (and would hide the real problem).
            static const QRegularExpression versions(QStringLiteral("Could not find a version that satisfies the requirement "
                                                                    "([^\\s]+) \\(from versions: ([^)]*)\\)"));
            if (const auto found = versions.match(text);
                found.hasMatch() && found.captured(2).trimmed() != QStringLiteral("none")) {
                const QString name = WheelTag::normalizeName(
                    found.captured(1).section(QRegularExpression(QStringLiteral("[<>=!~;\\[ ]")), 0, 0));
                QStringList pinned;
                for (const Pin &pin : std::as_const(m_pins)) {
                    if (pin.requirement.normalizedName() == name) {
                        pinned << QStringLiteral("%1 from %2").arg(pin.requirement.withoutMarker(), pin.origin);
                    }
                }
                return fail(Error::Code::Rejected,
                    QCoreApplication::translate(
                        "core", "%1 cannot be resolved for %2: the index has %3 but the pins allow none of them (%4).")
                        .arg(name, m_request.target.describe(), found.captured(2).trimmed(),
                            pinned.isEmpty() ? found.captured(1) : pinned.join(QStringLiteral("; "))),
                    QCoreApplication::translate("core",
                        "Relax the pin, or provide a wheel of an allowed version (a mirror, --find-links). "
                        "Nothing was built."));
            }
            fellBack.insert(missing);
            m_control.log(QCoreApplication::translate("core", "No %1 wheel for %2: trying a pure-Python wheel built here")
                              .arg(m_request.target.platform, missing));
            if (auto built = buildPureWheel(missing, fallback, *constraintsFile); !built) {
                return std::unexpected(built.error());
            }
        }
        return fail(
            Error::Code::ToolFailed, QCoreApplication::translate("core", "pip kept failing to resolve the dependencies."));
    }

    // pip wheel --no-deps for one requirement on the host; only a pure-Python result is kept.
    Status buildPureWheel(const QString &requirement, const QString &fallbackDir, const QString &constraintsFile)
    {
        QTemporaryDir work;
        QStringList args { QStringLiteral("wheel"), QStringLiteral("--no-deps"), QStringLiteral("--wheel-dir"), work.path(),
            QStringLiteral("--progress-bar"), QStringLiteral("off") };
        args << m_request.pip.indexArguments();
        if (!constraintsFile.isEmpty()) {
            args << QStringLiteral("-c") << constraintsFile;
        }
        args << requirement;
        auto output = pip(args);
        if (!output) {
            return std::unexpected(output.error());
        }
        if (auto unreachable = output->exitCode != 0 ? unreachableIndex(*output, m_request.pip) : std::nullopt) {
            return std::unexpected(*unreachable);
        }
        if (output->exitCode != 0) {
            return fail(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "%1 has no wheel for %2, and building one failed:\n%3")
                    .arg(requirement, m_request.target.describe(), messageLines(*output)),
                QCoreApplication::translate("core", "Find a %1 wheel (a mirror, --find-links) or drop the dependency.")
                    .arg(m_request.target.platform));
        }
        auto built = WheelResolver::scan(work.path(), QStringLiteral("pure-python fallback"));
        if (!built) {
            return std::unexpected(built.error());
        }
        for (const ResolvedWheel &wheel : *built) {
            if (!wheel.tag.isPure()) {
                return fail(Error::Code::Rejected,
                    QCoreApplication::translate(
                        "core", "%1 has no wheel for %2; the only one pip found here is %3, which is not pure Python (%4).")
                        .arg(requirement, m_request.target.describe(), wheel.tag.fileName, wheel.tag.tagString()),
                    QCoreApplication::translate(
                        "core", "A %1 wheel is needed: find one (a mirror, --find-links) or drop the dependency.")
                        .arg(m_request.target.platform));
            }
            if (auto copied = copyOrLink(wheel.path, QDir(fallbackDir).filePath(wheel.tag.fileName)); !copied) {
                return copied;
            }
            m_control.log(QCoreApplication::translate("core", "Built the pure-Python wheel %1").arg(wheel.tag.fileName));
        }
        return {};
    }

    Result<QList<ResolvedWheel>> host(const QStringList &requirements)
    {
        QTemporaryDir work;
        const QString requirementsFile = work.filePath(QStringLiteral("requirements.txt"));
        if (auto written = writeFileAtomically(requirementsFile, requirements.join(QLatin1Char('\n')).toUtf8() + '\n');
            !written) {
            return std::unexpected(written.error());
        }
        auto constraintsFile = writeConstraints(work.path());
        if (!constraintsFile) {
            return std::unexpected(constraintsFile.error());
        }
        const QString wheelDir = work.filePath(QStringLiteral("wheels"));
        QStringList args { QStringLiteral("wheel"), QStringLiteral("--wheel-dir"), wheelDir };
        args << commonArguments(requirementsFile, *constraintsFile);
        auto output = pip(args);
        if (!output) {
            return std::unexpected(output.error());
        }
        if (auto unreachable = output->exitCode != 0 ? unreachableIndex(*output, m_request.pip) : std::nullopt) {
            return std::unexpected(*unreachable);
        }
        if (output->exitCode != 0) {
            return fail(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "pip could not build or download the wheels:\n%1").arg(messageLines(*output)),
                QCoreApplication::translate(
                    "core", "Check the pins, the index URL (--index-url) or the wheel folders (--find-links)."));
        }
        auto wheels = WheelResolver::scan(wheelDir, QStringLiteral("index"));
        if (!wheels) {
            return wheels;
        }
        for (ResolvedWheel &wheel : *wheels) {
            wheel.path = QDir(m_request.destination).filePath(wheel.tag.fileName);
            if (auto copied = copyOrLink(QDir(wheelDir).filePath(wheel.tag.fileName), wheel.path); !copied) {
                return std::unexpected(copied.error());
            }
            wheel.matchedTag = wheel.tag.tagString();
        }
        return wheels;
    }

    const WheelRequest &m_request;
    const TaskControl &m_control;
    QList<Pin> m_pins;
};

} // namespace

Result<WheelSet> WheelResolver::resolve(const WheelRequest &request, const TaskControl &control)
{
    if (request.pip.python.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No Python interpreter is set to run pip."));
    }
    return Resolution(request, control).run();
}

Result<QList<Pin>> WheelResolver::pins(const WheelRequest &request)
{
    QList<Pin> out;
    const MarkerEnvironment env = environmentFor(request);
    auto add = [&](const QString &line, const QString &origin) -> Status {
        const QString trimmed = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QLatin1Char('/'))
            || trimmed.startsWith(QLatin1Char('.'))) {
            return {}; // pip options and local paths are not pins
        }
        auto req = Requirement::parse(trimmed);
        if (!req) {
            return fail(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(origin, req.error().message), req.error().hint);
        }
        if (!req->marker.evaluate(env).value_or(true) || (req->specifiers.isEmpty() && req->url.isEmpty())) {
            return {};
        }
        out.append(Pin { *req, origin });
        return {};
    };
    for (const QString &line : request.constraints) {
        if (auto done = add(line, QStringLiteral("build.constraints")); !done) {
            return std::unexpected(done.error());
        }
    }
    if (!request.constraintsFile.isEmpty()) {
        auto text = readWholeFile(request.constraintsFile);
        if (!text) {
            return std::unexpected(text.error());
        }
        for (const QString &line : QString::fromUtf8(*text).split(QLatin1Char('\n'))) {
            if (auto done = add(line, QFileInfo(request.constraintsFile).fileName()); !done) {
                return std::unexpected(done.error());
            }
        }
    }
    for (const QString &line : request.requirements) {
        if (auto done = add(line, QStringLiteral("the requirements")); !done) {
            return std::unexpected(done.error());
        }
    }
    return out;
}

Status WheelResolver::verify(const QList<ResolvedWheel> &wheels, const QList<Pin> &pins, const WheelTarget *checkTags)
{
    QStringList offenders;
    for (const ResolvedWheel &wheel : wheels) {
        if (checkTags) {
            if (auto tag = wheel.tag.compatibleTag(*checkTags); !tag) {
                offenders << QStringLiteral("%1 %2: %3").arg(wheel.tag.distribution, wheel.tag.version, tag.error().message);
            }
        }
        for (const Pin &pin : pins) {
            if (pin.requirement.normalizedName() != wheel.tag.normalizedName() || !pin.requirement.url.isEmpty()) {
                continue;
            }
            if (!pin.requirement.specifiers.containsText(wheel.tag.version)) {
                offenders << QStringLiteral("%1 %2 (%3) breaks the pin %4 from %5")
                                 .arg(wheel.tag.distribution, wheel.tag.version, wheel.tag.fileName,
                                     pin.requirement.withoutMarker(), pin.origin);
            }
        }
    }
    if (offenders.isEmpty()) {
        return {};
    }
    return fail(Error::Code::Rejected,
        QCoreApplication::translate("core", "%1 cannot go into the build:\n  %2")
            .arg(offenders.size() == 1 ? QStringLiteral("1 wheel") : QStringLiteral("%1 wheels").arg(offenders.size()),
                offenders.join(QStringLiteral("\n  "))),
        QCoreApplication::translate("core",
            "Pin the versions (build.constraints or a constraints file) or provide the right wheels; nothing was built."));
}

Result<QList<ResolvedWheel>> WheelResolver::scan(const QString &folder, const QString &origin)
{
    QList<ResolvedWheel> out;
    QStringList files = QDir(folder).entryList({ QStringLiteral("*.whl") }, QDir::Files, QDir::Name);
    for (const QString &file : std::as_const(files)) {
        auto tag = WheelTag::parse(file);
        if (!tag) {
            return std::unexpected(tag.error());
        }
        const QString path = QDir(folder).filePath(file);
        auto hash = EmbeddablePython::sha256(path);
        if (!hash) {
            return std::unexpected(hash.error());
        }
        ResolvedWheel wheel;
        wheel.tag = *tag;
        wheel.path = path;
        wheel.sha256 = *hash;
        wheel.size = QFileInfo(path).size();
        wheel.origin = origin;
        wheel.matchedTag = tag->tagString();
        out.append(wheel);
    }
    return out;
}

} // namespace rd
