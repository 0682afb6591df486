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

// A running app blocks setup: the installer must not overwrite the files of a running app.

namespace rd {

using namespace winecheck;

void WineCheck::stepRunning()
{
    const QString id = QStringLiteral("running");
    const QString dir = QString::fromLatin1(installDir);
    const QString root = hostPath(dir);
    if (!m_options.checkRunningInstance) {
        setRow(id, CheckItem::Verdict::Skipped, QCoreApplication::translate("core", "not requested"));
        stepUninstall();
        return;
    }
    begin(id);
    if (!QFileInfo(root + QLatin1Char('/') + QString::fromLatin1(PortablePayload::pythonExe)).isFile()) {
        setRow(id, CheckItem::Verdict::Skipped, QCoreApplication::translate("core", "python.exe is not installed"));
        stepUninstall();
        return;
    }
    // python.exe -c "...": prints "ready", then runs until its stdin closes (the real embeddable
    // Python does exactly that, and so does the test stand-in).
    m_holder = new QProcess(this);
    m_holder->setProcessEnvironment(m_environment);
    m_holder->setWorkingDirectory(m_tempRoot);
    m_holder->setProgram(m_wine);
    m_holder->setArguments({ dir + QStringLiteral("\\python\\python.exe"), QStringLiteral("-c"),
        QStringLiteral("import sys; print('ready', flush=True); sys.stdin.read()") });
    auto *watchdog = new QTimer(m_holder);
    watchdog->setSingleShot(true);
    auto state = std::make_shared<int>(0); // 0 waiting for "ready", 1 installer running, 2 done
    auto stopHolder = [this](std::function<void()> then) {
        if (!m_holder) {
            then();
            return;
        }
        QProcess *holder = m_holder;
        if (holder->state() == QProcess::NotRunning) {
            holder->deleteLater();
            then();
            return;
        }
        connect(holder, &QProcess::finished, this, [holder, then] {
            holder->deleteLater();
            then();
        });
        holder->closeWriteChannel();
        QTimer::singleShot(10'000, holder, [holder] { holder->kill(); });
    };
    auto giveUp = [this, id, state, stopHolder](const QString &why) {
        if (*state != 0 || m_cancelled) {
            return;
        }
        *state = 2;
        setRow(id, CheckItem::Verdict::Warning, why,
            QCoreApplication::translate(
                "core", "The check needs a python.exe that runs under wine (the embeddable Python does)."));
        stopHolder([this] { waitForWineserver([this] { stepUninstall(); }); });
    };
    connect(watchdog, &QTimer::timeout, this,
        [giveUp] { giveUp(QCoreApplication::translate("core", "python.exe did not start under wine within 60 s")); });
    connect(m_holder, &QProcess::finished, this,
        [giveUp] { giveUp(QCoreApplication::translate("core", "python.exe ended at once, so it could not be held running")); });
    connect(m_holder, &QProcess::readyReadStandardOutput, this, [this, id, dir, root, state, stopHolder] {
        if (*state != 0 || m_cancelled || !m_holder->readAllStandardOutput().contains("ready")) {
            return;
        }
        *state = 1;
        const QByteArray versionBefore = readWholeFile(root + QStringLiteral("/VERSION")).value_or(QByteArray());
        const QString installer = m_options.upgradeInstaller.isEmpty() ? m_options.installer : m_options.upgradeInstaller;
        QElapsedTimer waited;
        waited.start();
        runWine(
            { installer, QStringLiteral("/S"), QStringLiteral("/D=") + dir },
            [this, id, root, state, stopHolder, versionBefore, waited](const Result<ProcessOutput> &run) {
                *state = 2;
                QStringList problems;
                QString detail;
                if (!run) {
                    problems << run.error().message;
                } else if (run->exitCode != NsisScript::exitAppRunning) {
                    problems << QCoreApplication::translate(
                        "core", "setup exited with code %1 while python.exe was running (expected %2)")
                                    .arg(run->exitCode)
                                    .arg(NsisScript::exitAppRunning);
                } else {
                    detail = QCoreApplication::translate("core", "setup waited %1, then exited with code %2")
                                 .arg(seconds(waited.elapsed()))
                                 .arg(NsisScript::exitAppRunning);
                }
                if (readWholeFile(root + QStringLiteral("/VERSION")).value_or(QByteArray()) != versionBefore
                    || !QFileInfo(root + QLatin1Char('/') + QString::fromLatin1(PortablePayload::pythonExe)).isFile()) {
                    problems << QCoreApplication::translate("core", "the installed files were changed");
                }
                for (auto it = m_userFiles.cbegin(); it != m_userFiles.cend(); ++it) {
                    if (readWholeFile(root + QLatin1Char('/') + it.key()).value_or(QByteArray()) != it.value()) {
                        problems << QCoreApplication::translate("core", "the user's %1 was changed").arg(it.key());
                    }
                }
                if (problems.isEmpty()) {
                    setRow(id, CheckItem::Verdict::Ok, QCoreApplication::translate("core", "%1 and changed nothing").arg(detail));
                } else {
                    setRow(id, CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                        QCoreApplication::translate(
                            "core", ".onInit must detect the lock on python.exe and, in silent mode, quit with code %1.")
                            .arg(NsisScript::exitAppRunning));
                }
                stopHolder([this] { waitForWineserver([this] { stepUninstall(); }); });
            },
            m_options.stepTimeoutMs * 2);
    });
    watchdog->start(60'000);
    m_holder->start();
}

} // namespace rd
