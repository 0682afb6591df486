// The conformance suite of issue 11: the C++ engine (`releasedesk-cli update check`) and the
// exported Python module (`update export-python`, run under `python3 -I`: no site-packages)
// answer the same scenarios on the same Gitea test server, seeded by
// tests/support/update_scenarios.py (stable, pre-release, draft, a missing asset, a tampered
// file, a bad signature, an unsigned release, a key rotation, a staged rollout, a tag that does
// not normalise), for every install type, both channels, with no key, the current key and the
// old one, and several installation ids: the same state, version, tag, file, can_apply, reason
// code, rollout and signature verdict, and the expected ones for the rows spelled out below.
#include "support/BuildFixtures.h"
#include "support/GiteaTestServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const char *seedHex = "5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed";

QJsonObject runJson(const QString &program, const QStringList &arguments, int *exitCode, QString *err)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60'000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    *err = QString::fromUtf8(process.readAllStandardError());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// The fields both implementations must agree on.
QJsonObject comparable(const QJsonObject &answer)
{
    QJsonObject asset = answer.value(QStringLiteral("asset")).toObject();
    return QJsonObject { { QStringLiteral("state"), answer.value(QStringLiteral("state")) },
        { QStringLiteral("version"), answer.value(QStringLiteral("version")) },
        { QStringLiteral("tag"), answer.value(QStringLiteral("tag")) },
        { QStringLiteral("asset"),
            answer.value(QStringLiteral("asset")).isNull()
                ? QJsonValue()
                : QJsonValue(QJsonObject { { QStringLiteral("name"), asset.value(QStringLiteral("name")) },
                    { QStringLiteral("size"), asset.value(QStringLiteral("size")) },
                    { QStringLiteral("url"), asset.value(QStringLiteral("url")) } }) },
        { QStringLiteral("can_apply"), answer.value(QStringLiteral("can_apply")) },
        { QStringLiteral("reason_code"), answer.value(QStringLiteral("reason_code")) },
        { QStringLiteral("rollout"), answer.value(QStringLiteral("rollout")) },
        { QStringLiteral("signed"), answer.value(QStringLiteral("signed")) },
        { QStringLiteral("install_type"), answer.value(QStringLiteral("install_type")) },
        { QStringLiteral("channel"), answer.value(QStringLiteral("channel")) } };
}

} // namespace

class TestUpdateConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        int code = -1;
        QString err;
        runJson(QStringLiteral(RD_CLI_PATH), { QStringLiteral("update"), QStringLiteral("export-python"), m_temp.path() }, &code,
            &err);
        QVERIFY2(code == 0, qPrintable(err));
        m_module = m_temp.filePath(QStringLiteral("releasedesk_update.py"));
        QVERIFY(QFileInfo(m_module).isFile());
        // Exported byte for byte from the module in the source tree.
        QFile exported(m_module);
        QFile source(QStringLiteral(RD_SOURCE_DIR "/core/update/python/releasedesk_update.py"));
        QVERIFY(exported.open(QIODevice::ReadOnly) && source.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), source.readAll());
    }

    void sameAnswers_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *name :
            { "channels", "missing-asset", "tampered", "bad-signature", "unsigned", "rotation", "rollout", "bad-tag" }) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void sameAnswers()
    {
        QFETCH(QString, scenario);
        GiteaTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QString output;
        QVERIFY2(runSupportScript(QStringLiteral("update_scenarios.py"),
                     { QStringLiteral("--server"), server.url(), QStringLiteral("--scenario"), scenario,
                         QStringLiteral("--seed-hex"), QString::fromLatin1(seedHex) },
                     &output)
                == 0,
            qPrintable(output));
        const QJsonObject seeded = QJsonDocument::fromJson(output.toUtf8()).object();
        const QString key = seeded.value(QStringLiteral("public_key")).toString();
        const QString oldKey = seeded.value(QStringLiteral("old_public_key")).toString();
        QVERIFY(key.startsWith(QStringLiteral("ed25519:")));
        int rows = 0;
        QMap<QString, int> states;
        for (const QString &type : { QStringLiteral("installer"), QStringLiteral("portable-windows"),
                 QStringLiteral("portable-linux"), QStringLiteral("docker"), QStringLiteral("dev") }) {
            for (const QString &channel : { QStringLiteral("stable"), QStringLiteral("prerelease") }) {
                for (const QString &trusted : { QString(), key, oldKey }) {
                    for (const QString &installId : { QStringLiteral("install-a"), QStringLiteral("install-b"),
                             QStringLiteral("install-c"), QStringLiteral("install-d") }) {
                        QStringList arguments { QStringLiteral("check"), QStringLiteral("--server"), server.url(),
                            QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"),
                            QStringLiteral("1.0.0"), QStringLiteral("--install-type"), type, QStringLiteral("--channel"), channel,
                            QStringLiteral("--install-id"), installId, QStringLiteral("--json") };
                        if (!trusted.isEmpty()) {
                            arguments << QStringLiteral("--public-key") << trusted;
                        }
                        int cppCode = -1;
                        int pyCode = -1;
                        QString cppErr;
                        QString pyErr;
                        const QJsonObject cpp = runJson(
                            QStringLiteral(RD_CLI_PATH), QStringList { QStringLiteral("update") } + arguments, &cppCode, &cppErr);
                        const QJsonObject py
                            = runJson(testPython(), QStringList { QStringLiteral("-I"), m_module } + arguments, &pyCode, &pyErr);
                        const QString where
                            = QStringLiteral("%1 %2 %3 key=%4: C++ %5 | Python %6 %7")
                                  .arg(type, channel, installId, trusted.left(16),
                                      QString::fromUtf8(QJsonDocument(comparable(cpp)).toJson(QJsonDocument::Compact)),
                                      QString::fromUtf8(QJsonDocument(comparable(py)).toJson(QJsonDocument::Compact)),
                                      pyErr.right(300));
                        QVERIFY2(!cpp.isEmpty(), qPrintable(cppErr));
                        QVERIFY2(comparable(cpp) == comparable(py), qPrintable(where));
                        QCOMPARE(cppCode, pyCode);
                        states[cpp.value(QStringLiteral("state")).toString() + QLatin1Char('/')
                            + cpp.value(QStringLiteral("reason_code")).toString()]++;
                        ++rows;
                        if (scenario != QStringLiteral("rollout") && installId != QStringLiteral("install-a")) {
                            break; // the id only matters for a staged rollout
                        }
                    }
                }
            }
        }
        qInfo("%s: %d rows agree; %s", qPrintable(scenario), rows,
            qPrintable(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap([&] {
                QVariantMap map;
                for (auto it = states.cbegin(); it != states.cend(); ++it) {
                    map.insert(it.key(), it.value());
                }
                return map;
            }()))
                                             .toJson(QJsonDocument::Compact))));
        // The expected answers for the rows that name the scenario's point.
        auto one = [&](const QString &type, const QString &channel, const QString &trusted) {
            int code = -1;
            QString err;
            QStringList arguments { QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), server.url(),
                QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("1.0.0"),
                QStringLiteral("--install-type"), type, QStringLiteral("--channel"), channel, QStringLiteral("--install-id"),
                QStringLiteral("install-a"), QStringLiteral("--json") };
            if (!trusted.isEmpty()) {
                arguments << QStringLiteral("--public-key") << trusted;
            }
            return runJson(QStringLiteral(RD_CLI_PATH), arguments, &code, &err);
        };
        const QString linux = QStringLiteral("portable-linux");
        if (scenario == QStringLiteral("channels")) {
            QCOMPARE(one(linux, QStringLiteral("stable"), key).value(QStringLiteral("tag")).toString(), QStringLiteral("v1.1.0"));
            QCOMPARE(one(linux, QStringLiteral("prerelease"), key).value(QStringLiteral("tag")).toString(),
                QStringLiteral("v1.2.0-rc.1")); // the draft v1.3.0 is never offered
            QVERIFY(one(linux, QStringLiteral("stable"), key).value(QStringLiteral("signed")).toBool());
            QCOMPARE(one(QStringLiteral("docker"), QStringLiteral("stable"), key).value(QStringLiteral("reason_code")).toString(),
                QStringLiteral("docker"));
        } else if (scenario == QStringLiteral("missing-asset")) {
            QCOMPARE(one(linux, QStringLiteral("stable"), key).value(QStringLiteral("reason_code")).toString(),
                QStringLiteral("no_asset"));
            QVERIFY(one(QStringLiteral("installer"), QStringLiteral("stable"), key).value(QStringLiteral("can_apply")).toBool());
        } else if (scenario == QStringLiteral("bad-signature")) {
            QCOMPARE(one(linux, QStringLiteral("stable"), key).value(QStringLiteral("reason_code")).toString(),
                QStringLiteral("bad_signature"));
            QCOMPARE(one(linux, QStringLiteral("stable"), QString()).value(QStringLiteral("state")).toString(),
                QStringLiteral("update_available")); // without a key only checksums count
        } else if (scenario == QStringLiteral("unsigned")) {
            QCOMPARE(one(linux, QStringLiteral("stable"), key).value(QStringLiteral("reason_code")).toString(),
                QStringLiteral("unsigned"));
        } else if (scenario == QStringLiteral("rotation")) {
            QVERIFY(one(linux, QStringLiteral("stable"), key).value(QStringLiteral("signed")).toBool());
            QVERIFY(one(linux, QStringLiteral("stable"), oldKey).value(QStringLiteral("signed")).toBool());
        } else if (scenario == QStringLiteral("bad-tag")) {
            QCOMPARE(one(linux, QStringLiteral("stable"), QString()).value(QStringLiteral("state")).toString(),
                QStringLiteral("up_to_date")); // nightly-2024 is newest by date but no version
        } else if (scenario == QStringLiteral("rollout")) {
            QVERIFY(states.contains(QStringLiteral("up_to_date/rollout_deferred"))
                || states.contains(QStringLiteral("update_available/")));
        }
    }

private:
    QTemporaryDir m_temp;
    QString m_module;
};

QTEST_GUILESS_MAIN(TestUpdateConformance)
#include "TestUpdateConformance.moc"
