#include "TargetSteps.h"

#include "build/AppFiles.h"
#include "build/TrimRules.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rd::TargetSteps {

Status trimSitePackages(const BuildContext &ctx, const QString &target, const QString &sitePackages, const TrimStepTools &tools,
    TargetReport &report, const TaskControl &control)
{
    auto trimmed = TrimRules::apply(sitePackages, TrimRules::effective(ctx.settings, target), false, control);
    if (!trimmed) {
        return std::unexpected(trimmed.error());
    }
    report.trims = *trimmed;
    if (ctx.settings.stripBinaries) {
        const QString strip = QStandardPaths::findExecutable(tools.stripProgram);
        if (strip.isEmpty()) {
            report.warnings << QStringLiteral("%1 is not installed (Debian package %2): native extensions keep their debug "
                                              "information.")
                                   .arg(tools.stripProgram, tools.stripPackage);
        } else {
            auto stripped = BinaryStripper::strip(strip, sitePackages, tools.binarySuffixes, control);
            if (!stripped) {
                return std::unexpected(stripped.error());
            }
            report.trims << *stripped;
        }
    }
    if (ctx.settings.compileBytecode) {
        auto compiled = BytecodeCompiler::compileAndDropSources(
            tools.python, sitePackages, tools.targetPythonVersion, ctx.pip.environment, control);
        if (!compiled) {
            return std::unexpected(compiled.error());
        }
        report.trims << compiled->saving;
        report.warnings << compiled->warnings;
    }
    return {};
}

Status copyApp(const BuildContext &ctx, const QString &root)
{
    const QString packageFolder = ctx.project.packageDir.section(QLatin1Char('/'), -1);
    auto app = AppFiles::copyTree(
        QDir(ctx.stagedDir).filePath(ctx.project.packageDir), QDir(root).filePath(QStringLiteral("app/src/") + packageFolder));
    if (!app) {
        return std::unexpected(app.error());
    }
    for (const QString &extra : ctx.settings.appFiles) {
        const QString from = QDir(ctx.stagedDir).filePath(extra);
        if (QFileInfo::exists(from)) {
            if (auto copied = AppFiles::copyTree(from, QDir(root).filePath(extra)); !copied) {
                return std::unexpected(copied.error());
            }
        }
    }
    return AppFiles::writeVersion(root, ctx.version);
}

} // namespace rd::TargetSteps
