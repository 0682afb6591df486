#include "UnifiedDiff.h"

#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <vector>

namespace rd {

namespace {

// Lines with their endings; the last one may lack "\n".
QList<QByteArrayView> splitLines(const QByteArray &text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(QByteArrayView(text).sliced(start, end - start));
        start = end;
    }
    return lines;
}

enum class Op { Equal, Delete, Insert };

struct Edit
{
    Op op;
    qsizetype oldIndex; // the old line (Equal, Delete) or the old position before the edit (Insert)
    qsizetype newIndex; // the new line (Equal, Insert) or the new position before the edit (Delete)
};

// The shortest edit script by longest common subsequence on the lines between the common
// prefix and suffix. A stamp changes a line or two, so the middle part is tiny; a middle part
// too big for the table is shown as replaced as a whole (still a correct diff, just longer).
std::vector<Edit> editScript(const QList<QByteArrayView> &a, const QList<QByteArrayView> &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    std::vector<Edit> edits;
    edits.reserve(size_t(prefix + suffix + n + m));
    for (qsizetype i = 0; i < prefix; ++i) {
        edits.push_back({ Op::Equal, i, i });
    }
    constexpr qsizetype maxCells = 4'000'000;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= maxCells) {
        // lcs[i][j]: length of the LCS of a[prefix+i..] and b[prefix+j..].
        const qsizetype width = m + 1;
        std::vector<quint32> lcs(size_t((n + 1) * width), 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[size_t(i * width + j)] = a[prefix + i] == b[prefix + j]
                    ? lcs[size_t((i + 1) * width + j + 1)] + 1
                    : std::max(lcs[size_t((i + 1) * width + j)], lcs[size_t(i * width + j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                edits.push_back({ Op::Equal, prefix + i, prefix + j });
                ++i;
                ++j;
            } else if (j == m || (i < n && lcs[size_t((i + 1) * width + j)] >= lcs[size_t(i * width + j + 1)])) {
                edits.push_back({ Op::Delete, prefix + i, prefix + j }); // deletions first, as diff -u shows them
                ++i;
            } else {
                edits.push_back({ Op::Insert, prefix + i, prefix + j });
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            edits.push_back({ Op::Delete, prefix + i, prefix });
        }
        for (qsizetype j = 0; j < m; ++j) {
            edits.push_back({ Op::Insert, prefix + n, prefix + j });
        }
    }
    for (qsizetype k = 0; k < suffix; ++k) {
        edits.push_back({ Op::Equal, prefix + n + k, prefix + m + k });
    }
    return edits;
}

void appendLine(QString &out, QChar marker, QByteArrayView line)
{
    out += marker;
    QByteArrayView text = line;
    const bool hasNewline = text.endsWith('\n');
    if (hasNewline) {
        text.chop(1);
        if (text.endsWith('\r')) {
            text.chop(1);
        }
    }
    out += QString::fromUtf8(text);
    out += QLatin1Char('\n');
    if (!hasNewline) {
        out += QStringLiteral("\\ No newline at end of file\n");
    }
}

QString range(qsizetype start, qsizetype count)
{
    // GNU diff: a one-line range is just its line number; an empty range names the line before.
    if (count == 1) {
        return QString::number(start + 1);
    }
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString UnifiedDiff::diff(
    const QByteArray &oldText, const QByteArray &newText, const QString &oldName, const QString &newName, int contextLines)
{
    if (oldText == newText) {
        return {};
    }
    const QList<QByteArrayView> a = splitLines(oldText);
    const QList<QByteArrayView> b = splitLines(newText);
    const std::vector<Edit> edits = editScript(a, b);
    const qsizetype context = std::max(0, contextLines);

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    qsizetype k = 0;
    const auto total = qsizetype(edits.size());
    while (k < total) {
        while (k < total && edits[size_t(k)].op == Op::Equal) {
            ++k;
        }
        if (k == total) {
            break;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2 * context equal lines away from the previous one.
        const qsizetype begin = std::max<qsizetype>(0, k - context);
        qsizetype lastChange = k;
        qsizetype scan = k;
        while (scan < total) {
            if (edits[size_t(scan)].op != Op::Equal) {
                lastChange = scan;
            } else if (scan - lastChange > 2 * context) {
                break;
            }
            ++scan;
        }
        const qsizetype end = std::min(total, lastChange + context + 1);

        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        for (qsizetype e = begin; e < end; ++e) {
            oldCount += edits[size_t(e)].op != Op::Insert ? 1 : 0;
            newCount += edits[size_t(e)].op != Op::Delete ? 1 : 0;
        }
        const Edit &first = edits[size_t(begin)];
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(first.oldIndex, oldCount), range(first.newIndex, newCount));
        for (qsizetype e = begin; e < end; ++e) {
            const Edit &edit = edits[size_t(e)];
            switch (edit.op) {
            case Op::Equal: appendLine(out, QLatin1Char(' '), a[edit.oldIndex]); break;
            case Op::Delete: appendLine(out, QLatin1Char('-'), a[edit.oldIndex]); break;
            case Op::Insert: appendLine(out, QLatin1Char('+'), b[edit.newIndex]); break;
            }
        }
        k = end;
    }
    return out;
}

} // namespace rd
