#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rd {

// The interpreter and platform a set of wheels must run on: CPython 3.<minor> on `platform`
// ("win_amd64" for the Windows build; "any" matches pure-Python wheels only).
struct WheelTarget
{
    int pythonMajor = 3;
    int pythonMinor = 11;
    QString platform = QStringLiteral("win_amd64");

    static WheelTarget windows(int minor) { return WheelTarget { 3, minor, QStringLiteral("win_amd64") }; }
    QString interpreterTag() const { return QStringLiteral("cp%1%2").arg(pythonMajor).arg(pythonMinor); } // "cp311"
    QString describe() const; // "CPython 3.11 on win_amd64"
    bool operator==(const WheelTarget &) const = default;
};

// A wheel file name, PEP 427: {distribution}-{version}(-{build})?-{python}-{abi}-{platform}.whl,
// where each tag part may be a '.'-separated set ("py2.py3-none-any").
struct WheelTag
{
    QString fileName;
    QString distribution; // as in the file name ("Pillow")
    QString version; // as in the file name ("10.4.0")
    QString build; // optional build tag, starts with a digit
    QStringList pythonTags;
    QStringList abiTags;
    QStringList platformTags;

    static Result<WheelTag> parse(const QString &fileName);

    // PEP 503 normalised name: "Foo_Bar.baz" -> "foo-bar-baz".
    static QString normalizeName(const QString &name);
    QString normalizedName() const { return normalizeName(distribution); }
    QString tagString() const; // "cp311-cp311-win_amd64"
    bool isPure() const; // every platform tag is "any"

    // The first tag triple ("cp311-abi3-win_amd64") that runs on the target; otherwise
    // InvalidInput saying why not ("built for CPython 3.12, the target is 3.11").
    Result<QString> compatibleTag(const WheelTarget &target) const;

    QJsonObject toJson() const;
    bool operator==(const WheelTag &) const = default;
};

} // namespace rd
