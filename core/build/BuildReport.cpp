#include "BuildReport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace rd {

ComponentSize ComponentSize::measure(const QString &name, const QString &path)
{
    ComponentSize size { name, 0, 0 };
    const QFileInfo info(path);
    if (info.isFile()) {
        return ComponentSize { name, info.size(), 1 };
    }
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        size.bytes += it.fileInfo().size();
        ++size.files;
    }
    return size;
}

QJsonObject ComponentSize::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("bytes"), bytes },
        { QStringLiteral("files"), files } };
}

qint64 TargetReport::trimmedBytes() const
{
    qint64 total = 0;
    for (const TrimSaving &trim : trims) {
        total += trim.bytes;
    }
    return total;
}

QJsonObject TargetReport::toJson() const
{
    QJsonArray componentsJson;
    for (const ComponentSize &component : components) {
        componentsJson.append(component.toJson());
    }
    QJsonArray wheelsJson;
    for (const ResolvedWheel &wheel : wheels) {
        wheelsJson.append(wheel.toJson());
    }
    QJsonArray installedJson;
    for (const InstalledWheel &wheel : installed) {
        installedJson.append(wheel.toJson());
    }
    QJsonArray trimsJson;
    for (const TrimSaving &trim : trims) {
        trimsJson.append(trim.toJson());
    }
    return QJsonObject { { QStringLiteral("target"), target }, { QStringLiteral("output"), output },
        { QStringLiteral("file"), QFileInfo(output).fileName() }, { QStringLiteral("size"), size },
        { QStringLiteral("sha256"), sha256 }, { QStringLiteral("components"), componentsJson },
        { QStringLiteral("wheels"), wheelsJson }, { QStringLiteral("wheels_from_cache"), wheelsFromCache },
        { QStringLiteral("installed"), installedJson }, { QStringLiteral("trim"), trimsJson },
        { QStringLiteral("trimmed_bytes"), trimmedBytes() }, { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("python"), python }, { QStringLiteral("details"), details },
        { QStringLiteral("archive"), archive.toJson() }, { QStringLiteral("ms"), milliseconds } };
}

QJsonObject BuildReport::toJson() const
{
    QJsonArray targetsJson;
    for (const TargetReport &target : targets) {
        targetsJson.append(target.toJson());
    }
    return QJsonObject { { QStringLiteral("project"), project }, { QStringLiteral("app"), app },
        { QStringLiteral("version"), version }, { QStringLiteral("version_notes"), QJsonArray::fromStringList(versionNotes) },
        { QStringLiteral("targets"), targetsJson }, { QStringLiteral("sha256sums"), sumsFile },
        { QStringLiteral("report"), reportFile }, { QStringLiteral("ms"), milliseconds } };
}

QString BuildReport::toText() const
{
    const QLocale locale = QLocale::c();
    auto size = [&locale](qint64 bytes) { return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); };
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(app, version);
    for (const QString &note : versionNotes) {
        lines << QStringLiteral("  ") + note;
    }
    for (const TargetReport &target : targets) {
        lines << QString()
              << QStringLiteral("[%1] %2  %3  (%4 s)")
                     .arg(target.target, target.output, size(target.size))
                     .arg(double(target.milliseconds) / 1000.0, 0, 'f', 1);
        lines << QStringLiteral("  sha256 %1").arg(target.sha256);
        for (const ComponentSize &component : target.components) {
            lines << QStringLiteral("  %1 %2 in %3 files")
                         .arg(component.name.leftJustified(16), size(component.bytes).rightJustified(10))
                         .arg(component.files);
        }
        if (!target.wheels.isEmpty()) {
            lines << QStringLiteral("  wheels%1:")
                         .arg(target.wheelsFromCache ? QStringLiteral(" (from the cache, no download)") : QString());
            for (const ResolvedWheel &wheel : target.wheels) {
                lines << QStringLiteral("    %1 %2  %3  %4  [%5]")
                             .arg(wheel.tag.distribution, wheel.tag.version, wheel.matchedTag, size(wheel.size), wheel.origin);
            }
        }
        for (const TrimSaving &trim : target.trims) {
            if (trim.bytes > 0 || trim.files > 0) {
                lines << QStringLiteral("  trim %1 -%2 (%3 files)")
                             .arg(trim.rule.leftJustified(18), size(trim.bytes))
                             .arg(trim.files);
            }
        }
        for (const QString &warning : target.warnings) {
            lines << QStringLiteral("  warning: ") + warning;
        }
    }
    if (!sumsFile.isEmpty()) {
        lines << QString() << QStringLiteral("SHA256SUMS: %1").arg(sumsFile);
    }
    if (!reportFile.isEmpty()) {
        lines << QStringLiteral("Report:     %1").arg(reportFile);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rd
