#include "ReleasePlanRunner.h"

#include "publish/AssetSync.h"
#include "publish/PublishLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

namespace rd {

namespace {

Status writeTemporaryFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot write %1: %2.").arg(path, file.errorString()),
            QCoreApplication::translate("core", "Check free disk space."));
    }
    return {};
}

ReleaseEdit editFromJson(const QJsonObject &object)
{
    ReleaseEdit edit;
    if (object.contains(QStringLiteral("tag_name"))) {
        edit.tagName = object.value(QStringLiteral("tag_name")).toString();
    }
    if (object.contains(QStringLiteral("name"))) {
        edit.name = object.value(QStringLiteral("name")).toString();
    }
    if (object.contains(QStringLiteral("body"))) {
        edit.body = object.value(QStringLiteral("body")).toString();
    }
    if (object.contains(QStringLiteral("target_commitish"))) {
        edit.targetCommitish = object.value(QStringLiteral("target_commitish")).toString();
    }
    if (object.contains(QStringLiteral("draft"))) {
        edit.draft = object.value(QStringLiteral("draft")).toBool();
    }
    if (object.contains(QStringLiteral("prerelease"))) {
        edit.prerelease = object.value(QStringLiteral("prerelease")).toBool();
    }
    return edit;
}

ReleaseSpec specFromJson(const QJsonObject &object)
{
    ReleaseSpec spec;
    spec.tagName = object.value(QStringLiteral("tag_name")).toString();
    spec.name = object.value(QStringLiteral("name")).toString();
    spec.body = object.value(QStringLiteral("body")).toString();
    spec.targetCommitish = object.value(QStringLiteral("target_commitish")).toString();
    spec.draft = object.value(QStringLiteral("draft")).toBool();
    spec.prerelease = object.value(QStringLiteral("prerelease")).toBool();
    return spec;
}

} // namespace

ReleasePlanRunner::ReleasePlanRunner(ReleaseProvider *provider, Plan plan, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_plan(std::move(plan))
{
    for (const PlanAction &action : std::as_const(m_plan.actions)) {
        if (isUpload(action)) {
            m_bytesTotal += std::max<qint64>(0, action.data.value(QStringLiteral("size")).toInteger());
        }
    }
}

ReleasePlanRunner::~ReleasePlanRunner() = default;

bool ReleasePlanRunner::isUpload(const PlanAction &action)
{
    const QString op = action.data.value(QStringLiteral("op")).toString();
    return op == QStringLiteral("upload-asset") || op == QStringLiteral("upload-sums");
}

void ReleasePlanRunner::start()
{
    QTimer::singleShot(0, this, &ReleasePlanRunner::pump);
}

void ReleasePlanRunner::cancel()
{
    m_cancelled = true;
    // A copy: a sync may finish inside cancel() and take itself off m_syncs.
    const QList<QPointer<AssetSync>> syncs = m_syncs;
    for (const auto &sync : syncs) {
        if (sync) {
            sync->cancel();
        }
    }
    QTimer::singleShot(0, this, &ReleasePlanRunner::pump);
}

void ReleasePlanRunner::pump()
{
    if (m_done) {
        return;
    }
    if (m_failed || m_cancelled) {
        if (m_running == 0) {
            finish(std::unexpected(
                m_cancelled && !m_failed ? Error::make(Error::Code::Cancelled, QStringLiteral("Cancelled.")) : m_error));
        }
        return;
    }
    while (m_next < m_plan.actions.size()) {
        const PlanAction &action = m_plan.actions.at(m_next);
        if (isUpload(action)) {
            // SHA256SUMS (and its signature) waits for every upload before it: started beside a
            // file that then fails, it would list a file the release does not hold.
            const bool checksums = action.data.value(QStringLiteral("op")).toString() == QStringLiteral("upload-sums");
            if (m_running >= m_parallel || (checksums && m_running > 0)) {
                return;
            }
            startAction(m_next++);
            continue;
        }
        if (m_running > 0) {
            return; // everything else waits for the uploads in flight
        }
        startAction(m_next++);
        return;
    }
    if (m_running == 0) {
        finish(m_current);
    }
}

void ReleasePlanRunner::completeAction(int index, const Status &status, const QString &outcome)
{
    --m_running;
    ++m_completed;
    if (!status) {
        if (!m_failed) {
            m_failed = true;
            m_error = status.error();
        }
        emit actionFinished(index, QStringLiteral("failed: ") + status.error().message);
        emit logLine(QStringLiteral("✗ %1: %2").arg(m_plan.actions.at(index).description, status.error().toString()));
    } else {
        emit actionFinished(index, outcome);
    }
    emitProgress();
    QTimer::singleShot(0, this, &ReleasePlanRunner::pump);
}

void ReleasePlanRunner::emitProgress()
{
    qint64 bytes = 0;
    for (const qint64 done : std::as_const(m_bytesDone)) {
        bytes += done;
    }
    const QString text = QStringLiteral("%1 of %2 actions, %3 of %4 sent")
                             .arg(QString::number(m_completed), QString::number(m_plan.actions.size()), formatBytes(bytes),
                                 formatBytes(m_bytesTotal));
    if (m_bytesTotal > 0) {
        emit progress(bytes, m_bytesTotal, text);
    } else {
        emit progress(m_completed, m_plan.actions.size(), text);
    }
}

void ReleasePlanRunner::withRelease(const PlanAction &action, std::function<void(const ReleaseInfo &)> next, int index)
{
    qint64 id = action.data.value(QStringLiteral("release_id")).toInteger(0);
    if (id == 0) {
        id = m_current.id;
    }
    if (id != 0 && m_releases.contains(id)) {
        QTimer::singleShot(0, this, [this, id, next, index] {
            if (m_cancelled) {
                completeAction(index, fail(Error::Code::Cancelled, QStringLiteral("Cancelled.")));
                return;
            }
            next(m_releases.value(id));
        });
        return;
    }
    auto got = [this, next, index](const Result<ReleaseInfo> &release) {
        if (m_cancelled) {
            // Cancelled while the release was being looked up: the action is not started.
            completeAction(index, fail(Error::Code::Cancelled, QStringLiteral("Cancelled.")));
            return;
        }
        if (!release) {
            completeAction(index, std::unexpected(release.error()));
            return;
        }
        m_releases.insert(release->id, *release);
        if (m_current.id == 0 || m_current.id == release->id) {
            m_current = *release;
        }
        next(*release);
    };
    if (id != 0) {
        m_provider->releaseById(id, this, got);
    } else {
        m_provider->releaseByTag(m_plan.data.value(QStringLiteral("tag")).toString(), this, got);
    }
}

void ReleasePlanRunner::startAction(int index)
{
    ++m_running;
    const PlanAction action = m_plan.actions.at(index);
    emit actionStarted(index, action.description);
    emit logLine(QStringLiteral("→ ") + action.description);
    const QString kind = action.data.value(QStringLiteral("op")).toString();
    const QJsonObject data = action.data;
    if (!m_provider) {
        QTimer::singleShot(0, this, [this, index] {
            completeAction(index, fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The provider went away.")));
        });
        return;
    }

    if (kind == QStringLiteral("skip") || kind == QStringLiteral("note")) {
        QTimer::singleShot(0, this, [this, index] { completeAction(index, {}, QStringLiteral("nothing to do")); });
        return;
    }
    if (kind == QStringLiteral("create-release")) {
        createRelease(index, specFromJson(data.value(QStringLiteral("spec")).toObject()), 1);
        return;
    }
    if (kind == QStringLiteral("edit-release") || kind == QStringLiteral("publish-release")) {
        const ReleaseEdit edit = kind == QStringLiteral("publish-release")
            ? ReleaseEdit { {}, {}, {}, {}, false, {} }
            : editFromJson(data.value(QStringLiteral("edit")).toObject());
        withRelease(
            action,
            [this, index, edit](const ReleaseInfo &release) {
                m_provider->editRelease(release.id, edit, this, [this, index](const Result<ReleaseInfo> &edited) {
                    if (!edited) {
                        completeAction(index, std::unexpected(edited.error()));
                        return;
                    }
                    m_releases.insert(edited->id, *edited);
                    if (m_current.id == edited->id) {
                        m_current = *edited;
                    }
                    completeAction(index, {});
                });
            },
            index);
        return;
    }
    if (kind == QStringLiteral("delete-release")) {
        withRelease(
            action,
            [this, index](const ReleaseInfo &release) {
                m_provider->deleteRelease(release.id, this, [this, index, release](const Status &deleted) {
                    m_releases.remove(release.id);
                    completeAction(index, deleted);
                });
            },
            index);
        return;
    }
    if (kind == QStringLiteral("delete-asset")) {
        const qint64 assetId = data.value(QStringLiteral("asset_id")).toInteger();
        withRelease(
            action,
            [this, index, assetId](const ReleaseInfo &release) {
                m_provider->deleteAsset(release, assetId, this, [this, index](const Status &deleted) {
                    if (!deleted && deleted.error().code == Error::Code::NotFound) {
                        completeAction(index, {}, QStringLiteral("already gone"));
                        return;
                    }
                    completeAction(index, deleted);
                });
            },
            index);
        return;
    }
    if (kind == QStringLiteral("rename-asset")) {
        const qint64 assetId = data.value(QStringLiteral("asset_id")).toInteger();
        const QString newName = data.value(QStringLiteral("new_name")).toString();
        withRelease(
            action,
            [this, index, assetId, newName](const ReleaseInfo &release) {
                m_provider->renameAsset(release, assetId, newName, this, [this, index](const Result<AssetInfo> &renamed) {
                    completeAction(index, renamed ? Status() : Status(std::unexpected(renamed.error())));
                });
            },
            index);
        return;
    }
    if (kind == QStringLiteral("upload-asset")) {
        const QString file = data.value(QStringLiteral("file")).toString();
        const QString name = data.value(QStringLiteral("name")).toString();
        const qint64 size = data.value(QStringLiteral("size")).toInteger(-1);
        const QString sha256 = data.value(QStringLiteral("sha256")).toString();
        withRelease(
            action,
            [this, index, file, name, size, sha256](
                const ReleaseInfo &release) { runUpload(index, release, file, name, size, sha256); },
            index);
        return;
    }
    if (kind == QStringLiteral("upload-sums")) {
        const QString name = data.value(QStringLiteral("name")).toString(QStringLiteral("SHA256SUMS"));
        const QByteArray content = data.value(QStringLiteral("content")).toString().toUtf8();
        if (!m_temp) {
            m_temp = std::make_unique<QTemporaryDir>();
        }
        const QString file = QDir(m_temp->path()).filePath(name);
        // A plain write, not writeFileAtomically: the copy lives in a private temporary folder
        // only until it is uploaded, and QSaveFile's fsync on this (the GUI's) thread stalled
        // the window for 180 ms at the end of a 1 GiB publish (TestResponsiveness).
        if (auto written = writeTemporaryFile(file, content); !written) {
            QTimer::singleShot(0, this, [this, index, written] { completeAction(index, written); });
            return;
        }
        withRelease(
            action,
            [this, index, file, name, content](
                const ReleaseInfo &release) { runUpload(index, release, file, name, content.size(), {}); },
            index);
        return;
    }
    if (kind == QStringLiteral("verify")) {
        const QJsonArray expected = data.value(QStringLiteral("expected")).toArray();
        withRelease(
            action,
            [this, index, expected](const ReleaseInfo &release) {
                m_provider->listAssets(release, this, [this, index, expected, release](const Result<AssetList> &assets) {
                    if (!assets) {
                        completeAction(index, std::unexpected(assets.error()));
                        return;
                    }
                    QStringList problems;
                    for (const QJsonValue &value : expected) {
                        const QString name = value.toObject().value(QStringLiteral("name")).toString();
                        const qint64 size = value.toObject().value(QStringLiteral("size")).toInteger(-1);
                        const AssetList named = assetsNamed(*assets, name);
                        if (named.isEmpty()) {
                            problems << QStringLiteral("%1 is missing").arg(name);
                        } else if (named.size() > 1) {
                            problems << QStringLiteral("%1 is there %2 times").arg(name).arg(named.size());
                        } else if (size >= 0 && named.first().size != size) {
                            problems
                                << QStringLiteral("%1 has %2 bytes instead of %3").arg(name).arg(named.first().size).arg(size);
                        }
                    }
                    ReleaseInfo updated = release;
                    updated.assets = *assets;
                    m_releases.insert(updated.id, updated);
                    if (m_current.id == updated.id) {
                        m_current = updated;
                    }
                    if (!problems.isEmpty()) {
                        completeAction(index,
                            fail(Error::Code::ServerError,
                                QCoreApplication::translate("core", "The release does not hold what was uploaded: %1.")
                                    .arg(problems.join(QStringLiteral("; "))),
                                QCoreApplication::translate("core", "Run the same command again: finished files are skipped.")));
                        return;
                    }
                    completeAction(index, {}, QStringLiteral("%1 asset(s) checked").arg(expected.size()));
                });
            },
            index);
        return;
    }
    QTimer::singleShot(0, this, [this, index, kind] {
        completeAction(
            index, fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "Unknown plan action '%1'.").arg(kind)));
    });
}

// Creates the release; a Conflict means it exists (another run, or this one whose answer was lost):
// it is fetched by tag and reused with a warning. After a network error or a 5xx the tag is looked
// up before the create is sent again, so a retry never makes a second release.
void ReleasePlanRunner::createRelease(int index, const ReleaseSpec &spec, int attempt)
{
    m_provider->createRelease(spec, this, [this, index, spec, attempt](const Result<ReleaseInfo> &created) {
        if (created) {
            m_current = *created;
            m_releases.insert(created->id, *created);
            completeAction(index, {}, QStringLiteral("created release %1").arg(created->id));
            return;
        }
        const Error error = created.error();
        if (error.code != Error::Code::Conflict && !RetryPolicy::isRetryable(error)) {
            completeAction(index, std::unexpected(error));
            return;
        }
        m_provider->releaseByTag(spec.tagName, this, [this, index, spec, attempt, error](const Result<ReleaseInfo> &existing) {
            if (existing) {
                if (error.code == Error::Code::Conflict) {
                    const QString warning = QStringLiteral("A release for %1 already exists (id %2); it is reused, not created.")
                                                .arg(spec.tagName)
                                                .arg(existing->id);
                    m_warnings << warning;
                    emit logLine(QStringLiteral("⚠ ") + warning);
                } else {
                    emit logLine(QCoreApplication::translate("core", "the release %1 was created although the answer was lost")
                                     .arg(spec.tagName));
                }
                m_current = *existing;
                m_releases.insert(existing->id, *existing);
                completeAction(index, {}, QStringLiteral("reused existing release %1").arg(existing->id));
                return;
            }
            const RetryPolicy policy = m_provider->retryPolicy();
            if (error.code == Error::Code::Conflict || existing.error().code != Error::Code::NotFound
                || !policy.shouldRetry(error, attempt) || m_cancelled) {
                completeAction(index, std::unexpected(error));
                return;
            }
            emit logLine(QCoreApplication::translate("core", "%1; creating it again").arg(error.message));
            QTimer::singleShot(policy.delayBeforeAttempt(attempt + 1), this,
                [this, index, spec, attempt] { createRelease(index, spec, attempt + 1); });
        });
    });
}

void ReleasePlanRunner::runUpload(
    int index, const ReleaseInfo &release, const QString &file, const QString &name, qint64 size, const QString &sha256)
{
    auto *sync = new AssetSync(m_provider, release, file, name, this);
    if (size >= 0) {
        sync->setExpectedSize(size);
    }
    sync->setExpectedSha256(sha256);
    m_syncs << sync;
    connect(sync, &AssetSync::logLine, this, &ReleasePlanRunner::logLine);
    connect(sync, &AssetSync::progress, this, [this, index](qint64 done, qint64 total, const QString &text) {
        m_bytesDone.insert(index, done);
        emit assetProgress(index, done, total, text);
        emitProgress();
    });
    connect(sync, &AssetSync::finished, this, [this, index, sync, size](const Result<AssetInfo> &result) {
        sync->deleteLater();
        m_syncs.removeAll(sync);
        if (result) {
            m_bytesDone.insert(index, std::max<qint64>(0, size));
            completeAction(index, {}, QStringLiteral("asset %1").arg(result->id));
        } else {
            completeAction(index, std::unexpected(result.error()));
        }
    });
    sync->start();
}

void ReleasePlanRunner::finish(const Result<ReleaseInfo> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
