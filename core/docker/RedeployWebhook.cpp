#include "RedeployWebhook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace rd {

QJsonObject WebhookAnswer::toJson() const
{
    return QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("success"), success() },
        { QStringLiteral("body"), body }, { QStringLiteral("elapsed_ms"), elapsedMs } };
}

QString RedeployWebhook::displayUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return QStringLiteral("(an invalid URL)");
    }
    QString shown = parsed.scheme() + QStringLiteral("://") + parsed.host();
    if (parsed.port() > 0) {
        shown += QStringLiteral(":%1").arg(parsed.port());
    }
    return shown + QStringLiteral("/…");
}

Result<WebhookAnswer> RedeployWebhook::post(const QString &url, int timeoutMs)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QStringLiteral("http") && parsed.scheme() != QStringLiteral("https"))
        || parsed.host().isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The redeploy webhook URL is not an http(s) URL."),
            QCoreApplication::translate(
                "core", "Copy the webhook URL from Portainer (stack > Webhooks) into DOCKER_REDEPLOY_WEBHOOK_URL."));
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(parsed);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.post(request, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, [reply] { reply->abort(); });
    loop.exec();
    WebhookAnswer answer;
    answer.elapsedMs = clock.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QString::fromUtf8(reply->readAll().left(500)).trimmed();
    const auto error = reply->error();
    QString errorText = reply->errorString();
    reply->deleteLater();
    if (answer.status == 0) {
        const bool timedOut = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        return fail(timedOut ? Error::Code::Timeout : Error::Code::Network,
            timedOut ? QCoreApplication::translate("core", "The redeploy webhook at %1 did not answer within %2 s.")
                           .arg(displayUrl(url))
                           .arg(timeoutMs / 1000)
                     : QCoreApplication::translate("core", "The redeploy webhook at %1 could not be reached: %2")
                           .arg(displayUrl(url), errorText.replace(url, displayUrl(url))),
            QCoreApplication::translate("core", "Check that the service behind the webhook runs; the image itself is pushed."));
    }
    return answer;
}

} // namespace rd
