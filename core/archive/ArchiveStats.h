#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace rd {

// What writing or extracting an archive did.
struct ArchiveStats
{
    qint64 entries = 0;
    qint64 inputBytes = 0; // uncompressed bytes
    qint64 outputBytes = 0; // archive size (writers) or bytes written to disk (extractors)
    qint64 milliseconds = 0;

    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("entries"), entries }, { QStringLiteral("input_bytes"), inputBytes },
            { QStringLiteral("output_bytes"), outputBytes }, { QStringLiteral("ms"), milliseconds } };
    }
    bool operator==(const ArchiveStats &) const = default;
};

} // namespace rd
