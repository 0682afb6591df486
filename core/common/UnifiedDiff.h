#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

// A unified diff ("diff -u" / "git diff" format) between two versions of a text file, for
// previews before a file is written:
//   --- a/pyproject.toml
//   +++ b/pyproject.toml
//   @@ -5,7 +5,7 @@
//    [project]
//   -version = "0.7.2"
//   +version = "0.8.0"
// Lines are compared with their line endings, so a CRLF -> LF change shows up; the shown text
// leaves the "\r\n" or "\n" out. A last line without a newline is followed by
// "\ No newline at end of file". Equal inputs give an empty string. The bytes are read as UTF-8.
class UnifiedDiff final
{
public:
    static QString diff(const QByteArray &oldText, const QByteArray &newText, const QString &oldName, const QString &newName,
        int contextLines = 3);
};

} // namespace rd
