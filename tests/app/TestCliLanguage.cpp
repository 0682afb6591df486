// The CLI speaks the user's language (issue 13): with a German locale its help, option help and
// messages are German (translations/releasedesk-cli_de.ts), and so are the engine's errors and
// hints (releasedesk-core_de.ts); with C or English ones English; the exit codes are the same.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES") }) {
        environment.remove(name);
    }
    environment.insert(QStringLiteral("LANG"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(60'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void speaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("notExpected");
        const QString german = QStringLiteral("de_DE.UTF-8");
        const QString english = QStringLiteral("C.UTF-8");
        QTest::newRow("command list, German")
            << QStringList { QStringLiteral("--help") } << german << 0
            << QStringLiteral("Exit-Codes: 0 OK, 1 Fehler, 2 Aufruffehler.") << QStringLiteral("Exit codes");
        QTest::newRow("command list, English")
            << QStringList { QStringLiteral("--help") } << english << 0
            << QStringLiteral("Exit codes: 0 ok, 1 failure, 2 usage error.") << QStringLiteral("Exit-Codes");
        QTest::newRow("command summaries, German")
            << QStringList { QStringLiteral("--help") } << german << 0
            << QStringLiteral("Server, Token und Push-Zugriff auf ein Repository prüfen.") << QString();
        QTest::newRow("option help, German")
            << QStringList { QStringLiteral("release"), QStringLiteral("upload"), QStringLiteral("--help") } << german << 0
            << QStringLiteral("Hochzuladende Dateien;") << QStringLiteral("Files to upload");
        // QCommandLineParser's own words come from Qt's translation (qt6-translations-l10n).
        QTest::newRow("Qt's words, German") << QStringList { QStringLiteral("release"), QStringLiteral("upload"),
            QStringLiteral("--help") } << german
                                            << 0 << QStringLiteral("Optionen:") << QStringLiteral("Options:");
        QTest::newRow("usage error, German")
            << QStringList { QStringLiteral("release"), QStringLiteral("upload") } << german << 2
            << QStringLiteral("release upload braucht mindestens eine Datei (FILE).") << QStringLiteral("needs at least one");
        QTest::newRow("usage error, English")
            << QStringList { QStringLiteral("release"), QStringLiteral("upload") } << english << 2
            << QStringLiteral("release upload needs at least one FILE.") << QStringLiteral("braucht");
        // The engine's errors and hints come from translations/releasedesk-core_de.ts.
        QTest::newRow("engine error, German")
            << QStringList { QStringLiteral("installer"), QStringLiteral("verify"), QStringLiteral(RD_CLI_PATH) } << german << 2
            << QStringLiteral("ist kein Windows-Programm (kein MZ-Header).") << QStringLiteral("is not a Windows program");
        QTest::newRow("engine error, English")
            << QStringList { QStringLiteral("installer"), QStringLiteral("verify"), QStringLiteral(RD_CLI_PATH) } << english << 2
            << QStringLiteral("is not a Windows program (no MZ header).") << QStringLiteral("Windows-Programm");
        QTest::newRow("unknown command, German")
            << QStringList { QStringLiteral("nonsense") } << german << 2
            << QStringLiteral("Mit releasedesk-cli --help die Liste der Befehle anzeigen.") << QString();
    }

    void speaksTheLocalesLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QFETCH(QString, notExpected);
        const CliRun run = cli(arguments, language);
        const QString all = run.out + run.err;
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(all)));
        QVERIFY2(all.contains(expected), qPrintable(all));
        if (!notExpected.isEmpty()) {
            QVERIFY2(!all.contains(notExpected), qPrintable(all));
        }
    }

    // A plan is the engine's text too (translations/releasedesk-core_de.ts): the dry run of a tag.
    void planInTheLocalesLanguage()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const CliRun demo = cli({ QStringLiteral("demo"), QStringLiteral("create"), temp.filePath(QStringLiteral("demo")) },
            QStringLiteral("C.UTF-8"));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QStringList dryRun { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("0.7.2"),
            QStringLiteral("--project"), temp.filePath(QStringLiteral("demo/tallyho")), QStringLiteral("--dry-run") };
        const CliRun german = cli(dryRun, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(german.exitCode == 0, qPrintable(german.out + german.err));
        QVERIFY2(german.out.contains(QStringLiteral("1. Den annotierten Tag v0.7.2 auf HEAD")), qPrintable(german.out));
        QVERIFY2(!german.out.contains(QStringLiteral("Create the annotated tag")), qPrintable(german.out));
        const CliRun english = cli(dryRun, QStringLiteral("C.UTF-8"));
        QVERIFY2(english.exitCode == 0, qPrintable(english.out + english.err));
        QVERIFY2(english.out.contains(QStringLiteral("1. Create the annotated tag v0.7.2 on HEAD")), qPrintable(english.out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
