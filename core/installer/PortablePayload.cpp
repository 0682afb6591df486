#include "PortablePayload.h"

#include "archive/SafeExtractor.h"
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace rd {

bool PortablePayload::isUserOwnedName(const QString &topLevelName)
{
    const QString name = topLevelName.toLower();
    if (name == QStringLiteral("data") || name == QStringLiteral("uninstall.exe") || name == QStringLiteral("logs")) {
        return true;
    }
    return name.startsWith(QStringLiteral("config.")) && !name.startsWith(QStringLiteral("config.example."));
}

bool PortablePayload::looksLikeIco(const QByteArray &head)
{
    return head.size() >= 6 && head.at(0) == 0 && head.at(1) == 0 && head.at(2) == 1 && head.at(3) == 0
        && (head.at(4) != 0 || head.at(5) != 0);
}

Status PortablePayload::checkLauncherText(const QByteArray &bytes)
{
    int line = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte >= 0x80) {
            return fail(Error::Code::Precondition,
                QCoreApplication::translate("core", "The launcher %1 is not pure ASCII: line %2 has the byte 0x%3.")
                    .arg(QString::fromLatin1(launcher))
                    .arg(line)
                    .arg(byte, 2, 16, QLatin1Char('0')),
                QCoreApplication::translate("core",
                    "wscript.exe reads it as ANSI and fails (\"Not enough memory resources\"). "
                    "Remove non-ASCII characters, comments included, and build again."));
        }
        if (byte == '\n') {
            if (i == 0 || bytes.at(i - 1) != '\r') {
                return fail(Error::Code::Precondition,
                    QCoreApplication::translate("core", "The launcher %1 has a line ending without CR (line %2).")
                        .arg(QString::fromLatin1(launcher))
                        .arg(line),
                    QCoreApplication::translate(
                        "core", "Windows Script Host needs CRLF line endings: convert it (unix2dos) and build again."));
            }
            ++line;
        } else if (byte == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')) {
            return fail(Error::Code::Precondition,
                QCoreApplication::translate("core", "The launcher %1 has a lone CR on line %2.")
                    .arg(QString::fromLatin1(launcher))
                    .arg(line),
                QCoreApplication::translate("core", "Use CRLF line endings throughout."));
        }
    }
    if (bytes.trimmed().isEmpty()) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "The launcher %1 is empty.").arg(QString::fromLatin1(launcher)),
            QCoreApplication::translate("core", "Build the portable version again."));
    }
    return {};
}

Result<PortablePayload> PortablePayload::inspect(const QString &distDir)
{
    PortablePayload payload;
    const QFileInfo rootInfo(distDir);
    if (!rootInfo.isDir()) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "The portable build folder %1 does not exist.").arg(distDir),
            QCoreApplication::translate("core", "Run the Windows portable build first, and pass its {App} folder."));
    }
    payload.root = rootInfo.absoluteFilePath();
    const QDir root(payload.root);

    for (const char *required : { pythonExe, launcher }) {
        if (!QFileInfo(root.filePath(QString::fromLatin1(required))).isFile()) {
            return fail(Error::Code::Precondition,
                QCoreApplication::translate("core", "%1 has no %2: it is not a portable Windows build.")
                    .arg(payload.root, QString::fromLatin1(required)),
                QCoreApplication::translate(
                    "core", "Pass the {App} folder of the Windows portable build (the one with python\\, app\\ and scripts\\)."));
        }
    }
    auto launcherBytes = readWholeFile(root.filePath(QString::fromLatin1(launcher)));
    if (!launcherBytes) {
        return std::unexpected(launcherBytes.error());
    }
    if (auto ascii = checkLauncherText(*launcherBytes); !ascii) {
        return std::unexpected(ascii.error());
    }

    const QFileInfoList entries = root.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (isUserOwnedName(name)) {
            return fail(Error::Code::Precondition,
                QCoreApplication::translate(
                    "core", "The portable build contains %1 at its top level: installing it would overwrite the user's own %1.")
                    .arg(name),
                QCoreApplication::translate(
                    "core", "Ship a default configuration as config.example.* and keep data\\ out of the build."));
        }
        static const QString forbidden = QStringLiteral("\"$`\r\n\t");
        for (QChar c : name) {
            if (forbidden.contains(c) || c.unicode() < 0x20) {
                return fail(Error::Code::Precondition,
                    QCoreApplication::translate("core", "The portable build has an entry named '%1'.").arg(name),
                    QCoreApplication::translate(
                        "core", "Rename it: quotes, '$' and control characters cannot be packaged by NSIS."));
            }
        }
        (entry.isDir() ? payload.topLevelDirs : payload.topLevelFiles) << name;
    }

    QDirIterator it(payload.root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        payload.totalBytes += info.size();
        payload.files << root.relativeFilePath(info.absoluteFilePath());
    }
    payload.files.sort();

    QFile versionFile(root.filePath(QStringLiteral("VERSION")));
    if (versionFile.open(QIODevice::ReadOnly)) {
        payload.versionText = QString::fromUtf8(versionFile.readLine()).trimmed();
    } else {
        payload.warnings << QStringLiteral("The portable build has no VERSION file.");
    }

    const QDir appDir(root.filePath(QStringLiteral("app")));
    const QStringList icons = appDir.entryList({ QStringLiteral("*.ico") }, QDir::Files, QDir::Name);
    if (!icons.isEmpty()) {
        payload.iconRelativePath = QStringLiteral("app/") + icons.first();
    }
    return payload;
}

Result<QString> PortablePayload::locate(const QString &path, const QString &scratchDir)
{
    const QFileInfo info(path);
    // The shallowest folder with python/python.exe, at most two levels down.
    auto findRoot = [](const QString &top) -> QString {
        QStringList level { top };
        for (int depth = 0; depth < 3; ++depth) {
            QStringList next;
            for (const QString &folder : std::as_const(level)) {
                if (QFileInfo(QDir(folder).filePath(QString::fromLatin1(pythonExe))).isFile()) {
                    return folder;
                }
                for (const QFileInfo &child : QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
                    next << child.absoluteFilePath();
                }
            }
            level = next;
        }
        return {};
    };
    QString zip;
    if (info.isFile() && info.fileName().endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
        zip = info.absoluteFilePath();
    } else if (info.isDir()) {
        if (const QString root = findRoot(info.absoluteFilePath()); !root.isEmpty()) {
            return root;
        }
        const QStringList zips = QDir(path).entryList({ QStringLiteral("*-win-x64.zip") }, QDir::Files);
        if (zips.size() > 1) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "%1 holds %2 portable zips (%3): which one?")
                    .arg(path)
                    .arg(zips.size())
                    .arg(zips.join(QStringLiteral(", "))),
                QCoreApplication::translate("core", "Give the zip itself with --build-dir."));
        }
        if (zips.size() == 1) {
            zip = QDir(path).absoluteFilePath(zips.first());
        }
    }
    if (zip.isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "core", "%1 is not a portable Windows build: no python\\python.exe in it, and no *-win-x64.zip.")
                .arg(path),
            QCoreApplication::translate(
                "core", "Give the {App} folder, the build's output folder, or the portable zip (build windows makes it)."));
    }
    auto extracted = SafeExtractor::extract(zip, scratchDir);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    if (const QString root = findRoot(scratchDir); !root.isEmpty()) {
        return root;
    }
    return fail(Error::Code::InvalidInput,
        QCoreApplication::translate("core", "%1 holds no portable Windows build (no python\\python.exe inside).")
            .arg(QFileInfo(zip).fileName()));
}

} // namespace rd
