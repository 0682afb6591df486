#include "VenvRelocation.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace rd {

QJsonObject RelocationResult::toJson() const
{
    return QJsonObject { { QStringLiteral("rewritten_scripts"), QJsonArray::fromStringList(rewrittenScripts) },
        { QStringLiteral("removed"), QJsonArray::fromStringList(removed) },
        { QStringLiteral("leftovers"), QJsonArray::fromStringList(leftovers) } };
}

QByteArray VenvRelocation::trampoline(const QString &interpreter)
{
    // Read by sh: runs the interpreter next to the script. Read by Python: a string literal.
    return "#!/bin/sh\n"
           "'''exec' \"$(dirname -- \"$(readlink -f -- \"$0\")\")/"
        + interpreter.toUtf8()
        + "\" \"$0\" \"$@\"\n"
          "' '''\n";
}

QStringList VenvRelocation::filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isSymLink()) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        if (file.readAll().contains(needle)) {
            found << QDir(root).relativeFilePath(path);
        }
    }
    found.sort();
    return found;
}

Result<RelocationResult> VenvRelocation::makeRelocatable(const QString &venvDir)
{
    RelocationResult result;
    const QString venv = QDir(venvDir).absolutePath();
    const QByteArray oldPath = QFile::encodeName(venv);
    const QByteArray canonical = QFile::encodeName(QFileInfo(venv).canonicalFilePath());
    const QDir bin(QDir(venv).filePath(QStringLiteral("bin")));
    if (!bin.exists()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 is not a venv (no bin/ folder).").arg(venv));
    }

    for (const QFileInfo &info : bin.entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        const QString name = info.fileName();
        if (name == QStringLiteral("activate.csh") || name == QStringLiteral("activate.fish")
            || name == QStringLiteral("Activate.ps1")) {
            QFile::remove(info.filePath());
            result.removed << QStringLiteral("bin/") + name;
            continue;
        }
        auto text = readWholeFile(info.filePath());
        if (!text) {
            return std::unexpected(text.error());
        }
        if (name == QStringLiteral("activate")) {
            QList<QByteArray> lines = text->split('\n');
            for (QByteArray &line : lines) {
                if (line.startsWith("VIRTUAL_ENV=")) {
                    line = "VIRTUAL_ENV=\"$(cd \"$(dirname \"${BASH_SOURCE[0]:-$0}\")/..\" && pwd)\"";
                }
            }
            if (auto written = writeFileAtomically(info.filePath(), lines.join('\n')); !written) {
                return std::unexpected(written.error());
            }
            continue;
        }
        if (!text->startsWith("#!")) {
            continue;
        }
        const qsizetype newline = text->indexOf('\n');
        const QByteArray shebang = text->left(newline);
        if (!shebang.contains(oldPath) && !shebang.contains(canonical)) {
            continue;
        }
        // "#!/build/venv/bin/python3.11" -> trampoline to "python3.11" in the script's folder.
        const QString interpreter = QFileInfo(QString::fromUtf8(shebang.mid(2).trimmed().split(' ').first())).fileName();
        const QByteArray rewritten = trampoline(interpreter) + text->mid(newline + 1);
        if (auto written = writeFileAtomically(info.filePath(), rewritten); !written) {
            return std::unexpected(written.error());
        }
        QFile::setPermissions(info.filePath(), info.permissions());
        result.rewrittenScripts << QStringLiteral("bin/") + name;
    }

    // The wheels' RECORD files list the scripts with the hash of their original shebang (which
    // named the build folder): record the rewritten bytes and forget removed scripts, so the venv
    // is the same wherever it was built (reproducible archives) and `pip` still verifies it.
    {
        QDirIterator records(
            QDir(venv).filePath(QStringLiteral("lib")), { QStringLiteral("RECORD") }, QDir::Files, QDirIterator::Subdirectories);
        while (records.hasNext()) {
            const QString recordPath = records.next();
            if (!recordPath.contains(QStringLiteral(".dist-info/"))) {
                continue;
            }
            auto record = readWholeFile(recordPath);
            if (!record) {
                return std::unexpected(record.error());
            }
            const QDir sitePackages = QFileInfo(QFileInfo(recordPath).absolutePath()).absoluteDir();
            bool changed = false;
            QList<QByteArray> lines = record->split('\n');
            for (QByteArray &line : lines) {
                const QList<QByteArray> fields = line.split(',');
                if (fields.size() != 3) {
                    continue;
                }
                const QString file = QDir::cleanPath(sitePackages.absoluteFilePath(QString::fromUtf8(fields.at(0))));
                const QString relative = QDir(venv).relativeFilePath(file);
                if (relative.startsWith(QStringLiteral("bin/")) && !QFileInfo::exists(file)) {
                    line.clear(); // a script the build removed (the app's own console scripts)
                    changed = true;
                    continue;
                }
                if (!result.rewrittenScripts.contains(relative)) {
                    continue;
                }
                auto bytes = readWholeFile(file);
                if (!bytes) {
                    return std::unexpected(bytes.error());
                }
                const QByteArray hash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256)
                                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                line = fields.at(0) + ",sha256=" + hash + ',' + QByteArray::number(bytes->size());
                changed = true;
            }
            if (changed) {
                lines.removeIf([](const QByteArray &line) { return line.isEmpty(); });
                if (auto written = writeFileAtomically(recordPath, lines.join('\n') + '\n'); !written) {
                    return std::unexpected(written.error());
                }
            }
        }
    }

    const QString cfgPath = QDir(venv).filePath(QStringLiteral("pyvenv.cfg"));
    auto cfg = readWholeFile(cfgPath);
    if (!cfg) {
        return std::unexpected(cfg.error());
    }
    QList<QByteArray> kept;
    for (const QByteArray &line : cfg->split('\n')) {
        if (!line.trimmed().startsWith("command")) {
            kept << line;
        }
    }
    if (auto written = writeFileAtomically(cfgPath, kept.join('\n')); !written) {
        return std::unexpected(written.error());
    }

    result.leftovers = filesContaining(venv, oldPath);
    if (canonical != oldPath) {
        for (const QString &file : filesContaining(venv, canonical)) {
            if (!result.leftovers.contains(file)) {
                result.leftovers << file;
            }
        }
    }
    return result;
}

} // namespace rd
