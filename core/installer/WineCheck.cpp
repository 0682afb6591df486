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

namespace rd {

using namespace winecheck;

WineCheck::WineCheck(WineCheckOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    for (const StepInfo &step : steps) {
        CheckItem item;
        item.id = QString::fromLatin1(step.id);
        item.title = QCoreApplication::translate("core", step.title);
        item.verdict = CheckItem::Verdict::Skipped;
        item.detail = QCoreApplication::translate("core", "not run");
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
        if (item.verdict == CheckItem::Verdict::Skipped && item.detail == QCoreApplication::translate("core", "not run")) {
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
            setRow(m_current, CheckItem::Verdict::Failed, QCoreApplication::translate("core", "cancelled"));
            fillSkipped(QCoreApplication::translate("core", "cancelled"));
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

Status WineCheck::checkInstallerFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 does not exist.").arg(path),
            QCoreApplication::translate("core", "Build the installer first (releasedesk-cli installer build)."));
    }
    if (!info.isFile()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "%1 is a folder, not an installer.").arg(path),
            QCoreApplication::translate("core", "Pass the setup .exe that installer build wrote."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(path, file.errorString()));
    }
    const QString notInstaller = QCoreApplication::translate("core",
        "Pass the setup .exe that installer build wrote; only NSIS installers can be "
        "proved here.");
    if (file.read(2) != "MZ") {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "%1 is not a Windows program (no MZ header).").arg(path), notInstaller);
    }
    // NSIS puts its first header ("\xEF\xBE\xAD\xDENullsoftInst") right after the stub, at a
    // 512-byte boundary within the first megabytes (a signature goes at the end, not in between).
    file.seek(0);
    QByteArray window;
    while (file.pos() < (qint64(16) << 20)) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty()) {
            break;
        }
        window = window.right(15) + chunk;
        if (window.contains("NullsoftInst")) {
            return {};
        }
    }
    return fail(Error::Code::InvalidInput,
        QCoreApplication::translate("core", "%1 is a Windows program but not an NSIS installer (no Nullsoft header).").arg(path),
        notInstaller);
}

void WineCheck::start()
{
    auto wine = Tool::find(QStringLiteral("wine"), QStringLiteral("wine"));
    auto wineserver = Tool::find(QStringLiteral("wineserver"), QStringLiteral("wine"));
    m_current = QStringLiteral("prefix");
    if (!wine || !wineserver) {
        const Error error = !wine ? wine.error() : wineserver.error();
        setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed, error.message, error.hint);
        fillSkipped(QCoreApplication::translate("core", "wine is not installed"));
        finish();
        return;
    }
    m_wine = wine->path;
    m_wineserver = wineserver->path;
    for (const QString &file : { m_options.installer, m_options.upgradeInstaller, m_options.signedInstaller }) {
        if (file.isEmpty()) {
            continue;
        }
        // Only that it is a file here (tests stand in any program); the CLI checks the NSIS header.
        if (!QFileInfo(file).isFile()) {
            setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed,
                QCoreApplication::translate("core", "%1 does not exist.").arg(file),
                QCoreApplication::translate("core", "Build the installer first (releasedesk-cli installer build)."));
            fillSkipped(QCoreApplication::translate("core", "no installer"));
            finish();
            return;
        }
    }
    if (m_options.installer.isEmpty()) {
        setRow(
            QStringLiteral("prefix"), CheckItem::Verdict::Failed, QCoreApplication::translate("core", "No installer to check."));
        fillSkipped(QCoreApplication::translate("core", "no installer"));
        finish();
        return;
    }
    const QString base = m_options.workDir.isEmpty() ? QDir::tempPath() : m_options.workDir;
    QDir().mkpath(base);
    QTemporaryDir temp(base + QStringLiteral("/releasedesk-wine-XXXXXX"));
    if (!temp.isValid()) {
        setRow(QStringLiteral("prefix"), CheckItem::Verdict::Failed,
            QCoreApplication::translate("core", "Could not create a folder in %1.").arg(base));
        fillSkipped(QCoreApplication::translate("core", "no prefix"));
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

void WineCheck::cleanUp()
{
    if (m_cleaning) {
        return;
    }
    m_cleaning = true;
    if (m_tempRoot.isEmpty() || m_options.keepPrefix) {
        if (!m_tempRoot.isEmpty()) {
            emit logLine(QCoreApplication::translate("core", "The wine prefix is kept in %1").arg(m_prefix));
        }
        finish();
        return;
    }
    ProcessRequest request;
    request.program = m_wineserver;
    request.arguments = { QStringLiteral("-k") };
    request.environment = m_environment;
    request.timeoutMs = 15'000;
    const QString root = m_tempRoot;
    emit logLine(QCoreApplication::translate("core", "Removing the wine prefix"));
    // wineserver -k (it waits for the prefix's processes to end) and the removal of the prefix,
    // both on a thread: the window's thread never waits for them.
    m_cleanup = QThread::create([request, root] {
        (void)runProcess(request);
        removeTree(root);
    });
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
        checklistPassed(m_items) ? QCoreApplication::translate("core", "All checks passed")
                                 : QCoreApplication::translate("core", "Some checks failed"));
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
        setRow(m_current, CheckItem::Verdict::Failed, QCoreApplication::translate("core", "cancelled"));
        fillSkipped(QCoreApplication::translate("core", "cancelled"));
        cleanUp();
    }
}

} // namespace rd
