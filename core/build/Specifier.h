#pragma once

#include "common/Error.h"
#include "version/Version.h"

#include <QList>
#include <QString>

namespace rd {

// One PEP 440 version specifier clause ("<2", ">=1.24", "==1.2.*", "!=1.5", "~=1.4.2",
// "===weird"), matching like Python's packaging.specifiers.Specifier with pre-releases
// allowed (the question here is "does this downloaded version break the pin?", not "would pip
// pick it"): 2.0.0rc1 does not satisfy "<2" (PEP 440's exclusion of pre-releases of the bound),
// 1.0.post1 does not satisfy ">1.0", "==1.2.*" matches 1.2 and 1.2.9 but not 1.20.
class Specifier final
{
public:
    enum class Op { Compatible, Equal, NotEqual, LessEqual, GreaterEqual, Less, Greater, Arbitrary };

    static Result<Specifier> parse(QStringView text);

    bool contains(const Version &version) const;
    // For "===": the version's text, compared case-insensitively.
    bool containsText(const QString &versionText) const;

    Op op() const { return m_op; }
    QString toString() const; // normalised, e.g. ">=1.24"
    bool operator==(const Specifier &) const = default;

private:
    Op m_op = Op::Equal;
    QString m_text; // the version part as written ("1.2.*", "1.24")
    Version m_version; // parsed (without ".*")
    bool m_wildcard = false;
};

// A comma-separated set of specifiers (">=1.24,<2.0"): all must hold. Empty contains everything.
class SpecifierSet final
{
public:
    static Result<SpecifierSet> parse(QStringView text);

    bool contains(const Version &version) const;
    bool containsText(const QString &versionText) const; // parses the text; unparsable only matches "==="
    bool isEmpty() const { return m_specifiers.isEmpty(); }
    const QList<Specifier> &specifiers() const { return m_specifiers; }
    QString toString() const;
    bool operator==(const SpecifierSet &) const = default;

private:
    QList<Specifier> m_specifiers;
};

} // namespace rd
