#include "MakensisJob.h"

#include "common/AtomicFile.h"
#include "process/ProcessJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rd {

QString MakensisDiagnostic::toString() const
{
    QString where;
    if (!file.isEmpty() && line > 0) {
        where = QStringLiteral("%1 line %2").arg(QFileInfo(file).fileName()).arg(line);
    } else if (!file.isEmpty()) {
        where = QFileInfo(file).fileName();
    }
    QString text = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    if (!context.isEmpty()) {
        text += QStringLiteral(" (") + context + QLatin1Char(')');
    }
    return text;
}

MakensisJob::MakensisJob(MakensisRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

MakensisJob::~MakensisJob() = default;

QStringList MakensisJob::arguments() const
{
    // Options before the script: makensis applies them in order.
    QStringList args { QStringLiteral("-V3"), QStringLiteral("-DVERSION=") + m_request.version };
    if (!m_request.windowsVersion.isEmpty()) {
        args << QStringLiteral("-DVI_VERSION=") + m_request.windowsVersion;
    }
    if (!m_request.outputPath.isEmpty()) {
        args << QStringLiteral("-DOUT_FILE=") + m_request.outputPath + QStringLiteral(".partial");
    }
    if (!m_request.signCommand.isEmpty()) {
        args << QStringLiteral("-DSIGN_COMMAND=") + m_request.signCommand;
    }
    args << m_request.scriptPath;
    return args;
}

QList<MakensisDiagnostic> MakensisJob::parseOutput(const QString &output, const QString &scriptPath, const QString &scriptText)
{
    static const QRegularExpression scriptError(QStringLiteral("^Error in script \"(.+)\" on line (\\d+) -- aborting"));
    static const QRegularExpression macroError(QStringLiteral("^Error in macro (\\S+) on macroline (\\d+)"));
    static const QRegularExpression warning(QStringLiteral("^warning (\\d+): (.*) \\(([^()]*?):(\\d+)\\)$"));
    const QStringList scriptLines = scriptText.split(QLatin1Char('\n'));
    auto sourceLine = [&](const QString &file, int line) {
        const bool same = QFileInfo(file).fileName() == QFileInfo(scriptPath).fileName();
        return same && line >= 1 && line <= scriptLines.size() ? scriptLines.at(line - 1).trimmed() : QString();
    };

    QList<MakensisDiagnostic> result;
    QStringList pending;
    QString context;
    auto message = [&pending] {
        QStringList parts;
        for (const QString &line : std::as_const(pending)) {
            if (line.startsWith(QStringLiteral("Usage:"))) {
                break;
            }
            parts << line;
        }
        return parts.isEmpty() ? QStringLiteral("makensis stopped with an error.") : parts.join(QLatin1Char(' '));
    };
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (const auto match = warning.match(line); match.hasMatch()) {
            MakensisDiagnostic diagnostic;
            diagnostic.severity = MakensisDiagnostic::Severity::Warning;
            diagnostic.message = QCoreApplication::translate("core", "warning %1: %2").arg(match.captured(1), match.captured(2));
            const QString where = match.captured(3);
            if (where.startsWith(QStringLiteral("macro:"))) {
                diagnostic.context = QStringLiteral("in macro %1, line %2").arg(where.mid(6), match.captured(4));
            } else if (where.startsWith(QStringLiteral("LangString "))) {
                diagnostic.context = QStringLiteral("in language string %1").arg(where.mid(11));
            } else {
                diagnostic.file = where;
                diagnostic.line = match.captured(4).toInt();
                diagnostic.sourceLine = sourceLine(where, diagnostic.line);
            }
            if (!result.contains(diagnostic)) {
                result << diagnostic;
            }
            continue;
        }
        if (const auto match = macroError.match(line); match.hasMatch()) {
            context = QStringLiteral("in macro %1, line %2").arg(match.captured(1), match.captured(2));
            continue;
        }
        if (const auto match = scriptError.match(line); match.hasMatch()) {
            MakensisDiagnostic diagnostic;
            diagnostic.file = match.captured(1);
            diagnostic.line = match.captured(2).toInt();
            diagnostic.message = message();
            diagnostic.context = context;
            diagnostic.sourceLine = sourceLine(diagnostic.file, diagnostic.line);
            result << diagnostic;
            pending.clear();
            context.clear();
            continue;
        }
        if (line == QStringLiteral("Error - aborting creation process")) {
            MakensisDiagnostic diagnostic;
            diagnostic.message = message();
            diagnostic.context = context;
            result << diagnostic;
            pending.clear();
            context.clear();
            continue;
        }
        // Collect the lines that explain the next error; progress chatter resets them.
        if (line.isEmpty() || line.startsWith(QStringLiteral("Processing ")) || line.startsWith(QStringLiteral("Processed "))
            || line.startsWith(QStringLiteral("MakeNSIS v")) || line.startsWith(QStringLiteral("Output:"))) {
            pending.clear();
            continue;
        }
        pending << line;
        if (pending.size() > 8) {
            pending.removeFirst();
        }
    }
    return result;
}

void MakensisJob::start()
{
    if (m_request.makensis.isEmpty()) {
        auto tool = Tool::find(QStringLiteral("makensis"), QStringLiteral("nsis"));
        if (!tool) {
            finish(std::unexpected(tool.error()));
            return;
        }
        m_program = tool->path;
    } else {
        m_program = m_request.makensis;
    }
    if (!QFileInfo(m_request.scriptPath).isFile()) {
        finish(fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "The installer script %1 does not exist.").arg(m_request.scriptPath)));
        return;
    }
    emit progress(0, 0, QCoreApplication::translate("core", "Checking makensis"));
    ProcessRequest request;
    request.program = m_program;
    request.arguments = { QStringLiteral("-VERSION") };
    request.timeoutMs = 30'000;
    m_job = new ProcessJob(request, this);
    connect(m_job, &ProcessJob::finished, this, [this](const Result<ProcessOutput> &output) {
        m_job->deleteLater();
        if (m_cancelled) {
            finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The installer build was cancelled.")));
            return;
        }
        if (!output) {
            finish(std::unexpected(output.error()));
            return;
        }
        m_version = output->stdoutText();
        emit logLine(QCoreApplication::translate("core", "makensis %1 (%2)").arg(m_version, m_program));
        runBuild();
    });
    m_job->start();
}

void MakensisJob::runBuild()
{
    if (!m_request.outputPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_request.outputPath).absolutePath());
        QFile::remove(m_request.outputPath + QStringLiteral(".partial"));
    }
    ProcessRequest request;
    request.program = m_program;
    request.arguments = arguments();
    request.workingDirectory = QFileInfo(m_request.scriptPath).absolutePath();
    request.timeoutMs = m_request.timeoutMs;
    emit progress(0, 0, QCoreApplication::translate("core", "Building the installer with makensis"));
    m_job = new ProcessJob(request, this);
    connect(m_job, &ProcessJob::logLine, this, &MakensisJob::logLine);
    connect(m_job, &ProcessJob::finished, this, &MakensisJob::onBuildFinished);
    m_job->start();
}

void MakensisJob::onBuildFinished(const Result<ProcessOutput> &output)
{
    m_job->deleteLater();
    const QString partial = m_request.outputPath + QStringLiteral(".partial");
    auto cleanUp = [this, &partial] {
        if (!m_request.outputPath.isEmpty()) {
            QFile::remove(partial);
        }
    };
    if (!output) {
        cleanUp();
        finish(std::unexpected(output.error()));
        return;
    }
    QString scriptText;
    if (auto bytes = readWholeFile(m_request.scriptPath)) {
        scriptText = QString::fromUtf8(*bytes);
    }
    m_diagnostics
        = parseOutput(QString::fromUtf8(output->standardError) + QLatin1Char('\n') + QString::fromUtf8(output->standardOutput),
            m_request.scriptPath, scriptText);
    MakensisResult result;
    result.makensisVersion = m_version;
    for (const MakensisDiagnostic &diagnostic : std::as_const(m_diagnostics)) {
        if (diagnostic.severity == MakensisDiagnostic::Severity::Warning) {
            result.warnings << diagnostic;
        }
    }
    if (output->exitCode != 0) {
        cleanUp();
        for (const MakensisDiagnostic &diagnostic : std::as_const(m_diagnostics)) {
            if (diagnostic.severity == MakensisDiagnostic::Severity::Error) {
                QString hint = diagnostic.sourceLine.isEmpty()
                    ? QCoreApplication::translate("core", "See the makensis log above.")
                    : QCoreApplication::translate("core", "Line %1 of %2 reads: %3")
                          .arg(diagnostic.line)
                          .arg(QFileInfo(diagnostic.file).fileName(), diagnostic.sourceLine);
                finish(fail(Error::Code::ToolFailed,
                    QCoreApplication::translate("core", "makensis failed: ") + diagnostic.toString(), hint));
                return;
            }
        }
        finish(fail(Error::Code::ToolFailed,
            QCoreApplication::translate("core", "makensis failed with exit code %1.").arg(output->exitCode),
            QCoreApplication::translate("core", "See the makensis log.")));
        return;
    }
    if (m_request.outputPath.isEmpty()) {
        finish(result);
        return;
    }
    if (!QFileInfo(partial).isFile()) {
        finish(fail(Error::Code::ToolFailed,
            QCoreApplication::translate("core", "makensis reported success but wrote no %1.").arg(partial),
            QCoreApplication::translate("core", "Check that the script's OutFile is ${OUT_FILE}.")));
        return;
    }
    QFile::remove(m_request.outputPath);
    if (!QFile::rename(partial, m_request.outputPath)) {
        cleanUp();
        finish(fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Could not rename %1 to %2.").arg(partial, m_request.outputPath)));
        return;
    }
    result.outputPath = m_request.outputPath;
    result.sizeBytes = QFileInfo(m_request.outputPath).size();
    emit progress(1, 1, QCoreApplication::translate("core", "Installer written"));
    finish(result);
}

void MakensisJob::cancel()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    if (m_job) {
        m_job->cancel(); // its finished() ends this job
    } else {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The installer build was cancelled.")));
    }
}

void MakensisJob::finish(const Result<MakensisResult> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
