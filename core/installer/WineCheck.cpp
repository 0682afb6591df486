#include "WineCheck.h"

#include "common/AtomicFile.h"
#include "installer/NsisScript.h"
#include "installer/PortablePayload.h"
#include "installer/Signer.h"
#include "process/ProcessJob.h"
#include "version/Version.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace rd {

namespace {

const QString uninstallRoot = QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall");

struct StepInfo
{
    const char *id;
    const char *title;
};

constexpr StepInfo steps[] = {
    { "prefix", "Wine prefix" },
    { "install", "1. Silent install" },
    { "upgrade", "2. Upgrade removes stale files, keeps data" },
    { "running", "Running app blocks setup" },
    { "uninstall", "3. Uninstall keeps data" },
    { "signature", "4. Signed installer verifies and installs" },
    { "launcher", "5. Launcher is ASCII with CRLF" },
};

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

// Files under root, relative and '/'-separated, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir dir(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files << dir.relativeFilePath(it.filePath());
    }
    files.sort();
    return files;
}

QString listSome(const QStringList &items, int count = 3)
{
    QStringList shown = items.mid(0, count);
    QString text = shown.join(QStringLiteral(", "));
    if (items.size() > count) {
        text += QStringLiteral(" and %1 more").arg(items.size() - count);
    }
    return text;
}

// Removes a tree without following symbolic links (a wine prefix links z: to / and the
// desktop to $HOME): links are removed as files, never descended into.
void removeTree(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir()) {
        QFile::remove(path);
        return;
    }
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !entry.isDir()) {
            QFile::remove(entry.absoluteFilePath()); // a link itself, never its target
        } else {
            removeTree(entry.absoluteFilePath());
        }
    }
    QDir().rmdir(path);
}

} // namespace

WineCheck::WineCheck(WineCheckOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    for (const StepInfo &step : steps) {
        CheckItem item;
        item.id = QString::fromLatin1(step.id);
        item.title = QString::fromLatin1(step.title);
        item.verdict = CheckItem::Verdict::Skipped;
        item.detail = QStringLiteral("not run");
        m_items << item;
    }
}

WineCheck::~WineCheck()
{
    if (m_cleanup) {
        m_cleanup->wait();
    }
    if (m_holder) {
        m_holder->kill();
        m_holder->waitForFinished(2000);
    }
    if (!m_done && !m_prefix.isEmpty() && !m_wineserver.isEmpty()) {
        ProcessRequest request;
        request.program = m_wineserver;
        request.arguments = { QStringLiteral("-k") };
        request.environment = m_environment;
        request.timeoutMs = 10'000;
        (void)runProcess(request);
    }
}

QStringList WineCheck::stepIds()
{
    QStringList ids;
    for (const StepInfo &step : steps) {
        ids << QString::fromLatin1(step.id);
    }
    return ids;
}

Status WineCheck::available()
{
    for (const char *name : { "wine", "wineserver" }) {
        if (auto tool = Tool::find(QString::fromLatin1(name), QStringLiteral("wine")); !tool) {
            return std::unexpected(tool.error());
        }
    }
    return {};
}

// --- plumbing ---------------------------------------------------------------------------------

void WineCheck::begin(const QString &id)
{
    m_current = id;
    m_stepTimer.start();
    const int index = int(stepIds().indexOf(id));
    const QString title = index >= 0 ? m_items.at(index).title : id;
    emit logLine(QStringLiteral("== %1").arg(title));
    emit progress(index, m_items.size(), title);
}

void WineCheck::setRow(const QString &id, CheckItem::Verdict verdict, const QString &detail, const QString &hint)
{
    const qint64 elapsed = id == m_current ? m_stepTimer.elapsed() : 0;
    m_durations.insert(id, elapsed);
    for (CheckItem &item : m_items) {
        if (item.id == id) {
            item.verdict = verdict;
            item.detail
                = verdict == CheckItem::Verdict::Skipped ? detail : QStringLiteral("%1 (%2)").arg(detail, seconds(elapsed));
            item.hint = hint;
            emit logLine(QStringLiteral("%1 %2: %3").arg(CheckItem::verdictSymbol(verdict), item.title, item.detail));
        }
    }
}

void WineCheck::fillSkipped(const QString &reason)
{
    for (CheckItem &item : m_items) {
        if (item.verdict == CheckItem::Verdict::Skipped && item.detail == QStringLiteral("not run")) {
            item.detail = reason;
        }
    }
}

void WineCheck::runTool(const QString &program, const QStringList &arguments, int timeoutMs, Next next)
{
    ProcessRequest request;
    request.program = program;
    request.arguments = arguments;
    request.environment = m_environment;
    request.workingDirectory = m_tempRoot;
    request.timeoutMs = timeoutMs > 0 ? timeoutMs : m_options.stepTimeoutMs;
    m_job = new ProcessJob(request, this);
    connect(m_job, &ProcessJob::logLine, this, &WineCheck::logLine);
    connect(m_job, &ProcessJob::finished, this, [this, next = std::move(next)](const Result<ProcessOutput> &output) {
        m_job->deleteLater();
        m_job = nullptr;
        if (m_cancelled) {
            setRow(m_current, CheckItem::Verdict::Failed, QStringLiteral("cancelled"));
            fillSkipped(QStringLiteral("cancelled"));
            cleanUp();
            return;
        }
        next(output);
    });
    m_job->start();
}

void WineCheck::runWine(const QStringList &arguments, Next next, int timeoutMs)
{
    runTool(m_wine, arguments, timeoutMs, std::move(next));
}

void WineCheck::waitForWineserver(std::function<void()> next)
{
    // The silent uninstaller relaunches itself and wine writes the registry lazily: wait until
    // every wine process of this prefix has ended and wineserver has saved everything.
    runTool(m_wineserver, { QStringLiteral("-w") }, 120'000, [next = std::move(next)](const Result<ProcessOutput> &) { next(); });
}

QString WineCheck::hostPath(const QString &windowsPath) const
{
    QString path = windowsPath;
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':')) {
        path = path.mid(2);
    }
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QDir::cleanPath(m_prefix + QStringLiteral("/drive_c/") + path);
}

QString WineCheck::userDir() const
{
    const QDir users(m_prefix + QStringLiteral("/drive_c/users"));
    for (const QString &name : users.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != QStringLiteral("Public")) {
            return users.filePath(name);
        }
    }
    return users.filePath(QStringLiteral("unknown"));
}

QStringList WineCheck::shortcutPaths(const QString &name) const
{
    const QString programs = userDir() + QStringLiteral("/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/");
    return { programs + name + QStringLiteral(".lnk"), userDir() + QStringLiteral("/Desktop/") + name + QStringLiteral(".lnk"),
        programs + QStringLiteral("StartUp/") + name + QStringLiteral(".lnk") };
}

WineRegistry WineCheck::readUserRegistry() const
{
    auto text = readWholeFile(m_prefix + QStringLiteral("/user.reg"));
    return WineRegistry::parse(text ? QString::fromUtf8(*text) : QString());
}

QString WineCheck::uninstallKeyFor(const WineRegistry &registry, const QString &windowsDir) const
{
    for (const QString &name : registry.subkeys(uninstallRoot)) {
        const QString key = uninstallRoot + QLatin1Char('\\') + name;
        const QString location = registry.values(key).value(QStringLiteral("InstallLocation")).toString();
        if (location.compare(windowsDir, Qt::CaseInsensitive) == 0) {
            return key;
        }
    }
    return {};
}

// --- the steps --------------------------------------------------------------------------------

void WineCheck::start()
{
    auto wine = Tool::find(QStringLiteral("wine"), QStringLiteral("wine"));
    auto wineserver = Tool::find(QStringLiteral("wineserver"), QStringLiteral("wine"));
    m_current = QStringLiteral("prefix");
    if (!wine || !wineserver) {
        const Error error = !wine ? wine.error() : wineserver.error();
        setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed, error.message, error.hint);
        fillSkipped(QStringLiteral("wine is not installed"));
        finish();
        return;
    }
    m_wine = wine->path;
    m_wineserver = wineserver->path;
    for (const QString &file : { m_options.installer, m_options.upgradeInstaller, m_options.signedInstaller }) {
        if (!file.isEmpty() && !QFileInfo(file).isFile()) {
            setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed, QStringLiteral("%1 does not exist.").arg(file),
                QStringLiteral("Build the installer first (releasedesk-cli installer build)."));
            fillSkipped(QStringLiteral("no installer"));
            finish();
            return;
        }
    }
    if (m_options.installer.isEmpty()) {
        setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed, QStringLiteral("No installer to check."));
        fillSkipped(QStringLiteral("no installer"));
        finish();
        return;
    }
    const QString base = m_options.workDir.isEmpty() ? QDir::tempPath() : m_options.workDir;
    QDir().mkpath(base);
    QTemporaryDir temp(base + QStringLiteral("/releasedesk-wine-XXXXXX"));
    if (!temp.isValid()) {
        setRow(
            QStringLiteral("prefix"), CheckItem::Verdict::Failed, QStringLiteral("Could not create a folder in %1.").arg(base));
        fillSkipped(QStringLiteral("no prefix"));
        finish();
        return;
    }
    temp.setAutoRemove(false);
    m_tempRoot = temp.path();
    m_prefix = m_tempRoot + QStringLiteral("/prefix");
    const QString home = m_tempRoot + QStringLiteral("/home");
    QDir().mkpath(home);

    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("WINEPREFIX"), m_prefix);
    m_environment.insert(QStringLiteral("WINEDEBUG"), QStringLiteral("-all"));
    // No Mono/Gecko prompts, and no menu entries or desktop files written for the host.
    m_environment.insert(QStringLiteral("WINEDLLOVERRIDES"), QStringLiteral("mscoree,mshtml=;winemenubuilder.exe=d"));
    // wine links the prefix's Desktop and Documents to the user's own folders: point them here.
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    m_environment.remove(QStringLiteral("DISPLAY"));
    m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    stepPrefix();
}

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
                    fillSkipped(QStringLiteral("no wine prefix"));
                    cleanUp();
                    return;
                }
                waitForWineserver([this, wineVersion] {
                    if (!QFileInfo(m_prefix + QStringLiteral("/drive_c/windows")).isDir()) {
                        setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed,
                            QStringLiteral("wineboot did not create a prefix."),
                            QStringLiteral("Run WINEPREFIX=/tmp/x wineboot --init by hand to see why."));
                        fillSkipped(QStringLiteral("no wine prefix"));
                        cleanUp();
                        return;
                    }
                    setRow(QStringLiteral("prefix"), CheckItem::Verdict::Ok,
                        QStringLiteral("fresh prefix, %1").arg(wineVersion.isEmpty() ? QStringLiteral("wine") : wineVersion));
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
                fillSkipped(QStringLiteral("the install failed"));
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
                    problems << QStringLiteral("setup exited with code %1").arg(exitCode);
                }
                if (!missing.isEmpty()) {
                    problems << QStringLiteral("%1 of %2 files missing (%3)")
                                    .arg(missing.size())
                                    .arg(expected.size())
                                    .arg(listSome(missing));
                }
                if (!different.isEmpty()) {
                    problems
                        << QStringLiteral("%1 files differ from the build (%2)").arg(different.size()).arg(listSome(different));
                }
                const WineRegistry registry = readUserRegistry();
                const QString key = uninstallKeyFor(registry, dir);
                QString entry;
                if (key.isEmpty()) {
                    problems << QStringLiteral("no Add/Remove Programs entry for %1").arg(dir);
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
                        problems
                            << QStringLiteral("the Add/Remove Programs entry lacks %1").arg(absent.join(QStringLiteral(", ")));
                    }
                    m_appName = values.value(QStringLiteral("DisplayName")).toString();
                    m_shortcutName = NsisScript::windowsName(m_appName);
                    entry = QStringLiteral("\"%1 %2\" by %3, %4 KB in Add/Remove Programs")
                                .arg(m_appName, values.value(QStringLiteral("DisplayVersion")).toString(),
                                    values.value(QStringLiteral("Publisher")).toString())
                                .arg(values.value(QStringLiteral("EstimatedSize")).toUInt());
                    if (!values.value(QStringLiteral("QuietUninstallString")).toString().endsWith(QStringLiteral(" /S"))) {
                        problems << QStringLiteral("QuietUninstallString does not end with /S");
                    }
                }
                const QStringList shortcuts = shortcutPaths(m_shortcutName);
                if (!m_shortcutName.isEmpty() && !QFileInfo::exists(shortcuts.at(0))) {
                    problems << QStringLiteral("no Start menu shortcut");
                }
                if (!problems.isEmpty()) {
                    setRow(QStringLiteral("install"), CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                        missing.size() == expected.size()
                            ? QStringLiteral(
                                "The installer did nothing: a 32-bit NSIS stub exits 0 under 64-bit wine without installing. "
                                "Build with 'Target amd64-unicode' (ReleaseDesk's script does).")
                            : QStringLiteral("Compare the generated installer.nsi with the portable build."));
                    fillSkipped(QStringLiteral("the install failed"));
                    stepLauncher();
                    cleanUp();
                    return;
                }
                m_v1Files = filesUnder(root);
                QString extras;
                if (QFileInfo::exists(shortcuts.at(1))) {
                    extras += QStringLiteral(", desktop shortcut");
                }
                if (QFileInfo::exists(shortcuts.at(2))) {
                    extras += QStringLiteral(", starts with Windows");
                }
                setRow(QStringLiteral("install"), CheckItem::Verdict::Ok,
                    QStringLiteral("%1 files in %2, %3, Start menu shortcut%4").arg(m_v1Files.size()).arg(dir, entry, extras));
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
            QStringLiteral("the launcher %1 was not installed").arg(QString::fromLatin1(PortablePayload::launcher)),
            QStringLiteral("The portable build must have scripts\\start-hidden.vbs."));
    } else if (auto ascii = PortablePayload::checkLauncherText(*bytes); !ascii) {
        setRow(id, CheckItem::Verdict::Failed, ascii.error().message, ascii.error().hint);
    } else {
        setRow(id, CheckItem::Verdict::Ok,
            QStringLiteral("scripts\\start-hidden.vbs: ASCII text, with CRLF line terminators (%1 lines)")
                .arg(bytes->count("\r\n")));
    }
    m_current = previous;
}

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
            QStringLiteral("could not create %1").arg(writeErrors.join(QStringLiteral(", "))));
        fillSkipped(QStringLiteral("the upgrade check failed"));
        cleanUp();
        return;
    }

    const QString installer = m_options.upgradeInstaller.isEmpty() ? m_options.installer : m_options.upgradeInstaller;
    runWine({ installer, QStringLiteral("/S"), QStringLiteral("/D=") + dir },
        [this, dir, root, stale, expectedFiles](const Result<ProcessOutput> &run) {
            if (!run) {
                setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Failed, run.error().message, run.error().hint);
                fillSkipped(QStringLiteral("the upgrade failed"));
                cleanUp();
                return;
            }
            const int exitCode = run->exitCode;
            waitForWineserver([this, dir, root, stale, expectedFiles, exitCode] {
                QStringList problems;
                if (exitCode != 0) {
                    problems << QStringLiteral("setup exited with code %1").arg(exitCode);
                }
                QStringList survived;
                for (const QString &file : stale) {
                    if (QFileInfo::exists(root + QLatin1Char('/') + file)) {
                        survived << file;
                    }
                }
                if (!survived.isEmpty()) {
                    problems << QStringLiteral("%1 stale files survived the upgrade (%2)")
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
                    problems
                        << QStringLiteral("%1 files of the new version missing (%2)").arg(missing.size()).arg(listSome(missing));
                }
                QStringList lost;
                for (auto it = m_userFiles.cbegin(); it != m_userFiles.cend(); ++it) {
                    auto bytes = readWholeFile(root + QLatin1Char('/') + it.key());
                    if (!bytes || *bytes != it.value()) {
                        lost << it.key();
                    }
                }
                if (!lost.isEmpty()) {
                    problems << QStringLiteral("the user's %1 did not survive").arg(lost.join(QStringLiteral(" and ")));
                }
                const WineRegistry registry = readUserRegistry();
                const QString key = uninstallKeyFor(registry, dir);
                const QString displayVersion = registry.values(key).value(QStringLiteral("DisplayVersion")).toString();
                if (key.isEmpty()) {
                    problems << QStringLiteral("the Add/Remove Programs entry is gone");
                } else if (!m_options.upgradePayloadDir.isEmpty()) {
                    auto versionText = readWholeFile(m_options.upgradePayloadDir + QStringLiteral("/VERSION"));
                    auto expected = Version::parse(versionText ? QString::fromUtf8(*versionText).trimmed() : QString());
                    auto shown = Version::parse(displayVersion);
                    if (expected && shown && !(*expected == *shown)) {
                        problems << QStringLiteral("Add/Remove Programs shows %1, the new build is %2")
                                        .arg(displayVersion, expected->toString());
                    }
                }
                if (!problems.isEmpty()) {
                    setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                        survived.isEmpty()
                            ? QStringLiteral("Compare the generated installer.nsi with the portable build.")
                            : QStringLiteral("The Core section must remove the previous payload folders before File /r "
                                             "(guide section 14, the Pillow case)."));
                } else {
                    setRow(QStringLiteral("upgrade"), CheckItem::Verdict::Ok,
                        QStringLiteral("now %1: %2 stale files removed (%3), %4 files of the new version present, %5 unchanged")
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

void WineCheck::stepRunning()
{
    const QString id = QStringLiteral("running");
    const QString dir = QString::fromLatin1(installDir);
    const QString root = hostPath(dir);
    if (!m_options.checkRunningInstance) {
        setRow(id, CheckItem::Verdict::Skipped, QStringLiteral("not requested"));
        stepUninstall();
        return;
    }
    begin(id);
    if (!QFileInfo(root + QLatin1Char('/') + QString::fromLatin1(PortablePayload::pythonExe)).isFile()) {
        setRow(id, CheckItem::Verdict::Skipped, QStringLiteral("python.exe is not installed"));
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
            QStringLiteral("The check needs a python.exe that runs under wine (the embeddable Python does)."));
        stopHolder([this] { waitForWineserver([this] { stepUninstall(); }); });
    };
    connect(watchdog, &QTimer::timeout, this,
        [giveUp] { giveUp(QStringLiteral("python.exe did not start under wine within 60 s")); });
    connect(m_holder, &QProcess::finished, this,
        [giveUp] { giveUp(QStringLiteral("python.exe ended at once, so it could not be held running")); });
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
                    problems << QStringLiteral("setup exited with code %1 while python.exe was running (expected %2)")
                                    .arg(run->exitCode)
                                    .arg(NsisScript::exitAppRunning);
                } else {
                    detail = QStringLiteral("setup waited %1, then exited with code %2")
                                 .arg(seconds(waited.elapsed()))
                                 .arg(NsisScript::exitAppRunning);
                }
                if (readWholeFile(root + QStringLiteral("/VERSION")).value_or(QByteArray()) != versionBefore
                    || !QFileInfo(root + QLatin1Char('/') + QString::fromLatin1(PortablePayload::pythonExe)).isFile()) {
                    problems << QStringLiteral("the installed files were changed");
                }
                for (auto it = m_userFiles.cbegin(); it != m_userFiles.cend(); ++it) {
                    if (readWholeFile(root + QLatin1Char('/') + it.key()).value_or(QByteArray()) != it.value()) {
                        problems << QStringLiteral("the user's %1 was changed").arg(it.key());
                    }
                }
                if (problems.isEmpty()) {
                    setRow(id, CheckItem::Verdict::Ok, detail + QStringLiteral(" and changed nothing"));
                } else {
                    setRow(id, CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                        QStringLiteral(".onInit must detect the lock on python.exe and, in silent mode, quit with code %1.")
                            .arg(NsisScript::exitAppRunning));
                }
                stopHolder([this] { waitForWineserver([this] { stepUninstall(); }); });
            },
            m_options.stepTimeoutMs * 2);
    });
    watchdog->start(60'000);
    m_holder->start();
}

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
                problems << QStringLiteral("the uninstaller exited with code %1").arg(exitCode);
            }
            QStringList left;
            for (const QString &file : filesUnder(root)) {
                if (!m_userFiles.contains(file)) {
                    left << file;
                }
            }
            if (!left.isEmpty()) {
                problems << QStringLiteral("%1 files left behind (%2)").arg(left.size()).arg(listSome(left));
            }
            QStringList lost;
            for (auto it = m_userFiles.cbegin(); it != m_userFiles.cend(); ++it) {
                if (readWholeFile(root + QLatin1Char('/') + it.key()).value_or(QByteArray()) != it.value()) {
                    lost << it.key();
                }
            }
            if (!lost.isEmpty()) {
                problems << QStringLiteral("the user's %1 was removed").arg(lost.join(QStringLiteral(" and ")));
            }
            QStringList shortcuts;
            for (const QString &path : shortcutPaths(m_shortcutName)) {
                if (QFileInfo::exists(path)) {
                    shortcuts << QFileInfo(path).absolutePath().section(QLatin1Char('/'), -1) + QLatin1Char('/')
                            + QFileInfo(path).fileName();
                }
            }
            if (!shortcuts.isEmpty()) {
                problems << QStringLiteral("shortcuts left: %1").arg(shortcuts.join(QStringLiteral(", ")));
            }
            if (!uninstallKeyFor(readUserRegistry(), dir).isEmpty()) {
                problems << QStringLiteral("the Add/Remove Programs entry is still there");
            }
            if (problems.isEmpty()) {
                setRow(QStringLiteral("uninstall"), CheckItem::Verdict::Ok,
                    QStringLiteral("payload, shortcuts and the Add/Remove Programs entry removed; %1 kept")
                        .arg(m_userFiles.keys().join(QStringLiteral(" and "))));
            } else {
                setRow(QStringLiteral("uninstall"), CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")),
                    QStringLiteral(
                        "The uninstaller must remove the payload folders and keep data\\ (RMDir without /r on $INSTDIR)."));
            }
            stepSignature();
        });
    });
}

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
                    QStringLiteral("%1 is not signed").arg(QFileInfo(file).fileName()), info.hint);
                cleanUp();
                return;
            }
            if (!info.valid) {
                setRow(id, CheckItem::Verdict::Failed, QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), info.problem),
                    info.hint);
                cleanUp();
                return;
            }
            emit logLine(QStringLiteral("signature ok: %1, %2").arg(info.subject, info.digest));
            const QString dir = QString::fromLatin1(signedInstallDir);
            runWine({ file, QStringLiteral("/S"), QStringLiteral("/D=") + dir },
                [this, id, info, osslsigncode](const Result<ProcessOutput> &run) {
                    if (!run || run->exitCode != 0) {
                        setRow(id, CheckItem::Verdict::Failed,
                            QStringLiteral("the signed installer did not install: %1")
                                .arg(run ? QStringLiteral("exit code %1").arg(run->exitCode) : run.error().message));
                        cleanUp();
                        return;
                    }
                    waitForWineserver([this, id, info, osslsigncode] {
                        const QString root = hostPath(QString::fromLatin1(signedInstallDir));
                        if (!QFileInfo(root + QLatin1Char('/') + QString::fromLatin1(PortablePayload::pythonExe)).isFile()
                            || !QFileInfo(root + QStringLiteral("/uninstall.exe")).isFile()) {
                            setRow(id, CheckItem::Verdict::Failed,
                                QStringLiteral("the signature verifies, but the signed installer installed nothing"),
                                QStringLiteral("Signing must happen after makensis, on the final file (!finalize)."));
                            cleanUp();
                            return;
                        }
                        const ProcessRequest verify
                            = Signer::verifyRequest(osslsigncode, root + QStringLiteral("/uninstall.exe"), m_options.caFile);
                        runTool(verify.program, verify.arguments, verify.timeoutMs,
                            [this, id, info](const Result<ProcessOutput> &verified) {
                                const SignatureInfo uninstaller
                                    = verified ? Signer::parseVerifyOutput(*verified) : SignatureInfo {};
                                const QString base = QStringLiteral("verifies (%1, %2%3) and installs")
                                                         .arg(info.subject, info.digest,
                                                             info.timestamped ? QStringLiteral(", time-stamped") : QString());
                                if (uninstaller.valid) {
                                    setRow(id, CheckItem::Verdict::Ok, base + QStringLiteral("; its uninstaller is signed too"));
                                } else {
                                    setRow(id, CheckItem::Verdict::Warning,
                                        base
                                            + QStringLiteral(", but its uninstaller is %1")
                                                  .arg(uninstaller.isSigned ? uninstaller.problem : QStringLiteral("not signed")),
                                        QStringLiteral("Sign during the build (!uninstfinalize): signing the finished installer "
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

void WineCheck::cleanUp()
{
    if (m_cleaning) {
        return;
    }
    m_cleaning = true;
    if (m_tempRoot.isEmpty() || m_options.keepPrefix) {
        if (!m_tempRoot.isEmpty()) {
            emit logLine(QStringLiteral("The wine prefix is kept in %1").arg(m_prefix));
        }
        finish();
        return;
    }
    ProcessRequest request;
    request.program = m_wineserver;
    request.arguments = { QStringLiteral("-k") };
    request.environment = m_environment;
    request.timeoutMs = 15'000;
    (void)runProcess(request); // ends whatever still runs in the prefix (quick)
    const QString root = m_tempRoot;
    emit logLine(QStringLiteral("Removing the wine prefix"));
    m_cleanup = QThread::create([root] { removeTree(root); });
    connect(m_cleanup, &QThread::finished, this, [this] {
        m_cleanup->deleteLater();
        finish();
    });
    m_cleanup->start();
}

void WineCheck::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit progress(m_items.size(), m_items.size(),
        checklistPassed(m_items) ? QStringLiteral("All checks passed") : QStringLiteral("Some checks failed"));
    emit finished(m_items);
}

void WineCheck::cancel()
{
    if (m_done || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (m_holder) {
        m_holder->kill();
    }
    if (m_job) {
        m_job->cancel(); // its finished() reports the cancellation and cleans up
    } else {
        setRow(m_current, CheckItem::Verdict::Failed, QStringLiteral("cancelled"));
        fillSkipped(QStringLiteral("cancelled"));
        cleanUp();
    }
}

} // namespace rd
