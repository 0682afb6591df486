#pragma once

// Small helpers for tests that need real git repositories in temporary folders: run git, write
// files, make a Python project with a bare "origin", and snapshot files and refs so a test can
// prove that a refused operation changed nothing. Header-only; include it from a test.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace rd::test {

// Makes every git started by this process (the tests and the code under test) ignore the user's
// and the system's git configuration and use a fixed identity.
inline void isolateGit()
{
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("GIT_AUTHOR_NAME", "ReleaseDesk Test");
    qputenv("GIT_AUTHOR_EMAIL", "test@releasedesk.invalid");
    qputenv("GIT_COMMITTER_NAME", "ReleaseDesk Test");
    qputenv("GIT_COMMITTER_EMAIL", "test@releasedesk.invalid");
    qputenv("GIT_TERMINAL_PROMPT", "0");
    qunsetenv("GITEA_REF_NAME");
    qunsetenv("GITHUB_REF_NAME");
}

struct GitResult
{
    int exitCode = -1;
    QString output; // stdout, trimmed
    QString error; // stderr, trimmed
};

inline GitResult git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(60'000);
    return GitResult { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(process.readAllStandardError()).trimmed() };
}

// Runs git and fails the test (with git's message) when it does not exit with 0.
#define RD_GIT(dir, ...)                                                                                                         \
    do {                                                                                                                         \
        const rd::test::GitResult rdGitResult = rd::test::git((dir), QStringList { __VA_ARGS__ });                               \
        QVERIFY2(rdGitResult.exitCode == 0,                                                                                      \
            qPrintable(                                                                                                          \
                QStringLiteral("git %1: %2").arg(QStringList { __VA_ARGS__ }.join(QLatin1Char(' ')), rdGitResult.error)));       \
    } while (false)

inline void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(contents);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

inline QByteArray pyproject(const QString &version, const QByteArray &name = "app")
{
    return "# The app's metadata\n[project]\nname = \"" + name + "\"\nversion = \"" + version.toUtf8()
        + "\"  # stamped by releasedesk\ndependencies = []\n\n[tool.other]\nversion = \"9.9.9\"\n";
}

inline QByteArray initPy(const QString &version)
{
    return "\"\"\"The app.\"\"\"\n\n__version__ = '" + version.toUtf8() + "'\n";
}

// Every file under dir (but .git) with its bytes, for before/after comparisons.
inline QString filesSnapshot(const QString &dir)
{
    QStringList lines;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(dir).relativeFilePath(path);
        if (relative.startsWith(QStringLiteral(".git/")) || relative.contains(QStringLiteral(".git/"))) {
            continue;
        }
        lines << relative + QLatin1Char('\t') + QString::fromLatin1(readFile(path).toHex());
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

// All refs of a repository (a work tree or a bare one) with their values.
inline QString refsSnapshot(const QString &gitDir)
{
    return git(gitDir, { QStringLiteral("show-ref"), QStringLiteral("--head") }).output;
}

// A Python project at root/work (version in pyproject.toml and src/app/__init__.py, committed on
// main) with a bare repository root/remote.git as origin, pushed with upstream set.
struct ProjectRepo
{
    QString root;
    QString work;
    QString remote;

    void create(const QString &rootDir, const QString &version)
    {
        root = rootDir;
        work = QDir(root).filePath(QStringLiteral("work"));
        remote = QDir(root).filePath(QStringLiteral("remote.git"));
        QDir().mkpath(work);
        RD_GIT(root, QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
            QStringLiteral("main"), remote);
        RD_GIT(work, QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"));
        writeFile(QDir(work).filePath(QStringLiteral("pyproject.toml")), pyproject(version));
        writeFile(QDir(work).filePath(QStringLiteral("src/app/__init__.py")), initPy(version));
        writeFile(QDir(work).filePath(QStringLiteral("README.md")), "# app\n");
        commitAll(QStringLiteral("Release ") + version);
        RD_GIT(work, QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), remote);
        RD_GIT(work, QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"),
            QStringLiteral("main"));
    }

    void commitAll(const QString &message)
    {
        RD_GIT(work, QStringLiteral("add"), QStringLiteral("-A"));
        RD_GIT(work, QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message);
    }

    // Files of the work tree, refs here and refs on the remote.
    QString snapshot() const
    {
        return filesSnapshot(work) + QStringLiteral("\n--- local refs\n") + refsSnapshot(work)
            + QStringLiteral("\n--- remote refs\n") + refsSnapshot(remote);
    }
};

} // namespace rd::test
