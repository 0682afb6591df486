// upload_bench: uploads one large file (default 1 GiB, sparse) to a loopback HTTP sink and reports
// wall time, throughput and peak RSS for ReleaseDesk's streamed upload (raw body and multipart)
// beside a plain QNetworkAccessManager::put(QFile*) and `curl -T`, all in the same run.
// Each client runs in its own process so its peak RSS is its own (getrusage / wait4).
//
//   upload_bench [--size-mib N] [--file PATH] [--runs N]
//
// Not a test: the figures depend on the machine. See the issue 6 notes for reference values.
#include "net/HttpUploadJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

// --- the sink: reads request bodies and throws them away ------------------------------------------

std::atomic<long long> g_received { 0 };

void serveConnection(int fd)
{
    std::vector<char> buffer(1 << 20);
    std::string head;
    while (true) {
        head.clear();
        size_t end = std::string::npos;
        while ((end = head.find("\r\n\r\n")) == std::string::npos) {
            const ssize_t n = recv(fd, buffer.data(), buffer.size(), 0);
            if (n <= 0) {
                close(fd);
                return;
            }
            head.append(buffer.data(), size_t(n));
        }
        std::string lower = head.substr(0, end);
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        long long length = 0;
        if (const size_t at = lower.find("content-length:"); at != std::string::npos) {
            length = std::atoll(lower.c_str() + at + 15);
        }
        if (lower.find("expect: 100-continue") != std::string::npos) {
            static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
            send(fd, cont, sizeof cont - 1, MSG_NOSIGNAL);
        }
        long long remaining = length - static_cast<long long>(head.size() - end - 4);
        while (remaining > 0) {
            const ssize_t n
                = recv(fd, buffer.data(), size_t(std::min<long long>(remaining, static_cast<long long>(buffer.size()))), 0);
            if (n <= 0) {
                close(fd);
                return;
            }
            remaining -= n;
            g_received += n;
        }
        const std::string body = "{\"id\":1,\"name\":\"bench.bin\",\"size\":" + std::to_string(length) + "}";
        const std::string answer = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
            + std::to_string(body.size()) + "\r\n\r\n" + body;
        send(fd, answer.data(), answer.size(), MSG_NOSIGNAL);
    }
}

int startSink(int &port)
{
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || listen(listener, 16) != 0) {
        return -1;
    }
    socklen_t size = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr *>(&address), &size);
    port = ntohs(address.sin_port);
    std::thread([listener] {
        while (true) {
            const int fd = accept(listener, nullptr, nullptr);
            if (fd < 0) {
                return;
            }
            std::thread(serveConnection, fd).detach();
        }
    }).detach();
    return listener;
}

// --- the clients (child processes) ----------------------------------------------------------------

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int runClient(const QString &mode, const QString &url, const QString &file)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    int status = 0;
    QString error;
    timer.start();
    if (mode == QStringLiteral("qt-put")) {
        QFile body(file);
        body.open(QIODevice::ReadOnly);
        QNetworkRequest request { QUrl(url) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        QNetworkReply *reply = network.put(request, &body);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&] {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
    } else {
        rd::HttpUploadJob job(&network, "POST", QUrl(url), file);
        if (mode == QStringLiteral("releasedesk-multipart")) {
            job.setMultipart(QStringLiteral("attachment"), QStringLiteral("bench.bin"));
        }
        QObject::connect(&job, &rd::HttpUploadJob::finished, &network, [&](const rd::Result<rd::ApiResponse> &result) {
            status = result ? result->status : 0;
            error = result ? QString() : result.error().message;
            QCoreApplication::quit();
        });
        QTimer::singleShot(0, &job, &rd::HttpUploadJob::start);
        QCoreApplication::exec();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%s %.3f %ld %d %s\n", qPrintable(mode), seconds, peakRssKiB(), status,
        qPrintable(error.isEmpty() ? QStringLiteral("-") : error));
    return status >= 200 && status < 300 ? 0 : 1;
}

// --- the parent -----------------------------------------------------------------------------------

struct Measurement
{
    QString mode;
    double seconds = 0;
    long rssKiB = 0;
    bool ok = false;
};

// Runs argv in a child process; its stdout is captured; its peak RSS comes from wait4.
Measurement runChild(const QString &mode, const std::vector<std::string> &argv, bool parseSeconds)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        return {};
    }
    QElapsedTimer wall;
    wall.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        std::vector<char *> args;
        for (const std::string &arg : argv) {
            args.push_back(const_cast<char *>(arg.c_str()));
        }
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(pipeFds[1]);
    std::string output;
    char chunk[4096];
    ssize_t n = 0;
    while ((n = read(pipeFds[0], chunk, sizeof chunk)) > 0) {
        output.append(chunk, size_t(n));
    }
    close(pipeFds[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    Measurement m;
    m.mode = mode;
    m.rssKiB = usage.ru_maxrss;
    m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    m.seconds = double(wall.nsecsElapsed()) / 1e9;
    if (parseSeconds) {
        // "<mode> <seconds> <rss> <status> <error>" (our clients) or "<seconds>" (curl -w)
        const QStringList fields = QString::fromStdString(output).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 2 && fields[0] == mode) {
            m.seconds = fields[1].toDouble();
        } else if (!fields.isEmpty()) {
            m.seconds = fields[0].trimmed().toDouble();
        }
    }
    if (!m.ok) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(mode), output.c_str());
    }
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 5 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runClient(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    }
    QCoreApplication app(argc, argv);
    qint64 sizeMiB = 1024;
    int runs = 1;
    QString file;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--size-mib")) {
            sizeMiB = args[i + 1].toLongLong();
        } else if (args[i] == QStringLiteral("--file")) {
            file = args[i + 1];
        } else if (args[i] == QStringLiteral("--runs")) {
            runs = std::max(1, args[i + 1].toInt());
        }
    }
    QTemporaryDir temp;
    if (file.isEmpty()) {
        file = QDir(temp.path()).filePath(QStringLiteral("bench.bin"));
        QFile sparse(file);
        if (!sparse.open(QIODevice::WriteOnly) || !sparse.resize(sizeMiB * 1024 * 1024)) { // sparse: no disk I/O when read
            std::fprintf(stderr, "cannot create %s\n", qPrintable(file));
            return 1;
        }
    }
    const qint64 bytes = QFile(file).size();
    int port = 0;
    if (startSink(port) < 0) {
        std::fprintf(stderr, "cannot start the sink\n");
        return 1;
    }
    const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/upload?name=bench.bin";
    const std::string self = QCoreApplication::applicationFilePath().toStdString();
    const std::string path = file.toStdString();

    QTextStream out(stdout);
    out << QStringLiteral("Uploading %1 MiB (%2) to a loopback sink, %3 run(s) each; best run shown.\n")
               .arg(bytes / (1024 * 1024))
               .arg(file)
               .arg(runs);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("client"), -24)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("MiB/s"), 8)
               .arg(QStringLiteral("peak RSS"), 10);
    const QStringList modes { QStringLiteral("releasedesk-raw"), QStringLiteral("releasedesk-multipart"),
        QStringLiteral("qt-put"), QStringLiteral("curl-T") };
    // Rounds of every client in turn, so a busy moment of the machine hits them alike.
    QHash<QString, Measurement> best;
    for (int run = 0; run < runs; ++run) {
        for (const QString &mode : modes) {
            Measurement m;
            if (mode == QStringLiteral("curl-T")) {
                m = runChild(mode, { "curl", "-sS", "-o", "/dev/null", "-w", "%{time_total}", "-T", path, url }, true);
            } else {
                m = runChild(mode, { self, "--child", mode.toStdString(), url, path }, true);
            }
            if (m.ok && (!best.value(mode).ok || m.seconds < best.value(mode).seconds)) {
                best.insert(mode, m);
            }
        }
    }
    for (const QString &mode : modes) {
        const Measurement m = best.value(mode);
        if (!m.ok) {
            out << QStringLiteral("%1 failed\n").arg(mode, -24);
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(mode, -24)
                   .arg(m.seconds, 8, 'f', 2)
                   .arg(double(bytes) / (1024.0 * 1024.0) / m.seconds, 8, 'f', 0)
                   .arg(QStringLiteral("%1 MiB").arg(double(m.rssKiB) / 1024.0, 0, 'f', 1), 10);
    }
    out.flush();
    return 0;
}
