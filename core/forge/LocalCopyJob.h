#pragma once

#include "forge/TransferJob.h"
#include "net/TransferMeter.h"

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rd {

// Copies a file on a thread of its own, hashing it on the way (the caller's thread never waits
// for the disk: a 1 GiB asset, and QSaveFile's fsync at the end, took seconds there). Without a
// destination it only hashes. The destination is written under a temporary name and renamed when
// complete (QSaveFile); then `finalize` (if any), back on the caller's thread, turns the copy into
// the job's result (the local store records the asset there).
class LocalCopyJob final : public TransferJob
{
    Q_OBJECT

public:
    using Finalize = std::function<Result<TransferResult>(const TransferResult &copied)>;
    using Precheck = std::function<Status()>;

    LocalCopyJob(QString source, QString destination, AssetInfo asset, Finalize finalize, QObject *parent = nullptr);
    ~LocalCopyJob() override; // cancels and waits for the copy

    // Runs before the first byte is copied; an error ends the job at once.
    void setPrecheck(Precheck precheck) { m_precheck = std::move(precheck); }

    void start() override;
    void cancel() override;

private:
    void startCopy();
    void onCopied(const Result<TransferResult> &copied);
    void finish(const Result<TransferResult> &result);

    QString m_source;
    QString m_destination;
    AssetInfo m_asset;
    Finalize m_finalize;
    Precheck m_precheck;
    TransferMeter m_meter;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_finished = false;
};

} // namespace rd
