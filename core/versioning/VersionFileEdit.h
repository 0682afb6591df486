#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// The outcome of replacing the version in one file's text.
struct VersionEdit
{
    bool found = false; // the file sets a version that can be stamped
    QString oldVersion; // the version it set
    QByteArray text; // the new text (the input itself when nothing was found)
    QString note; // why nothing was stamped, when !found
};

// Replaces the version in the text of the files a Python release carries, changing only the
// characters of the old version: comments, quoting style, spacing, line endings (LF, CRLF), a
// byte-order mark and every other byte stay as they were. Edits are found with a scanner that
// knows the file's syntax, then checked by parsing the result, so a "version" elsewhere (the
// guide's `sed` would hit [tool.x] version or a nested package.json "version") is never touched.
// The callers pass an already valid version string; these functions do no version checks.
class VersionFileEdit final
{
public:
    // [project] version in pyproject.toml (also `project.version = ...` as a dotted key). Not
    // found (with a note, not an error): version absent, listed in [project] dynamic or not.
    // Errors: the TOML does not parse (ParseError), or the version is not a one-line string or
    // cannot be located on a line of its own (e.g. inside an inline table): edit by hand.
    static Result<VersionEdit> pyproject(const QByteArray &text, const QString &newVersion);

    // Every top-level `__version__ = "..."` (or `__version__: str = '...'`) in a Python file,
    // keeping the quote character. Not found: no such string assignment at the top level (e.g.
    // the version comes from importlib.metadata), or it is triple-quoted or prefixed (r"", f"").
    static VersionEdit dunderVersion(const QByteArray &text, const QString &newVersion);

    // The top-level "version" of a package.json (nested "version" keys are left alone). Not
    // found: no top-level "version". Errors: not valid JSON or not an object (ParseError), a
    // top-level "version" that is not a string (ParseError).
    static Result<VersionEdit> packageJson(const QByteArray &text, const QString &newVersion);
};

} // namespace rd
