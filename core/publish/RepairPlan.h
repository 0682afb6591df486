#pragma once

#include "forge/ReleaseProvider.h"
#include "plan/Plan.h"
#include "publish/Inspector.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace rd {

struct RepairOptions
{
    bool removeDuplicates = true; // keep the copy matching the local file / SHA256SUMS, else the newest
    bool reupload = true; // files of the local build that are missing or differ (needs a local folder)
    // When not empty, only these local files are re-uploaded, and always (the user chose them,
    // e.g. after a report of a corrupt download that the sizes and SHA256SUMS do not show).
    QStringList reuploadOnly;
    bool removeLeftovers = true; // rdtmp-… assets of interrupted replacements
    bool regenerateChecksums = true; // upload a SHA256SUMS that matches the release afterwards, when every hash is known
    bool publishDraft = false;
    std::optional<QString> notes; // new release notes
    bool deleteRelease = false; // only this: the release and its assets go
    int parallel = 2;
    bool operator==(const RepairOptions &) const = default;
};

// Turns an inspection of one release into a plan that repairs it (run by ReleasePlanRunner):
// re-upload the local build's missing or differing files (replacing without a gap), remove
// duplicate copies (keeping the one whose bytes match the local file, else SHA256SUMS, else the
// newest; copies lacking a checksum are downloaded and hashed for that), remove leftovers of
// interrupted uploads, upload a SHA256SUMS that matches, publish a draft, edit the notes, or
// delete the release. Building the plan only reads.
class RepairPlanner final : public QObject
{
    Q_OBJECT

public:
    RepairPlanner(ReleaseProvider *provider, ReleaseReport report, RepairOptions options, QObject *parent = nullptr);

    void start();
    void cancel();

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::Plan> &plan);

private:
    void hashNext();
    void build();
    QString hashOf(const AssetInfo &asset) const;
    void finish(const Result<Plan> &result);

    QPointer<ReleaseProvider> m_provider;
    ReleaseReport m_report;
    RepairOptions m_options;
    QList<AssetInfo> m_toHash;
    int m_running = 0;
    bool m_done = false;
};

// The one plan that deletes a release (the CLI's `release delete`, the Inspector, a repair that
// deletes): its title, the release id in the plan's data, one DELETE saying what goes with it.
Plan deleteReleasePlan(const ReleaseProvider *provider, const ReleaseInfo &release);

} // namespace rd
