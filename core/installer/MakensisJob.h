#pragma once

#include "common/Error.h"
#include "process/Tool.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rd {

class ProcessJob;

// One error or warning reported by makensis, mapped to the script line it refers to.
struct MakensisDiagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file; // as makensis names it ("installer.nsi"); empty when it names none
    int line = 0; // 1-based; 0 when makensis gives no line (e.g. an unresolved function)
    QString message; // "Invalid command: \"Foo\""
    QString context; // "in macro RD_REMOVE_PAYLOAD, line 2" (may be empty)
    QString sourceLine; // the text of that line in the script, trimmed (when it could be read)

    // "installer.nsi line 42: Invalid command: "Foo"".
    QString toString() const;
    bool operator==(const MakensisDiagnostic &) const = default;
};

struct MakensisRequest
{
    QString scriptPath;
    QString version; // -DVERSION=
    QString windowsVersion; // -DVI_VERSION= (optional; the script has a default)
    QString outputPath; // the final installer path; makensis writes "<outputPath>.partial" first
    QString signCommand; // -DSIGN_COMMAND= (optional): see SigningSession
    int timeoutMs = 30 * 60 * 1000;
    // The makensis program; empty: found on PATH (Debian package nsis).
    QString makensis;
};

struct MakensisResult
{
    QString outputPath;
    qint64 sizeBytes = 0;
    QString makensisVersion; // "v3.08-3+deb12u1"
    QList<MakensisDiagnostic> warnings;
    bool operator==(const MakensisResult &) const = default;
};

// Runs "makensis -V3 -DVERSION=... installer.nsi" as a job: its output streamed line by line
// through logLine(), errors mapped to the script line they refer to, the installer written under
// a temporary name and renamed into place only when makensis succeeded. finished() is emitted
// exactly once, on every path (cancel included).
class MakensisJob final : public QObject
{
    Q_OBJECT

public:
    explicit MakensisJob(MakensisRequest request, QObject *parent = nullptr);
    ~MakensisJob() override;

    void start();
    void cancel();
    // Everything makensis reported (errors and warnings), once finished.
    QList<MakensisDiagnostic> diagnostics() const { return m_diagnostics; }
    // The arguments makensis gets (for logs, plans and tests).
    QStringList arguments() const;

    // Pure: reads makensis's output. Lines of the script are looked up in scriptText (may be empty).
    static QList<MakensisDiagnostic> parseOutput(const QString &output, const QString &scriptPath, const QString &scriptText);

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::MakensisResult> &result);

private:
    void runBuild();
    void onBuildFinished(const Result<ProcessOutput> &output);
    void finish(const Result<MakensisResult> &result);

    MakensisRequest m_request;
    QString m_program;
    QString m_version;
    QPointer<ProcessJob> m_job;
    QList<MakensisDiagnostic> m_diagnostics;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
