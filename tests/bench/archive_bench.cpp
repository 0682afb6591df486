// archive_bench: ReleaseDesk's archive code against the usual tools, on a generated dist-like
// tree (~250 MB, ~8,000 files: Python sources, extension modules with realistic
// compressibility, already-compressed data, one 40 MB module).
//   zip:        ZipWriter (parallel deflate)  vs  zip -qr
//   tar.gz:     TarGzWriter (parallel gzip)   vs  tar -cf - | pigz
//   extraction: SafeExtractor::extractAll of 40 wheels  vs  an `unzip -qo` loop
// Each contender runs `--repeat` times (default 2) and its best time counts; the file cache is
// warmed first. Prints the times, sizes and ratios (> 1 means ReleaseDesk is faster).
//
//   archive_bench [--dir DIR] [--repeat N] [--keep]
#include "archive/SafeExtractor.h"
#include "archive/TarGzWriter.h"
#include "archive/ZipWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace rd;

namespace {

QTextStream out(stdout);

// Python-like source text: keywords, identifiers, numbers, indentation.
QByteArray pythonSource(QRandomGenerator &random, qsizetype size)
{
    static const char *words[] = { "def", "return", "self", "import", "from", "class", "if", "else", "for", "in", "not", "None",
        "True", "False", "value", "result", "config", "logger", "request", "response", "data", "index", "path", "name", "items",
        "append", "format", "raise", "ValueError", "isinstance", "len", "dict" };
    QByteArray text;
    text.reserve(size + 200);
    int indent = 0;
    while (text.size() < size) {
        text += QByteArray(indent * 4, ' ');
        const int count = 2 + int(random.bounded(8));
        for (int i = 0; i < count; ++i) {
            if (random.bounded(5) == 0) {
                text += "var_" + QByteArray::number(random.bounded(5000));
            } else {
                text += words[random.bounded(int(sizeof(words) / sizeof(words[0])))];
            }
            text += i + 1 < count ? (random.bounded(4) == 0 ? "(" : " ") : "";
        }
        text += random.bounded(3) == 0 ? ":\n" : "\n";
        indent = std::clamp(indent + int(random.bounded(3)) - 1, 0, 4);
    }
    text.truncate(size);
    return text;
}

// Machine-code-like bytes: short repeated patterns with mutations, runs of zeros, tables.
QByteArray binaryLike(QRandomGenerator &random, qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    qsizetype i = 0;
    while (i < size) {
        const int kind = int(random.bounded(10));
        const qsizetype run = std::min<qsizetype>(size - i, 16 + random.bounded(240));
        if (kind < 2) {
            memset(data.data() + i, 0, size_t(run));
        } else if (kind < 6 && i > 4096) {
            const qsizetype from = i - 1 - qsizetype(random.bounded(4096));
            for (qsizetype k = 0; k < run; ++k) {
                data[i + k] = char(random.bounded(12) == 0 ? char(random.generate()) : data.at(from + k % (i - from)));
            }
        } else {
            for (qsizetype k = 0; k < run; ++k) {
                data[i + k] = char(random.bounded(kind < 8 ? 64 : 256));
            }
        }
        i += run;
    }
    return data;
}

QByteArray incompressible(QRandomGenerator &random, qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// ~250 MB in ~8,000 files under root/App.
qint64 generateTree(const QString &root)
{
    QRandomGenerator random(20240601);
    qint64 total = 0;
    int files = 0;
    const QString base = root + QStringLiteral("/App/python/Lib/site-packages");
    for (int p = 0; p < 60; ++p) {
        const QString package = base + QStringLiteral("/package%1").arg(p);
        for (int f = 0; f < 110; ++f) {
            const QString dir = package + (f % 5 == 0 ? QStringLiteral("/sub%1").arg(f % 7) : QString());
            const QByteArray text = pythonSource(random, 2000 + qsizetype(random.bounded(22000)));
            writeFile(dir + QStringLiteral("/module%1.py").arg(f), text);
            total += text.size();
            ++files;
        }
        for (int f = 0; f < 20; ++f) {
            const QByteArray data = binaryLike(random, 20'000 + qsizetype(random.bounded(130'000)));
            writeFile(package + QStringLiteral("/_ext%1.cp311-win_amd64.pyd").arg(f), data);
            total += data.size();
            ++files;
        }
        for (int f = 0; f < 3; ++f) {
            const QByteArray data = incompressible(random, 10'000 + qsizetype(random.bounded(90'000)));
            writeFile(package + QStringLiteral("/data/blob%1.png").arg(f), data);
            total += data.size();
            ++files;
        }
    }
    const QByteArray big = binaryLike(random, 40 << 20);
    writeFile(base + QStringLiteral("/bigext/_core.cp311-win_amd64.pyd"), big);
    total += big.size();
    ++files;
    // The interpreter: a few DLLs and the stdlib zip.
    for (int f = 0; f < 20; ++f) {
        const QByteArray data = binaryLike(random, 400'000 + qsizetype(random.bounded(1'000'000)));
        writeFile(root + QStringLiteral("/App/python/lib%1.dll").arg(f), data);
        total += data.size();
        ++files;
    }
    out << QStringLiteral("Generated %1 files, %2 MB\n").arg(files).arg(double(total) / 1e6, 0, 'f', 1);
    out.flush();
    return total;
}

double timeIt(int repeat, const std::function<bool()> &run)
{
    double best = 1e9;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (!run()) {
            return -1;
        }
        best = std::min(best, double(clock.nsecsElapsed()) / 1e9);
    }
    return best;
}

bool shell(const QString &command, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void warmCache(const QString &dir)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            while (file.read(buffer.data(), buffer.size()) > 0) { }
        }
    }
}

void row(const QString &what, double ours, double theirs, qint64 ourSize, qint64 theirSize, const QString &versus)
{
    out << QStringLiteral("%1 ReleaseDesk %2 s vs %3 %4 s -> speed ratio %5x")
               .arg(what.leftJustified(11), QString::number(ours, 'f', 2), versus, QString::number(theirs, 'f', 2),
                   QString::number(theirs / ours, 'f', 2));
    if (ourSize > 0 && theirSize > 0) {
        out << QStringLiteral(", size %1 MB vs %2 MB (%3%)")
                   .arg(double(ourSize) / 1e6, 0, 'f', 2)
                   .arg(double(theirSize) / 1e6, 0, 'f', 2)
                   .arg((double(ourSize) / double(theirSize) - 1.0) * 100.0, 0, 'f', 2);
    }
    out << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Archive benchmark: ZipWriter, TarGzWriter, SafeExtractor vs zip, tar|pigz, unzip."));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("DIR"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Runs per contender; the best counts (default 2)."), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the work folder."));
    parser.addHelpOption();
    parser.addOptions({ dirOption, repeatOption, keepOption });
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    for (const QString &tool :
        { QStringLiteral("zip"), QStringLiteral("unzip"), QStringLiteral("tar"), QStringLiteral("pigz") }) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            QTextStream(stderr) << QStringLiteral("archive_bench needs %1 (Debian packages zip unzip tar pigz)\n").arg(tool);
            return 2;
        }
    }
    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                               : QDir::tempPath() + QStringLiteral("/archive-bench-XXXXXX"));
    temp.setAutoRemove(!parser.isSet(keepOption));
    const QString tree = temp.filePath(QStringLiteral("tree"));
    out << QStringLiteral("Cores: %1, work folder %2\n").arg(QThread::idealThreadCount()).arg(temp.path());
    const qint64 treeBytes = generateTree(tree);
    warmCache(tree);

    // zip
    const QString ourZip = temp.filePath(QStringLiteral("ours.zip"));
    const QString theirZip = temp.filePath(QStringLiteral("theirs.zip"));
    const double zipOurs = timeIt(repeat, [&] {
        ZipWriter writer(ourZip);
        return writer.addTree(tree + QStringLiteral("/App"), QStringLiteral("App")) && writer.write().has_value();
    });
    const double zipTheirs = timeIt(repeat, [&] {
        QFile::remove(theirZip);
        return shell(QStringLiteral("zip -qr '%1' App").arg(theirZip), tree);
    });
    row(QStringLiteral("zip"), zipOurs, zipTheirs, QFileInfo(ourZip).size(), QFileInfo(theirZip).size(),
        QStringLiteral("zip -qr"));

    // tar.gz
    const QString ourTar = temp.filePath(QStringLiteral("ours.tar.gz"));
    const QString theirTar = temp.filePath(QStringLiteral("theirs.tar.gz"));
    const double tarOurs = timeIt(repeat, [&] {
        TarGzWriter writer(ourTar);
        return writer.addTree(tree + QStringLiteral("/App"), QStringLiteral("App")) && writer.write().has_value();
    });
    const double tarTheirs
        = timeIt(repeat, [&] { return shell(QStringLiteral("tar -cf - App | pigz > '%1'").arg(theirTar), tree); });
    row(QStringLiteral("tar.gz"), tarOurs, tarTheirs, QFileInfo(ourTar).size(), QFileInfo(theirTar).size(),
        QStringLiteral("tar | pigz"));

    // 40 wheels: the packages of the tree, each a wheel of ~7 MB uncompressed.
    const QString wheels = temp.filePath(QStringLiteral("wheels"));
    QDir().mkpath(wheels);
    QList<ExtractTask> tasks;
    const QString sitePackages = tree + QStringLiteral("/App/python/Lib/site-packages");
    for (int w = 0; w < 40; ++w) {
        const QString wheel = wheels + QStringLiteral("/package%1-1.0-cp311-cp311-win_amd64.whl").arg(w);
        ZipWriter writer(wheel);
        // 60 packages in 40 wheels: the first 20 wheels carry two, wheel 0 also the 40 MB module.
        QList<int> packages { w };
        if (w < 20) {
            packages << w + 40;
        }
        for (int p : std::as_const(packages)) {
            if (!writer.addTree(sitePackages + QStringLiteral("/package%1").arg(p), QStringLiteral("package%1").arg(p))) {
                return 1;
            }
        }
        if (w == 0 && !writer.addTree(sitePackages + QStringLiteral("/bigext"), QStringLiteral("bigext"))) {
            return 1;
        }
        writer.addEntry(
            ArchiveEntry::fromData(QStringLiteral("package%1-1.0.dist-info/METADATA").arg(w), "Name: x\nVersion: 1.0\n"));
        if (!writer.write()) {
            return 1;
        }
        tasks.append({ wheel, temp.filePath(QStringLiteral("site-ours")), {} });
    }
    warmCache(wheels);
    qint64 extracted = 0;
    const double extractOurs = timeIt(repeat, [&] {
        QDir(temp.filePath(QStringLiteral("site-ours"))).removeRecursively();
        auto result = SafeExtractor::extractAll(tasks);
        if (!result) {
            QTextStream(stderr) << result.error().toString() << '\n';
            return false;
        }
        extracted = 0;
        for (const ExtractResult &one : *result) {
            extracted += one.stats.outputBytes;
        }
        return true;
    });
    const double extractTheirs = timeIt(repeat, [&] {
        QDir(temp.filePath(QStringLiteral("site-theirs"))).removeRecursively();
        return shell(
            QStringLiteral("mkdir -p ../site-theirs && for w in *.whl; do unzip -qo \"$w\" -d ../site-theirs || exit 1; done"),
            wheels);
    });
    out << QStringLiteral("(40 wheels: %1 MB of wheels, %2 MB extracted)\n")
               .arg(double([&] {
                   qint64 sum = 0;
                   for (const ExtractTask &task : tasks) {
                       sum += QFileInfo(task.archivePath).size();
                   }
                   return sum;
               }()) / 1e6,
                   0, 'f', 1)
               .arg(double(extracted) / 1e6, 0, 'f', 1);
    row(QStringLiteral("extraction"), extractOurs, extractTheirs, 0, 0, QStringLiteral("unzip -qo loop"));
    out << QStringLiteral("Tree: %1 MB. Targets: zip >= 1.8x, tar.gz >= 0.9x, extraction >= 1.0x, sizes within 2%.\n")
               .arg(double(treeBytes) / 1e6, 0, 'f', 1);
    return 0;
}
