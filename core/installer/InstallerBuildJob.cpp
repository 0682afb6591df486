#include "InstallerBuildJob.h"

#include "installer/MakensisJob.h"
#include "process/ProcessJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace rd {

InstallerBuildJob::InstallerBuildJob(InstallerBuildRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

InstallerBuildJob::~InstallerBuildJob() = default;

void InstallerBuildJob::start()
{
    constexpr int total = 3;
    emit progress(0, total, QCoreApplication::translate("core", "Generating installer.nsi"));
    auto script = NsisScript::generate(m_request.input);
    if (!script) {
        finish(std::unexpected(script.error()));
        return;
    }
    m_script = *script;
    for (const QString &warning : m_script->warnings()) {
        emit logLine(QStringLiteral("warning: ") + warning);
    }
    const QString scriptPath = m_request.scriptPath.isEmpty()
        ? QDir(m_request.input.outputDir).filePath(QStringLiteral("installer.nsi"))
        : m_request.scriptPath;
    QDir().mkpath(QFileInfo(scriptPath).absolutePath());
    QDir().mkpath(m_request.input.outputDir);
    if (auto written = m_script->writeTo(scriptPath); !written) {
        finish(std::unexpected(written.error()));
        return;
    }
    emit logLine(QCoreApplication::translate("core", "Wrote %1 (version %2, Windows %3)")
                     .arg(scriptPath, m_script->version(), m_script->windowsVersion()));
    m_result.scriptPath = scriptPath;
    m_result.version = m_script->version();
    m_result.windowsVersion = m_script->windowsVersion();
    m_result.warnings = m_script->warnings();

    MakensisRequest request;
    request.scriptPath = scriptPath;
    request.version = m_script->version();
    request.windowsVersion = m_script->windowsVersion();
    request.outputPath = m_script->outputPath();
    if (m_request.signing) {
        auto tool = Tool::find(QStringLiteral("osslsigncode"), QStringLiteral("osslsigncode"));
        if (!tool) {
            finish(std::unexpected(tool.error()));
            return;
        }
        m_osslsigncode = tool->path;
        auto certificate = Signer::checkCertificate(m_request.signing->certificatePath, m_request.signing->password);
        if (!certificate) {
            finish(std::unexpected(certificate.error()));
            return;
        }
        if (!certificate->subject.isEmpty()) {
            emit logLine(QCoreApplication::translate("core", "Signing installer and uninstaller with \"%1\" (valid until %2)")
                             .arg(certificate->subject, certificate->notAfter.toString(Qt::ISODate)));
        }
        if (m_request.signing->description.isEmpty()) {
            m_request.signing->description = m_request.input.appName;
        }
        auto session = SigningSession::create(*m_request.signing, m_osslsigncode);
        if (!session) {
            finish(std::unexpected(session.error()));
            return;
        }
        m_session = std::move(*session);
        request.signCommand = m_session->hookCommand();
    }

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
