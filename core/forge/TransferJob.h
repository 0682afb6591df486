#pragma once

#include "common/Error.h"
#include "forge/AssetInfo.h"

#include <QObject>
#include <QString>

namespace rd {

// What an asset transfer produced: the asset as the provider now lists it (uploads), the file
// written (downloads with a destination), and the bytes and SHA-256 seen (downloads, local copies).
struct TransferResult
{
    AssetInfo asset;
    QString path;
    qint64 bytes = 0;
    QString sha256;
    bool operator==(const TransferResult &) const = default;
};

// An asset upload or download as a job: start(), cancel(), progress(done, total, text) with
// speed and time left, logLine(text), and finished(result) exactly once on every path, never
// from inside start().
class TransferJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::TransferResult> &result);
};

} // namespace rd
