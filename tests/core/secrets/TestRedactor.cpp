#include "secrets/Redactor.h"

#include <QObject>
#include <QStringList>
#include <QTest>

using rd::Redactor;

namespace {

// Messages that reach the handler below the redacting filter.
QStringList g_captured;
QList<QtMsgType> g_capturedTypes;

void captureMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    g_captured << message;
    g_capturedTypes << type;
}

} // namespace

class TestRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void redact_data();
    void redact();
    void emptySecretIsIgnored();
    void textWithoutSecretsIsUnchanged();
    void containsSecret();
    void messageFilterRedactsEveryLevelAndChains_data();
    void messageFilterRedactsEveryLevelAndChains();
    void messageFilterInstallIsIdempotent();
};

void TestRedactor::init()
{
    Redactor::instance().clear();
    g_captured.clear();
    g_capturedTypes.clear();
}

void TestRedactor::cleanup()
{
    Redactor::removeMessageFilter();
    Redactor::instance().clear();
}

void TestRedactor::redact_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("token in text") << QStringList { QStringLiteral("tok_1234abcd") }
                                   << QStringLiteral("using tok_1234abcd for the upload")
                                   << QStringLiteral("using *** for the upload");
    QTest::newRow("token twice in text") << QStringList { QStringLiteral("tok_1234abcd") }
                                         << QStringLiteral("tok_1234abcd, again tok_1234abcd.")
                                         << QStringLiteral("***, again ***.");
    QTest::newRow("registered token in Gitea header")
        << QStringList { QStringLiteral("0123456789abcdef0123") } << QStringLiteral("Authorization: token 0123456789abcdef0123")
        << QStringLiteral("Authorization: token ***");
    QTest::newRow("unregistered token in Gitea header")
        << QStringList {} << QStringLiteral("> Authorization: token 9f8e7d6c5b4a\n> Accept: application/json")
        << QStringLiteral("> Authorization: token ***\n> Accept: application/json");
    QTest::newRow("bearer header, lower case")
        << QStringList {} << QStringLiteral("authorization: bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl")
        << QStringLiteral("authorization: bearer ***");
    QTest::newRow("basic header") << QStringList {} << QStringLiteral("Authorization: Basic dXNlcjpwYXNz")
                                  << QStringLiteral("Authorization: Basic ***");
    QTest::newRow("header in a dump of raw header pairs")
        << QStringList {} << QStringLiteral(R"(("Authorization", "token abc123"), ("Accept", "*/*"))")
        << QStringLiteral(R"(("Authorization", "token ***"), ("Accept", "*/*"))");
    QTest::newRow("bearer credential on its own") << QStringList {} << QStringLiteral("sent Bearer abc.def-ghi to the server")
                                                  << QStringLiteral("sent Bearer *** to the server");
    QTest::newRow("token in URL query") << QStringList {}
                                        << QStringLiteral("GET https://gitea.example.com/api/v1/user?token=abc123&limit=5")
                                        << QStringLiteral("GET https://gitea.example.com/api/v1/user?token=***&limit=5");
    QTest::newRow("access_token in URL query, last parameter")
        << QStringList {} << QStringLiteral("GET https://gitea.example.com/api/v1/repos?page=2&access_token=abc123")
        << QStringLiteral("GET https://gitea.example.com/api/v1/repos?page=2&access_token=***");
    // The patterns run only on text holding one of their keywords: the check must ignore case too.
    QTest::newRow("upper-case TOKEN in URL query") << QStringList {} << QStringLiteral("GET https://h/api/v1/user?TOKEN=abc123")
                                                   << QStringLiteral("GET https://h/api/v1/user?TOKEN=***");
    QTest::newRow("upper-case PASSWORD in JSON")
        << QStringList {} << QStringLiteral(R"({"PASSWORD":"hunter2"})") << QStringLiteral(R"({"PASSWORD":"***"})");
    QTest::newRow("upper-case BEARER on its own") << QStringList {} << QStringLiteral("sent BEARER abc.def to the server")
                                                  << QStringLiteral("sent BEARER *** to the server");
    QTest::newRow("private_token in a form body")
        << QStringList {} << QStringLiteral("private_token=abc123&name=x") << QStringLiteral("private_token=***&name=x");
    QTest::newRow("token in JSON") << QStringList {} << QStringLiteral(R"({"name":"ci","token": "abc123","scopes":["all"]})")
                                   << QStringLiteral(R"({"name":"ci","token": "***","scopes":["all"]})");
    QTest::newRow("password in JSON") << QStringList {} << QStringLiteral(R"({"user":"ci","password":"hunter2"})")
                                      << QStringLiteral(R"({"user":"ci","password":"***"})");
    QTest::newRow("password in a form body")
        << QStringList {} << QStringLiteral("user=ci&password=hunter2") << QStringLiteral("user=ci&password=***");
    QTest::newRow("password in URL user info")
        << QStringList {} << QStringLiteral("cloning https://ci:s3cr3t@gitea.example.com/owner/repo.git")
        << QStringLiteral("cloning https://ci:***@gitea.example.com/owner/repo.git");
    QTest::newRow("registered token in URL query")
        << QStringList { QStringLiteral("tok_1234abcd") } << QStringLiteral("https://h/x?a=1&token=tok_1234abcd#top")
        << QStringLiteral("https://h/x?a=1&token=***#top");
    QTest::newRow("several secrets") << QStringList { QStringLiteral("alpha-secret-1"), QStringLiteral("beta-secret-2") }
                                     << QStringLiteral("token alpha-secret-1, password beta-secret-2.")
                                     << QStringLiteral("token ***, password ***.");
    QTest::newRow("overlapping secrets leave no fragment")
        << QStringList { QStringLiteral("abcdef12"), QStringLiteral("ef123456") } << QStringLiteral("[xabcdef123456y]")
        << QStringLiteral("[x***y]");
    QTest::newRow("overlapping secrets, registered the other way round")
        << QStringList { QStringLiteral("ef123456"), QStringLiteral("abcdef12") } << QStringLiteral("[xabcdef123456y]")
        << QStringLiteral("[x***y]");
    QTest::newRow("secret inside a longer secret") << QStringList { QStringLiteral("secret"), QStringLiteral("mysecretvalue") }
                                                   << QStringLiteral("mysecretvalue and secret") << QStringLiteral("*** and ***");
    QTest::newRow("adjacent secrets become one mask") << QStringList { QStringLiteral("aaaa1111"), QStringLiteral("bbbb2222") }
                                                      << QStringLiteral("<aaaa1111bbbb2222>") << QStringLiteral("<***>");
    QTest::newRow("secret repeating itself")
        << QStringList { QStringLiteral("xyxy") } << QStringLiteral("=xyxyxy=") << QStringLiteral("=***=");
    QTest::newRow("percent-encoded password in a URL")
        << QStringList { QStringLiteral("p@ss w/rd") } << QStringLiteral("https://h/x?pw=p%40ss%20w%2Frd&y=1")
        << QStringLiteral("https://h/x?pw=***&y=1");
    QTest::newRow("regular expression characters are literal")
        << QStringList { QStringLiteral("a+b*c?(d)") } << QStringLiteral("password a+b*c?(d) end")
        << QStringLiteral("password *** end");
    QTest::newRow("secret registered with a trailing newline")
        << QStringList { QStringLiteral("tok_abcdef99\n") } << QStringLiteral("tok_abcdef99 used") << QStringLiteral("*** used");
    QTest::newRow("lower-cased copy of a secret")
        << QStringList { QStringLiteral("Tok_MixedCase42") } << QStringLiteral("host http://tok_mixedcase42/ and TOK_MIXEDCASE42")
        << QStringLiteral("host http://***/ and ***");
    QTest::newRow("multi-line log block") << QStringList { QStringLiteral(
        "s3cret-cert-pw") } << QStringLiteral("osslsigncode sign -pass s3cret-cert-pw -in a.exe\nAuthorization: token t0k\ndone")
                                          << QStringLiteral(
                                                 "osslsigncode sign -pass *** -in a.exe\nAuthorization: token ***\ndone");
}

void TestRedactor::redact()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    for (const QString &secret : std::as_const(secrets)) {
        Redactor::instance().add(secret);
    }
    const QString redacted = Redactor::instance().redact(text);
    QCOMPARE(redacted, expected);
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!redacted.contains(secret.trimmed()), qPrintable(redacted));
    }
}

void TestRedactor::emptySecretIsIgnored()
{
    Redactor::instance().add(QString());
    Redactor::instance().add(QStringLiteral(""));
    QCOMPARE(Redactor::instance().size(), 0);
    QCOMPARE(Redactor::instance().redact(QStringLiteral("plain text")), QStringLiteral("plain text"));
}

void TestRedactor::containsSecret()
{
    Redactor::instance().add(QStringLiteral("Tok_MixedCase42"));
    QVERIFY(Redactor::instance().containsSecret(QStringLiteral("https://tok_mixedcase42.example.com")));
    QVERIFY(!Redactor::instance().containsSecret(QStringLiteral("https://gitea.example.com")));
}

void TestRedactor::textWithoutSecretsIsUnchanged()
{
    Redactor::instance().add(QStringLiteral("tok_1234abcd"));
    const QString text = QStringLiteral("Uploading app-1.2.0-win64.zip (12.3 MiB) to https://gitea.example.com; token scope ok");
    QCOMPARE(Redactor::instance().redact(text), text);
    QCOMPARE(Redactor::instance().redact(QString()), QString());
}

void TestRedactor::messageFilterRedactsEveryLevelAndChains_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("qDebug") << int(QtDebugMsg);
    QTest::newRow("qInfo") << int(QtInfoMsg);
    QTest::newRow("qWarning") << int(QtWarningMsg);
    QTest::newRow("qCritical") << int(QtCriticalMsg);
}

void TestRedactor::messageFilterRedactsEveryLevelAndChains()
{
    QFETCH(int, level);
    const QString secret = QStringLiteral("tok_filter_5ecr3t");
    Redactor::instance().add(secret);

    const QtMessageHandler testlibHandler = qInstallMessageHandler(captureMessage);
    Redactor::installMessageFilter();
    QVERIFY(Redactor::isMessageFilterInstalled());

    const QString text = QStringLiteral("token %1 sent with Authorization: token other-value").arg(secret);
    switch (QtMsgType(level)) {
    case QtDebugMsg: qDebug().noquote() << text; break;
    case QtInfoMsg: qInfo().noquote() << text; break;
    case QtWarningMsg: qWarning().noquote() << text; break;
    case QtCriticalMsg: qCritical().noquote() << text; break;
    default: QFAIL("unexpected level");
    }

    Redactor::removeMessageFilter();
    QVERIFY(!Redactor::isMessageFilterInstalled());
    qInstallMessageHandler(testlibHandler);

    QCOMPARE(g_captured, QStringList { QStringLiteral("token *** sent with Authorization: token ***") });
    QCOMPARE(g_capturedTypes.constFirst(), QtMsgType(level));
}

void TestRedactor::messageFilterInstallIsIdempotent()
{
    Redactor::instance().add(QStringLiteral("tok_twice_installed"));
    const QtMessageHandler testlibHandler = qInstallMessageHandler(captureMessage);
    Redactor::installMessageFilter();
    Redactor::installMessageFilter(); // must not chain to itself

    qWarning().noquote() << QStringLiteral("value tok_twice_installed");

    Redactor::removeMessageFilter();
    // After removal the handler below is active again, without redaction.
    qWarning().noquote() << QStringLiteral("after removal");
    qInstallMessageHandler(testlibHandler);

    QCOMPARE(g_captured, (QStringList { QStringLiteral("value ***"), QStringLiteral("after removal") }));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
