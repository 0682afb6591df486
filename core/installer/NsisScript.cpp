#include "NsisScript.h"

#include "common/AtomicFile.h"
#include "project/ArtifactNames.h"
#include "project/PythonProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <mutex>

// Q_INIT_RESOURCE must be called outside any namespace: the templates live in releasedesk_core,
// a static library, whose resources are not registered until something asks for them.
static void initInstallerResources()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(installer_templates); });
}

namespace rd {

namespace {

constexpr int lockWaitTriesPerSecond = 2; // the template waits half a second per try

QString nsisPath(const QString &path)
{
    // makensis on Linux takes '/' paths; a quote, '$' or '`' would end or change the string.
    return QDir::cleanPath(path);
}

Status checkCompileTimePath(const QString &path, const QString &what)
{
    static const QString forbidden = QStringLiteral("\"$`\r\n");
    for (QChar c : path) {
        if (forbidden.contains(c)) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "The %1 path '%2' contains '%3', which NSIS cannot take.").arg(what, path, c),
                QCoreApplication::translate("core", "Move it to a folder whose path has no quotes, '$' or '`'."));
        }
    }
    return {};
}

Status checkText(const QString &value, const QString &what)
{
    if (value.contains(QStringLiteral("${"))) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The %1 '%2' contains '${', which NSIS would expand as a define.")
                .arg(what, value),
            QCoreApplication::translate("core", "Remove the '${' from it."));
    }
    for (QChar c : value) {
        if (c.unicode() < 0x20) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "The %1 contains a control character.").arg(what),
                QCoreApplication::translate("core", "Use one line of plain text."));
        }
    }
    return {};
}

QString indentLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        out << QStringLiteral("    ") + line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString WindowsVersion::toString() const
{
    return QStringLiteral("%1.%2.%3.%4").arg(parts[0]).arg(parts[1]).arg(parts[2]).arg(parts[3]);
}

WindowsVersion WindowsVersion::fromVersion(const Version &version)
{
    WindowsVersion result;
    bool clamped = false;
    auto part = [&clamped](const VersionNumber &number, quint64 limit) {
        const quint64 value = number.saturated(limit + 1);
        if (value > limit) {
            clamped = true;
            return limit;
        }
        return value;
    };
    const QList<VersionNumber> &release = version.release();
    for (int i = 0; i < 3; ++i) {
        result.parts[i] = quint16(i < release.size() ? part(release.at(i), 65535) : 0);
    }
    if (release.size() > 3) {
        result.warnings << QStringLiteral("Windows version numbers have room for three release parts: %1 is shown as %2.%3.%4.")
                               .arg(version.toString())
                               .arg(result.parts[0])
                               .arg(result.parts[1])
                               .arg(result.parts[2]);
    }
    if (!version.epoch().isZero()) {
        result.warnings << QStringLiteral("The epoch of %1 is left out of the Windows version number.").arg(version.toString());
    }
    if (version.hasLocal()) {
        result.warnings
            << QStringLiteral("The local label of %1 is left out of the Windows version number.").arg(version.toString());
    }

    quint64 build = 0;
    const auto pre = version.pre();
    const auto post = version.post();
    const auto dev = version.dev();
    if (pre) {
        quint64 stage = 1;
        if (pre->label == QStringLiteral("b")) {
            stage = 2;
        } else if (pre->label == QStringLiteral("rc")) {
            stage = 3;
        }
        quint64 sub = 5;
        if (post) {
            sub = 5 + part(*post, 4);
        } else if (dev) {
            sub = part(*dev, 4);
        }
        build = stage * 10000 + part(pre->number, 999) * 10 + sub;
    } else if (post) {
        build = 50000 + part(*post, 999) * 10 + (dev ? part(*dev, 8) : 9);
    } else if (dev) {
        build = part(*dev, 9999);
    } else {
        build = 40000;
    }
    result.parts[3] = quint16(build);
    if (clamped) {
        result.warnings << QStringLiteral("A number in %1 is too large for a Windows version number and was clamped (%2).")
                               .arg(version.toString(), result.toString());
    }
    return result;
}

NsisScriptInput NsisScriptInput::fromProject(
    const PythonProject &project, const Version &version, const PortablePayload &payload, const QString &outputDir)
{
    NsisScriptInput input;
    input.appName = project.displayName();
    input.publisher = project.settings.publisher;
    input.version = version;
    if (!project.settings.iconPath.isEmpty()) {
        input.iconPath = QDir(project.rootDir).absoluteFilePath(project.settings.iconPath);
    }
    input.payload = payload;
    input.outputDir = outputDir;
    input.settings = project.settings.installer;
    input.tagPrefix = project.settings.tagPrefix;
    return input;
}

QString NsisScript::quote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (QChar c : value) {
        switch (c.unicode()) {
        case '$': out += QStringLiteral("$$"); break;
        case '"': out += QStringLiteral("$\\\""); break;
        case '\n': out += QStringLiteral("$\\n"); break;
        case '\r': out += QStringLiteral("$\\r"); break;
        case '\t': out += QStringLiteral("$\\t"); break;
        default: out += c;
        }
    }
    return out;
}

QString NsisScript::windowsName(const QString &appName)
{
    // What Windows forbids in file names, and '$' (NSIS expands InstallDir twice).
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*$");
    QString out;
    for (QChar c : appName) {
        if (!forbidden.contains(c) && c.unicode() >= 0x20) {
            out += c;
        }
    }
    out = out.simplified();
    while (out.endsWith(QLatin1Char('.'))) {
        out.chop(1);
    }
    return out;
}

QString NsisScript::outputFileNameFor(const QString &appName, const QString &version, const QString &tagPrefix)
{
    // ArtifactNames is the one place release file names come from (the zip, the tarball, the
    // Inspector's expected names), so the installer of a pre-release is spelled like its zip.
    auto parsed = Version::parse(version);
    if (!parsed) {
        return QStringLiteral("%1-v%2-setup.exe").arg(ArtifactNames::fileSafe(appName), version);
    }
    return ArtifactNames(appName, tagPrefix, *parsed).installer();
}

QString NsisScript::templateText()
{
    initInstallerResources();
    QFile file(QStringLiteral(":/installer/installer.nsi.in"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

Result<QString> NsisScript::render(
    const QString &templateText, const QHash<QString, QString> &values, const QHash<QString, bool> &conditions)
{
    static const QRegularExpression ifLine(QStringLiteral("^;@if (\\w+)\\s*$"));
    static const QRegularExpression endifLine(QStringLiteral("^;@endif\\s*$"));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    QStringList out;
    QList<bool> keep;
    const QStringList lines = templateText.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        if (const auto match = ifLine.match(line); match.hasMatch()) {
            const QString key = match.captured(1);
            if (!conditions.contains(key)) {
                return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("core", "Installer template line %1: unknown condition '%2'.")
                        .arg(index + 1)
                        .arg(key));
            }
            keep << conditions.value(key);
            continue;
        }
        if (endifLine.match(line).hasMatch()) {
            if (keep.isEmpty()) {
                return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("core", "Installer template line %1: ;@endif without ;@if.").arg(index + 1));
            }
            keep.removeLast();
            continue;
        }
        if (keep.contains(false)) {
            continue;
        }
        QString rendered;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            const QString key = match.captured(1);
            if (!values.contains(key)) {
                return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("core", "Installer template line %1: unknown placeholder '%2'.")
                        .arg(index + 1)
                        .arg(key));
            }
            rendered += line.mid(last, match.capturedStart() - last) + values.value(key);
            last = match.capturedEnd();
        }
        rendered += line.mid(last);
        out << rendered;
    }
    if (!keep.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "Installer template: ;@if without ;@endif."));
    }
    return out.join(QLatin1Char('\n'));
}

Result<NsisScript> NsisScript::generate(const NsisScriptInput &input)
{
    NsisScript script;
    const QString appName = input.appName.trimmed();
    const QString folderName = windowsName(appName);
    if (appName.isEmpty() || folderName.isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The app has no usable name for the installer."),
            QCoreApplication::translate("core", "Set [app] display_name in releasedesk.toml."));
    }
    for (auto [value, what] :
        { std::pair { appName, QStringLiteral("app name") }, std::pair { input.publisher, QStringLiteral("publisher") } }) {
        if (auto ok = checkText(value, what); !ok) {
            return std::unexpected(ok.error());
        }
    }
    const PortablePayload &payload = input.payload;
    if (payload.root.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No portable build was given to package."));
    }
    for (auto [path, what] : { std::pair { payload.root, QStringLiteral("portable build") },
             std::pair { input.outputDir, QStringLiteral("output") }, std::pair { input.iconPath, QStringLiteral("icon") } }) {
        if (auto ok = checkCompileTimePath(path, what); !ok) {
            return std::unexpected(ok.error());
        }
    }

    script.m_version = input.version.toString();
    const WindowsVersion windowsVersion = WindowsVersion::fromVersion(input.version);
    script.m_windowsVersion = windowsVersion.toString();
    script.m_warnings << payload.warnings << windowsVersion.warnings;
    script.m_outputFileName = outputFileNameFor(appName, script.m_version, input.tagPrefix);
    script.m_outputPath = QDir(input.outputDir).absoluteFilePath(script.m_outputFileName);
    script.m_registryKeyName = folderName;

    // The icon: the configured one (copied into app\ if the build lacks it), else the build's own.
    QString iconSource;
    QString installedIcon;
    QStringList extraFiles; // File lines for files from outside the payload
    if (!input.iconPath.isEmpty()) {
        QFile icon(input.iconPath);
        if (!icon.open(QIODevice::ReadOnly)) {
            return fail(Error::Code::NotFound,
                QCoreApplication::translate("core", "The icon %1 does not exist.").arg(input.iconPath),
                QCoreApplication::translate(
                    "core", "Fix [app] icon in releasedesk.toml (a .ico file, relative to the project)."));
        }
        if (!PortablePayload::looksLikeIco(icon.read(6))) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "The icon %1 is not a Windows .ico file.").arg(input.iconPath),
                QCoreApplication::translate(
                    "core", "Convert it to .ico (with 16, 32, 48 and 256 px images) and set [app] icon to it."));
        }
        const QString name = QFileInfo(input.iconPath).fileName();
        iconSource = nsisPath(input.iconPath);
        installedIcon = QStringLiteral("$INSTDIR\\app\\") + quote(name);
        if (!payload.files.contains(QStringLiteral("app/") + name)) {
            extraFiles << QStringLiteral("SetOutPath \"$INSTDIR\\app\"") << QStringLiteral("File \"%1\"").arg(quote(iconSource));
        }
    } else if (!payload.iconRelativePath.isEmpty()) {
        QFile icon(QDir(payload.root).filePath(payload.iconRelativePath));
        if (icon.open(QIODevice::ReadOnly) && PortablePayload::looksLikeIco(icon.read(6))) {
            iconSource = nsisPath(icon.fileName());
            installedIcon = QStringLiteral("$INSTDIR\\")
                + quote(QString(payload.iconRelativePath).replace(QLatin1Char('/'), QLatin1Char('\\')));
        }
    }
    if (iconSource.isEmpty()) {
        script.m_warnings << QStringLiteral("No icon: the installer and the shortcuts show the Windows Script Host icon. "
                                            "Set [app] icon in releasedesk.toml to a .ico file.");
        installedIcon = QStringLiteral("$SYSDIR\\wscript.exe");
    }

    // Removal of the previous payload: the standard names and every top-level entry of this one.
    QStringList remove { QStringLiteral("RMDir /r \"$INSTDIR\\python\""), QStringLiteral("RMDir /r \"$INSTDIR\\app\""),
        QStringLiteral("RMDir /r \"$INSTDIR\\scripts\""), QStringLiteral("Delete \"$INSTDIR\\VERSION\""),
        QStringLiteral("Delete \"$INSTDIR\\config.example.*\"") };
    static const QStringList standardDirs { QStringLiteral("python"), QStringLiteral("app"), QStringLiteral("scripts") };
    for (const QString &dir : payload.topLevelDirs) {
        if (!standardDirs.contains(dir)) {
            remove << QStringLiteral("RMDir /r \"$INSTDIR\\%1\"").arg(quote(dir));
        }
    }
    for (const QString &file : payload.topLevelFiles) {
        if (file != QStringLiteral("VERSION") && !file.toLower().startsWith(QStringLiteral("config.example."))) {
            remove << QStringLiteral("Delete \"$INSTDIR\\%1\"").arg(quote(file));
        }
    }

    // Extraction, one top-level entry at a time: "File /r dir" would also match same-named
    // folders deeper down, "File /r dir\*" takes exactly that folder's contents.
    QStringList extract;
    for (const QString &dir : payload.topLevelDirs) {
        extract << QStringLiteral("SetOutPath \"$INSTDIR\\%1\"").arg(quote(dir))
                << QStringLiteral("File /r \"${DIST_DIR}/%1/*\"").arg(quote(dir));
    }
    if (!payload.topLevelFiles.isEmpty()) {
        extract << QStringLiteral("SetOutPath \"$INSTDIR\"");
        for (const QString &file : payload.topLevelFiles) {
            extract << QStringLiteral("File \"${DIST_DIR}/%1\"").arg(quote(file));
        }
    }
    extract << extraFiles;

    const InstallerSettings &settings = input.settings;
    QString webUi = settings.webUiUrl.trimmed();
    if (!webUi.isEmpty()) {
        const QUrl url(webUi, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))
            || url.host().isEmpty()) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "installer.web_ui_url '%1' is not an http(s) URL.").arg(webUi),
                QCoreApplication::translate("core", "Use e.g. http://localhost:8765/ or leave it empty."));
        }
        webUi = url.toString(QUrl::FullyEncoded);
    }

    QString compressor;
    switch (settings.compressor) {
    case InstallerSettings::Compressor::Lzma: compressor = QStringLiteral("/SOLID lzma"); break;
    case InstallerSettings::Compressor::Bzip2: compressor = QStringLiteral("/SOLID bzip2"); break;
    case InstallerSettings::Compressor::Zlib: compressor = QStringLiteral("/SOLID zlib"); break;
    }
    auto selection = [](InstallerSettings::Option option) {
        return option == InstallerSettings::Option::Unchecked ? QStringLiteral("/o ") : QString();
    };

    const QString quotedName = quote(appName);
    const QHash<QString, QString> values {
        { QStringLiteral("HEADER_NAME"), appName },
        { QStringLiteral("APP_NAME"), quotedName },
        // Name's second form (for texts where '&' would be a shortcut key) is expanded twice by NSIS.
        { QStringLiteral("APP_NAME_AMPERSANDS"),
            QString(quotedName)
                .replace(QLatin1Char('&'), QStringLiteral("&&"))
                .replace(QStringLiteral("$$"), QStringLiteral("$$$$")) },
        { QStringLiteral("PUBLISHER"), quote(input.publisher.trimmed()) },
        { QStringLiteral("VERSION"), quote(script.m_version) },
        { QStringLiteral("VI_VERSION"), script.m_windowsVersion },
        { QStringLiteral("OUT_FILE"), quote(nsisPath(script.m_outputPath)) },
        { QStringLiteral("DIST_DIR"), quote(nsisPath(payload.root)) },
        { QStringLiteral("INSTALL_DIR_NAME"), quote(folderName) },
        { QStringLiteral("REGISTRY_NAME"), quote(folderName) },
        { QStringLiteral("SHORTCUT_NAME"), quote(folderName) },
        { QStringLiteral("SHORTCUT_ICON"), installedIcon }, // NSIS text already: $INSTDIR\app\<quoted name>
        { QStringLiteral("ICON_SOURCE"), quote(iconSource) },
        { QStringLiteral("ESTIMATED_SIZE_KB"), QString::number((payload.totalBytes + 1023) / 1024) },
        { QStringLiteral("EXIT_APP_RUNNING"), QString::number(exitAppRunning) },
        { QStringLiteral("LOCK_WAIT_SECONDS"), QString::number(settings.runningWaitSeconds) },
        { QStringLiteral("LOCK_WAIT_TRIES"), QString::number(std::max(1, settings.runningWaitSeconds * lockWaitTriesPerSecond)) },
        { QStringLiteral("COMPRESSOR"), compressor },
        { QStringLiteral("WEB_UI_URL"), quote(webUi) },
        { QStringLiteral("WEB_UI_DELAY_MS"), QString::number(settings.webUiDelaySeconds * 1000) },
        { QStringLiteral("REMOVE_PAYLOAD"), indentLines(remove) },
        { QStringLiteral("EXTRACT_PAYLOAD"), indentLines(extract) },
        { QStringLiteral("DESKTOP_SELECTION"), selection(settings.desktopShortcut) },
        { QStringLiteral("AUTOSTART_SELECTION"), selection(settings.startWithWindows) },
    };
    const QHash<QString, bool> conditions {
        { QStringLiteral("ICON"), !iconSource.isEmpty() },
        { QStringLiteral("WEB_UI"), !webUi.isEmpty() },
        { QStringLiteral("DESKTOP_SHORTCUT"), settings.desktopShortcut != InstallerSettings::Option::Absent },
        { QStringLiteral("AUTOSTART"), settings.startWithWindows != InstallerSettings::Option::Absent },
    };
    const QString text = templateText();
    if (text.isEmpty()) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "The installer template is missing from this build of ReleaseDesk."));
    }
    auto rendered = render(text, values, conditions);
    if (!rendered) {
        return std::unexpected(rendered.error());
    }
    script.m_text = *rendered;
    return script;
}

QByteArray NsisScript::toUtf8WithBom() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

Status NsisScript::writeTo(const QString &path) const
{
    return writeFileAtomically(path, toUtf8WithBom());
}

} // namespace rd
