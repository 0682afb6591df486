#include "Finding.h"

#include <QJsonArray>

namespace rd {

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Draft: return QStringLiteral("draft");
    case Kind::Prerelease: return QStringLiteral("pre-release");
    case Kind::MissingAsset: return QStringLiteral("missing-asset");
    case Kind::DuplicateName: return QStringLiteral("duplicate-name");
    case Kind::ZeroSize: return QStringLiteral("zero-size");
    case Kind::SizeMismatch: return QStringLiteral("size-mismatch");
    case Kind::ChecksumMismatch: return QStringLiteral("checksum-mismatch");
    case Kind::NoChecksums: return QStringLiteral("no-sha256sums");
    case Kind::NotInChecksums: return QStringLiteral("not-in-sha256sums");
    case Kind::ChecksumWithoutAsset: return QStringLiteral("sha256sums-lists-missing-file");
    case Kind::LeftoverUpload: return QStringLiteral("leftover-upload");
    }
    return QStringLiteral("unknown");
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Problem: return QStringLiteral("problem");
    }
    return QStringLiteral("info");
}

QJsonObject Finding::toJson() const
{
    QJsonArray ids;
    for (const qint64 id : assetIds) {
        ids.append(id);
    }
    QJsonObject object { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("severity"), severityName(severity) },
        { QStringLiteral("message"), message } };
    if (!assetName.isEmpty()) {
        object.insert(QStringLiteral("asset"), assetName);
    }
    if (!ids.isEmpty()) {
        object.insert(QStringLiteral("asset_ids"), ids);
    }
    return object;
}

} // namespace rd
