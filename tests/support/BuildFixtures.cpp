#include "BuildFixtures.h"

#include "demo/DemoProject.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace rd::test {

QString testPython()
{
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable()) {
        return QStringLiteral("/usr/bin/python3");
    }
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

bool haveTool(const QString &tool, const QString &debianPackage)
{
    if (!QStandardPaths::findExecutable(tool).isEmpty()) {
        return true;
    }
    const QString message = QStringLiteral("%1 is not installed (apt install %2)").arg(tool, debianPackage);
    if (qEnvironmentVariableIsSet("CI")) {
        QTest::qFail(qPrintable(message + QStringLiteral(": CI installs every tool")), __FILE__, __LINE__);
        return false;
    }
    qInfo().noquote() << QStringLiteral("SKIP check: %1").arg(message);
    return false;
}

int runTool(const QString &program, const QStringList &arguments, QString *output, const QString &workingDirectory,
    const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        if (output) {
            *output = QStringLiteral("could not start %1").arg(program);
        }
        return -1;
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120'000);
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int runSupportScript(const QString &script, const QStringList &arguments, QString *output)
{
    return runTool(testPython(), QStringList { QStringLiteral(RD_SOURCE_DIR "/tests/support/") + script } + arguments, output);
}

QProcessEnvironment hermeticEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QStringLiteral("PIP_"))) {
            env.remove(key);
        }
    }
    env.insert(QStringLiteral("PIP_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("PIP_NO_CACHE_DIR"), QStringLiteral("1"));
    env.insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
    env.remove(QStringLiteral("SOURCE_DATE_EPOCH"));
    return env;
}

QString makeDemoProject(const QString &root, const QStringList &dependencies, const QStringList &buildLines)
{
    auto layout = DemoProject::create(root);
    if (!layout) {
        qWarning() << layout.error().toString();
        return {};
    }
    const QString pyproject = QDir(layout->projectDir).filePath(QStringLiteral("pyproject.toml"));
    QFile file(pyproject);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QStringList quoted;
    for (const QString &dependency : dependencies) {
        quoted << QLatin1Char('"') + dependency + QLatin1Char('"');
    }
    text.replace(
        QStringLiteral("dependencies = []"), QStringLiteral("dependencies = [%1]").arg(quoted.join(QStringLiteral(", "))));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(text.toUtf8());
    file.close();
    {
        // The demo's own offline settings (Debian's wheel folder, no index) are the user's
        // machine's business: a test gives its own index and wheel folders.
        QFile settings(QDir(layout->projectDir).filePath(QStringLiteral("releasedesk.toml")));
        if (!settings.open(QIODevice::ReadOnly)) {
            return {};
        }
        QString toml = QString::fromUtf8(settings.readAll());
        settings.close();
        QStringList kept;
        for (const QString &line : toml.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QStringLiteral("find_links = ")) && !line.startsWith(QStringLiteral("no_index = "))
                && !line.startsWith(QStringLiteral("# Offline:"))) {
                kept << line;
            }
        }
        toml = kept.join(QLatin1Char('\n'));
        if (!buildLines.isEmpty()) {
            toml.replace(QStringLiteral("extras = []\n"),
                QStringLiteral("extras = []\n") + buildLines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        }
        if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        settings.write(toml.toUtf8());
    }
    return layout->projectDir;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out << QDir(dir).relativeFilePath(it.next());
    }
    out.sort();
    return out;
}

Pep503Server::Pep503Server(const QString &packagesDir, const QString &ftpDir, const QString &slow)
{
    QStringList args { QStringLiteral(RD_SOURCE_DIR "/tests/support/pep503_server.py"), QStringLiteral("--packages"),
        packagesDir };
    if (!ftpDir.isEmpty()) {
        args << QStringLiteral("--ftp") << ftpDir;
    }
    if (!slow.isEmpty()) {
        args << QStringLiteral("--slow") << slow;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(testPython(), args);
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("could not start the index server: ") + m_process.errorString();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    while (timer.elapsed() < 20'000) {
        if (m_process.waitForReadyRead(200)) {
            buffer += m_process.readAllStandardOutput();
            const qsizetype newline = buffer.indexOf('\n');
            if (newline >= 0 && buffer.startsWith("READY ")) {
                m_base = QString::fromUtf8(buffer.mid(6, newline - 6)).trimmed();
                return;
            }
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
    }
    m_error = QStringLiteral("the index server did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
}

Pep503Server::~Pep503Server()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

int Pep503Server::fileDownloads()
{
    QString out;
    runTool(testPython(),
        { QStringLiteral("-c"),
            QStringLiteral("import sys,urllib.request;print(urllib.request.urlopen(sys.argv[1]).read().decode())"),
            m_base + QStringLiteral("/_stats") },
        &out);
    const QJsonObject stats = QJsonDocument::fromJson(out.toUtf8()).object();
    int total = 0;
    const QJsonObject downloads = stats.value(QStringLiteral("downloads")).toObject();
    for (auto it = downloads.begin(); it != downloads.end(); ++it) {
        total += it.value().toInt();
    }
    return total;
}

void Pep503Server::reset()
{
    runTool(testPython(),
        { QStringLiteral("-c"),
            QStringLiteral(
                "import "
                "sys,urllib.request;urllib.request.urlopen(urllib.request.Request(sys.argv[1],data=b'',method='POST')).read()"),
            m_base + QStringLiteral("/_reset") });
}

void useHermeticPipEnvironment()
{
    const QProcessEnvironment hermetic = hermeticEnvironment();
    for (const QString &key : QProcessEnvironment::systemEnvironment().keys()) {
        if (key.startsWith(QStringLiteral("PIP_"))) {
            qunsetenv(key.toUtf8().constData());
        }
    }
    for (const QString &key : hermetic.keys()) {
        if (key.startsWith(QStringLiteral("PIP_"))) {
            qputenv(key.toUtf8().constData(), hermetic.value(key).toUtf8());
        }
    }
    qunsetenv("SOURCE_DATE_EPOCH");
}

} // namespace rd::test
