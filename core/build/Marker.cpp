#include "Marker.h"

#include "build/Specifier.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rd {

MarkerEnvironment MarkerEnvironment::forWindows(const QString &pythonVersion)
{
    const QStringList parts = pythonVersion.split(QLatin1Char('.'));
    const QString shortVersion = parts.mid(0, 2).join(QLatin1Char('.'));
    return MarkerEnvironment { { { QStringLiteral("os_name"), QStringLiteral("nt") },
        { QStringLiteral("sys_platform"), QStringLiteral("win32") },
        { QStringLiteral("platform_machine"), QStringLiteral("AMD64") },
        { QStringLiteral("platform_system"), QStringLiteral("Windows") },
        { QStringLiteral("platform_release"), QStringLiteral("10") }, { QStringLiteral("platform_version"), QString() },
        { QStringLiteral("platform_python_implementation"), QStringLiteral("CPython") },
        { QStringLiteral("implementation_name"), QStringLiteral("cpython") },
        { QStringLiteral("implementation_version"), pythonVersion }, { QStringLiteral("python_version"), shortVersion },
        { QStringLiteral("python_full_version"), pythonVersion } } };
}

MarkerEnvironment MarkerEnvironment::forLinux(const QString &pythonVersion)
{
    MarkerEnvironment env = forWindows(pythonVersion);
    env.values[QStringLiteral("os_name")] = QStringLiteral("posix");
    env.values[QStringLiteral("sys_platform")] = QStringLiteral("linux");
    env.values[QStringLiteral("platform_machine")] = QStringLiteral("x86_64");
    env.values[QStringLiteral("platform_system")] = QStringLiteral("Linux");
    env.values[QStringLiteral("platform_release")] = QString();
    return env;
}

namespace {

struct Token
{
    enum Kind { Variable, String, Op, Open, Close, And, Or, End } kind = End;
    QString text;
};

Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    auto error = [&text](const QString &why) {
        return fail(
            Error::Code::InvalidInput, QCoreApplication::translate("core", "The marker '%1' cannot be read: %2.").arg(text, why));
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append({ c == QLatin1Char('(') ? Token::Open : Token::Close, QString(c) });
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(c, i + 1);
            if (end < 0) {
                return error(QStringLiteral("a quote is not closed"));
            }
            tokens.append({ Token::String, text.mid(i + 1, end - i - 1) });
            i = end + 1;
        } else if (QStringLiteral("<>=!~").contains(c)) {
            qsizetype j = i;
            while (j < text.size() && QStringLiteral("<>=!~").contains(text.at(j))) {
                ++j;
            }
            tokens.append({ Token::Op, text.mid(i, j - i) });
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < text.size()
                && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('_') || text.at(j) == QLatin1Char('.'))) {
                ++j;
            }
            const QString word = text.mid(i, j - i);
            i = j;
            if (word == QStringLiteral("and")) {
                tokens.append({ Token::And, word });
            } else if (word == QStringLiteral("or")) {
                tokens.append({ Token::Or, word });
            } else if (word == QStringLiteral("in")) {
                tokens.append({ Token::Op, word });
            } else if (word == QStringLiteral("not")) {
                // "not in"
                qsizetype k = i;
                while (k < text.size() && text.at(k).isSpace()) {
                    ++k;
                }
                if (text.mid(k, 2) != QStringLiteral("in")) {
                    return error(QStringLiteral("'not' must be followed by 'in'"));
                }
                tokens.append({ Token::Op, QStringLiteral("not in") });
                i = k + 2;
            } else {
                tokens.append({ Token::Variable, word });
            }
        } else {
            return error(QStringLiteral("unexpected '%1'").arg(c));
        }
    }
    tokens.append({ Token::End, QString() });
    return tokens;
}

class Evaluator
{
public:
    Evaluator(const QList<Token> &tokens, const MarkerEnvironment &env, const QString &extra, const QString &text)
        : m_tokens(tokens)
        , m_env(env)
        , m_extra(extra)
        , m_text(text)
    { }

    Result<bool> run()
    {
        auto value = parseOr();
        if (!value) {
            return value;
        }
        if (peek().kind != Token::End) {
            return error(QStringLiteral("unexpected '%1'").arg(peek().text));
        }
        return value;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token take() { return m_tokens.at(m_pos++); }
    std::unexpected<Error> error(const QString &why) const
    {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The marker '%1' cannot be read: %2.").arg(m_text, why));
    }

    Result<bool> parseOr()
    {
        auto left = parseAnd();
        while (left && peek().kind == Token::Or) {
            take();
            auto right = parseAnd();
            if (!right) {
                return right;
            }
            left = *left || *right;
        }
        return left;
    }

    Result<bool> parseAnd()
    {
        auto left = parseExpr();
        while (left && peek().kind == Token::And) {
            take();
            auto right = parseExpr();
            if (!right) {
                return right;
            }
            left = *left && *right;
        }
        return left;
    }

    Result<QString> parseValue(bool &isVariable, QString &name)
    {
        const Token token = take();
        if (token.kind == Token::String) {
            isVariable = false;
            return token.text;
        }
        if (token.kind == Token::Variable) {
            isVariable = true;
            name = token.text;
            if (name == QStringLiteral("extra")) {
                return m_extra;
            }
            if (!m_env.values.contains(name)) {
                return error(QStringLiteral("unknown variable '%1'").arg(name));
            }
            return m_env.values.value(name);
        }
        return error(QStringLiteral("expected a variable or a quoted string"));
    }

    Result<bool> parseExpr()
    {
        if (peek().kind == Token::Open) {
            take();
            auto inner = parseOr();
            if (!inner) {
                return inner;
            }
            if (take().kind != Token::Close) {
                return error(QStringLiteral("a parenthesis is not closed"));
            }
            return inner;
        }
        bool leftIsVariable = false;
        bool rightIsVariable = false;
        QString leftName;
        QString rightName;
        auto left = parseValue(leftIsVariable, leftName);
        if (!left) {
            return std::unexpected(left.error());
        }
        const Token op = take();
        if (op.kind != Token::Op) {
            return error(QStringLiteral("expected an operator after '%1'").arg(leftIsVariable ? leftName : *left));
        }
        auto right = parseValue(rightIsVariable, rightName);
        if (!right) {
            return std::unexpected(right.error());
        }
        const QString variable = leftIsVariable ? leftName : rightName;
        return compare(*left, op.text, *right, variable);
    }

    Result<bool> compare(const QString &left, const QString &op, const QString &right, const QString &variable) const
    {
        if (op == QStringLiteral("in")) {
            return right.contains(left);
        }
        if (op == QStringLiteral("not in")) {
            return !right.contains(left);
        }
        QString l = left;
        QString r = right;
        if (variable == QStringLiteral("extra")) {
            // Extras compare normalised (PEP 685).
            l = l.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
            r = r.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        }
        // Versions compare as versions when both sides are (python_version >= "3.8").
        if (auto spec = Specifier::parse(op + r); spec && Version::isValid(l) && op != QStringLiteral("===")) {
            return spec->contains(*Version::parse(l));
        }
        if (op == QStringLiteral("==") || op == QStringLiteral("===")) {
            return l == r;
        }
        if (op == QStringLiteral("!=")) {
            return l != r;
        }
        if (op == QStringLiteral("<")) {
            return l < r;
        }
        if (op == QStringLiteral("<=")) {
            return l <= r;
        }
        if (op == QStringLiteral(">")) {
            return l > r;
        }
        if (op == QStringLiteral(">=")) {
            return l >= r;
        }
        return error(QStringLiteral("'%1' cannot compare '%2' and '%3'").arg(op, l, r));
    }

    const QList<Token> &m_tokens;
    const MarkerEnvironment &m_env;
    QString m_extra;
    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace

Result<Marker> Marker::parse(const QString &text)
{
    Marker marker;
    marker.m_text = text.trimmed();
    if (marker.m_text.isEmpty()) {
        return marker;
    }
    // Check the syntax now with a neutral environment.
    auto tokens = tokenize(marker.m_text);
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    auto checked = Evaluator(*tokens, MarkerEnvironment::forLinux(QStringLiteral("3.11.0")), QString(), marker.m_text).run();
    if (!checked) {
        return std::unexpected(checked.error());
    }
    return marker;
}

Result<bool> Marker::evaluate(const MarkerEnvironment &environment, const QString &extra) const
{
    if (isEmpty()) {
        return true;
    }
    auto tokens = tokenize(m_text);
    if (!tokens) {
        return std::unexpected(tokens.error());
    }
    return Evaluator(*tokens, environment, extra, m_text).run();
}

} // namespace rd
