#include "WineCheck.h"
#include "WineCheckSupport.h"
#include "common/AtomicFile.h"
#include "installer/NsisScript.h"
#include "installer/PortablePayload.h"
#include "installer/Signer.h"
#include "process/ProcessJob.h"
#include "version/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

// Check 4: a signed installer verifies with osslsigncode and still installs.

namespace rd {

using namespace winecheck;

void WineCheck::stepSignature()
{
    const QString id = QStringLiteral("signature");
    begin(id);
    auto tool = Tool::find(QStringLiteral("osslsigncode"), QStringLiteral("osslsigncode"));
    if (!tool) {
        setRow(id, CheckItem::Verdict::Skipped, tool.error().message, tool.error().hint);
        cleanUp();
        return;
    }
    const QString file = m_options.signedInstaller.isEmpty() ? m_options.installer : m_options.signedInstaller;
    const ProcessRequest request = Signer::verifyRequest(tool->path, file, m_options.caFile);
    const QString osslsigncode = tool->path;
    runTool(request.program, request.arguments, request.timeoutMs,
        [this, id, file, osslsigncode](const Result<ProcessOutput> &output) {
            if (!output) {
                setRow(id, CheckItem::Verdict::Failed, output.error().message, output.error().hint);
                cleanUp();
                return;
            }
            const SignatureInfo info = Signer::parseVerifyOutput(*output);
            if (!info.isSigned) {
                setRow(id, m_options.signedInstaller.isEmpty() ? CheckItem::Verdict::Warning : CheckItem::Verdict::Failed,
                    QCoreApplication::translate("core", "%1 is not signed").arg(QFileInfo(file).fileName()), info.hint);
                cleanUp();
                return;
            }
            if (!info.valid) {
                setRow(id, CheckItem::Verdict::Failed, QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), info.problem),
                    info.hint);
                cleanUp();
                return;
            }
            emit logLine(QCoreApplication::translate("core", "signature ok: %1, %2").arg(info.subject, info.digest));
            const QString dir = QString::fromLatin1(signedInstallDir);
            runWine({ file, QStringLiteral("/S"), QStringLiteral("/D=") + dir },
                [this, id, info, osslsigncode](const Result<ProcessOutput> &run) {
                    if (!run || run->exitCode != 0) {
                        setRow(id, CheckItem::Verdict::Failed,
                            QCoreApplication::translate("core", "the signed installer did not install: %1")
                                .arg(run ? QCoreApplication::translate("core", "exit code %1").arg(run->exitCode)
                                         : run.error().message));
                        cleanUp();
                        return;
                    }
                    waitForWineserver([this, id, info, osslsigncode] {
                        const QString root = hostPath(QString::fromLatin1(signedInstallDir));
                        if (!QFileInfo(root + QLatin1Char('/') + QString::fromLatin1(PortablePayload::pythonExe)).isFile()
                            || !QFileInfo(root + QStringLiteral("/uninstall.exe")).isFile()) {
                            setRow(id, CheckItem::Verdict::Failed,
                                QCoreApplication::translate(
                                    "core", "the signature verifies, but the signed installer installed nothing"),
                                QCoreApplication::translate(
                                    "core", "Signing must happen after makensis, on the final file (!finalize)."));
                            cleanUp();
                            return;
                        }
                        const ProcessRequest verify
                            = Signer::verifyRequest(osslsigncode, root + QStringLiteral("/uninstall.exe"), m_options.caFile);
                        runTool(verify.program, verify.arguments, verify.timeoutMs,
                            [this, id, info](const Result<ProcessOutput> &verified) {
                                const SignatureInfo uninstaller
                                    = verified ? Signer::parseVerifyOutput(*verified) : SignatureInfo {};
                                const QString base
                                    = QCoreApplication::translate("core", "verifies (%1, %2%3) and installs")
                                          .arg(info.subject, info.digest,
                                              info.timestamped ? QCoreApplication::translate("core", ", time-stamped")
                                                               : QString());
                                if (uninstaller.valid) {
                                    setRow(id, CheckItem::Verdict::Ok,
                                        QCoreApplication::translate("core", "%1; its uninstaller is signed too").arg(base));
                                } else {
                                    setRow(id, CheckItem::Verdict::Warning,
                                        QCoreApplication::translate("core", "%1, but its uninstaller is %2")
                                            .arg(base,
                                                uninstaller.isSigned ? uninstaller.problem
                                                                     : QCoreApplication::translate("core", "not signed")),
                                        QCoreApplication::translate("core",
                                            "Sign during the build (!uninstfinalize): signing the finished installer "
                                            "cannot reach the uninstaller inside it."));
                                }
                                // Leave the prefix as found.
                                runWine({ QString::fromLatin1(signedInstallDir) + QStringLiteral("\\uninstall.exe"),
                                            QStringLiteral("/S") },
                                    [this](const Result<ProcessOutput> &) { waitForWineserver([this] { cleanUp(); }); });
                            });
                    });
                });
        });
}

} // namespace rd
