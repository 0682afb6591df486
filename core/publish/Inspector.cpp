#include "Inspector.h"

#include "common/AtomicFile.h"
#include "plan/Plan.h"
#include "project/ArtifactNames.h"
#include "publish/AssetSync.h"
#include "version/TagScheme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTimer>

namespace rd {

namespace {

bool isBookkeeping(const QString &name)
{
    return name == Sha256Sums::fileName() || AssetSync::isTemporaryName(name) || ArtifactNames::isUpdateMetadata(name);
}

QString shortHash(const QString &hash)
{
    return hash.left(12) + QStringLiteral("…");
}

} // namespace

bool ReleaseReport::healthy() const
{
    return count(Finding::Severity::Warning) == 0 && count(Finding::Severity::Problem) == 0;
}

int ReleaseReport::count(Finding::Severity severity) const
{
    int n = 0;
    for (const Finding &finding : findings) {
        n += finding.severity == severity ? 1 : 0;
    }
    return n;
}

QJsonObject ReleaseReport::toJson() const
{
    QMap<QString, int> groupOf;
    int groups = 0;
    QHash<QString, int> counts;
    for (const AssetInfo &asset : release.assets) {
        counts[asset.name]++;
    }
    QJsonArray assets;
    for (const AssetInfo &asset : release.assets) {
        QJsonObject object { { QStringLiteral("id"), asset.id }, { QStringLiteral("name"), asset.name },
            { QStringLiteral("size"), asset.size }, { QStringLiteral("download_count"), asset.downloadCount },
            { QStringLiteral("created_at"), asset.createdAt.toUTC().toString(Qt::ISODate) } };
        if (counts.value(asset.name) > 1) {
            if (!groupOf.contains(asset.name)) {
                groupOf.insert(asset.name, ++groups);
            }
            object.insert(QStringLiteral("duplicate_group"), groupOf.value(asset.name));
        }
        if (remoteHash.contains(asset.id)) {
            object.insert(QStringLiteral("sha256"), remoteHash.value(asset.id));
        } else if (!asset.sha256.isEmpty()) {
            object.insert(QStringLiteral("sha256"), asset.sha256);
        }
        assets.append(object);
    }
    QJsonArray list;
    for (const Finding &finding : findings) {
        list.append(finding.toJson());
    }
    return QJsonObject { { QStringLiteral("release"),
                             QJsonObject { { QStringLiteral("id"), release.id }, { QStringLiteral("tag_name"), release.tagName },
                                 { QStringLiteral("name"), release.name }, { QStringLiteral("body"), release.body },
                                 { QStringLiteral("draft"), release.draft }, { QStringLiteral("prerelease"), release.prerelease },
                                 { QStringLiteral("created_at"), release.createdAt.toUTC().toString(Qt::ISODate) },
                                 { QStringLiteral("html_url"), release.htmlUrl } } },
        { QStringLiteral("assets"), assets }, { QStringLiteral("findings"), list },
        { QStringLiteral("checksums_read"), checksumsRead }, { QStringLiteral("healthy"), healthy() } };
}

QString ReleaseReport::toText() const
{
    QStringList badges;
    if (release.draft) {
        badges << QStringLiteral("draft");
    }
    if (release.prerelease) {
        badges << QStringLiteral("pre-release");
    }
    QString head = QStringLiteral("%1 (release %2, %3 asset(s)%4)")
                       .arg(release.tagName, QString::number(release.id), QString::number(release.assets.size()),
                           badges.isEmpty() ? QString() : QStringLiteral(", ") + badges.join(QStringLiteral(", ")));
    const int problems = count(Finding::Severity::Problem);
    const int warnings = count(Finding::Severity::Warning);
    head += healthy() ? QStringLiteral(": ok") : QStringLiteral(": %1 problem(s), %2 warning(s)").arg(problems).arg(warnings);
    QStringList lines { head };
    for (const Finding &finding : findings) {
        const QString symbol = finding.severity == Finding::Severity::Problem ? QStringLiteral("✗")
            : finding.severity == Finding::Severity::Warning                  ? QStringLiteral("⚠")
                                                                              : QStringLiteral("·");
        lines << QStringLiteral("  %1 %2: %3").arg(symbol, Finding::kindName(finding.kind), finding.message);
    }
    return lines.join(QLatin1Char('\n'));
}

Inspector::Inspector(ReleaseProvider *provider, InspectOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_options(std::move(options))
{ }

QString Inspector::expandPattern(const QString &pattern, const QString &app, const QString &tag, const QString &tagPrefix)
{
    // The same names the builds write (ArtifactNames): the app made file-safe, the tag as the
    // project's scheme spells the version (a tag typed as v0.3.0a1 still expects -v0.3.0-alpha.1-).
    if (auto scheme = TagScheme::withPrefix(tagPrefix)) {
        if (auto version = scheme->versionFromTag(tag)) {
            return ArtifactNames(app, tagPrefix, *version).expand(pattern);
        }
    }
    QString version = tag;
    if (!tagPrefix.isEmpty() && version.startsWith(tagPrefix)) {
        version = version.mid(tagPrefix.size());
    }
    QString out = pattern;
    out.replace(QStringLiteral("{app}"), ArtifactNames::fileSafe(app))
        .replace(QStringLiteral("{tag}"), ArtifactNames::fileSafe(tag))
        .replace(QStringLiteral("{version}"), version);
    return out;
}

void Inspector::cancel()
{
    m_cancelled = true;
    QTimer::singleShot(
        0, this, [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Inspection cancelled."))); });
}

void Inspector::finish(const Result<InspectReport> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

void Inspector::start()
{
    if (!m_provider) {
        QTimer::singleShot(0, this,
            [this] { finish(fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No release provider."))); });
        return;
    }
    if (!m_options.localFolder.isEmpty()) {
        if (m_options.tag.isEmpty()) {
            QTimer::singleShot(0, this, [this] {
                finish(fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("core", "A local build folder belongs to one release."),
                    QCoreApplication::translate("core", "Give the release's tag with --tag.")));
            });
            return;
        }
        QFileInfoList files = QDir(m_options.localFolder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        // Release files are the artifacts, never the build's side files (report, installer.nsi,
        // its own SHA256SUMS): those would count as "missing" and be uploaded by a repair.
        files.removeIf([](const QFileInfo &file) { return ArtifactNames::isSideFile(file.fileName()); });
        if (!QFileInfo(m_options.localFolder).isDir()) {
            QTimer::singleShot(0, this, [this] {
                finish(fail(Error::Code::NotFound,
                    QCoreApplication::translate("core", "%1 is not a folder.").arg(m_options.localFolder)));
            });
            return;
        }
        m_pendingHashes = int(files.size());
        for (const QFileInfo &file : files) {
            FileHasher::hash(file.absoluteFilePath(), this, [this](const Result<FileDigest> &digest) {
                if (m_done) {
                    return;
                }
                if (!digest) {
                    finish(std::unexpected(digest.error()));
                    return;
                }
                m_local.insert(QFileInfo(digest->path).fileName(), *digest);
                if (--m_pendingHashes == 0 && m_releasesDone) {
                    startDownloads();
                }
            });
        }
    }
    emit progress(0, 0, QCoreApplication::translate("core", "listing releases"));
    if (!m_options.tag.isEmpty()) {
        m_provider->releaseByTag(m_options.tag, this, [this](const Result<ReleaseInfo> &release) {
            if (!release) {
                finish(std::unexpected(release.error()));
                return;
            }
            onReleases({ *release });
        });
    } else {
        m_provider->listReleases(this, [this](const Result<ReleaseList> &releases) {
            if (!releases) {
                finish(std::unexpected(releases.error()));
                return;
            }
            onReleases(*releases);
        });
    }
}

void Inspector::onReleases(const ReleaseList &releases)
{
    if (m_done) {
        return;
    }
    for (const ReleaseInfo &release : releases) {
        ReleaseReport report;
        report.release = release;
        m_reports << report;
    }
    m_releasesDone = true;
    if (m_pendingHashes == 0) {
        startDownloads();
    }
}

void Inspector::startDownloads()
{
    const bool checksums
        = m_options.readChecksums.value_or(!m_options.tag.isEmpty() || !m_options.localFolder.isEmpty() || m_options.deep);
    for (int i = 0; i < m_reports.size(); ++i) {
        const AssetList &assets = m_reports[i].release.assets;
        const AssetList sums = assetsNamed(assets, Sha256Sums::fileName());
        if (checksums && !sums.isEmpty()) {
            m_queue << Download { i, sums.last(), true };
        }
        if (m_options.deep) {
            for (const AssetInfo &asset : assets) {
                if (sums.isEmpty() || asset.id != sums.last().id) {
                    m_queue << Download { i, asset, false };
                }
            }
        }
    }
    m_downloadsTotal = int(m_queue.size());
    if (m_queue.isEmpty()) {
        analyse();
        return;
    }
    m_temp = std::make_unique<QTemporaryDir>();
    emit logLine(QCoreApplication::translate("core", "downloading %n file(s) to check them", nullptr, int(m_downloadsTotal)));
    for (int i = 0; i < std::max(1, m_options.parallel); ++i) {
        downloadNext();
    }
}

void Inspector::downloadNext()
{
    if (m_done) {
        return;
    }
    if (m_queue.isEmpty()) {
        if (m_running == 0) {
            analyse();
        }
        return;
    }
    const Download download = m_queue.takeFirst();
    ++m_running;
    const QString target = download.isChecksums
        ? QDir(m_temp->path()).filePath(QStringLiteral("%1-%2").arg(download.report).arg(Sha256Sums::fileName()))
        : QString();
    TransferJob *job = m_provider->downloadAsset(m_reports[download.report].release, download.asset, target, this);
    connect(job, &TransferJob::finished, this, [this, job, download](const Result<TransferResult> &result) {
        job->deleteLater();
        --m_running;
        ++m_downloadsDone;
        emit progress(
            m_downloadsDone, m_downloadsTotal, QCoreApplication::translate("core", "checked %1").arg(download.asset.name));
        ReleaseReport &report = m_reports[download.report];
        if (!result) {
            if (result.error().code == Error::Code::Cancelled) {
                finish(std::unexpected(result.error()));
                return;
            }
            report.findings << Finding { download.isChecksums ? Finding::Kind::ChecksumMismatch : Finding::Kind::SizeMismatch,
                Finding::Severity::Problem, download.asset.name, { download.asset.id },
                QStringLiteral("%1 could not be downloaded: %2").arg(download.asset.name, result.error().message) };
        } else {
            report.remoteHash.insert(download.asset.id, result->sha256);
            report.remoteBytes.insert(download.asset.id, result->bytes);
            if (download.isChecksums) {
                auto text = readWholeFile(result->path);
                auto parsed = text ? Sha256Sums::parse(*text) : Result<Sha256Sums>(std::unexpected(text.error()));
                if (parsed) {
                    report.sums = *parsed;
                    report.checksumsRead = true;
                } else {
                    report.findings << Finding { Finding::Kind::ChecksumMismatch, Finding::Severity::Problem,
                        Sha256Sums::fileName(), { download.asset.id },
                        QStringLiteral("SHA256SUMS is not in sha256sum format: %1").arg(parsed.error().message) };
                }
            }
        }
        downloadNext();
    });
    job->start();
}

void Inspector::analyse()
{
    for (ReleaseReport &report : m_reports) {
        analyse(report);
    }
    finish(m_reports);
}

void Inspector::analyse(ReleaseReport &report) const
{
    const ReleaseInfo &release = report.release;
    const AssetList &assets = release.assets;
    QList<Finding> findings;
    if (release.draft) {
        findings << Finding { Finding::Kind::Draft, Finding::Severity::Info, {}, {},
            QStringLiteral("draft: only writers see it") };
    }
    if (release.prerelease) {
        findings << Finding { Finding::Kind::Prerelease, Finding::Severity::Info, {}, {},
            QStringLiteral("marked as a pre-release") };
    }

    QMap<QString, AssetList> byName;
    for (const AssetInfo &asset : assets) {
        byName[asset.name] << asset;
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it->size() > 1) {
            const AssetList copies = assetsNamed(assets, it.key());
            QList<qint64> ids;
            QStringList sizes;
            for (const AssetInfo &asset : copies) {
                ids << asset.id;
                sizes << QStringLiteral("%1 (%2)").arg(asset.id).arg(formatBytes(asset.size));
            }
            findings << Finding { Finding::Kind::DuplicateName, Finding::Severity::Problem, it.key(), ids,
                QStringLiteral("%1 is there %2 times: assets %3")
                    .arg(it.key())
                    .arg(copies.size())
                    .arg(sizes.join(QStringLiteral(", "))) };
        }
    }
    for (const AssetInfo &asset : assets) {
        if (asset.size == 0) {
            findings << Finding { Finding::Kind::ZeroSize, Finding::Severity::Problem, asset.name, { asset.id },
                QStringLiteral("%1 (asset %2) is empty").arg(asset.name).arg(asset.id) };
        }
        if (AssetSync::isTemporaryName(asset.name)) {
            findings << Finding { Finding::Kind::LeftoverUpload, Finding::Severity::Warning, asset.name, { asset.id },
                QStringLiteral("%1 (asset %2) is left over from an interrupted replacement").arg(asset.name).arg(asset.id) };
        }
    }

    // Expected files: the naming patterns, and the local build of this tag.
    QStringList expected;
    for (const QString &pattern : m_options.patterns) {
        if (pattern.contains(QStringLiteral("{app}")) && m_options.appName.isEmpty()) {
            continue;
        }
        expected << expandPattern(pattern, m_options.appName, release.tagName, m_options.tagPrefix);
    }
    const bool localApplies = !m_local.isEmpty() && release.tagName.compare(m_options.tag, Qt::CaseInsensitive) == 0;
    if (localApplies) {
        report.local = m_local;
        for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
            if (!expected.contains(it.key()) && it.key() != Sha256Sums::fileName()) {
                expected << it.key();
            }
        }
    }
    expected.removeDuplicates();
    report.expected = expected;
    for (const QString &name : std::as_const(expected)) {
        if (!byName.contains(name)) {
            findings << Finding { Finding::Kind::MissingAsset, Finding::Severity::Problem, name, {},
                localApplies && m_local.contains(name)
                    ? QStringLiteral("%1 is in the build folder but not on the release").arg(name)
                    : QStringLiteral("%1 is expected but not on the release").arg(name) };
        }
    }

    // SHA256SUMS.
    bool hasPayload = false;
    for (const AssetInfo &asset : assets) {
        hasPayload |= !isBookkeeping(asset.name);
    }
    if (hasPayload && !byName.contains(Sha256Sums::fileName())) {
        findings << Finding { Finding::Kind::NoChecksums, Finding::Severity::Warning, {}, {},
            QStringLiteral("no SHA256SUMS: downloads cannot be verified") };
    }
    if (report.checksumsRead) {
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            if (!isBookkeeping(it.key()) && !report.sums.contains(it.key())) {
                findings << Finding { Finding::Kind::NotInChecksums, Finding::Severity::Warning, it.key(), { it->first().id },
                    QStringLiteral("%1 is not listed in SHA256SUMS").arg(it.key()) };
            }
        }
        for (const QString &name : report.sums.names()) {
            if (!byName.contains(name)) {
                // A problem, not a warning: SHA256SUMS must describe exactly what the release holds.
                findings << Finding { Finding::Kind::ChecksumWithoutAsset, Finding::Severity::Problem, name, {},
                    QStringLiteral("SHA256SUMS lists %1, which the release does not have").arg(name) };
            }
        }
    }

    // Local files against the release.
    if (localApplies) {
        for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
            const FileDigest &file = *it;
            if (report.sums.contains(it.key()) && report.sums.hashOf(it.key()) != file.sha256) {
                findings << Finding { Finding::Kind::ChecksumMismatch, Finding::Severity::Problem, it.key(), {},
                    QStringLiteral("SHA256SUMS says %1 for %2, the local file is %3")
                        .arg(shortHash(report.sums.hashOf(it.key())), it.key(), shortHash(file.sha256)) };
            }
            for (const AssetInfo &asset : byName.value(it.key())) {
                if (asset.size != file.size) {
                    findings << Finding { Finding::Kind::SizeMismatch, Finding::Severity::Problem, asset.name, { asset.id },
                        QStringLiteral("%1 (asset %2) has %3 bytes, the local file %4")
                            .arg(asset.name)
                            .arg(asset.id)
                            .arg(asset.size)
                            .arg(file.size) };
                } else if (report.remoteHash.contains(asset.id) && report.remoteHash.value(asset.id) != file.sha256) {
                    findings << Finding { Finding::Kind::ChecksumMismatch, Finding::Severity::Problem, asset.name, { asset.id },
                        QStringLiteral("%1 (asset %2) differs from the local file (same size, other bytes)")
                            .arg(asset.name)
                            .arg(asset.id) };
                }
            }
        }
    }

    // What the server sends against what it lists and what SHA256SUMS says (deep).
    for (const AssetInfo &asset : assets) {
        if (asset.name == Sha256Sums::fileName()) {
            continue;
        }
        if (!report.remoteBytes.contains(asset.id)) {
            // Not downloaded, but the server knows its hash (the local store's index): that is
            // enough to catch a SHA256SUMS that lies, without reading the file.
            if (Sha256Sums::isSha256(asset.sha256) && report.checksumsRead && report.sums.contains(asset.name)
                && byName.value(asset.name).size() == 1 && report.sums.hashOf(asset.name) != asset.sha256.toLower()) {
                findings << Finding { Finding::Kind::ChecksumMismatch, Finding::Severity::Problem, asset.name, { asset.id },
                    QStringLiteral("SHA256SUMS says %1 for %2, its bytes hash to %3")
                        .arg(shortHash(report.sums.hashOf(asset.name)), asset.name, shortHash(asset.sha256.toLower())) };
            }
            continue;
        }
        const qint64 bytes = report.remoteBytes.value(asset.id);
        if (bytes != asset.size) {
            findings << Finding { Finding::Kind::SizeMismatch, Finding::Severity::Problem, asset.name, { asset.id },
                QStringLiteral("%1 (asset %2) is listed with %3 bytes but %4 bytes are served")
                    .arg(asset.name)
                    .arg(asset.id)
                    .arg(asset.size)
                    .arg(bytes) };
        } else if (report.checksumsRead && report.sums.contains(asset.name) && byName.value(asset.name).size() == 1
            && report.sums.hashOf(asset.name) != report.remoteHash.value(asset.id)) {
            findings << Finding { Finding::Kind::ChecksumMismatch, Finding::Severity::Problem, asset.name, { asset.id },
                QStringLiteral("SHA256SUMS says %1 for %2, its bytes hash to %3")
                    .arg(shortHash(report.sums.hashOf(asset.name)), asset.name, shortHash(report.remoteHash.value(asset.id))) };
        }
    }
    report.findings += findings;
}

} // namespace rd
