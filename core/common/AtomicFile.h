#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// Writes a whole file under a temporary name and renames it into place only when complete,
// so a reader never sees a half-written file (QSaveFile underneath).
Status writeFileAtomically(const QString &path, const QByteArray &contents);

Result<QByteArray> readWholeFile(const QString &path);

} // namespace rd
