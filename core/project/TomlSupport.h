#pragma once

#include "common/Error.h"

#include <QStringList>

#include <toml++/toml.h>

namespace rd {

// Parses TOML text; a syntax error becomes a ParseError naming the file, line and column.
Result<toml::table> parseToml(const QByteArray &text, const QString &pathForMessages);

QStringList stringList(const toml::array &array);

} // namespace rd
