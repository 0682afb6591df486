#include "TomlSupport.h"

#include <QCoreApplication>

#include <string_view>

namespace rd {

Result<toml::table> parseToml(const QByteArray &text, const QString &pathForMessages)
{
    // toml++ reports errors by exception; it is caught here so nothing crosses the module boundary.
    try {
        return toml::parse(std::string_view(text.constData(), size_t(text.size())), pathForMessages.toStdString());
    } catch (const toml::parse_error &error) {
        const auto &begin = error.source().begin;
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1 is not valid TOML: %2 (line %3, column %4).")
                .arg(pathForMessages, QString::fromUtf8(error.description().data(), qsizetype(error.description().size())))
                .arg(begin.line)
                .arg(begin.column),
            QCoreApplication::translate("core", "Fix the file at line %1, column %2 and open the project again.")
                .arg(begin.line)
                .arg(begin.column));
    }
}

QStringList stringList(const toml::array &array)
{
    QStringList out;
    for (const toml::node &node : array) {
        if (auto value = node.value<std::string>()) {
            out << QString::fromStdString(*value);
        }
    }
    return out;
}

QString tomlString(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString tomlStringArray(const QStringList &values)
{
    QStringList parts;
    for (const QString &value : values) {
        parts << tomlString(value);
    }
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace rd
