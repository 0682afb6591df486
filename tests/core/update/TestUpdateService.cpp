// The update state machine an app runs (UpdateService, guide §11.5) against the Gitea test
// server: the first automatic check only after the startup delay, the manual check debounced on
// an injected clock (no request is sent inside the window), the states a check and a download
// pass through, the dismissed version kept, the channel setting honoured, a tampered download
// ending in ERROR with the reason and no file left.
#include "forge/ProviderFactory.h"
#include "support/GiteaTestServer.h"
#include "update/UpdateService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class TestUpdateService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.isRunning(), qPrintable(m_server.startError()));
        const QByteArray good = "new version bytes";
        const QByteArray sums
            = QCryptographicHash::hash(good, QCryptographicHash::Sha256).toHex() + "  Tallyho-v1.1.0-linux-x64.tar.gz\n";
        auto asset = [](const QString &name, const QByteArray &bytes) {
            return QJsonObject { { QStringLiteral("name"), name },
                { QStringLiteral("content_b64"), QString::fromLatin1(bytes.toBase64()) } };
        };
        m_server.seed(QJsonObject { { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("releases"),
                    QJsonArray { QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.1.0") },
                                     { QStringLiteral("assets"),
                                         QJsonArray { asset(QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz"), good),
                                             asset(QStringLiteral("SHA256SUMS"), sums) } } },
                        QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.2.0-rc.1") },
                            { QStringLiteral("prerelease"), true },
                            { QStringLiteral("assets"),
                                QJsonArray { asset(QStringLiteral("Tallyho-v1.2.0-rc.1-linux-x64.tar.gz"), "tampered bytes"),
                                    asset(QStringLiteral("SHA256SUMS"),
                                        QCryptographicHash::hash("original bytes", QCryptographicHash::Sha256).toHex()
                                            + "  Tallyho-v1.2.0-rc.1-linux-x64.tar.gz\n") } } } } } } } } });
        ProviderConfig config;
        config.server.kind = ServerKind::Gitea;
        config.server.url = m_server.url();
        config.repository = QStringLiteral("alice/tallyho");
        auto provider = createProvider(config, &m_network);
        QVERIFY(provider);
        m_provider = std::move(*provider);
    }

    void startupDelayThenDebouncedManualChecks()
    {
        UpdateService service(&m_network);
        qint64 now = 1'000'000;
        service.setClock([&now] { return now; });
        service.setProvider(m_provider.get());
        UpdateRequest request;
        request.current = *Version::parse(QStringLiteral("1.0.0"));
        request.installType = InstallType::PortableLinux;
        service.setRequest(request);
        service.setStartupDelayMs(300);
        QSignalSpy states(&service, &UpdateService::stateChanged);
        const int requestsBefore = m_provider->requestCount();
        service.startAutomatic();
        QTest::qWait(100);
        QCOMPARE(service.state(), UpdateService::State::Idle); // nothing before the delay
        QCOMPARE(m_provider->requestCount(), requestsBefore);
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), UpdateService::State::UpdateAvailable, 10'000);
        QCOMPARE(states.first().first().value<UpdateService::State>(), UpdateService::State::Checking);
        QCOMPARE(service.answer().version->toString(), QStringLiteral("1.1.0"));
        QVERIFY(service.bannerVisible());

        // Within the debounce window a manual check sends nothing.
        now += 59'000;
        const int afterFirst = m_provider->requestCount();
        QVERIFY(!service.checkNow());
        QTest::qWait(50);
        QCOMPARE(m_provider->requestCount(), afterFirst);
        now += 2'000;
        QVERIFY(service.checkNow());
        QTRY_VERIFY(m_provider->requestCount() > afterFirst);
        QTRY_COMPARE(service.state(), UpdateService::State::UpdateAvailable);

        // Dismissed: no banner, the version kept in the settings.
        QSignalSpy settings(&service, &UpdateService::settingsChanged);
        service.dismiss();
        QVERIFY(!service.bannerVisible());
        QCOMPARE(settings.last().first().value<UpdateService::Settings>().dismissedVersion, QStringLiteral("1.1.0"));
        // A later check still finds 1.1.0 and keeps it dismissed.
        now += 61'000;
        QVERIFY(service.checkNow());
        QTRY_COMPARE(service.state(), UpdateService::State::UpdateAvailable);
        QTRY_VERIFY(service.answer().dismissed);
        QVERIFY(!service.bannerVisible());

        // Download: DOWNLOADING, VERIFYING, then ready with the verified file.
        QTemporaryDir dir;
        QSignalSpy ready(&service, &UpdateService::readyToApply);
        states.clear();
        service.download(dir.path());
        QTRY_COMPARE(ready.count(), 1);
        QList<UpdateService::State> seen;
        for (const auto &arguments : std::as_const(states)) {
            seen << arguments.first().value<UpdateService::State>();
        }
        QCOMPARE(seen, (QList<UpdateService::State> { UpdateService::State::Downloading, UpdateService::State::Verifying }));
        QCOMPARE(ready.first().first().toString(), dir.filePath(QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz")));
    }

    void prereleaseChannelAndTamperedDownload()
    {
        UpdateService service(&m_network);
        qint64 now = 0;
        service.setClock([&now] { return now; });
        service.setProvider(m_provider.get());
        UpdateRequest request;
        request.current = *Version::parse(QStringLiteral("1.1.0"));
        request.installType = InstallType::PortableLinux;
        service.setRequest(request);
        QVERIFY(service.checkNow());
        QTRY_COMPARE(service.state(), UpdateService::State::UpToDate); // stable: 1.1.0 is the newest
        UpdateService::Settings settings = service.settings();
        settings.prereleaseChannel = true;
        service.setSettings(settings);
        now += 60'000;
        QVERIFY(service.checkNow());
        QTRY_COMPARE(service.state(), UpdateService::State::UpdateAvailable);
        QCOMPARE(service.answer().tag, QStringLiteral("v1.2.0-rc.1"));
        QTemporaryDir dir;
        service.download(dir.path());
        QTRY_COMPARE(service.state(), UpdateService::State::Error);
        QVERIFY2(service.errorReason().contains(QStringLiteral("does not match SHA256SUMS")), qPrintable(service.errorReason()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {}); // no .part, no file
    }

private:
    test::GiteaTestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ReleaseProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestUpdateService)
#include "TestUpdateService.moc"
