#pragma once

#include "common/Error.h"
#include "version/Version.h"

#include <QString>
#include <QStringView>

namespace rd {

// A version label a user or CI may give that is not PEP 440 ("dev", "nightly", "snapshot-2024",
// "vdev") still needs a version for the Python package metadata: it becomes 0.0.0.dev0 (a dev
// release that sorts before every real release) with a warning to show. Valid labels pass
// through normalised ("v1.0-RC1" -> 1.0rc1) with no warning.
struct CoercedLabel
{
    Version version;
    QString warning; // empty when the label was PEP 440
    bool coerced() const { return !warning.isEmpty(); }
};

// Fails (InvalidInput) only for an empty or blank label.
Result<CoercedLabel> coerceLabel(QStringView label);

} // namespace rd
