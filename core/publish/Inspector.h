#pragma once

#include "forge/ReleaseProvider.h"
#include "publish/FileHasher.h"
#include "publish/Finding.h"
#include "publish/Sha256Sums.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace rd {

struct InspectOptions
{
    QString tag; // one release; empty: every release (all pages)
    QString appName; // {app} in the patterns
    QStringList patterns; // expected asset names: {app}, {tag}, {version} (the tag without its prefix)
    QString tagPrefix = QStringLiteral("v");
    QString localFolder; // the build output of `tag`: its files are expected, compared by size and SHA-256
    std::optional<bool> readChecksums; // download each release's SHA256SUMS; default: with a tag or a local folder
    bool deep = false; // download every asset and hash it (sizes and checksums as served)
    int parallel = 4; // downloads at a time
    bool operator==(const InspectOptions &) const = default;
};

// What the Inspector found about one release, with what it learned on the way (for RepairPlan).
struct ReleaseReport
{
    ReleaseInfo release;
    QList<Finding> findings;
    QStringList expected; // names expected from the patterns and the local folder
    QHash<QString, FileDigest> local; // local build files by name
    QHash<qint64, QString> remoteHash; // asset id -> SHA-256 of its bytes (deep, or SHA256SUMS itself)
    QHash<qint64, qint64> remoteBytes; // asset id -> bytes the server sent (deep)
    bool checksumsRead = false;
    Sha256Sums sums;

    bool healthy() const; // nothing worse than Info
    int count(Finding::Severity severity) const;
    QJsonObject toJson() const; // the release, its assets (with duplicate groups) and the findings
    QString toText() const;
    bool operator==(const ReleaseReport &) const = default;
};

using InspectReport = QList<ReleaseReport>;

// Lists releases (every page, or the one of a tag) and reports per release: draft, pre-release,
// expected assets missing (naming patterns, local build folder), duplicate names, zero-size
// assets, size mismatches, checksum mismatches against SHA256SUMS, no or incomplete SHA256SUMS,
// leftovers of interrupted replacements. It only reads: the release list (4 requests for 200
// releases on Gitea), and, when asked, each SHA256SUMS and (deep) each asset's bytes.
class Inspector final : public QObject
{
    Q_OBJECT

public:
    Inspector(ReleaseProvider *provider, InspectOptions options, QObject *parent = nullptr);

    void start();
    void cancel();
    const InspectReport &report() const { return m_reports; }

    // "{app}-{tag}-setup.exe" with app "Tallyho" and tag "v1.0.0" -> "Tallyho-v1.0.0-setup.exe".
    static QString expandPattern(const QString &pattern, const QString &app, const QString &tag, const QString &tagPrefix);

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::InspectReport> &report);

private:
    struct Download
    {
        int report;
        AssetInfo asset;
        bool isChecksums;
    };
    void onReleases(const ReleaseList &releases);
    void startDownloads();
    void downloadNext();
    void analyse();
    void analyse(ReleaseReport &report) const;
    void finish(const Result<InspectReport> &result);

    QPointer<ReleaseProvider> m_provider;
    InspectOptions m_options;
    InspectReport m_reports;
    QHash<QString, FileDigest> m_local;
    QList<Download> m_queue;
    int m_running = 0;
    int m_downloadsTotal = 0;
    int m_downloadsDone = 0;
    int m_pendingHashes = 0;
    bool m_releasesDone = false;
    std::unique_ptr<QTemporaryDir> m_temp;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
