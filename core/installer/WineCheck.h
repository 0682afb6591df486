#pragma once

#include "common/Error.h"
#include "installer/WineRegistry.h"
#include "plan/CheckItem.h"
#include "process/Tool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QProcess;
class QThread;

namespace rd {

class ProcessJob;

struct WineCheckOptions
{
    QString installer; // the installer under test (v1)
    QString upgradeInstaller; // v2, whose payload may lack files v1 had; empty: `installer` again
    QString payloadDir; // v1's portable build: every file must be installed (optional)
    QString upgradePayloadDir; // v2's portable build (optional): then v1's files that v2 lacks must be gone
    QString signedInstaller; // step 4; empty: `installer`
    QString caFile; // -CAfile for osslsigncode verify (self-signed and test certificates)
    bool checkRunningInstance = true; // an extra step: setup refuses while python.exe runs
    QString workDir; // where the throw-away prefix goes (default: the system temp folder)
    bool keepPrefix = false; // keep it afterwards (for debugging)
    int stepTimeoutMs = 5 * 60 * 1000;
};

// The proof that an installer is right, run under wine in a fresh WINEPREFIX created in a
// temporary folder (WINEDEBUG=-all; HOME and XDG folders inside it too, winemenubuilder off, so
// nothing leaks into the user's desktop or menus). One prefix serves all steps:
//   prefix     wineboot (the first boot takes ~10 s)
//   install    1. silent install (/S /D=C:\rdcheck\App): the files exist (an installer that does
//                 nothing still exits 0 under wine), the Add/Remove Programs entry, the shortcut
//   upgrade    2. data\user.db and a user config are created, stray files are planted in the
//                 payload folders, v2 is installed silently: the stray files and v1's files that
//                 v2 lacks are gone, v2's files are there, data\ and the config are unchanged
//   running    (extra) while python.exe runs, the silent installer exits with code 3 and
//                 changes nothing (NsisScript::exitAppRunning)
//   uninstall  3. the silent uninstaller (it relaunches itself: "wineserver -w") removes the
//                 payload, the shortcuts and the registry entry, and keeps data\ and the config
//   signature  4. the signed installer verifies (osslsigncode verify), still installs, and its
//                 uninstaller is signed too
//   launcher   5. the installed launcher is ASCII with CRLF line endings
// Each row's detail ends with the step's duration; durationsMs() has them as numbers.
// finished() is emitted exactly once, also after cancel() (then the step that was running is
// Failed "cancelled" and the rest Skipped).
class WineCheck final : public QObject
{
    Q_OBJECT

public:
    static constexpr auto installDir = "C:\\rdcheck\\App"; // no spaces: wine would quote /D=, and NSIS needs it bare
    static constexpr auto signedInstallDir = "C:\\rdcheck\\Signed";

    explicit WineCheck(WineCheckOptions options, QObject *parent = nullptr);
    ~WineCheck() override;

    void start();
    void cancel();

    Checklist results() const { return m_items; }
    QMap<QString, qint64> durationsMs() const { return m_durations; } // by row id
    QString prefixDir() const { return m_prefix; }

    // The row ids, in the order they are listed.
    static QStringList stepIds();
    // Whether wine and wineserver are installed (for enabling a "Verify under wine" action); the
    // error names the Debian package.
    static Status available();
    // A file the checks can run: it exists, is a Windows program, and carries NSIS's header.
    // NotFound or InvalidInput naming what the file is instead.
    static Status checkInstallerFile(const QString &path);

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Checklist &results);

private:
    using Next = std::function<void(const Result<ProcessOutput> &)>;

    void runTool(const QString &program, const QStringList &arguments, int timeoutMs, Next next);
    void runWine(const QStringList &arguments, Next next, int timeoutMs = 0);
    void waitForWineserver(std::function<void()> next);

    void stepPrefix();
    void stepInstall();
    void stepUpgrade();
    void stepRunning();
    void stepUninstall();
    void stepSignature();
    void stepLauncher();
    void cleanUp();

    void begin(const QString &id);
    void setRow(const QString &id, CheckItem::Verdict verdict, const QString &detail, const QString &hint = {});
    void fillSkipped(const QString &reason);
    void finish();

    QString hostPath(const QString &windowsPath) const; // C:\rdcheck\App -> <prefix>/drive_c/rdcheck/App
    QString userDir() const; // <prefix>/drive_c/users/<name>
    WineRegistry readUserRegistry() const;
    // The Uninstall subkey whose InstallLocation is windowsDir, or empty.
    QString uninstallKeyFor(const WineRegistry &registry, const QString &windowsDir) const;
    QStringList shortcutPaths(const QString &name) const; // Start menu, Desktop, Startup

    WineCheckOptions m_options;
    Checklist m_items;
    QMap<QString, qint64> m_durations;
    QString m_current;
    QElapsedTimer m_stepTimer;
    QString m_wine;
    QString m_wineserver;
    QString m_tempRoot;
    QString m_prefix;
    QProcessEnvironment m_environment;
    QPointer<ProcessJob> m_job;
    QPointer<QProcess> m_holder;
    QPointer<QThread> m_cleanup;
    QString m_appName; // DisplayName from the registry after the install
    QString m_shortcutName; // the .lnk base name
    QStringList m_v1Files; // installed payload files after step 1 (relative, '/')
    QMap<QString, QByteArray> m_userFiles; // relative path -> contents, created before the upgrade
    bool m_cancelled = false;
    bool m_cleaning = false;
    bool m_done = false;
};

} // namespace rd
