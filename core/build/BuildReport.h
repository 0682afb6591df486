#pragma once

#include "archive/ArchiveStats.h"
#include "build/TrimRules.h"
#include "build/WheelInstaller.h"
#include "build/WheelResolver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// Bytes and files of one part of a build (the Python runtime, site-packages, the app...).
struct ComponentSize
{
    QString name;
    qint64 bytes = 0;
    qint64 files = 0;

    // Sizes of every file below path.
    static ComponentSize measure(const QString &name, const QString &path);
    QJsonObject toJson() const;
    bool operator==(const ComponentSize &) const = default;
};

// The outcome of one target (windows, linux).
struct TargetReport
{
    QString target;
    QString output; // the archive, absolute
    qint64 size = 0;
    QString sha256;
    QList<ComponentSize> components;
    QList<ResolvedWheel> wheels;
    bool wheelsFromCache = false;
    QList<InstalledWheel> installed;
    QList<TrimSaving> trims;
    QStringList warnings;
    QJsonObject python; // Windows: version, source (cache/download/local), sha256; Linux: venv interpreter
    QJsonObject details; // target-specific (relocation, launcher...)
    ArchiveStats archive;
    qint64 milliseconds = 0;

    qint64 trimmedBytes() const;
    QJsonObject toJson() const;
    bool operator==(const TargetReport &) const = default;
};

// The outcome of a whole build run.
struct BuildReport
{
    QString project; // the user's project folder
    QString app;
    QString version;
    QStringList versionNotes;
    QList<TargetReport> targets;
    QString sumsFile; // SHA256SUMS
    QString reportFile; // this report as JSON, next to the outputs
    qint64 milliseconds = 0;

    QJsonObject toJson() const;
    QString toText() const; // for the CLI
    bool operator==(const BuildReport &) const = default;
};

} // namespace rd
