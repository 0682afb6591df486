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

// Check 3: the uninstaller removes the app, its shortcuts and its registry key, and keeps data.

namespace rd {

using namespace winecheck;

void WineCheck::stepUninstall()
{
    begin(QStringLiteral("uninstall"));
    const QString dir = QString::fromLatin1(installDir);
    runWine({ dir + QStringLiteral("\\uninstall.exe"), QStringLiteral("/S") }, [this, dir](const Result<ProcessOutput> &run) {
        if (!run) {
            setRow(QStringLiteral("uninstall"), CheckItem::Verdict::Failed, run.error().message, run.error().hint);
            stepSignature();
            return;
        }
        const int exitCode = run->exitCode;
        waitForWineserver([this, dir, exitCode] {
            const QString root = hostPath(dir);
            QStringList problems;
            if (exitCode != 0) {
                problems << QCoreApplication::translate("core", "the uninstaller exited with code %1").arg(exitCode);
            }
            QStringList left;
            for (const QString &file : filesUnder(root)) {
                if (!m_userFiles.contains(file)) {
                    left << file;
                }
            }
            if (!left.isEmpty()) {
                problems << QCoreApplication::translate("core", "%n file(s) left behind (%1)", nullptr, int(left.size()))
                                .arg(listSome(left));
            }
            QStringList lost;
            for (auto it = m_userFiles.cbegin(); it != m_userFiles.cend(); ++it) {
                if (readWholeFile(root + QLatin1Char('/') + it.key()).value_or(QByteArray()) != it.value()) {
                    lost << it.key();
                }
            }
            if (!lost.isEmpty()) {
                problems
                    << QCoreApplication::translate("core", "the user's %1 was removed").arg(lost.join(QStringLiteral(" and ")));
            }
            QStringList shortcuts;
            for (const QString &path : shortcutPaths(m_shortcutName)) {
                if (QFileInfo::exists(path)) {
                    shortcuts << QFileInfo(path).absolutePath().section(QLatin1Char('/'), -1) + QLatin1Char('/')
                            + QFileInfo(path).fileName();
                }
            }
            if (!shortcuts.isEmpty()) {
                problems << QCoreApplication::translate("core", "shortcuts left: %1").arg(shortcuts.join(QStringLiteral(", ")));
            }
            if (!uninstallKeyFor(readUserRegistry(), dir).isEmpty()) {
                problems << QCoreApplication::translate("core", "the Add/Remove Programs entry is still there");
            }
            if (problems.isEmpty()) {
                setRow(QStringLiteral("uninstall"), CheckItem::Verdict::Ok,
                    QCoreApplication::translate("core", "payload, shortcuts and the Add/Remove Programs entry removed; %1 kept")
                        .arg(m_userFiles.keys().join(QStringLiteral(" and "))));
            } else {
                setRow(QStringLiteral("uninstall"), CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                    QCoreApplication::translate("core",
                        "The uninstaller must remove the payload folders and keep data\\ (RMDir without /r on $INSTDIR)."));
            }
            stepSignature();
        });
    });
}

} // namespace rd
