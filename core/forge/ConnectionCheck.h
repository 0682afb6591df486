#pragma once

#include "forge/ServerConfig.h"
#include "plan/CheckItem.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace rd {

class ApiRequest;
struct ApiResponse;

// Checks a server connection: the server answers (and its version), the token is accepted
// (and whose it is), and the repository is reachable with push permission. Each item gets
// its own verdict; the three requests run in parallel.
class ConnectionCheck final : public QObject
{
    Q_OBJECT

public:
    ConnectionCheck(
        QNetworkAccessManager *network, ServerConfig server, QString repository, QString token, QObject *parent = nullptr);

    void start();
    void cancel();
    const Checklist &items() const { return m_items; }
    // The Gitea version the server reported ("1.22.3"), empty until known.
    QString serverVersion() const { return m_serverVersion; }

signals:
    void itemChanged(int index);
    void finished(const rd::Checklist &items);

private:
    void send(int index, const QString &path, const QString &purpose);
    void onServerAnswer(const ApiResponse &response);
    void onUserAnswer(const ApiResponse &response);
    void onRepositoryAnswer(const ApiResponse &response);
    void settle(int index, CheckItem::Verdict verdict, const QString &detail, const QString &hint = {});
    void settleFromError(int index, const Error &error);

    QNetworkAccessManager *m_network;
    ServerConfig m_server;
    QString m_repository;
    QString m_token;
    Checklist m_items;
    QList<QPointer<ApiRequest>> m_requests;
    QString m_serverVersion;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace rd
