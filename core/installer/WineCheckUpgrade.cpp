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

// Check 2: the next version installed over the first removes stale files and keeps data.

namespace rd {

using namespace winecheck;

void WineCheck::stepUpgrade()
{
    begin(QStringLiteral("upgrade"));
    const QString dir = QString::fromLatin1(installDir);
    const QString root = hostPath(dir);

    // The user's things: a database in data\ and their own config beside the example one.
    QByteArray database("SQLite format 3");
    database.append('\0');
    for (int i = 0; i < 256; ++i) {
        database.append(char(QRandomGenerator::global()->bounded(256)));
    }
    QString configName = QStringLiteral("config.yaml");
    for (const QString &file : std::as_const(m_v1Files)) {
        if (file.startsWith(QStringLiteral("config.example."))) {
            configName = QStringLiteral("config.") + file.mid(int(qstrlen("config.example.")));
        }
    }
    m_userFiles
        = { { QStringLiteral("data/user.db"), database }, { configName, QByteArray("# my own settings\r\nport: 9999\r\n") } };
    // Files the new version does not have: planted in every payload folder.
    QStringList stale;
    for (const QString &file :
        { QStringLiteral("app/rd_stale_probe.py"), QStringLiteral("python/Lib/site-packages/rd_stale_probe/__init__.py"),
            QStringLiteral("scripts/rd-stale-probe.vbs") }) {
        if (QFileInfo(root + QLatin1Char('/') + file.section(QLatin1Char('/'), 0, 0)).isDir()) {
            stale << file;
        }
    }
    QStringList expectedFiles { QString::fromLatin1(PortablePayload::pythonExe), QString::fromLatin1(PortablePayload::launcher),
        QStringLiteral("VERSION"), QStringLiteral("uninstall.exe") };
    if (!m_options.upgradePayloadDir.isEmpty()) {
        expectedFiles = filesUnder(m_options.upgradePayloadDir) << QStringLiteral("uninstall.exe");
        if (!m_options.payloadDir.isEmpty()) {
            for (const QString &file : filesUnder(m_options.payloadDir)) {
                if (!expectedFiles.contains(file)) {
                    stale << file; // v1 had it, v2 does not
                }
            }
        }
    }
    QStringList writeErrors;
    QMap<QString, QByteArray> planted = m_userFiles;
    for (const QString &file : std::as_const(stale)) {
        if (!QFileInfo::exists(root + QLatin1Char('/') + file)) {
            planted.insert(file, QByteArray("# stale file from an older version\r\n"));
        }
    }
    for (auto it = planted.cbegin(); it != planted.cend(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()) {
            writeErrors << it.key();
        }
    }
    if (!writeErrors.isEmpty()) {
        setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Failed,
            QCoreApplication::translate("core", "could not create %1").arg(writeErrors.join(QStringLiteral(", "))));
        fillSkipped(QCoreApplication::translate("core", "the upgrade check failed"));
        cleanUp();
        return;
    }

    const QString installer = m_options.upgradeInstaller.isEmpty() ? m_options.installer : m_options.upgradeInstaller;
    runWine({ installer, QStringLiteral("/S"), QStringLiteral("/D=") + dir },
        [this, dir, root, stale, expectedFiles](const Result<ProcessOutput> &run) {
            if (!run) {
                setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Failed, run.error().message, run.error().hint);
                fillSkipped(QCoreApplication::translate("core", "the upgrade failed"));
                cleanUp();
                return;
            }
            const int exitCode = run->exitCode;
            waitForWineserver([this, dir, root, stale, expectedFiles, exitCode] {
                QStringList problems;
                if (exitCode != 0) {
                    problems << QCoreApplication::translate("core", "setup exited with code %1").arg(exitCode);
                }
                QStringList survived;
                for (const QString &file : stale) {
                    if (QFileInfo::exists(root + QLatin1Char('/') + file)) {
                        survived << file;
                    }
                }
                if (!survived.isEmpty()) {
                    problems << QCoreApplication::translate("core", "%1 stale files survived the upgrade (%2)")
                                    .arg(survived.size())
                                    .arg(listSome(survived));
                }
                QStringList missing;
                for (const QString &file : expectedFiles) {
                    if (!QFileInfo(root + QLatin1Char('/') + file).isFile()) {
                        missing << file;
                    }
                }
                if (!missing.isEmpty()) {
                    problems << QCoreApplication::translate(
                        "core", "%n file(s) of the new version missing (%1)", nullptr, int(missing.size()))
                                    .arg(listSome(missing));
                }
                QStringList lost;
                for (auto it = m_userFiles.cbegin(); it != m_userFiles.cend(); ++it) {
                    auto bytes = readWholeFile(root + QLatin1Char('/') + it.key());
                    if (!bytes || *bytes != it.value()) {
                        lost << it.key();
                    }
                }
                if (!lost.isEmpty()) {
                    problems << QCoreApplication::translate("core", "the user's %1 did not survive")
                                    .arg(lost.join(QStringLiteral(" and ")));
                }
                const WineRegistry registry = readUserRegistry();
                const QString key = uninstallKeyFor(registry, dir);
                const QString displayVersion = registry.values(key).value(QStringLiteral("DisplayVersion")).toString();
                if (key.isEmpty()) {
                    problems << QCoreApplication::translate("core", "the Add/Remove Programs entry is gone");
                } else if (!m_options.upgradePayloadDir.isEmpty()) {
                    auto versionText = readWholeFile(m_options.upgradePayloadDir + QStringLiteral("/VERSION"));
                    auto expected = Version::parse(versionText ? QString::fromUtf8(*versionText).trimmed() : QString());
                    auto shown = Version::parse(displayVersion);
                    if (expected && shown && !(*expected == *shown)) {
                        problems << QCoreApplication::translate("core", "Add/Remove Programs shows %1, the new build is %2")
                                        .arg(displayVersion, expected->toString());
                    }
                }
                if (!problems.isEmpty()) {
                    setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                        survived.isEmpty()
                            ? QCoreApplication::translate("core", "Compare the generated installer.nsi with the portable build.")
                            : QCoreApplication::translate("core",
                                "The Core section must remove the previous payload folders before File /r "
                                "(guide section 14, the Pillow case)."));
                } else {
                    setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Ok,
                        QCoreApplication::translate(
                            "core", "now %1: %2 stale files removed (%3), %4 files of the new version present, %5 unchanged")
                            .arg(displayVersion)
                            .arg(stale.size())
                            .arg(listSome(stale, 2))
                            .arg(expectedFiles.size())
                            .arg(m_userFiles.keys().join(QStringLiteral(" and "))));
                }
                stepRunning();
            });
        });
}

} // namespace rd
