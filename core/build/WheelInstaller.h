#pragma once

#include "build/WheelResolver.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// Where the parts of a wheel go, relative to one root (the embedded Python's folder):
// the wheel's files and its .data/purelib and .data/platlib go to sitePackages,
// .data/scripts to scripts, .data/data to data; .data/headers are not installed.
struct WheelLayout
{
    QString sitePackages = QStringLiteral("Lib/site-packages");
    QString scripts = QStringLiteral("Scripts");
    QString data = QStringLiteral(".");
    bool operator==(const WheelLayout &) const = default;
};

struct InstalledWheel
{
    QString file; // the wheel's file name
    QString name;
    QString version;
    QStringList files; // relative to the root, as installed
    qint64 bytes = 0;

    QJsonObject toJson() const;
    bool operator==(const InstalledWheel &) const = default;
};

// Installs wheels without pip (the target has none): each wheel is extracted with SafeExtractor
// (zip-slip refused), in parallel over all cores, honouring the .data layout, and its
// dist-info gets INSTALLER ("releasedesk"). Blocking; cancellable.
class WheelInstaller final
{
public:
    static Result<QList<InstalledWheel>> install(
        const QList<ResolvedWheel> &wheels, const QString &root, const WheelLayout &layout = {}, const TaskControl &control = {});
    // Where one entry of a wheel goes (nullopt: not installed), for `name-version` of the wheel.
    static std::optional<QString> mapEntry(const QString &entry, const QString &dataDir, const WheelLayout &layout);
};

} // namespace rd
