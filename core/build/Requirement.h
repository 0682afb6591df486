#pragma once

#include "build/Marker.h"
#include "build/Specifier.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace rd {

// A PEP 508 dependency line: name, extras, version specifiers or a URL, and a marker:
//   'numpy>=1.24,<2.0', 'uvicorn[standard] (>=0.32)', 'pywin32; sys_platform == "win32"',
//   'pkg @ https://example.org/pkg-1.0-py3-none-any.whl'.
struct Requirement
{
    QString name; // as written
    QStringList extras; // as written
    SpecifierSet specifiers;
    QString url; // for "name @ url"
    Marker marker;
    QString text; // the whole line as given

    static Result<Requirement> parse(const QString &line);

    QString normalizedName() const; // PEP 503
    // The line without its marker, for a tool that would evaluate the marker for the wrong
    // machine (pip with --platform): "uvicorn[standard]>=0.32".
    QString withoutMarker() const;
    bool operator==(const Requirement &) const = default;
};

} // namespace rd
