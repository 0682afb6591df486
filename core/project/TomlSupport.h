#pragma once

#include "common/Error.h"

#include <QStringList>

#include <toml++/toml.h>

namespace rd {

// Parses TOML text; a syntax error becomes a ParseError naming the file, line and column.
Result<toml::table> parseToml(const QByteArray &text, const QString &pathForMessages);

QStringList stringList(const toml::array &array);
// A TOML basic string ("a \"b\" c") and an array of them, for the files ReleaseDesk writes.
QString tomlString(const QString &value);
QString tomlStringArray(const QStringList &values);

} // namespace rd
