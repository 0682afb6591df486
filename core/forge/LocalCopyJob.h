#pragma once

#include "forge/TransferJob.h"
#include "net/TransferMeter.h"

#include <QCryptographicHash>
#include <QFile>

#include <functional>
#include <memory>

class QSaveFile;

namespace rd {

// Copies a file in 4 MiB steps, one per event-loop turn (the caller's thread never stalls for
// long), hashing it on the way. Without a destination it only hashes. The destination is written
// under a temporary name and renamed when complete (QSaveFile); then `finalize` (if any) turns the
// copy into the job's result (the local store records the asset there).
class LocalCopyJob final : public TransferJob
{
    Q_OBJECT

public:
    using Finalize = std::function<Result<TransferResult>(const TransferResult &copied)>;
    using Precheck = std::function<Status()>;

    LocalCopyJob(QString source, QString destination, AssetInfo asset, Finalize finalize, QObject *parent = nullptr);
    ~LocalCopyJob() override;

    // Runs before the first byte is copied; an error ends the job at once.
    void setPrecheck(Precheck precheck) { m_precheck = std::move(precheck); }

    void start() override;
    void cancel() override;

private:
    void step();
    void finish(const Result<TransferResult> &result);

    QString m_source;
    QString m_destination;
    AssetInfo m_asset;
    Finalize m_finalize;
    Precheck m_precheck;
    QFile m_in;
    std::unique_ptr<QSaveFile> m_out;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    TransferMeter m_meter;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace rd
