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

// The first checks: a fresh prefix, the silent install into it, and the launcher it leaves.

namespace rd {

using namespace winecheck;

void WineCheck::stepPrefix()
{
    begin(QStringLiteral("prefix"));
    runWine({ QStringLiteral("--version") }, [this](const Result<ProcessOutput> &version) {
        const QString wineVersion = version ? version->stdoutText() : QString();
        runWine(
            { QStringLiteral("wineboot"), QStringLiteral("--init") },
            [this, wineVersion](const Result<ProcessOutput> &boot) {
                if (!boot) {
                    setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed, boot.error().message, boot.error().hint);
                    fillSkipped(QCoreApplication::translate("core", "no wine prefix"));
                    cleanUp();
                    return;
                }
                waitForWineserver([this, wineVersion] {
                    if (!QFileInfo(m_prefix + QStringLiteral("/drive_c/windows")).isDir()) {
                        setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed,
                            QCoreApplication::translate("core", "wineboot did not create a prefix."),
                            QCoreApplication::translate("core", "Run WINEPREFIX=/tmp/x wineboot --init by hand to see why."));
                        fillSkipped(QCoreApplication::translate("core", "no wine prefix"));
                        cleanUp();
                        return;
                    }
                    setRow(QStringLiteral("prefix"), CheckItem::Verdict::Ok,
                        QCoreApplication::translate("core", "fresh prefix, %1")
                            .arg(wineVersion.isEmpty() ? QStringLiteral("wine") : wineVersion));
                    stepInstall();
                });
            },
            300'000);
    });
}

void WineCheck::stepInstall()
{
    begin(QStringLiteral("install"));
    const QString dir = QString::fromLatin1(installDir);
    runWine({ m_options.installer, QStringLiteral("/S"), QStringLiteral("/D=") + dir },
        [this, dir](const Result<ProcessOutput> &run) {
            if (!run) {
                setRow(QStringLiteral("install"), CheckItem::Verdict::Failed, run.error().message, run.error().hint);
                fillSkipped(QCoreApplication::translate("core", "the install failed"));
                cleanUp();
                return;
            }
            const int exitCode = run->exitCode;
            waitForWineserver([this, dir, exitCode] {
                const QString root = hostPath(dir);
                QStringList expected { QString::fromLatin1(PortablePayload::pythonExe),
                    QString::fromLatin1(PortablePayload::launcher), QStringLiteral("VERSION") };
                QMap<QString, qint64> sizes;
                if (!m_options.payloadDir.isEmpty()) {
                    expected = filesUnder(m_options.payloadDir);
                    for (const QString &file : std::as_const(expected)) {
                        sizes.insert(file, QFileInfo(m_options.payloadDir + QLatin1Char('/') + file).size());
                    }
                }
                expected << QStringLiteral("uninstall.exe");
                QStringList missing;
                QStringList different;
                for (const QString &file : std::as_const(expected)) {
                    const QFileInfo info(root + QLatin1Char('/') + file);
                    if (!info.isFile()) {
                        missing << file;
                    } else if (sizes.contains(file) && sizes.value(file) != info.size()) {
                        different << file;
                    }
                }
                QStringList problems;
                if (exitCode != 0) {
                    problems << QCoreApplication::translate("core", "setup exited with code %1").arg(exitCode);
                }
                if (!missing.isEmpty()) {
                    problems << QCoreApplication::translate(
                        "core", "%1 of %n file(s) missing (%2)", nullptr, int(expected.size()))
                                    .arg(missing.size())
                                    .arg(listSome(missing));
                }
                if (!different.isEmpty()) {
                    problems << QCoreApplication::translate(
                        "core", "%n file(s) differ from the build (%1)", nullptr, int(different.size()))
                                    .arg(listSome(different));
                }
                const WineRegistry registry = readUserRegistry();
                const QString key = uninstallKeyFor(registry, dir);
                QString entry;
                if (key.isEmpty()) {
                    problems << QCoreApplication::translate("core", "no Add/Remove Programs entry for %1").arg(dir);
                } else {
                    const WineRegistry::Values values = registry.values(key);
                    QStringList absent;
                    for (const char *name : { "DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "UninstallString",
                             "QuietUninstallString", "EstimatedSize", "InstallLocation" }) {
                        if (!values.contains(QString::fromLatin1(name))) {
                            absent << QString::fromLatin1(name);
                        }
                    }
                    if (!absent.isEmpty()) {
                        problems << QCoreApplication::translate("core", "the Add/Remove Programs entry lacks %1")
                                        .arg(absent.join(QStringLiteral(", ")));
                    }
                    m_appName = values.value(QStringLiteral("DisplayName")).toString();
                    m_shortcutName = NsisScript::windowsName(m_appName);
                    entry = QCoreApplication::translate("core", "\"%1 %2\" by %3, %4 KB in Add/Remove Programs")
                                .arg(m_appName, values.value(QStringLiteral("DisplayVersion")).toString(),
                                    values.value(QStringLiteral("Publisher")).toString())
                                .arg(values.value(QStringLiteral("EstimatedSize")).toUInt());
                    if (!values.value(QStringLiteral("QuietUninstallString")).toString().endsWith(QStringLiteral(" /S"))) {
                        problems << QCoreApplication::translate("core", "QuietUninstallString does not end with /S");
                    }
                }
                const QStringList shortcuts = shortcutPaths(m_shortcutName);
                if (!m_shortcutName.isEmpty() && !QFileInfo::exists(shortcuts.at(0))) {
                    problems << QCoreApplication::translate("core", "no Start menu shortcut");
                }
                if (!problems.isEmpty()) {
                    setRow(QStringLiteral("install"), CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                        missing.size() == expected.size() ? QCoreApplication::translate("core",
                            "The installer did nothing: a 32-bit NSIS stub exits 0 under 64-bit wine without installing. "
                            "Build with 'Target amd64-unicode' (ReleaseDesk's script does).")
                                                          : QCoreApplication::translate("core",
                                                              "Compare the generated installer.nsi with the portable build."));
                    fillSkipped(QCoreApplication::translate("core", "the install failed"));
                    stepLauncher();
                    cleanUp();
                    return;
                }
                m_v1Files = filesUnder(root);
                QString extras;
                if (QFileInfo::exists(shortcuts.at(1))) {
                    extras += QCoreApplication::translate("core", ", desktop shortcut");
                }
                if (QFileInfo::exists(shortcuts.at(2))) {
                    extras += QCoreApplication::translate("core", ", starts with Windows");
                }
                setRow(QStringLiteral("install"), CheckItem::Verdict::Ok,
                    QCoreApplication::translate(
                        "core", "%n file(s) in %1, %2, Start menu shortcut%3", nullptr, int(m_v1Files.size()))
                        .arg(dir, entry, extras));
                stepLauncher();
                stepUpgrade();
            });
        });
}

void WineCheck::stepLauncher()
{
    const QString id = QStringLiteral("launcher");
    const QString previous = m_current;
    begin(id);
    const QString path
        = hostPath(QString::fromLatin1(installDir)) + QLatin1Char('/') + QString::fromLatin1(PortablePayload::launcher);
    auto bytes = readWholeFile(path);
    if (!bytes) {
        setRow(id, CheckItem::Verdict::Failed,
            QCoreApplication::translate("core", "the launcher %1 was not installed")
                .arg(QString::fromLatin1(PortablePayload::launcher)),
            QCoreApplication::translate("core", "The portable build must have scripts\\start-hidden.vbs."));
    } else if (auto ascii = PortablePayload::checkLauncherText(*bytes); !ascii) {
        setRow(id, CheckItem::Verdict::Failed, ascii.error().message, ascii.error().hint);
    } else {
        const int lines = int(bytes->count("\r\n")); // a local: lupdate loops on a string literal in the count
        setRow(id, CheckItem::Verdict::Ok,
            QCoreApplication::translate(
                "core", "scripts\\start-hidden.vbs: ASCII text, with CRLF line terminators (%n line(s))", nullptr, lines));
    }
    m_current = previous;
}

} // namespace rd
