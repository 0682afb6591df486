// Installer script generation, the PEP 440 -> Windows version mapping, payload checks, and
// makensis runs (real makensis: rows that need it are skipped, naming the Debian package, when
// it is missing).
#include "installer/MakensisJob.h"
#include "installer/NsisScript.h"
#include "installer/PortablePayload.h"
#include "project/ProjectSettings.h"
#include "support/InstallerFixtures.h"
#include "version/TagScheme.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QString makensisPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("makensis"));
}

#define SKIP_WITHOUT_MAKENSIS()                                                                                                  \
    if (makensisPath().isEmpty()) {                                                                                              \
        QSKIP("makensis is not installed (Debian package nsis)");                                                                \
    }

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

struct Built
{
    Result<MakensisResult> result = fail(Error::Code::Unknown, QStringLiteral("not run"));
    int finishedCount = 0;
    QStringList log;
};

Built runMakensis(const MakensisRequest &request, bool cancelAtOnce = false)
{
    MakensisJob job(request);
    Built built;
    QObject::connect(&job, &MakensisJob::logLine, &job, [&built](const QString &line) { built.log << line; });
    QObject::connect(&job, &MakensisJob::finished, &job, [&built](const Result<MakensisResult> &result) {
        built.result = result;
        ++built.finishedCount;
    });
    job.start();
    if (cancelAtOnce) {
        job.cancel();
    }
    if (!QTest::qWaitFor([&built] { return built.finishedCount > 0; }, 120'000)) {
        built.result = fail(Error::Code::Timeout, QStringLiteral("makensis job did not finish"));
    }
    QCoreApplication::processEvents(); // a second finished() would arrive here
    return built;
}

} // namespace

class TestNsisScript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void windowsVersion_data();
    void windowsVersion();
    void windowsVersionKeepsPep440Order();

    void quote_data();
    void quote();
    void outputFileName_data();
    void outputFileName();

    void render_data();
    void render();

    void launcherCheck_data();
    void launcherCheck();
    void payloadRefusals_data();
    void payloadRefusals();

    void generation_data();
    void generation();
    void quotingCompiles_data();
    void quotingCompiles();
    void defineSyntaxRefused();
    void upgradeRemovesPayloadBeforeExtracting();

    void installerSettingsRoundTrip();
    void installerSettingsRejectBadValues_data();
    void installerSettingsRejectBadValues();

    void parseMakensisOutput_data();
    void parseMakensisOutput();
    void makensisErrorMapsToScriptLine();
    void makensisCancel();

private:
    NsisScriptInput input(const QString &distName = QStringLiteral("Tallyho")) const;
    QString generateAndBuild(const NsisScriptInput &in, NsisScript *script = nullptr, Built *built = nullptr);

    QTemporaryDir m_temp;
    QString m_dist;
    PortablePayload m_payload;
};

void TestNsisScript::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_dist = m_temp.filePath(QStringLiteral("dist/Tallyho"));
    const QString error = test::makeDist(m_dist, {});
    if (!error.isEmpty()) {
        // Only a missing tool skips (the message names its Debian package); anything else fails.
        if (error.contains(QStringLiteral("install gcc-mingw-w64-x86-64"))) {
            QSKIP(qPrintable(error));
        }
        QFAIL(qPrintable(error));
    }
    auto payload = PortablePayload::inspect(m_dist);
    QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
    m_payload = *payload;
}

NsisScriptInput TestNsisScript::input(const QString &) const
{
    NsisScriptInput in;
    in.appName = QStringLiteral("Tallyho");
    in.publisher = QStringLiteral("ReleaseDesk Demo");
    in.version = v("1.2.0");
    in.payload = m_payload;
    in.outputDir = m_temp.filePath(QStringLiteral("out"));
    in.settings.compressor = InstallerSettings::Compressor::Zlib; // fast for tests
    return in;
}

QString TestNsisScript::generateAndBuild(const NsisScriptInput &in, NsisScript *scriptOut, Built *builtOut)
{
    auto script = NsisScript::generate(in);
    if (!script) {
        return script.error().toString();
    }
    const QString path = m_temp.filePath(QStringLiteral("installer.nsi"));
    if (auto written = script->writeTo(path); !written) {
        return written.error().toString();
    }
    MakensisRequest request;
    request.scriptPath = path;
    request.version = script->version();
    request.outputPath = script->outputPath();
    Built built = runMakensis(request);
    if (scriptOut) {
        *scriptOut = *script;
    }
    if (builtOut) {
        *builtOut = built;
    }
    if (!built.result) {
        return built.result.error().toString();
    }
    return {};
}

// --- version mapping --------------------------------------------------------------------------

void TestNsisScript::windowsVersion_data()
{
    QTest::addColumn<QString>("pep440");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<bool>("warns");
    QTest::newRow("final") << "1.2.3"
                           << "1.2.3.40000" << false;
    QTest::newRow("short release padded") << "1.2"
                                          << "1.2.0.40000" << false;
    QTest::newRow("dev release of a final") << "1.2.0.dev3"
                                            << "1.2.0.3" << false;
    QTest::newRow("alpha") << "1.2.0a1"
                           << "1.2.0.10015" << false;
    QTest::newRow("dev release of an alpha") << "1.2.0a1.dev2"
                                             << "1.2.0.10012" << false;
    QTest::newRow("beta") << "1.2.0b2"
                          << "1.2.0.20025" << false;
    QTest::newRow("release candidate") << "1.2.0rc1"
                                       << "1.2.0.30015" << false;
    QTest::newRow("post-release of an rc") << "1.2.0rc1.post1"
                                           << "1.2.0.30016" << false;
    QTest::newRow("post-release") << "1.2.0.post2"
                                  << "1.2.0.50029" << false;
    QTest::newRow("dev release of a post") << "1.2.0.post2.dev1"
                                           << "1.2.0.50021" << false;
    QTest::newRow("normalised spelling") << "v1.2.0-RC.1"
                                         << "1.2.0.30015" << false;
    QTest::newRow("four release parts") << "1.2.3.4"
                                        << "1.2.3.40000" << true;
    QTest::newRow("epoch left out") << "1!2.0"
                                    << "2.0.0.40000" << true;
    QTest::newRow("local label left out") << "1.0+ubuntu.1"
                                          << "1.0.0.40000" << true;
    QTest::newRow("part above 65535 clamped") << "70000.1"
                                              << "65535.1.0.40000" << true;
    QTest::newRow("pre number above 999 clamped") << "1.0a1234"
                                                  << "1.0.0.19995" << true;
}

void TestNsisScript::windowsVersion()
{
    QFETCH(QString, pep440);
    QFETCH(QString, windows);
    QFETCH(bool, warns);
    auto version = Version::parse(pep440);
    QVERIFY(version);
    const WindowsVersion mapped = WindowsVersion::fromVersion(*version);
    QCOMPARE(mapped.toString(), windows);
    QCOMPARE(!mapped.warnings.isEmpty(), warns);
}

void TestNsisScript::windowsVersionKeepsPep440Order()
{
    // In PEP 440 order; every step must go up in Windows' order too.
    const QStringList ordered { QStringLiteral("1.0"), QStringLiteral("1.1.dev0"), QStringLiteral("1.1.dev7"),
        QStringLiteral("1.1a0.dev1"), QStringLiteral("1.1a0"), QStringLiteral("1.1a1.dev0"), QStringLiteral("1.1a1"),
        QStringLiteral("1.1a1.post1"), QStringLiteral("1.1a2"), QStringLiteral("1.1b1"), QStringLiteral("1.1rc1"),
        QStringLiteral("1.1rc2"), QStringLiteral("1.1"), QStringLiteral("1.1.post0.dev0"), QStringLiteral("1.1.post0"),
        QStringLiteral("1.1.post1"), QStringLiteral("1.1.1"), QStringLiteral("2.0.0a1") };
    std::array<quint16, 4> previous {};
    QString previousText;
    for (const QString &text : ordered) {
        auto version = Version::parse(text);
        QVERIFY(version);
        if (!previousText.isEmpty()) {
            QVERIFY2(*Version::parse(previousText) < *version, qPrintable(text));
        }
        const auto parts = WindowsVersion::fromVersion(*version).parts;
        QVERIFY2(previousText.isEmpty() || previous < parts, qPrintable(previousText + QStringLiteral(" !< ") + text));
        previous = parts;
        previousText = text;
    }
}

// --- names and quoting ------------------------------------------------------------------------

void TestNsisScript::quote_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "Tallyho"
                           << "Tallyho";
    QTest::newRow("double quote") << "Tal\"ly"
                                  << "Tal$\\\"ly";
    QTest::newRow("dollar and define") << "$HOME ${X}"
                                       << "$$HOME $${X}";
    QTest::newRow("single quote and backtick kept") << "it's `x`"
                                                    << "it's `x`";
    QTest::newRow("backslash kept") << "C:\\x"
                                    << "C:\\x";
    QTest::newRow("newline and tab") << "a\nb\tc"
                                     << "a$\\nb$\\tc";
}

void TestNsisScript::quote()
{
    QFETCH(QString, raw);
    QFETCH(QString, quoted);
    QCOMPARE(NsisScript::quote(raw), quoted);
}

void TestNsisScript::outputFileName_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("file");
    QTest::newRow("simple") << "Tallyho"
                            << "1.2.0"
                            << "Tallyho-v1.2.0-setup.exe";
    QTest::newRow("spaces become dashes") << "Tally Ho  App"
                                          << "1.2.0rc1"
                                          << "Tally-Ho-App-v1.2.0-rc.1-setup.exe";
    QTest::newRow("runs of other characters become one dash") << "Tally: \"Ho\"?"
                                                              << "2.0"
                                                              << "Tally-Ho--v2.0-setup.exe";
    QTest::newRow("dollar and braces") << "Cash$Flow ${X}"
                                       << "1.0"
                                       << "Cash-Flow-X--v1.0-setup.exe";
    QTest::newRow("non-ASCII letters") << "Tällyhø"
                                       << "1.0"
                                       << "T-llyh--v1.0-setup.exe";
    QTest::newRow("nothing usable") << "  "
                                    << "1.0"
                                    << "App-v1.0-setup.exe";
}

void TestNsisScript::outputFileName()
{
    QFETCH(QString, app);
    QFETCH(QString, version);
    QFETCH(QString, file);
    QCOMPARE(NsisScript::outputFileNameFor(app, version), file);
}

void TestNsisScript::render_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<bool>("flag");
    QTest::addColumn<QString>("expected"); // "ERROR" for an error
    QTest::newRow("placeholder") << "a {{K}} b" << true << "a v b";
    QTest::newRow("block kept") << "x\n;@if F\ny {{K}}\n;@endif\nz" << true << "x\ny v\nz";
    QTest::newRow("block dropped") << "x\n;@if F\ny\n;@endif\nz" << false << "x\nz";
    QTest::newRow("nested in dropped block") << ";@if F\n;@if T\ny\n;@endif\n;@endif\nz" << false << "z";
    QTest::newRow("unknown placeholder") << "{{NOPE}}" << true << "ERROR";
    QTest::newRow("unknown condition") << ";@if NOPE\n;@endif" << true << "ERROR";
    QTest::newRow("unbalanced") << ";@if F\nx" << true << "ERROR";
}

void TestNsisScript::render()
{
    QFETCH(QString, templateText);
    QFETCH(bool, flag);
    QFETCH(QString, expected);
    auto out = NsisScript::render(templateText, { { QStringLiteral("K"), QStringLiteral("v") } },
        { { QStringLiteral("F"), flag }, { QStringLiteral("T"), true } });
    if (expected == QStringLiteral("ERROR")) {
        QVERIFY(!out);
    } else {
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(*out, expected);
    }
}

// --- payload ----------------------------------------------------------------------------------

void TestNsisScript::launcherCheck_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // a fragment of the message, empty when valid
    QTest::newRow("ASCII with CRLF") << QByteArray("a = 1\r\nb = 2\r\n") << QString();
    QTest::newRow("no final newline") << QByteArray("a = 1\r\nb = 2") << QString();
    QTest::newRow("LF only") << QByteArray("a = 1\nb = 2\n") << QStringLiteral("without CR (line 1)");
    QTest::newRow("one LF among CRLF") << QByteArray("a\r\nb\nc\r\n") << QStringLiteral("without CR (line 2)");
    QTest::newRow("UTF-8 em dash in a comment")
        << QByteArray("' start \xE2\x80\x94 hidden\r\n") << QStringLiteral("not pure ASCII: line 1");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                             "a\r\n")
                               << QStringLiteral("0xef");
    QTest::newRow("lone CR") << QByteArray("a\rb\r\n") << QStringLiteral("lone CR");
    QTest::newRow("empty") << QByteArray("\r\n") << QStringLiteral("empty");
}

void TestNsisScript::launcherCheck()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Status status = PortablePayload::checkLauncherText(bytes);
    if (error.isEmpty()) {
        QVERIFY2(status, qPrintable(status ? QString() : status.error().toString()));
    } else {
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(error), qPrintable(status.error().message));
        QVERIFY(!status.error().hint.isEmpty());
    }
}

void TestNsisScript::payloadRefusals_data()
{
    QTest::addColumn<QString>("extraFile");
    QTest::addColumn<QByteArray>("launcher");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("example config accepted") << "config.example.toml" << QByteArray() << QString();
    QTest::newRow("readme accepted") << "README.txt" << QByteArray() << QString();
    QTest::newRow("user config refused") << "config.yaml" << QByteArray() << QStringLiteral("config.yaml");
    QTest::newRow("data folder refused") << "data/user.db" << QByteArray() << QStringLiteral("data");
    QTest::newRow("uninstaller refused") << "uninstall.exe" << QByteArray() << QStringLiteral("uninstall.exe");
    QTest::newRow("LF launcher refused before packaging") << QString() << QByteArray("x\ny\n") << QStringLiteral("without CR");
    QTest::newRow("dollar in a name refused") << "cost$.txt" << QByteArray() << QStringLiteral("cost$.txt");
}

void TestNsisScript::payloadRefusals()
{
    QFETCH(QString, extraFile);
    QFETCH(QByteArray, launcher);
    QFETCH(QString, error);
    QTemporaryDir temp;
    test::DistSpec spec;
    if (!extraFile.isEmpty()) {
        spec.extraFiles.insert(extraFile, "x");
    }
    spec.launcher = launcher;
    QCOMPARE(test::makeDist(temp.filePath(QStringLiteral("App")), spec), QString());
    auto payload = PortablePayload::inspect(temp.filePath(QStringLiteral("App")));
    if (error.isEmpty()) {
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().toString()));
        QCOMPARE(payload->files, test::distFiles(spec));
        QCOMPARE(payload->versionText, QStringLiteral("1.0.0"));
        QCOMPARE(payload->iconRelativePath, QStringLiteral("app/tallyho.ico"));
    } else {
        QVERIFY(!payload);
        QVERIFY2(payload.error().message.contains(error), qPrintable(payload.error().message));
    }
}

// --- generation -------------------------------------------------------------------------------

void TestNsisScript::generation_data()
{
    using Option = InstallerSettings::Option;
    QTest::addColumn<int>("desktop");
    QTest::addColumn<int>("autostart");
    QTest::addColumn<QString>("webUi");
    QTest::addColumn<int>("compressor");
    QTest::addColumn<QString>("icon"); // "payload", "settings", "none"
    QTest::addColumn<QString>("version");
    QTest::newRow("defaults") << int(Option::Checked) << int(Option::Unchecked) << QString()
                              << int(InstallerSettings::Compressor::Zlib) << "payload"
                              << "1.2.0";
    QTest::newRow("desktop unchecked, autostart checked")
        << int(Option::Unchecked) << int(Option::Checked) << QString() << int(InstallerSettings::Compressor::Zlib) << "payload"
        << "1.2.0";
    QTest::newRow("both sections absent") << int(Option::Absent) << int(Option::Absent) << QString()
                                          << int(InstallerSettings::Compressor::Bzip2) << "payload"
                                          << "1.2.0";
    QTest::newRow("web UI opened after launch") << int(Option::Checked) << int(Option::Unchecked) << "http://localhost:8765/"
                                                << int(InstallerSettings::Compressor::Zlib) << "payload"
                                                << "1.2.0";
    QTest::newRow("icon from settings, not in payload")
        << int(Option::Checked) << int(Option::Unchecked) << QString() << int(InstallerSettings::Compressor::Lzma) << "settings"
        << "1.2.0rc1";
    QTest::newRow("no icon at all") << int(Option::Checked) << int(Option::Unchecked) << QString()
                                    << int(InstallerSettings::Compressor::Zlib) << "none"
                                    << "2.0.0.dev4";
}

void TestNsisScript::generation()
{
    QFETCH(int, desktop);
    QFETCH(int, autostart);
    QFETCH(QString, webUi);
    QFETCH(int, compressor);
    QFETCH(QString, icon);
    QFETCH(QString, version);

    NsisScriptInput in = input();
    in.version = *Version::parse(version);
    in.settings.desktopShortcut = InstallerSettings::Option(desktop);
    in.settings.startWithWindows = InstallerSettings::Option(autostart);
    in.settings.webUiUrl = webUi;
    in.settings.compressor = InstallerSettings::Compressor(compressor);
    QTemporaryDir temp;
    if (icon == QStringLiteral("settings")) {
        test::DistSpec spec;
        spec.icon = false;
        QCOMPARE(test::makeDist(temp.filePath(QStringLiteral("App")), spec), QString());
        in.payload = *PortablePayload::inspect(temp.filePath(QStringLiteral("App")));
        QFile file(temp.filePath(QStringLiteral("brand.ico")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::tinyIco());
        file.close();
        in.iconPath = file.fileName();
    } else if (icon == QStringLiteral("none")) {
        test::DistSpec spec;
        spec.icon = false;
        QCOMPARE(test::makeDist(temp.filePath(QStringLiteral("App")), spec), QString());
        in.payload = *PortablePayload::inspect(temp.filePath(QStringLiteral("App")));
    }

    auto script = NsisScript::generate(in);
    QVERIFY2(script, qPrintable(script ? QString() : script.error().toString()));
    const QString text = script->text();
    QVERIFY(!text.contains(QStringLiteral("{{")));
    QVERIFY(!text.contains(QStringLiteral(";@if")));
    QVERIFY(text.contains(QStringLiteral("Target amd64-unicode")));
    QVERIFY(text.contains(QStringLiteral("RequestExecutionLevel user")));
    QVERIFY(text.contains(QStringLiteral("InstallDir \"$LOCALAPPDATA\\Tallyho\"")));
    QVERIFY(text.contains(QStringLiteral("!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp")));
    QVERIFY(!text.contains(QStringLiteral("!define MUI_FINISHPAGE_RUN_PARAMETERS")));
    QVERIFY(text.contains(QStringLiteral("VIProductVersion \"${VI_VERSION}\"")));
    QVERIFY(text.contains(QStringLiteral("!define VI_VERSION \"%1\"").arg(WindowsVersion::fromVersion(in.version).toString())));
    QVERIFY(text.contains(QStringLiteral("!define VERSION \"%1\"").arg(in.version.toString())));
    // Named like the tag (1.2.0rc1 -> v1.2.0-rc.1), as the zip and the tarball are.
    QCOMPARE(script->outputFileName(), QStringLiteral("Tallyho-%1-setup.exe").arg(*TagScheme().tagFromVersion(in.version)));

    const bool desktopOffered = InstallerSettings::Option(desktop) != InstallerSettings::Option::Absent;
    const bool autostartOffered = InstallerSettings::Option(autostart) != InstallerSettings::Option::Absent;
    QCOMPARE(text.contains(QStringLiteral("\"Desktop shortcut\" SecDesktop")), desktopOffered);
    QCOMPARE(text.contains(QStringLiteral("Section /o \"Desktop shortcut\"")),
        InstallerSettings::Option(desktop) == InstallerSettings::Option::Unchecked);
    QCOMPARE(text.contains(QStringLiteral("\"Start with Windows\" SecAutostart")), autostartOffered);
    QCOMPARE(text.contains(QStringLiteral("Section /o \"Start with Windows\"")),
        InstallerSettings::Option(autostart) == InstallerSettings::Option::Unchecked);
    QCOMPARE(text.contains(QStringLiteral("ExecShell \"open\" \"http://localhost:8765/\"")), !webUi.isEmpty());
    const QString compressorLine
        = QStringLiteral("SetCompressor /SOLID %1").arg(InstallerSettings::compressorName(in.settings.compressor));
    QVERIFY(text.contains(compressorLine));
    if (icon == QStringLiteral("none")) {
        QVERIFY(!text.contains(QStringLiteral("MUI_ICON")));
        QVERIFY(text.contains(QStringLiteral("!define SHORTCUT_ICON \"$SYSDIR\\wscript.exe\"")));
        QVERIFY(!script->warnings().isEmpty());
    } else if (icon == QStringLiteral("settings")) {
        QVERIFY(text.contains(QStringLiteral("!define SHORTCUT_ICON \"$INSTDIR\\app\\brand.ico\"")));
        QVERIFY(text.contains(QStringLiteral("File \"%1\"").arg(in.iconPath))); // copied into app\ at install
    } else {
        QVERIFY(text.contains(QStringLiteral("!define MUI_ICON \"%1/app/tallyho.ico\"").arg(m_dist)));
        QVERIFY(text.contains(QStringLiteral("!define SHORTCUT_ICON \"$INSTDIR\\app\\tallyho.ico\"")));
    }
    // Every shortcut starts the hidden launcher through wscript.exe with the app's icon.
    QVERIFY(text.contains(QStringLiteral(
        "CreateShortcut \"$SMPROGRAMS\\Tallyho.lnk\" \"$SYSDIR\\wscript.exe\" '\"${LAUNCHER}\"' \"${SHORTCUT_ICON}\" 0")));

    SKIP_WITHOUT_MAKENSIS();
    const QString path = temp.filePath(QStringLiteral("installer.nsi"));
    QVERIFY(script->writeTo(path));
    MakensisRequest request;
    request.scriptPath = path;
    request.version = script->version();
    request.outputPath = temp.filePath(script->outputFileName());
    const Built built = runMakensis(request);
    QVERIFY2(built.result, qPrintable(built.result ? QString() : built.result.error().toString()));
    QCOMPARE(built.finishedCount, 1);
    QVERIFY(built.result->warnings.isEmpty());
    QVERIFY(QFileInfo(request.outputPath).size() > 50'000);
    QVERIFY(!QFile::exists(request.outputPath + QStringLiteral(".partial")));
    QVERIFY(built.log.size() > 3); // streamed
    QVERIFY(built.log.first().startsWith(QStringLiteral("makensis v3")));
}

void TestNsisScript::quotingCompiles_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("publisher");
    QTest::newRow("double quotes") << "Tal\"ly\" Ho"
                                   << "The \"Quoted\" Co";
    QTest::newRow("dollar signs") << "Cash$Flow $INSTDIR $$"
                                  << "$$ Inc $PROFILE";
    QTest::newRow("ampersand") << "Tally & Ho"
                               << "A & B";
    QTest::newRow("apostrophe and backtick") << "Tally's `Ho`"
                                             << "O'Brien";
    QTest::newRow("non-ASCII") << "Tällyhø – “Ünï”"
                               << "Ærø ApS";
    QTest::newRow("path characters") << "Tally: Ho/No?"
                                     << "x\\y";
    QTest::newRow("semicolon and hash") << "Tally; Ho #1"
                                        << "; not a comment";
}

void TestNsisScript::quotingCompiles()
{
    QFETCH(QString, appName);
    QFETCH(QString, publisher);
    NsisScriptInput in = input();
    in.appName = appName;
    in.publisher = publisher;
    auto script = NsisScript::generate(in);
    QVERIFY2(script, qPrintable(script ? QString() : script.error().toString()));
    QVERIFY(script->text().contains(QStringLiteral("!define APP_NAME \"%1\"").arg(NsisScript::quote(appName))));
    QVERIFY(!script->registryKeyName().contains(QLatin1Char('\\')));
    SKIP_WITHOUT_MAKENSIS();
    Built built;
    const QString error = generateAndBuild(in, nullptr, &built);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A '$' that leaked through unescaped would show as "unknown variable" warnings.
    QVERIFY2(built.result->warnings.isEmpty(), qPrintable(built.result->warnings.value(0).toString()));
}

void TestNsisScript::defineSyntaxRefused()
{
    NsisScriptInput in = input();
    in.appName = QStringLiteral("Tally ${VERSION}");
    auto script = NsisScript::generate(in);
    QVERIFY(!script);
    QCOMPARE(script.error().code, Error::Code::InvalidInput);
    QVERIFY(script.error().message.contains(QStringLiteral("${")));
    in = input();
    in.publisher = QStringLiteral("Line\nbreak");
    QVERIFY(!NsisScript::generate(in));
}

void TestNsisScript::upgradeRemovesPayloadBeforeExtracting()
{
    test::DistSpec spec;
    spec.extraFiles.insert(QStringLiteral("README.txt"), "read me");
    spec.extraFiles.insert(QStringLiteral("tools/helper.cmd"), "@echo off\r\n");
    QTemporaryDir temp;
    QCOMPARE(test::makeDist(temp.filePath(QStringLiteral("App")), spec), QString());
    NsisScriptInput in = input();
    in.payload = *PortablePayload::inspect(temp.filePath(QStringLiteral("App")));
    auto script = NsisScript::generate(in);
    QVERIFY(script);
    const QString text = script->text();
    const qsizetype removeMacro = text.indexOf(QStringLiteral("!macro RD_REMOVE_PAYLOAD"));
    const qsizetype removeEnd = text.indexOf(QStringLiteral("!macroend"), removeMacro);
    const QString removal = text.mid(removeMacro, removeEnd - removeMacro);
    for (const QString &line : { QStringLiteral("RMDir /r \"$INSTDIR\\python\""), QStringLiteral("RMDir /r \"$INSTDIR\\app\""),
             QStringLiteral("RMDir /r \"$INSTDIR\\scripts\""), QStringLiteral("Delete \"$INSTDIR\\VERSION\""),
             QStringLiteral("Delete \"$INSTDIR\\config.example.*\""), QStringLiteral("RMDir /r \"$INSTDIR\\tools\""),
             QStringLiteral("Delete \"$INSTDIR\\README.txt\"") }) {
        QVERIFY2(removal.contains(line), qPrintable(line));
    }
    // Never the user's data or config.
    QVERIFY(!removal.contains(QStringLiteral("data")));
    QVERIFY(!removal.contains(QStringLiteral("config.yaml")));
    QVERIFY(!text.contains(QStringLiteral("RMDir /r \"$INSTDIR\"")));
    // In the Core section the removal comes before the first File.
    const qsizetype core = text.indexOf(QStringLiteral("SecCore"));
    const qsizetype insert = text.indexOf(QStringLiteral("!insertmacro RD_REMOVE_PAYLOAD"), core);
    const qsizetype firstFile = text.indexOf(QStringLiteral("File /r \""), core);
    QVERIFY(insert > core && firstFile > insert);
    QVERIFY(text.contains(QStringLiteral("File /r \"${DIST_DIR}/tools/*\"")));
    // The uninstaller removes the same payload and only an empty install folder.
    const qsizetype uninstall = text.indexOf(QStringLiteral("Section \"Uninstall\""));
    QVERIFY(text.indexOf(QStringLiteral("!insertmacro RD_REMOVE_PAYLOAD"), uninstall) > uninstall);
    QVERIFY(text.indexOf(QStringLiteral("RMDir \"$INSTDIR\""), uninstall) > uninstall);
}

// --- settings ---------------------------------------------------------------------------------

void TestNsisScript::installerSettingsRoundTrip()
{
    const QByteArray toml
        = "[app]\ndisplay_name = \"Tallyho\"\n[installer]\ndesktop_shortcut = false\nstart_with_windows = \"checked\"\n"
          "web_ui_url = \"http://localhost:8765/\"\ncompressor = \"bzip2\"\nrunning_wait = 5\nweb_ui_delay = 3\n"
          "signing_certificate = \"certs/app.p12\"\ntimestamp_url = \"http://timestamp.example\"\n";
    auto settings = ProjectSettings::parse(toml, QStringLiteral("releasedesk.toml"));
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
    const InstallerSettings &installer = settings->installer;
    QCOMPARE(installer.desktopShortcut, InstallerSettings::Option::Absent);
    QCOMPARE(installer.startWithWindows, InstallerSettings::Option::Checked);
    QCOMPARE(installer.webUiUrl, QStringLiteral("http://localhost:8765/"));
    QCOMPARE(installer.compressor, InstallerSettings::Compressor::Bzip2);
    QCOMPARE(installer.runningWaitSeconds, 5);
    QCOMPARE(installer.webUiDelaySeconds, 3);
    QCOMPARE(installer.signingCertificate, QStringLiteral("certs/app.p12"));
    QCOMPARE(installer.timestampUrl, QStringLiteral("http://timestamp.example"));
    auto again = ProjectSettings::parse(settings->toToml(), QStringLiteral("releasedesk.toml"));
    QVERIFY(again);
    QCOMPARE(again->installer, installer);
    // Defaults when the table is absent.
    auto defaults = ProjectSettings::parse("[app]\n", QStringLiteral("releasedesk.toml"));
    QVERIFY(defaults);
    QCOMPARE(defaults->installer, InstallerSettings {});
}

void TestNsisScript::installerSettingsRejectBadValues_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown option") << QByteArray("[installer]\ndesktop_shortcut = \"maybe\"\n") << "desktop_shortcut";
    QTest::newRow("unknown compressor") << QByteArray("[installer]\ncompressor = \"zstd\"\n") << "compressor";
    QTest::newRow("negative wait") << QByteArray("[installer]\nrunning_wait = -1\n") << "running_wait";
}

void TestNsisScript::installerSettingsRejectBadValues()
{
    QFETCH(QByteArray, toml);
    QFETCH(QString, key);
    auto settings = ProjectSettings::parse(toml, QStringLiteral("releasedesk.toml"));
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(QStringLiteral("installer.") + key), qPrintable(settings.error().message));
    QVERIFY(settings.error().hint.startsWith(QStringLiteral("Use one of")));
}

// --- makensis diagnostics ---------------------------------------------------------------------

void TestNsisScript::parseMakensisOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("diagnostic"); // toString() of the first diagnostic
    QTest::addColumn<QString>("sourceLine");
    QTest::newRow("invalid command") << "Processing script file: \"installer.nsi\" (UTF8)\nInvalid command: \"Foo\"\n"
                                        "Error in script \"installer.nsi\" on line 3 -- aborting creation process\n"
                                     << "installer.nsi line 3: Invalid command: \"Foo\""
                                     << "Foo bar";
    QTest::newRow("file not found, usage dropped")
        << "File: \"/nonexistent/x\" -> no files found.\nUsage: File [/nonfatal] [/a] ([/r] [/x filespec [...]] filespec [...] "
           "|\n"
           "   /oname=outfile one_file_only)\nError in script \"/tmp/b/installer.nsi\" on line 2 -- aborting creation process\n"
        << "installer.nsi line 2: File: \"/nonexistent/x\" -> no files found."
        << "Name \"x\"";
    QTest::newRow("error inside a macro") << "Invalid command: \"Bogus\"\nError in macro M on macroline 1\n"
                                             "Error in script \"installer.nsi\" on line 4 -- aborting creation process\n"
                                          << "installer.nsi line 4: Invalid command: \"Bogus\" (in macro M, line 1)"
                                          << "!insertmacro M";
    QTest::newRow("!error")
        << "!error: custom failure\nError in script \"installer.nsi\" on line 1 -- aborting creation process\n"
        << "installer.nsi line 1: !error: custom failure"
        << "Target amd64-unicode";
    QTest::newRow("link stage, no line") << "Processed 1 file, writing output (amd64-unicode):\n"
                                            "Error: resolving install function \"g\" in function \"f\"\n"
                                            "Note: uninstall functions must begin with \"un.\", and install functions must not\n"
                                            "Error - aborting creation process\n"
                                         << "Error: resolving install function \"g\" in function \"f\" Note: uninstall functions "
                                            "must begin with \"un.\", and install functions must not"
                                         << "";
    QTest::newRow("warning with a line")
        << "warning 6000: unknown variable/constant \"{X}\" detected, ignoring (installer.nsi:2)\n"
        << "installer.nsi line 2: warning 6000: unknown variable/constant \"{X}\" detected, ignoring"
        << "Name \"x\"";
    QTest::newRow("warning in a macro") << "warning 6000: unknown variable \"x\" detected, ignoring (macro:MUI_X:138)\n"
                                        << "warning 6000: unknown variable \"x\" detected, ignoring (in macro MUI_X, line 138)"
                                        << "";
    QTest::newRow("warning in a language string")
        << "warning 6000: unknown variable \"x\" detected, ignoring (LangString ^NameDA:1033)\n"
        << "warning 6000: unknown variable \"x\" detected, ignoring (in language string ^NameDA)"
        << "";
}

void TestNsisScript::parseMakensisOutput()
{
    QFETCH(QString, output);
    QFETCH(QString, diagnostic);
    QFETCH(QString, sourceLine);
    const QString script = QStringLiteral("Target amd64-unicode\nName \"x\"\n  Foo bar  \n!insertmacro M\n");
    const auto diagnostics = MakensisJob::parseOutput(output, QStringLiteral("/somewhere/installer.nsi"), script);
    QVERIFY(!diagnostics.isEmpty());
    QCOMPARE(diagnostics.first().toString(), diagnostic);
    QCOMPARE(diagnostics.first().sourceLine, sourceLine);
}

void TestNsisScript::makensisErrorMapsToScriptLine()
{
    SKIP_WITHOUT_MAKENSIS();
    auto script = NsisScript::generate(input());
    QVERIFY(script);
    // Break one line of a real generated script and check the error points at it.
    QStringList lines = script->text().split(QLatin1Char('\n'));
    const qsizetype core = lines.indexOf(QStringLiteral("    SectionIn RO"));
    QVERIFY(core > 0);
    lines.insert(core + 1, QStringLiteral("    CreateShortcutt \"$DESKTOP\\x.lnk\""));
    const QString path = m_temp.filePath(QStringLiteral("broken/installer.nsi"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    file.close();

    MakensisRequest request;
    request.scriptPath = path;
    request.version = QStringLiteral("1.2.0");
    request.outputPath = m_temp.filePath(QStringLiteral("broken/Tallyho-v1.2.0-setup.exe"));
    const Built built = runMakensis(request);
    QCOMPARE(built.finishedCount, 1);
    QVERIFY(!built.result);
    const Error error = built.result.error();
    QCOMPARE(error.code, Error::Code::ToolFailed);
    const int line = int(core) + 2;
    QVERIFY2(error.message.contains(QStringLiteral("installer.nsi line %1: Invalid command: \"CreateShortcutt\"").arg(line)),
        qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("CreateShortcutt \"$DESKTOP\\x.lnk\"")), qPrintable(error.hint));
    QVERIFY(!QFile::exists(request.outputPath));
    QVERIFY(!QFile::exists(request.outputPath + QStringLiteral(".partial")));
}

void TestNsisScript::makensisCancel()
{
    SKIP_WITHOUT_MAKENSIS();
    auto script = NsisScript::generate(input());
    QVERIFY(script);
    const QString path = m_temp.filePath(QStringLiteral("cancel/installer.nsi"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(script->writeTo(path));
    MakensisRequest request;
    request.scriptPath = path;
    request.version = QStringLiteral("1.2.0");
    request.outputPath = m_temp.filePath(QStringLiteral("cancel/out.exe"));
    const Built built = runMakensis(request, true);
    QCOMPARE(built.finishedCount, 1);
    QVERIFY(!built.result);
    QCOMPARE(built.result.error().code, Error::Code::Cancelled);
    QVERIFY(!QFile::exists(request.outputPath));
}

QTEST_GUILESS_MAIN(TestNsisScript)
#include "TestNsisScript.moc"
