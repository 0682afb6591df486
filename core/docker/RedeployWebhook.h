#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QString>

namespace rd {

// The answer of a redeploy webhook (Portainer and the like).
struct WebhookAnswer
{
    int status = 0; // HTTP status
    QString body; // the first 500 characters
    qint64 elapsedMs = 0;
    bool success() const { return status >= 200 && status < 300; }
    QJsonObject toJson() const;
};

// POSTs to a redeploy webhook with a timeout (guide §7: after the push, the stack pulls the new
// image). The URL is a credential (whoever has it can redeploy), so messages name only its host.
// Blocking: call it from the CLI or a worker thread.
class RedeployWebhook final
{
public:
    static Result<WebhookAnswer> post(const QString &url, int timeoutMs = 30'000);
    // "https://portainer.example.com/…": what may be shown of a webhook URL.
    static QString displayUrl(const QString &url);
};

} // namespace rd
