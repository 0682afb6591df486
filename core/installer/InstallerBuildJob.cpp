#include "InstallerBuildJob.h"

#include "installer/MakensisJob.h"
#include "process/ProcessJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace rd {

InstallerBuildJob::InstallerBuildJob(InstallerBuildRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

InstallerBuildJob::~InstallerBuildJob()
{
    if (m_prepare) {
        m_prepare->disconnect(this);
        m_prepare->wait();
        delete m_prepare;
    }
}

// What the job needs before makensis: the script generated and written (fsync), and with
// signing the certificate opened (a PKCS#12 key derivation; the TLS backend loads on first use)
// and the signing session's files. All of it on a worker, never on the caller's thread.
struct InstallerPreparation
{
    Status status;
    std::optional<NsisScript> script; // once generated, also when writing it failed
    QString scriptPath;
    QStringList logLines;
    MakensisRequest makensis;
    QString osslsigncode;
    std::unique_ptr<SigningSession> session;
};

namespace {

void prepareBuild(InstallerBuildRequest request, InstallerPreparation &out)
{
    auto script = NsisScript::generate(request.input);
    if (!script) {
        out.status = std::unexpected(script.error());
        return;
    }
    out.script = *script;
    for (const QString &warning : script->warnings()) {
        out.logLines << QStringLiteral("warning: ") + warning;
    }
    out.scriptPath = request.scriptPath.isEmpty() ? QDir(request.input.outputDir).filePath(QStringLiteral("installer.nsi"))
                                                  : request.scriptPath;
    QDir().mkpath(QFileInfo(out.scriptPath).absolutePath());
    QDir().mkpath(request.input.outputDir);
    if (auto written = script->writeTo(out.scriptPath); !written) {
        out.status = std::unexpected(written.error());
        return;
    }
    out.logLines << QCoreApplication::translate("core", "Wrote %1 (version %2, Windows %3)")
                        .arg(out.scriptPath, script->version(), script->windowsVersion());
    out.makensis.scriptPath = out.scriptPath;
    out.makensis.version = script->version();
    out.makensis.windowsVersion = script->windowsVersion();
    out.makensis.outputPath = script->outputPath();
    if (!request.signing) {
        return;
    }
    auto tool = Tool::find(QStringLiteral("osslsigncode"), QStringLiteral("osslsigncode"));
    if (!tool) {
        out.status = std::unexpected(tool.error());
        return;
    }
    out.osslsigncode = tool->path;
    auto certificate = Signer::checkCertificate(request.signing->certificatePath, request.signing->password);
    if (!certificate) {
        out.status = std::unexpected(certificate.error());
        return;
    }
    if (!certificate->subject.isEmpty()) {
        out.logLines << QCoreApplication::translate("core", "Signing installer and uninstaller with \"%1\" (valid until %2)")
                            .arg(certificate->subject, certificate->notAfter.toString(Qt::ISODate));
    }
    if (request.signing->description.isEmpty()) {
        request.signing->description = request.input.appName;
    }
    auto session = SigningSession::create(*request.signing, out.osslsigncode);
    if (!session) {
        out.status = std::unexpected(session.error());
        return;
    }
    out.session = std::move(*session);
    out.makensis.signCommand = out.session->hookCommand();
}

} // namespace

void InstallerBuildJob::start()
{
    emit progress(0, 3, QCoreApplication::translate("core", "Generating installer.nsi"));
    auto prepared = std::make_shared<InstallerPreparation>();
    m_prepare = QThread::create([prepared, request = m_request] { prepareBuild(request, *prepared); });
    connect(m_prepare, &QThread::finished, this, [this, prepared] {
        m_prepare->deleteLater();
        m_prepare = nullptr;
        onPrepared(*prepared);
    });
    m_prepare->start();
}

void InstallerBuildJob::onPrepared(InstallerPreparation &prepared)
{
    constexpr int total = 3;
    if (m_done) {
        return; // cancelled while it was prepared
    }
    m_script = prepared.script;
    for (const QString &line : std::as_const(prepared.logLines)) {
        emit logLine(line);
    }
    if (!prepared.status) {
        finish(std::unexpected(prepared.status.error()));
        return;
    }
    if (m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The installer build was cancelled.")));
        return;
    }
    m_result.scriptPath = prepared.scriptPath;
    m_result.version = m_script->version();
    m_result.windowsVersion = m_script->windowsVersion();
    m_result.warnings = m_script->warnings();
    m_osslsigncode = prepared.osslsigncode;
    m_session = std::move(prepared.session);
    const MakensisRequest request = prepared.makensis;

    emit progress(1, total, QCoreApplication::translate("core", "Running makensis"));
    m_makensis = new MakensisJob(request, this);
    auto timer = std::make_shared<QElapsedTimer>();
    connect(m_makensis, &MakensisJob::logLine, this, &InstallerBuildJob::logLine);
    connect(m_makensis, &MakensisJob::finished, this, [this, timer](const Result<MakensisResult> &built) {
        m_makensis->deleteLater();
        m_session.reset(); // the password file goes as soon as makensis is done
        m_result.makensisMs = timer->elapsed();
        if (!built) {
            finish(std::unexpected(built.error()));
            return;
        }
        for (const MakensisDiagnostic &warning : built->warnings) {
            m_result.warnings << warning.toString();
        }
        m_result.installerPath = built->outputPath;
        m_result.sizeBytes = built->sizeBytes;
        if (m_request.signing) {
            verifySignature();
        } else {
            emit progress(3, 3, QCoreApplication::translate("core", "Installer built"));
            finish(m_result);
        }
    });
    timer->start();
    m_makensis->start();
}

void InstallerBuildJob::verifySignature()
{
    emit progress(2, 3, QCoreApplication::translate("core", "Verifying the signature"));
    m_verify = new ProcessJob(Signer::verifyRequest(m_osslsigncode, m_result.installerPath, m_request.signing->caFile), this);
    connect(m_verify, &ProcessJob::finished, this, [this](const Result<ProcessOutput> &output) {
        m_verify->deleteLater();
        if (!output) {
            finish(std::unexpected(output.error()));
            return;
        }
        m_result.signature = Signer::parseVerifyOutput(*output);
        m_result.isSigned = m_result.signature.isSigned;
        if (!m_result.signature.valid) {
            finish(fail(Error::Code::Precondition,
                QCoreApplication::translate("core", "The installer was signed but does not verify: %1.")
                    .arg(m_result.signature.problem),
                m_result.signature.hint));
            return;
        }
        emit logLine(QCoreApplication::translate("core", "Signature verified: %1, %2")
                         .arg(m_result.signature.subject, m_result.signature.digest));
        emit progress(3, 3, QCoreApplication::translate("core", "Installer built and signed"));
        finish(m_result);
    });
    m_verify->start();
}

void InstallerBuildJob::cancel()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    if (m_makensis) {
        m_makensis->cancel();
    } else if (m_verify) {
        m_verify->cancel();
    } else {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The installer build was cancelled.")));
    }
}

void InstallerBuildJob::finish(const Result<InstallerBuildResult> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_session.reset();
    emit finished(result);
}

} // namespace rd
