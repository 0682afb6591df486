#include "WheelInstaller.h"

#include "archive/SafeExtractor.h"
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>

namespace rd {

QJsonObject InstalledWheel::toJson() const
{
    return QJsonObject { { QStringLiteral("wheel"), file }, { QStringLiteral("name"), name },
        { QStringLiteral("version"), version }, { QStringLiteral("files"), qint64(files.size()) },
        { QStringLiteral("bytes"), bytes } };
}

std::optional<QString> WheelInstaller::mapEntry(const QString &entry, const QString &dataDir, const WheelLayout &layout)
{
    auto join = [](const QString &base, const QString &rest) {
        return base.isEmpty() || base == QStringLiteral(".") ? rest : base + QLatin1Char('/') + rest;
    };
    const QString prefix = dataDir + QLatin1Char('/');
    if (!entry.startsWith(prefix)) {
        return join(layout.sitePackages, entry);
    }
    const QString rest = entry.mid(prefix.size());
    const QString scheme = rest.section(QLatin1Char('/'), 0, 0);
    const QString inner = rest.section(QLatin1Char('/'), 1);
    if (inner.isEmpty()) {
        return std::nullopt; // the scheme folder itself
    }
    if (scheme == QStringLiteral("purelib") || scheme == QStringLiteral("platlib")) {
        return join(layout.sitePackages, inner);
    }
    if (scheme == QStringLiteral("scripts")) {
        return join(layout.scripts, inner);
    }
    if (scheme == QStringLiteral("data")) {
        return join(layout.data, inner);
    }
    return std::nullopt; // headers and unknown schemes
}

Result<QList<InstalledWheel>> WheelInstaller::install(
    const QList<ResolvedWheel> &wheels, const QString &root, const WheelLayout &layout, const TaskControl &control)
{
    QList<ExtractTask> tasks;
    for (const ResolvedWheel &wheel : wheels) {
        // The .data folder is named after the distribution and version as in the file name.
        const QString dataDir = wheel.tag.distribution + QLatin1Char('-') + wheel.tag.version + QStringLiteral(".data");
        ExtractTask task;
        task.archivePath = wheel.path;
        task.destination = root;
        task.options.mapPath = [dataDir, layout](const QString &entry) { return mapEntry(entry, dataDir, layout); };
        tasks.append(task);
    }
    auto extracted = SafeExtractor::extractAll(tasks, control);
    if (!extracted) {
        return std::unexpected(extracted.error());
    }
    QList<InstalledWheel> installed;
    QHash<QString, QString> owner; // file -> wheel, to notice two wheels writing the same file
    QStringList clashes;
    for (qsizetype i = 0; i < wheels.size(); ++i) {
        const ResolvedWheel &wheel = wheels.at(i);
        const ExtractResult &result = extracted->at(i);
        InstalledWheel item { wheel.tag.fileName, wheel.tag.distribution, wheel.tag.version, result.files,
            result.stats.outputBytes };
        for (const QString &file : result.files) {
            const QString previous = owner.value(file);
            if (!previous.isEmpty() && !file.endsWith(QStringLiteral("__init__.py"))) {
                clashes << QStringLiteral("%1 (%2 and %3)").arg(file, previous, wheel.tag.fileName);
            }
            owner.insert(file, wheel.tag.fileName);
            if (file.endsWith(QStringLiteral(".dist-info/RECORD"))) {
                const QString installer
                    = QDir(root).filePath(file.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/INSTALLER"));
                if (auto written = writeFileAtomically(installer, "releasedesk\n"); !written) {
                    return std::unexpected(written.error());
                }
            }
        }
        installed.append(item);
    }
    if (!clashes.isEmpty()) {
        control.log(QCoreApplication::translate("core", "warning: files installed by two wheels: %1")
                        .arg(clashes.join(QStringLiteral("; "))));
    }
    return installed;
}

} // namespace rd
