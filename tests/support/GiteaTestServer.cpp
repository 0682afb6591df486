#include "GiteaTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

namespace rd::test {

QString GiteaTestServer::pythonPath()
{
    // Debian's interpreter first: the test server uses only the standard library, and the
    // schema test needs Debian's python3-jsonschema.
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
        return QStringLiteral("/usr/bin/python3");
    }
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString GiteaTestServer::scriptPath()
{
    return QStringLiteral(RD_SOURCE_DIR "/tests/support/gitea_test_server.py");
}

GiteaTestServer::GiteaTestServer()
    : GiteaTestServer(Options {})
{ }

GiteaTestServer::GiteaTestServer(const Options &options)
{
    const QString python = pythonPath();
    if (python.isEmpty()) {
        m_error = QStringLiteral("python3 is not installed (Debian package python3)");
        return;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(
        python, { scriptPath(), QStringLiteral("--mode"), options.mode, QStringLiteral("--version"), options.version });
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("could not start the test server: ") + m_process.errorString();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray line;
    while (timer.elapsed() < 15'000) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
            if (line.startsWith("READY ")) {
                m_base = QUrl(QString::fromUtf8(line.mid(6)));
                return;
            }
            continue;
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        m_process.waitForReadyRead(200);
    }
    m_error = QStringLiteral("the test server did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
}

GiteaTestServer::~GiteaTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the server exits when its stdin closes
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

QJsonValue GiteaTestServer::control(const QString &what, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url() + QStringLiteral("/_control/") + what));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(20'000);
    QNetworkReply *reply = what == QStringLiteral("state")
        ? network.get(request)
        : network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        return QJsonObject { { QStringLiteral("error"),
            reply->errorString() + QStringLiteral(": ") + QString::fromUtf8(answer) } };
    }
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject GiteaTestServer::state()
{
    return control(QStringLiteral("state")).toObject();
}

void GiteaTestServer::reset()
{
    control(QStringLiteral("reset"));
}

void GiteaTestServer::seed(const QJsonObject &seedObject)
{
    control(QStringLiteral("seed"), seedObject);
}

void GiteaTestServer::setFaults(const QJsonObject &faults)
{
    control(QStringLiteral("faults"), faults);
}

} // namespace rd::test

namespace rd::test {

void GiteaTestServer::seedStandard()
{
    const QJsonObject seedObject {
        { QStringLiteral("users"),
            QJsonArray { QJsonObject { { QStringLiteral("login"), QStringLiteral("alice") },
                             { QStringLiteral("tokens"),
                                 QJsonArray { QJsonObject { { QStringLiteral("token"), aliceToken() },
                                     { QStringLiteral("scopes"), QJsonArray { QStringLiteral("all") } } } } } },
                QJsonObject { { QStringLiteral("login"), QStringLiteral("bob") },
                    { QStringLiteral("tokens"),
                        QJsonArray { QJsonObject { { QStringLiteral("token"), bobToken() },
                            { QStringLiteral("scopes"),
                                QJsonArray { QStringLiteral("read:repository"), QStringLiteral("read:user") } } } } } } } },
        { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("collaborators"), QJsonObject { { QStringLiteral("bob"), QStringLiteral("read") } } } } } },
    };
    seed(seedObject);
}

} // namespace rd::test
