#pragma once

#include "common/Error.h"

#include <QMap>
#include <QString>

namespace rd {

// The PEP 508 environment markers of the machine a build is for (not of the build host).
struct MarkerEnvironment
{
    QMap<QString, QString> values; // "sys_platform" -> "win32", ...

    // CPython <version> on 64-bit Windows / Linux.
    static MarkerEnvironment forWindows(const QString &pythonVersion);
    static MarkerEnvironment forLinux(const QString &pythonVersion);
    bool operator==(const MarkerEnvironment &) const = default;
};

// A PEP 508 environment marker ('sys_platform == "win32" and python_version >= "3.8"'),
// evaluated for a target. pip evaluates markers for the machine it runs on even with
// --platform win_amd64, so the Windows build evaluates the project's own markers itself.
class Marker final
{
public:
    static Result<Marker> parse(const QString &text);
    // `extra` is the value of the "extra" marker variable (empty: none).
    Result<bool> evaluate(const MarkerEnvironment &environment, const QString &extra = {}) const;
    QString toString() const { return m_text; }
    bool isEmpty() const { return m_text.trimmed().isEmpty(); }
    bool operator==(const Marker &) const = default;

private:
    QString m_text;
};

} // namespace rd
