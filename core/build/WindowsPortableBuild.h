#pragma once

#include "build/BuildTargetJob.h"
#include "build/CachedDownload.h"
#include "build/EmbeddablePython.h"

#include <QPointer>

class QNetworkAccessManager;

namespace rd {

// The Windows portable build, cross-made on Linux (guide §4, §6): the embeddable Python
// (downloaded once into the cache, or a local zip), win_amd64 wheels resolved by pip and
// checked, installed without pip, trimmed, optional tkinter, the app's sources, VERSION and the
// hidden VBS launcher, zipped in parallel as {App}-v{version}-win-x64.zip:
//   {App}/python/...                  python.exe, python3XX._pth (patched), Lib/site-packages
//   {App}/app/src/<package>/...
//   {App}/scripts/start-hidden.vbs
//   {App}/VERSION
class WindowsPortableBuild final : public BuildTargetJob
{
    Q_OBJECT

public:
    WindowsPortableBuild(std::shared_ptr<const BuildContext> context, QNetworkAccessManager *network, QObject *parent = nullptr);

    QString target() const override { return QStringLiteral("windows"); }

protected:
    void prepare() override;
    void cancelPreparation() override;
    Result<TargetReport> work(const TaskControl &control) override;

private:
    // Downloads (or finds in the cache) the files in m_downloads one after the other.
    void prepareWith(const EmbeddablePythonSource &source, const Result<QString> &available);
    void fetchNext();
    Status installTkinter(const QString &pythonDir, const TaskControl &control, QStringList &warnings);

    struct Download
    {
        QString what;
        QUrl url;
        QString cachePath;
        QString sha256;
    };
    QNetworkAccessManager *m_network;
    QList<Download> m_downloads;
    QPointer<CachedDownload> m_current;
    QString m_pythonZip;
    QJsonObject m_pythonInfo;
    QStringList m_msiFiles;
};

} // namespace rd
