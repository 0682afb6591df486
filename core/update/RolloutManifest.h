#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace rd {

// A staged rollout (PROTOCOL.md): rollout.json on a release says which share of installations
// is offered it. Each installation decides alone, from its stable random id, so raising the
// percentage needs no new artifacts and no server logic.
struct RolloutManifest
{
    QString tag;
    int percent = 100;

    static QString fileName() { return QStringLiteral("rollout.json"); }
    static QString signatureFileName() { return QStringLiteral("rollout.json.sig"); }

    QByteArray toJson() const;
    static Result<RolloutManifest> parse(const QByteArray &json);

    // 0..99 from SHA-256 of "<install id>:<tag>"; the installation is in the stage below percent.
    static int bucket(const QString &installId, const QString &tag);
    bool includes(const QString &installId) const { return bucket(installId, tag) < percent; }
};

} // namespace rd
