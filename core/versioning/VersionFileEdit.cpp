#include "VersionFileEdit.h"

#include "project/TomlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <string_view>

namespace rd {

namespace {

// A byte range [begin, end) holding the characters of a string value between its quotes.
struct Span
{
    qsizetype begin = -1;
    qsizetype end = -1;
};

QByteArray replaceSpans(const QByteArray &text, const QList<Span> &spans, const QByteArray &replacement)
{
    QByteArray out;
    out.reserve(text.size() + spans.size() * replacement.size());
    qsizetype at = 0;
    for (const Span &span : spans) {
        out.append(text.constData() + at, span.begin - at);
        out.append(replacement);
        at = span.end;
    }
    out.append(text.constData() + at, text.size() - at);
    return out;
}

// ---- TOML -----------------------------------------------------------------------------------

// Just enough of TOML to know, for each key/value line, the full key path and where its value
// starts; strings (all four kinds), arrays and inline tables spanning lines are skipped whole so
// that nothing inside them is taken for a table header or a key.
class TomlScanner
{
public:
    explicit TomlScanner(const QByteArray &text)
        : m_text(text)
    { }

    // Positions of the values whose key path is `path`. Fails on a syntax the scanner does not
    // follow (the caller has already checked that the TOML parses).
    Result<QList<qsizetype>> findValues(const QStringList &path)
    {
        QList<qsizetype> found;
        QStringList table;
        m_pos = 0;
        if (m_text.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        while (m_pos < m_text.size()) {
            skipBlank();
            if (m_pos >= m_text.size()) {
                break;
            }
            const char c = m_text[m_pos];
            if (c == '\n' || c == '\r') {
                ++m_pos;
                continue;
            }
            if (c == '#') {
                skipComment();
                continue;
            }
            if (c == '[') {
                ++m_pos;
                const bool arrayTable = m_pos < m_text.size() && m_text[m_pos] == '[';
                if (arrayTable) {
                    ++m_pos;
                }
                auto keys = readKey();
                if (!keys) {
                    return std::unexpected(keys.error());
                }
                skipBlank();
                if (!consume(']') || (arrayTable && !consume(']'))) {
                    return scanError();
                }
                table = *keys;
                skipToLineEnd();
                continue;
            }
            auto keys = readKey();
            if (!keys) {
                return std::unexpected(keys.error());
            }
            skipBlank();
            if (!consume('=')) {
                return scanError();
            }
            skipBlank();
            if (table + *keys == path) {
                found << m_pos;
            }
            if (auto skipped = skipValue(); !skipped) {
                return std::unexpected(skipped.error());
            }
            skipToLineEnd();
        }
        return found;
    }

private:
    std::unexpected<Error> scanError() const
    {
        int line = 1;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i) {
            line += m_text[i] == '\n' ? 1 : 0;
        }
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "pyproject.toml: could not follow the TOML near line %1.").arg(line),
            QCoreApplication::translate("core", "Set [project] version by hand."));
    }

    bool consume(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void skipBlank()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }

    void skipComment()
    {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n') {
            ++m_pos;
        }
    }

    // After a value or header: blanks, maybe a comment, then the newline.
    void skipToLineEnd()
    {
        skipBlank();
        if (m_pos < m_text.size() && m_text[m_pos] == '#') {
            skipComment();
        }
    }

    // A dotted key: bare-key, "basic", 'literal', with blanks around the dots.
    Result<QStringList> readKey()
    {
        QStringList parts;
        while (true) {
            skipBlank();
            if (m_pos >= m_text.size()) {
                return scanError();
            }
            const char c = m_text[m_pos];
            if (c == '"' || c == '\'') {
                const qsizetype start = m_pos + 1;
                if (!skipSingleLineString(c)) {
                    return scanError();
                }
                QByteArray raw = m_text.mid(start, m_pos - 1 - start);
                if (c == '"') {
                    raw.replace("\\\"", "\"").replace("\\\\", "\\");
                }
                parts << QString::fromUtf8(raw);
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size()) {
                    const char k = m_text[m_pos];
                    if ((k >= 'A' && k <= 'Z') || (k >= 'a' && k <= 'z') || (k >= '0' && k <= '9') || k == '_' || k == '-') {
                        ++m_pos;
                    } else {
                        break;
                    }
                }
                if (m_pos == start) {
                    return scanError();
                }
                parts << QString::fromLatin1(m_text.mid(start, m_pos - start));
            }
            skipBlank();
            if (!consume('.')) {
                return parts;
            }
        }
    }

    // At an opening quote; moves past the closing one. False when the line ends first.
    bool skipSingleLineString(char quote)
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                return false;
            }
            if (quote == '"' && c == '\\') {
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (c == quote) {
                return true;
            }
        }
        return false;
    }

    // At """ or '''; moves past the closing delimiter (which may have up to two more quotes).
    bool skipMultiLineString(char quote)
    {
        m_pos += 3;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (quote == '"' && c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == quote && m_pos + 2 < m_text.size() && m_text[m_pos + 1] == quote && m_text[m_pos + 2] == quote) {
                m_pos += 3;
                while (m_pos < m_text.size() && m_text[m_pos] == quote) {
                    ++m_pos;
                }
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    bool atTripleQuote(char quote) const
    {
        return m_pos + 2 < m_text.size() && m_text[m_pos] == quote && m_text[m_pos + 1] == quote && m_text[m_pos + 2] == quote;
    }

    // A value of any kind, arrays and inline tables with everything inside them.
    Status skipValue()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"' || c == '\'') {
                const bool ok = atTripleQuote(c) ? skipMultiLineString(c) : skipSingleLineString(c);
                if (!ok) {
                    return scanError();
                }
            } else if (c == '[' || c == '{') {
                ++depth;
                ++m_pos;
            } else if (c == ']' || c == '}') {
                --depth;
                ++m_pos;
            } else if (c == '#') {
                if (depth == 0) {
                    return {};
                }
                skipComment();
            } else if (c == '\n' || c == '\r') {
                if (depth == 0) {
                    return {};
                }
                ++m_pos;
            } else {
                ++m_pos;
            }
            if (depth < 0) {
                return scanError();
            }
        }
        return {};
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// ---- JSON -----------------------------------------------------------------------------------

// Finds the string values of one key of the top-level object.
class JsonScanner
{
public:
    explicit JsonScanner(const QByteArray &text)
        : m_text(text)
    { }

    // The text is valid JSON with an object at the top (checked by the caller).
    QList<Span> topLevelStrings(const QString &key)
    {
        QList<Span> found;
        m_pos = 0;
        if (m_text.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        skipSpace();
        if (!consume('{')) {
            return found;
        }
        while (m_pos < m_text.size()) {
            skipSpace();
            if (consume('}')) {
                break;
            }
            consume(',');
            skipSpace();
            const Span name = readString();
            skipSpace();
            consume(':');
            skipSpace();
            const bool isString = m_pos < m_text.size() && m_text[m_pos] == '"';
            const qsizetype valueStart = m_pos;
            skipValue();
            if (isString && decode(name) == key) {
                found << Span { valueStart + 1, m_pos - 1 };
            }
            skipSpace();
        }
        return found;
    }

private:
    QString decode(const Span &span) const
    {
        const QByteArray raw = m_text.mid(span.begin, span.end - span.begin);
        if (!raw.contains('\\')) {
            return QString::fromUtf8(raw);
        }
        const QJsonDocument wrapped = QJsonDocument::fromJson("[\"" + raw + "\"]");
        return wrapped.array().at(0).toString();
    }

    bool consume(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            ++m_pos;
        }
    }

    // At an opening quote: the span inside the quotes; moves past the closing quote.
    Span readString()
    {
        Span span { m_pos + 1, m_pos + 1 };
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                span.end = m_pos;
                ++m_pos;
                return span;
            }
            ++m_pos;
        }
        span.end = m_pos;
        return span;
    }

    void skipValue()
    {
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                readString();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_pos;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return;
                }
                --depth;
                ++m_pos;
            } else if (c == ',' && depth == 0) {
                return;
            } else {
                ++m_pos;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']')) {
                return;
            }
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

Result<VersionEdit> VersionFileEdit::pyproject(const QByteArray &text, const QString &newVersion)
{
    auto parsed = parseToml(text, QStringLiteral("pyproject.toml"));
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    VersionEdit edit;
    edit.text = text;
    const toml::node_view project = (*parsed)[std::string_view("project")];
    const toml::node_view versionNode = project[std::string_view("version")];
    bool dynamic = false;
    if (const toml::array *list = project[std::string_view("dynamic")].as_array()) {
        dynamic = stringList(*list).contains(QStringLiteral("version"));
    }
    if (!versionNode) {
        edit.note = dynamic
            ? QCoreApplication::translate("core",
                "pyproject.toml lists version in [project] dynamic, so the build backend takes it from "
                "elsewhere (e.g. __version__); pyproject.toml is left as it is.")
            : QCoreApplication::translate(
                "core", "pyproject.toml sets no [project] version (and does not list it in dynamic); it is left as it is.");
        return edit;
    }
    const auto current = versionNode.value<std::string>();
    if (!current) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "pyproject.toml: [project] version is not a string."),
            QCoreApplication::translate("core", "Write it as version = \"1.2.3\"."));
    }
    edit.oldVersion = QString::fromStdString(*current);

    auto positions = TomlScanner(text).findValues({ QStringLiteral("project"), QStringLiteral("version") });
    if (!positions) {
        return std::unexpected(positions.error());
    }
    if (positions->size() != 1) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate(
                "core", "pyproject.toml: could not find the line that sets [project] version (is it inside an inline table?)."),
            QCoreApplication::translate(
                "core", "Write it as version = \"%1\" on its own line under [project], or set it by hand.")
                .arg(newVersion));
    }
    const qsizetype at = positions->first();
    const char quote = text[at];
    if ((quote != '"' && quote != '\'') || text.mid(at, 3) == QByteArray(3, quote)) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "pyproject.toml: [project] version is not written as a one-line string."),
            QCoreApplication::translate("core", "Write it as version = \"%1\".").arg(newVersion));
    }
    const qsizetype close = text.indexOf(quote, at + 1);
    if (close < 0) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "pyproject.toml: the [project] version string is not closed."));
    }
    const QByteArray raw = text.mid(at + 1, close - at - 1);
    if (raw.contains('\\')) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate(
                "core", "pyproject.toml: [project] version is written with escapes ('%1'); it is not changed automatically.")
                .arg(QString::fromUtf8(raw)),
            QCoreApplication::translate("core", "Write it as plain text: version = \"%1\".").arg(edit.oldVersion));
    }
    if (QString::fromUtf8(raw) != edit.oldVersion) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate(
                "core", "pyproject.toml: the [project] version line found ('%1') is not the version TOML reads ('%2').")
                .arg(QString::fromUtf8(raw), edit.oldVersion),
            QCoreApplication::translate("core", "Set [project] version by hand."));
    }
    edit.found = true;
    edit.text = replaceSpans(text, { Span { at + 1, close } }, newVersion.toUtf8());

    // The result must parse and say the new version in [project], and nowhere else changed.
    auto check = parseToml(edit.text, QStringLiteral("pyproject.toml"));
    const auto stamped
        = check ? (*check)[std::string_view("project")][std::string_view("version")].value<std::string>() : std::nullopt;
    if (!stamped || QString::fromStdString(*stamped) != newVersion) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate(
                "core", "pyproject.toml: stamping [project] version did not give a file that reads back."),
            QCoreApplication::translate("core", "Set version = \"%1\" under [project] by hand.").arg(newVersion));
    }
    return edit;
}

VersionEdit VersionFileEdit::dunderVersion(const QByteArray &text, const QString &newVersion)
{
    // Latin-1 maps each byte to one character, so match positions are byte offsets.
    static const QRegularExpression assignment(
        QStringLiteral(R"(^__version__[ \t]*(?::[ \t]*str[ \t]*)?=[ \t]*(['"])([^'"\r\n]*)\1)"),
        QRegularExpression::MultilineOption);
    const QString latin = QString::fromLatin1(text);
    VersionEdit edit;
    edit.text = text;
    QList<Span> spans;
    auto matches = assignment.globalMatch(latin);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const qsizetype end = match.capturedEnd(0);
        // """1.0""" or '''1.0''': the regular expression sees an empty string first.
        if (end < latin.size() && latin[end] == match.captured(1)[0]) {
            continue;
        }
        if (spans.isEmpty()) {
            edit.oldVersion = QString::fromUtf8(text.mid(match.capturedStart(2), match.capturedLength(2)));
        }
        spans << Span { match.capturedStart(2), match.capturedEnd(2) };
    }
    if (spans.isEmpty()) {
        edit.note = QCoreApplication::translate(
            "core", "no top-level __version__ = \"...\" string assignment (it may come from importlib.metadata); left as it is.");
        return edit;
    }
    edit.found = true;
    edit.text = replaceSpans(text, spans, newVersion.toUtf8());
    return edit;
}

Result<VersionEdit> VersionFileEdit::packageJson(const QByteArray &text, const QString &newVersion)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text, &error);
    if (document.isNull()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "package.json is not valid JSON: %1 (at byte %2).")
                .arg(error.errorString())
                .arg(error.offset),
            QCoreApplication::translate("core", "Fix package.json, or leave it out of the release."));
    }
    if (!document.isObject()) {
        return fail(
            Error::Code::ParseError, QCoreApplication::translate("core", "package.json does not hold an object at the top."));
    }
    VersionEdit edit;
    edit.text = text;
    const QJsonValue current = document.object().value(QStringLiteral("version"));
    if (current.isUndefined()) {
        edit.note = QCoreApplication::translate("core", "package.json has no top-level \"version\"; left as it is.");
        return edit;
    }
    if (!current.isString()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "package.json: the top-level \"version\" is not a string."),
            QCoreApplication::translate("core", "Write it as \"version\": \"%1\".").arg(newVersion));
    }
    edit.oldVersion = current.toString();
    const QList<Span> spans = JsonScanner(text).topLevelStrings(QStringLiteral("version"));
    if (spans.isEmpty()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "package.json: could not locate the top-level \"version\"."),
            QCoreApplication::translate("core", "Set \"version\": \"%1\" by hand.").arg(newVersion));
    }
    edit.found = true;
    edit.text = replaceSpans(text, spans, newVersion.toUtf8());
    const QJsonDocument check = QJsonDocument::fromJson(edit.text.startsWith("\xEF\xBB\xBF") ? edit.text.mid(3) : edit.text);
    if (!check.isObject() || check.object().value(QStringLiteral("version")).toString() != newVersion) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate(
                "core", "package.json: stamping the top-level \"version\" did not give a file that reads back."),
            QCoreApplication::translate("core", "Set \"version\": \"%1\" by hand.").arg(newVersion));
    }
    return edit;
}

} // namespace rd
