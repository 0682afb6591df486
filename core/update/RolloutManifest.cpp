#include "update/RolloutManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

QByteArray RolloutManifest::toJson() const
{
    return QJsonDocument(QJsonObject { { QStringLiteral("format"), 1 }, { QStringLiteral("tag"), tag },
                             { QStringLiteral("percent"), percent } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

Result<RolloutManifest> RolloutManifest::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject object = document.object();
    const QJsonValue percent = object.value(QStringLiteral("percent"));
    if (error.error != QJsonParseError::NoError || !document.isObject() || object.value(QStringLiteral("format")).toInt() != 1
        || !object.value(QStringLiteral("tag")).isString() || !percent.isDouble() || percent.toDouble() != percent.toInt()
        || percent.toInt() < 0 || percent.toInt() > 100) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate(
                "core", "rollout.json is not a rollout manifest ({\"format\": 1, \"tag\": …, \"percent\": 0–100})."),
            QCoreApplication::translate("core", "Write it again with `releasedesk-cli update rollout`."));
    }
    return RolloutManifest { object.value(QStringLiteral("tag")).toString(), percent.toInt() };
}

int RolloutManifest::bucket(const QString &installId, const QString &tag)
{
    const QByteArray digest = QCryptographicHash::hash((installId + QLatin1Char(':') + tag).toUtf8(), QCryptographicHash::Sha256);
    const quint32 value = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16)
        | (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return int(value % 100);
}

} // namespace rd
