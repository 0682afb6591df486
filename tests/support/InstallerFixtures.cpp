#include "InstallerFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rd::test {

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return QStringLiteral("cannot write %1").arg(path);
    }
    return {};
}

QString run(const QString &program, const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()).right(600));
    }
    return {};
}

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        out.append(char((value >> (8 * i)) & 0xff));
    }
}

constexpr auto fakePythonSource = R"C(/* python.exe stand-in for ReleaseDesk's installer tests. */
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "-c") == 0) {
        /* like python.exe -c "...print('ready'); sys.stdin.read()": run until stdin closes */
        char buffer[256];
        puts("ready");
        fflush(stdout);
        while (fgets(buffer, sizeof buffer, stdin)) {
        }
        return 0;
    }
    puts("Python 3.11.9 (ReleaseDesk test stand-in)");
    return 0;
}
)C";

} // namespace

QByteArray tinyIco()
{
    const int size = 16;
    QByteArray pixels;
    for (int i = 0; i < size * size; ++i) {
        pixels.append(char(0x20)).append(char(0x80)).append(char(0xc8)).append(char(0xff)); // BGRA
    }
    const QByteArray mask(4 * size, '\0');
    QByteArray image;
    appendLe(image, 40, 4); // BITMAPINFOHEADER
    appendLe(image, size, 4);
    appendLe(image, size * 2, 4); // colour + mask
    appendLe(image, 1, 2);
    appendLe(image, 32, 2);
    appendLe(image, 0, 4);
    appendLe(image, quint32(pixels.size() + mask.size()), 4);
    appendLe(image, 0, 4);
    appendLe(image, 0, 4);
    appendLe(image, 0, 4);
    appendLe(image, 0, 4);
    image += pixels + mask;
    QByteArray ico;
    appendLe(ico, 0, 2);
    appendLe(ico, 1, 2);
    appendLe(ico, 1, 2);
    ico.append(char(size)).append(char(size)).append('\0').append('\0');
    appendLe(ico, 1, 2);
    appendLe(ico, 32, 2);
    appendLe(ico, quint32(image.size()), 4);
    appendLe(ico, 22, 4);
    return ico + image;
}

QString fakePythonExe(QString *how)
{
    static QTemporaryDir dir;
    static QString path;
    static QString description;
    if (path.isEmpty() && dir.isValid()) {
        const QString target = dir.filePath(QStringLiteral("python.exe"));
        const QString gcc = QStandardPaths::findExecutable(QStringLiteral("x86_64-w64-mingw32-gcc"));
        if (!gcc.isEmpty() && writeFile(dir.filePath(QStringLiteral("python.c")), fakePythonSource).isEmpty()
            && run(gcc, { QStringLiteral("-Os"), QStringLiteral("-s"), QStringLiteral("-o"), target, QStringLiteral("python.c") },
                dir.path())
                   .isEmpty()) {
            path = target;
            description = QStringLiteral("built with x86_64-w64-mingw32-gcc");
        } else {
            for (const QString &candidate : { QStringLiteral("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/hostname.exe"),
                     QStringLiteral("/usr/lib/wine/x86_64-windows/hostname.exe") }) {
                if (QFile::copy(candidate, target)) {
                    path = target;
                    description = QStringLiteral("a copy of wine's hostname.exe (cannot hold: install gcc-mingw-w64-x86-64)");
                    break;
                }
            }
        }
    }
    if (how) {
        *how = description;
    }
    return path;
}

QStringList distFiles(const DistSpec &spec)
{
    QStringList files { QStringLiteral("python/python.exe"), QStringLiteral("python/python311.dll"),
        QStringLiteral("python/python311._pth"), QStringLiteral("python/Lib/site-packages/pillowish/__init__.py"),
        QStringLiteral("app/src/%1/__init__.py").arg(spec.package), QStringLiteral("app/src/%1/__main__.py").arg(spec.package),
        QStringLiteral("scripts/start-hidden.vbs"), QStringLiteral("VERSION") };
    if (spec.icon) {
        files << QStringLiteral("app/%1.ico").arg(spec.package);
    }
    if (spec.exampleConfig) {
        files << QStringLiteral("config.example.yaml");
    }
    files << spec.extraFiles.keys();
    files.sort();
    return files;
}

QString makeDist(const QString &root, const DistSpec &spec)
{
    const QString python = fakePythonExe();
    if (python.isEmpty()) {
        return QStringLiteral("no PE file for python.exe (install gcc-mingw-w64-x86-64 or wine)");
    }
    QDir(root).removeRecursively();
    QDir().mkpath(root + QStringLiteral("/python"));
    if (!QFile::copy(python, root + QStringLiteral("/python/python.exe"))) {
        return QStringLiteral("cannot copy python.exe");
    }
    const QByteArray version = spec.version.toUtf8();
    QMap<QString, QByteArray> files {
        { QStringLiteral("python/python311.dll"), QByteArray("MZ fake dll ") + version },
        { QStringLiteral("python/python311._pth"), "python311.zip\r\n.\r\n..\\app\\src\r\nimport site\r\n" },
        { QStringLiteral("python/Lib/site-packages/pillowish/__init__.py"), "__version__ = '" + version + "'\n" },
        { QStringLiteral("app/src/%1/__init__.py").arg(spec.package), "__version__ = '" + version + "'\n" },
        { QStringLiteral("app/src/%1/__main__.py").arg(spec.package), "print('hello')\n" },
        { QStringLiteral("VERSION"), version + "\n" },
    };
    files.insert(QStringLiteral("scripts/start-hidden.vbs"),
        spec.launcher.isNull()
            ? QByteArray("Set fso = CreateObject(\"Scripting.FileSystemObject\")\r\n"
                         "Set WshShell = CreateObject(\"WScript.Shell\")\r\n"
                         "appRoot = fso.GetParentFolderName(fso.GetParentFolderName(WScript.ScriptFullName))\r\n"
                         "WshShell.CurrentDirectory = appRoot\r\n"
                         "WshShell.Run \"\"\"\" & appRoot & \"\\python\\python.exe\"\" -m "
                + spec.package.toUtf8() + "\", 0, False\r\n")
            : spec.launcher);
    if (spec.icon) {
        files.insert(QStringLiteral("app/%1.ico").arg(spec.package), tinyIco());
    }
    if (spec.exampleConfig) {
        files.insert(QStringLiteral("config.example.yaml"), "port: 8765\n");
    }
    for (auto it = spec.extraFiles.cbegin(); it != spec.extraFiles.cend(); ++it) {
        files.insert(it.key(), it.value());
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (const QString error = writeFile(root + QLatin1Char('/') + it.key(), it.value()); !error.isEmpty()) {
            return error;
        }
    }
    return {};
}

QString makeCertificate(const QString &dir, const QString &password, bool expired, TestCertificate *certificate)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        return QStringLiteral("openssl is not installed (Debian package openssl)");
    }
    QDir().mkpath(dir);
    const QString key = dir + QStringLiteral("/key.pem");
    const QString pem = dir + QStringLiteral("/cert.pem");
    const QString p12 = dir + QStringLiteral("/cert.p12");
    const QString subject
        = expired ? QStringLiteral("/CN=ReleaseDesk Expired Test") : QStringLiteral("/CN=ReleaseDesk Test Signing");
    QString error;
    if (!expired) {
        error = run(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), pem, QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                QStringLiteral("extendedKeyUsage=codeSigning"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=digitalSignature") },
            dir);
    } else {
        const QString config = QStringLiteral("[ca]\ndefault_ca = rd\n[rd]\ndir = .\ndatabase = ./index.txt\nnew_certs_dir = .\n"
                                              "serial = ./serial\ndefault_md = sha256\npolicy = anything\nunique_subject = no\n"
                                              "[anything]\ncommonName = supplied\n[ext]\nextendedKeyUsage = codeSigning\n"
                                              "keyUsage = digitalSignature\n");
        error = writeFile(dir + QStringLiteral("/ca.cnf"), config.toUtf8());
        error += writeFile(dir + QStringLiteral("/index.txt"), {});
        error += writeFile(dir + QStringLiteral("/serial"), "01\n");
        if (error.isEmpty()) {
            error = run(openssl,
                { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                    dir + QStringLiteral("/req.csr"), QStringLiteral("-subj"), subject },
                dir);
        }
        if (error.isEmpty()) {
            error = run(openssl,
                { QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                    QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), key, QStringLiteral("-in"),
                    QStringLiteral("req.csr"), QStringLiteral("-out"), pem, QStringLiteral("-startdate"),
                    QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"),
                    QStringLiteral("-extensions"), QStringLiteral("ext") },
                dir);
        }
    }
    if (error.isEmpty()) {
        // The password for the fixture is on openssl's command line: it is a throw-away test secret.
        error = run(openssl,
            { QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key, QStringLiteral("-in"), pem,
                QStringLiteral("-out"), p12, QStringLiteral("-passout"), QStringLiteral("pass:") + password },
            dir);
    }
    if (!error.isEmpty()) {
        return error;
    }
    *certificate = TestCertificate { p12, pem, password };
    return {};
}

} // namespace rd::test
