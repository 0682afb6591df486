#pragma once

#include "common/Error.h"
#include "installer/NsisScript.h"
#include "installer/Signer.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace rd {

class MakensisJob;
class ProcessJob;
struct InstallerPreparation;

struct InstallerBuildRequest
{
    NsisScriptInput input;
    QString scriptPath; // where installer.nsi is written; default: <outputDir>/installer.nsi
    // Signing (installer and uninstaller, during the build through !finalize/!uninstfinalize).
    // The password has been fetched already (SecretStore::certificatePassword).
    std::optional<SigningOptions> signing;
};

struct InstallerBuildResult
{
    QString installerPath; // <outputDir>/{App}-v{version}-setup.exe
    QString scriptPath;
    QString version;
    QString windowsVersion;
    qint64 sizeBytes = 0;
    qint64 makensisMs = 0;
    bool isSigned = false;
    SignatureInfo signature;
    QStringList warnings;
    bool operator==(const InstallerBuildResult &) const = default;
};

// The whole installer build, for the GUI's Installer page and `releasedesk-cli installer build`:
// check the portable build (launcher ASCII + CRLF...), generate and write installer.nsi, open the
// certificate (wrong password and expiry are reported before makensis runs), run makensis with
// the signing hooks, then verify the signature. Everything before makensis runs on a worker;
// finished() is emitted exactly once, never from inside start().
class InstallerBuildJob final : public QObject
{
    Q_OBJECT

public:
    explicit InstallerBuildJob(InstallerBuildRequest request, QObject *parent = nullptr);
    ~InstallerBuildJob() override;

    void start();
    void cancel();
    // The generated script, once start() got that far (for a read-only view).
    QString scriptText() const { return m_script ? m_script->text() : QString(); }

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::InstallerBuildResult> &result);

private:
    void onPrepared(InstallerPreparation &prepared);
    void verifySignature();
    void finish(const Result<InstallerBuildResult> &result);

    InstallerBuildRequest m_request;
    std::optional<NsisScript> m_script;
    std::unique_ptr<SigningSession> m_session;
    QString m_osslsigncode;
    QThread *m_prepare = nullptr; // generating and writing the script, opening the certificate
    QPointer<MakensisJob> m_makensis;
    QPointer<ProcessJob> m_verify;
    InstallerBuildResult m_result;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
