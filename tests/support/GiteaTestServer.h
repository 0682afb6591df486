#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace rd::test {

// Starts tests/support/gitea_test_server.py on a random loopback port for the lifetime of the
// object, and talks to its /_control API to seed state and inject faults.
class GiteaTestServer
{
public:
    struct Options
    {
        QString mode = QStringLiteral("gitea"); // or "github"
        QString version = QStringLiteral("1.27.0"); // the behaviour gitea-api-notes.md describes
    };

    GiteaTestServer();
    explicit GiteaTestServer(const Options &options);
    ~GiteaTestServer();

    // Empty string when started, otherwise why not (python3 missing, script failed...).
    QString startError() const { return m_error; }
    bool isRunning() const { return m_error.isEmpty(); }
    QUrl baseUrl() const { return m_base; }
    QString url() const { return m_base.toString(); }

    // POST /_control/<what> with a JSON body; returns the JSON answer (or an object with "error").
    QJsonValue control(const QString &what, const QJsonObject &body = {});
    QJsonObject state();
    void reset();
    void seed(const QJsonObject &seed);
    void setFaults(const QJsonObject &faults);

    // A standard set-up: user alice (token aliceToken, write scope) owning alice/tallyho,
    // bob (token bobToken, read scope) who may only read it.
    void seedStandard();
    static QString aliceToken() { return QStringLiteral("a11ce0000000000000000000000000000000a11c"); }
    static QString bobToken() { return QStringLiteral("b0b0000000000000000000000000000000000b0b"); }

    static QString pythonPath();
    static QString scriptPath();

private:
    QProcess m_process;
    QUrl m_base;
    QString m_error;
};

} // namespace rd::test
