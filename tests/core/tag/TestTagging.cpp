#include "git/Git.h"
#include "plan/PlanRunner.h"
#include "project/PythonProject.h"
#include "support/GitFixture.h"
#include "tag/TagOperations.h"
#include "tag/TagPreflight.h"
#include "tag/TagRequest.h"
#include "version/TagScheme.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

PythonProject loadProject(const QString &dir)
{
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(dir, options);
    return project ? *project : PythonProject {};
}

TagRequest requestFor(const PythonProject &project, const QString &text, bool push = true)
{
    auto request = TagRequest::forProject(project, text);
    TagRequest result = request.value_or(TagRequest {});
    result.push = push;
    return result;
}

const CheckItem *findCheck(const Checklist &checks, const QString &id)
{
    for (const CheckItem &check : checks) {
        if (check.id == id) {
            return &check;
        }
    }
    return nullptr;
}

QStringList failedIds(const Checklist &checks)
{
    QStringList ids;
    for (const CheckItem &check : checks) {
        if (check.verdict == CheckItem::Verdict::Failed) {
            ids << check.id;
        }
    }
    return ids;
}

// What the CLI and the GUI do: preflight, then (only when it passed) plan and run.
struct Attempt
{
    Checklist checks;
    std::optional<PlanReport> report;
};

Attempt createTag(const PythonProject &project, const TagRequest &request)
{
    Attempt attempt;
    attempt.checks = TagPreflight(project).run(request);
    if (!checklistPassed(attempt.checks)) {
        return attempt;
    }
    const TagOperations operations(project.rootDir);
    auto plan = request.replaceExisting ? operations.planRetrigger(request) : operations.planCreate(request);
    if (plan) {
        attempt.report = operations.run(*plan);
    }
    return attempt;
}

void installRejectingHook(const QString &bareRepo, const QByteArray &script)
{
    const QString hook = QDir(bareRepo).filePath(QStringLiteral("hooks/pre-receive"));
    writeFile(hook, script);
    QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestTagging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagRequestFromText_data();
    void tagRequestFromText();
    void createAndPush();
    void createWithoutPush();
    void preflightRefusals_data();
    void preflightRefusals();
    void detachedHeadWhenAllowed();
    void rejectedPushIsUndone();
    void deleteLocalAndRemote();
    void deleteMissingTagChangesNothing();
    void pushExistingTag_data();
    void pushExistingTag();
    void retriggerOptionA();
    void retriggerRefusedChangesNothing();
    void nextNumber_data();
    void nextNumber();
    void suggestNextSkipsExistingTags();
    void runnerStopsAtFirstFailureAndUndoes();
    void staleLocksOfAKilledGit_data();
    void staleLocksOfAKilledGit();

private:
    QTemporaryDir *m_temp = nullptr;
    ProjectRepo m_repo;
};

void TestTagging::initTestCase()
{
    isolateGit();
}

void TestTagging::init()
{
    m_temp = new QTemporaryDir;
    m_repo = ProjectRepo {};
    m_repo.create(m_temp->path(), QStringLiteral("1.2.3"));
}

void TestTagging::cleanup()
{
    isolateGit();
    delete m_temp;
    m_temp = nullptr;
}

void TestTagging::tagRequestFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag"); // or "error: ..."
    QTest::addColumn<QString>("version");
    QTest::newRow("plain version") << "1.2.3"
                                   << "v1.2.3"
                                   << "1.2.3";
    QTest::newRow("tag") << "v0.3.0-alpha.1"
                         << "v0.3.0-alpha.1"
                         << "0.3.0a1";
    QTest::newRow("PEP 440 pre-release") << "0.3.0rc2"
                                         << "v0.3.0-rc.2"
                                         << "0.3.0rc2";
    QTest::newRow("not a version") << "banana"
                                   << "error: 'banana' is neither a release tag" << QString();
    QTest::newRow("epoch cannot be a tag") << "1!2.0"
                                           << "error: has an epoch" << QString();
}

void TestTagging::tagRequestFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(QString, version);
    const PythonProject project = loadProject(m_repo.work);
    auto request = TagRequest::forProject(project, text);
    if (tag.startsWith(QStringLiteral("error: "))) {
        QVERIFY(!request);
        QCOMPARE(request.error().code, Error::Code::InvalidInput);
        QVERIFY2(request.error().message.contains(tag.mid(7)), qPrintable(request.error().message));
        if (text == QStringLiteral("banana")) {
            QCOMPARE(request.error().hint,
                QStringLiteral("Give a version such as 1.2.3 or 1.2.3rc1, or a tag such as v1.2.3 or v1.2.3-rc.1."));
        }
        return;
    }
    QVERIFY(request);
    QCOMPARE(request->tag, tag);
    QCOMPARE(request->version.toString(), version);
    QCOMPARE(request->message, QStringLiteral("app ") + tag);
    QCOMPARE(request->remote, QStringLiteral("origin"));
}

void TestTagging::createAndPush()
{
    const PythonProject project = loadProject(m_repo.work);
    const TagRequest request = requestFor(project, QStringLiteral("1.2.3"));
    const Checklist checks = TagPreflight(project).run(request);
    QVERIFY2(checklistPassed(checks), qPrintable(checklistText(checks)));
    QStringList ids;
    for (const CheckItem &check : checks) {
        ids << check.id;
        QVERIFY2(check.verdict == CheckItem::Verdict::Ok, qPrintable(checklistText(checks)));
    }
    QCOMPARE(ids,
        (QStringList { QStringLiteral("repository"), QStringLiteral("tagger"), QStringLiteral("clean"), QStringLiteral("branch"),
            QStringLiteral("remote"), QStringLiteral("pushed"), QStringLiteral("tag-local"), QStringLiteral("tag-remote"),
            QStringLiteral("version-files") }));
    QCOMPARE(findCheck(checks, QStringLiteral("version-files"))->detail,
        QStringLiteral("pyproject.toml 1.2.3, src/app/__init__.py 1.2.3"));

    const TagOperations operations(m_repo.work);
    auto plan = operations.planCreate(request);
    QVERIFY(plan);
    const QString head = git(m_repo.work, { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).output;
    // Every command that will run, listed before anything runs.
    QCOMPARE(plan->commandLines(),
        (QStringList {
            QStringLiteral("git tag -a v1.2.3 -m 'app v1.2.3' ") + head, QStringLiteral("git push origin refs/tags/v1.2.3") }));
    QCOMPARE(plan->actions[0].undoEffect(), QStringLiteral("git tag -d v1.2.3"));
    QCOMPARE(plan->toJson().value(QStringLiteral("actions")).toArray().size(), 2);
    QVERIFY(plan->toText().contains(QStringLiteral("$ git push origin refs/tags/v1.2.3")));
    // Planning changed nothing.
    QCOMPARE(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("--list") }).output, QString());

    QStringList streamed;
    const PlanReport report = operations.run(*plan, [&streamed](const QString &line) { streamed << line; });
    QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.outcomes.size(), 2);
    QCOMPARE(report.outcomes[0].state, ActionOutcome::State::Done);
    QCOMPARE(report.outcomes[1].state, ActionOutcome::State::Done);
    QCOMPARE(streamed, report.log);
    QCOMPARE(report.log.first(), QStringLiteral("$ git tag -a v1.2.3 -m 'app v1.2.3' ") + head);
    QVERIFY(report.log.contains(QStringLiteral("$ git push origin refs/tags/v1.2.3")));
    QVERIFY2(report.outcomes[1].output.contains(QStringLiteral("[new tag]")), qPrintable(report.outcomes[1].output));

    // An annotated tag with the message, here and on the remote, on HEAD.
    QCOMPARE(git(m_repo.work, { QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("v1.2.3") }).output,
        QStringLiteral("tag"));
    QCOMPARE(git(m_repo.work,
                 { QStringLiteral("tag"), QStringLiteral("-l"), QStringLiteral("--format=%(contents:subject)"),
                     QStringLiteral("v1.2.3") })
                 .output,
        QStringLiteral("app v1.2.3"));
    QCOMPARE(git(m_repo.remote, { QStringLiteral("rev-parse"), QStringLiteral("v1.2.3^{commit}") }).output, head);

    // Now the tag exists: the same request is refused, naming both places and §14's options.
    const Checklist again = TagPreflight(project).run(request);
    QCOMPARE(failedIds(again), (QStringList { QStringLiteral("tag-local"), QStringLiteral("tag-remote") }));
    QVERIFY(findCheck(again, QStringLiteral("tag-local"))->hint.contains(QStringLiteral("tag retrigger v1.2.3 --next")));
}

void TestTagging::createWithoutPush()
{
    const PythonProject project = loadProject(m_repo.work);
    const TagRequest request = requestFor(project, QStringLiteral("v1.2.3"), false);
    const QString remoteBefore = refsSnapshot(m_repo.remote);
    const Attempt attempt = createTag(project, request);
    QVERIFY2(checklistPassed(attempt.checks), qPrintable(checklistText(attempt.checks)));
    QVERIFY(attempt.report && attempt.report->succeeded());
    QCOMPARE(attempt.report->outcomes.size(), 1);
    QCOMPARE(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("--list") }).output, QStringLiteral("v1.2.3"));
    QCOMPARE(refsSnapshot(m_repo.remote), remoteBefore);
}

void TestTagging::preflightRefusals_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("failed"); // ids of the failing checks
    QTest::addColumn<QString>("detail"); // part of the first failing row's detail

    QTest::newRow("dirty tree") << "dirty"
                                << "1.2.3" << QStringList { QStringLiteral("clean") } << "1 uncommitted change: README.md";
    QTest::newRow("tag exists locally") << "local-tag"
                                        << "1.2.3" << QStringList { QStringLiteral("tag-local") }
                                        << "The tag v1.2.3 already exists here";
    QTest::newRow("tag exists on the remote")
        << "remote-tag"
        << "1.2.3" << QStringList { QStringLiteral("tag-remote") } << "The tag v1.2.3 already exists on origin";
    QTest::newRow("detached HEAD") << "detached"
                                   << "1.2.3" << QStringList { QStringLiteral("branch") } << "HEAD is detached at";
    QTest::newRow("HEAD not pushed") << "unpushed"
                                     << "1.2.3" << QStringList { QStringLiteral("pushed") } << "is not pushed: origin/main is at";
    QTest::newRow("branch not on the remote")
        << "branch-not-pushed"
        << "1.2.3" << QStringList { QStringLiteral("pushed") } << "The branch feature does not exist on origin";
    QTest::newRow("stamped files do not match the tag")
        << "none"
        << "1.2.4" << QStringList { QStringLiteral("version-files") }
        << "pyproject.toml says 1.2.3, src/app/__init__.py says 1.2.3, but the tag v1.2.4 is version 1.2.4";
    QTest::newRow("stamped files not committed")
        << "stamped-uncommitted"
        << "1.2.4" << QStringList { QStringLiteral("clean"), QStringLiteral("version-files") } << "uncommitted changes";
    QTest::newRow("no remote") << "no-remote"
                               << "1.2.3" << QStringList { QStringLiteral("remote") }
                               << "The repository has no remote 'origin' (it has no remote at all)";
    QTest::newRow("remote unreachable") << "unreachable"
                                        << "1.2.3" << QStringList { QStringLiteral("pushed"), QStringLiteral("tag-remote") }
                                        << "Cannot reach the remote 'origin'";
    QTest::newRow("git does not know the tagger")
        << "no-identity"
        << "1.2.3" << QStringList { QStringLiteral("tagger") } << "git does not know who you are";
    QTest::newRow("not a git repository") << "no-repo"
                                          << "1.2.3" << QStringList { QStringLiteral("repository") }
                                          << "is not inside a git repository";
}

void TestTagging::preflightRefusals()
{
    QFETCH(QString, setup);
    QFETCH(QString, version);
    QFETCH(QStringList, failed);
    QFETCH(QString, detail);

    QString projectDir = m_repo.work;
    const QString work = m_repo.work;
    if (setup == QStringLiteral("dirty")) {
        writeFile(QDir(work).filePath(QStringLiteral("README.md")), "# app, edited\n");
    } else if (setup == QStringLiteral("local-tag")) {
        RD_GIT(work, QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.2.3"), QStringLiteral("-m"),
            QStringLiteral("earlier"));
    } else if (setup == QStringLiteral("remote-tag")) {
        RD_GIT(work, QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.2.3"), QStringLiteral("-m"),
            QStringLiteral("earlier"));
        RD_GIT(work, QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("v1.2.3"));
        RD_GIT(work, QStringLiteral("tag"), QStringLiteral("-d"), QStringLiteral("v1.2.3"));
    } else if (setup == QStringLiteral("detached")) {
        RD_GIT(work, QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"));
    } else if (setup == QStringLiteral("unpushed")) {
        writeFile(QDir(work).filePath(QStringLiteral("README.md")), "# app, more\n");
        m_repo.commitAll(QStringLiteral("not pushed"));
    } else if (setup == QStringLiteral("branch-not-pushed")) {
        RD_GIT(work, QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("feature"));
    } else if (setup == QStringLiteral("stamped-uncommitted")) {
        writeFile(QDir(work).filePath(QStringLiteral("pyproject.toml")), pyproject(QStringLiteral("1.2.4")));
        writeFile(QDir(work).filePath(QStringLiteral("src/app/__init__.py")), initPy(QStringLiteral("1.2.4")));
    } else if (setup == QStringLiteral("no-remote")) {
        RD_GIT(work, QStringLiteral("remote"), QStringLiteral("remove"), QStringLiteral("origin"));
    } else if (setup == QStringLiteral("unreachable")) {
        RD_GIT(work, QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
            QDir(m_temp->path()).filePath(QStringLiteral("gone.git")));
    } else if (setup == QStringLiteral("no-identity")) {
        // No identity from the environment, and no guessing from the host name (cleanup() restores).
        for (const char *variable : { "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL" }) {
            qunsetenv(variable);
        }
        RD_GIT(work, QStringLiteral("config"), QStringLiteral("user.useConfigOnly"), QStringLiteral("true"));
    } else if (setup == QStringLiteral("no-repo")) {
        projectDir = QDir(m_temp->path()).filePath(QStringLiteral("plain"));
        writeFile(QDir(projectDir).filePath(QStringLiteral("pyproject.toml")), pyproject(QStringLiteral("1.2.3")));
    }
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString before = m_repo.snapshot() + filesSnapshot(projectDir);

    const PythonProject project = loadProject(projectDir);
    QVERIFY(!project.rootDir.isEmpty());
    const TagRequest request = requestFor(project, version);
    const Attempt attempt = createTag(project, request);
    QCOMPARE(failedIds(attempt.checks), failed);
    QVERIFY(!attempt.report); // nothing ran
    const CheckItem *first = findCheck(attempt.checks, failed.first());
    QVERIFY2(first->detail.contains(detail), qPrintable(first->detail));
    QVERIFY2(!first->hint.isEmpty(), qPrintable(first->id + QStringLiteral(" has no hint")));
    // Bad input changes nothing: files, local refs, remote refs.
    QCOMPARE(m_repo.snapshot() + filesSnapshot(projectDir), before);
}

void TestTagging::detachedHeadWhenAllowed()
{
    RD_GIT(m_repo.work, QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"));
    const PythonProject project = loadProject(m_repo.work);
    TagRequest request = requestFor(project, QStringLiteral("1.2.3"));
    request.allowDetached = true;
    const Attempt attempt = createTag(project, request);
    QVERIFY2(checklistPassed(attempt.checks), qPrintable(checklistText(attempt.checks)));
    QCOMPARE(findCheck(attempt.checks, QStringLiteral("branch"))->verdict, CheckItem::Verdict::Warning);
    QVERIFY(findCheck(attempt.checks, QStringLiteral("pushed"))->detail.contains(QStringLiteral("is on origin/main")));
    QVERIFY(attempt.report && attempt.report->succeeded());
    QVERIFY(!git(m_repo.remote, { QStringLiteral("rev-parse"), QStringLiteral("v1.2.3") }).output.isEmpty());
}

void TestTagging::rejectedPushIsUndone()
{
    installRejectingHook(m_repo.remote, "#!/bin/sh\necho 'tags are frozen here' >&2\nexit 1\n");
    const PythonProject project = loadProject(m_repo.work);
    const TagRequest request = requestFor(project, QStringLiteral("1.2.3"));
    const QString before = m_repo.snapshot();
    const Attempt attempt = createTag(project, request);
    QVERIFY2(checklistPassed(attempt.checks), qPrintable(checklistText(attempt.checks))); // the hook only acts on push
    QVERIFY(attempt.report);
    const PlanReport &report = *attempt.report;
    QVERIFY(!report.succeeded());
    QCOMPARE(report.outcomes[0].state, ActionOutcome::State::Undone);
    QCOMPARE(report.outcomes[1].state, ActionOutcome::State::Failed);
    QVERIFY2(report.error->message.contains(QStringLiteral("Step 2 of 2 failed")), qPrintable(report.error->message));
    QVERIFY2(report.error->message.contains(QStringLiteral("pre-receive hook declined")), qPrintable(report.error->message));
    QVERIFY2(report.outcomes[1].output.contains(QStringLiteral("tags are frozen here")), qPrintable(report.outcomes[1].output));
    QVERIFY2(report.error->hint.contains(QStringLiteral("The remote refused the tag")), qPrintable(report.error->hint));
    QVERIFY2(report.error->hint.contains(QStringLiteral("undone (git tag -d v1.2.3)")), qPrintable(report.error->hint));
    QVERIFY(report.log.contains(QStringLiteral("$ git tag -d v1.2.3")));
    // The local tag was deleted again: nothing changed anywhere.
    QCOMPARE(m_repo.snapshot(), before);
}

void TestTagging::deleteLocalAndRemote()
{
    const PythonProject project = loadProject(m_repo.work);
    const Attempt created = createTag(project, requestFor(project, QStringLiteral("1.2.3")));
    QVERIFY(created.report && created.report->succeeded());

    const TagOperations operations(m_repo.work);
    auto plan = operations.planDelete(QStringLiteral("v1.2.3"), QStringLiteral("origin"), true);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->commandLines(),
        (QStringList { QStringLiteral("git push origin :refs/tags/v1.2.3"), QStringLiteral("git tag -d v1.2.3") }));
    QVERIFY(plan->notes.last().contains(QStringLiteral("is not deleted: delete it in Gitea")));
    const PlanReport report = operations.run(*plan);
    QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("--list") }).output, QString());
    QCOMPARE(
        git(m_repo.work, { QStringLiteral("ls-remote"), QStringLiteral("--tags"), QStringLiteral("origin") }).output, QString());

    // Local only: the remote keeps its tag.
    QVERIFY(createTag(project, requestFor(project, QStringLiteral("1.2.3"))).report->succeeded());
    auto localOnly = operations.planDelete(QStringLiteral("v1.2.3"), QStringLiteral("origin"), false);
    QVERIFY(localOnly);
    QCOMPARE(localOnly->commandLines(), QStringList { QStringLiteral("git tag -d v1.2.3") });
    QVERIFY(operations.run(*localOnly).succeeded());
    QCOMPARE(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("--list") }).output, QString());
    QVERIFY(git(m_repo.work, { QStringLiteral("ls-remote"), QStringLiteral("--tags"), QStringLiteral("origin") })
                .output.contains(QStringLiteral("refs/tags/v1.2.3")));
}

void TestTagging::pushExistingTag_data()
{
    QTest::addColumn<QString>("remoteHas"); // "nothing", "the same tag", "another tag"
    QTest::addColumn<QStringList>("commands"); // or the error's start
    QTest::newRow("here only: pushed") << QStringLiteral("nothing")
                                       << QStringList { QStringLiteral("git push origin refs/tags/v1.2.3") };
    QTest::newRow("on the remote too: nothing to do") << QStringLiteral("the same tag") << QStringList {};
    QTest::newRow("another tag of that name on the remote: refused")
        << QStringLiteral("another tag") << QStringList { QStringLiteral("error: The tag v1.2.3 here (") };
}

// A run killed between `git tag` and `git push` leaves the tag here only; the resumed release
// pushes it rather than taking it for pushed, and never pushes over another tag of that name.
void TestTagging::pushExistingTag()
{
    QFETCH(QString, remoteHas);
    QFETCH(QStringList, commands);
    const PythonProject project = loadProject(m_repo.work);
    if (remoteHas == QStringLiteral("another tag")) {
        // A tag of the same name made elsewhere (another message: another tag object).
        QVERIFY(createTag(project, requestFor(project, QStringLiteral("1.2.3"))).report->succeeded());
        QCOMPARE(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("-d"), QStringLiteral("v1.2.3") }).exitCode, 0);
    }
    const TagRequest request = requestFor(project, QStringLiteral("1.2.3"), remoteHas == QStringLiteral("the same tag"));
    QCOMPARE(git(m_repo.work,
                 { QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.2.3"), QStringLiteral("-m"),
                     QStringLiteral("made here") })
                 .exitCode,
        0);
    if (remoteHas == QStringLiteral("the same tag")) {
        QCOMPARE(
            git(m_repo.work,
                { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("refs/tags/v1.2.3") })
                .exitCode,
            0);
    }
    const QString remoteBefore = refsSnapshot(m_repo.remote);
    const TagOperations operations(m_repo.work);
    auto plan = operations.planPushExisting(request);
    QCOMPARE(refsSnapshot(m_repo.remote), remoteBefore); // planning only asks
    if (!commands.isEmpty() && commands.first().startsWith(QStringLiteral("error: "))) {
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, Error::Code::Precondition);
        QVERIFY2(plan.error().message.startsWith(commands.first().mid(7)), qPrintable(plan.error().message));
        QVERIFY2(plan.error().hint.contains(QStringLiteral("git fetch --force origin refs/tags/v1.2.3:refs/tags/v1.2.3")),
            qPrintable(plan.error().hint));
        return;
    }
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->commandLines(), commands);
    QVERIFY(operations.run(*plan).succeeded());
    const QString here = git(m_repo.work, { QStringLiteral("rev-parse"), QStringLiteral("refs/tags/v1.2.3") }).output;
    QCOMPARE(git(m_repo.remote, { QStringLiteral("rev-parse"), QStringLiteral("refs/tags/v1.2.3") }).output, here);
}

void TestTagging::deleteMissingTagChangesNothing()
{
    const QString before = m_repo.snapshot();
    const TagOperations operations(m_repo.work);
    auto plan = operations.planDelete(QStringLiteral("v9.9.9"), QStringLiteral("origin"), true);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, Error::Code::NotFound);
    QCOMPARE(plan.error().message, QStringLiteral("The tag v9.9.9 exists neither here nor on origin."));
    auto invalid = operations.planDelete(QStringLiteral("bad..name"), QStringLiteral("origin"), false);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, Error::Code::InvalidInput);
    auto noRemote = operations.planDelete(QStringLiteral("v1.2.3"), QStringLiteral("nowhere"), true);
    QVERIFY(!noRemote);
    QCOMPARE(noRemote.error().code, Error::Code::Network);
    QCOMPARE(m_repo.snapshot(), before);
}

void TestTagging::retriggerOptionA()
{
    const PythonProject project = loadProject(m_repo.work);
    QVERIFY(createTag(project, requestFor(project, QStringLiteral("1.2.3"))).report->succeeded());
    const QString oldTarget = git(m_repo.remote, { QStringLiteral("rev-parse"), QStringLiteral("v1.2.3^{commit}") }).output;
    // A CI fix, committed and pushed after the tag.
    writeFile(QDir(m_repo.work).filePath(QStringLiteral(".gitea/workflows/release.yml")), "on: push\n");
    m_repo.commitAll(QStringLiteral("Fix the release workflow"));
    RD_GIT(m_repo.work, QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main"));
    const QString head = git(m_repo.work, { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).output;
    QVERIFY(head != oldTarget);

    TagRequest request = requestFor(project, QStringLiteral("v1.2.3"));
    request.replaceExisting = true;
    const Checklist checks = TagPreflight(project).run(request);
    QVERIFY2(checklistPassed(checks), qPrintable(checklistText(checks)));
    QVERIFY(findCheck(checks, QStringLiteral("tag-remote"))->detail.contains(QStringLiteral("will be deleted there first")));
    auto plan = TagOperations(m_repo.work).planRetrigger(request);
    QVERIFY(plan);
    QCOMPARE(plan->commandLines(),
        (QStringList { QStringLiteral("git push origin :refs/tags/v1.2.3"),
            QStringLiteral("git tag -a -f v1.2.3 -m 'app v1.2.3' ") + head,
            QStringLiteral("git push origin refs/tags/v1.2.3") }));
    const PlanReport report = TagOperations(m_repo.work).run(*plan);
    QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(git(m_repo.remote, { QStringLiteral("rev-parse"), QStringLiteral("v1.2.3^{commit}") }).output, head);
    QCOMPARE(git(m_repo.work, { QStringLiteral("rev-parse"), QStringLiteral("v1.2.3^{commit}") }).output, head);
}

void TestTagging::retriggerRefusedChangesNothing()
{
    const PythonProject project = loadProject(m_repo.work);
    QVERIFY(createTag(project, requestFor(project, QStringLiteral("1.2.3"))).report->succeeded());
    installRejectingHook(m_repo.remote, "#!/bin/sh\nexit 1\n");
    const QString before = m_repo.snapshot();
    TagRequest request = requestFor(project, QStringLiteral("v1.2.3"));
    request.replaceExisting = true;
    const Attempt attempt = createTag(project, request);
    QVERIFY(attempt.report);
    QVERIFY(!attempt.report->succeeded());
    QCOMPARE(attempt.report->outcomes[0].state, ActionOutcome::State::Failed);
    QCOMPARE(attempt.report->outcomes[1].state, ActionOutcome::State::NotRun);
    QVERIFY(attempt.report->error->hint.contains(QStringLiteral("The remote refused to delete the tag")));
    QCOMPARE(m_repo.snapshot(), before);
}

void TestTagging::nextNumber_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("next");
    QTest::newRow("alpha counts up (guide §14 option B)") << "v0.1.0-alpha.2"
                                                          << "v0.1.0-alpha.3";
    QTest::newRow("beta counts up") << "v0.3.0-beta.1"
                                    << "v0.3.0-beta.2";
    QTest::newRow("rc counts up") << "v1.0.0-rc.1"
                                  << "v1.0.0-rc.2";
    QTest::newRow("dev counts up") << "v1.0.0-dev.3"
                                   << "v1.0.0-dev.4";
    QTest::newRow("final moves to the next patch") << "v0.1.0"
                                                   << "v0.1.1";
    QTest::newRow("post release moves to the next patch") << "v1.0.0-post.1"
                                                          << "v1.0.1";
}

void TestTagging::nextNumber()
{
    QFETCH(QString, tag);
    QFETCH(QString, next);
    const TagScheme scheme;
    auto version = scheme.versionFromTag(tag);
    QVERIFY(version);
    auto bumped = TagOperations::nextNumber(*version);
    QVERIFY2(bumped, qPrintable(bumped ? QString() : bumped.error().toString()));
    QCOMPARE(*scheme.tagFromVersion(*bumped), next);
}

void TestTagging::suggestNextSkipsExistingTags()
{
    // alpha.2 was released; alpha.3 exists on the remote only (pushed from elsewhere).
    RD_GIT(m_repo.work, QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v0.3.0-alpha.2"), QStringLiteral("-m"),
        QStringLiteral("a2"));
    RD_GIT(m_repo.work, QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v0.3.0-alpha.3"), QStringLiteral("-m"),
        QStringLiteral("a3"));
    RD_GIT(m_repo.work, QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("--tags"));
    RD_GIT(m_repo.work, QStringLiteral("tag"), QStringLiteral("-d"), QStringLiteral("v0.3.0-alpha.3"));
    const PythonProject project = loadProject(m_repo.work);
    const TagRequest request = requestFor(project, QStringLiteral("v0.3.0-alpha.2"));
    auto suggested = TagOperations(m_repo.work).suggestNext(request, TagScheme());
    QVERIFY2(suggested, qPrintable(suggested ? QString() : suggested.error().toString()));
    QCOMPARE(suggested->tag, QStringLiteral("v0.3.0-alpha.4"));
    QCOMPARE(suggested->version.toString(), QStringLiteral("0.3.0a4"));
    QCOMPARE(suggested->message, QStringLiteral("app v0.3.0-alpha.4"));
    QVERIFY(!suggested->replaceExisting);
}

void TestTagging::runnerStopsAtFirstFailureAndUndoes()
{
    const QString work = m_repo.work;
    Plan plan;
    plan.title = QStringLiteral("three steps");
    PlanAction first = PlanAction::command(QStringLiteral("set"), QStringLiteral("Set a config value."), QStringLiteral("git"),
        { QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("rd.test"), QStringLiteral("one") }, work);
    first.undoArguments
        = { QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("--unset"), QStringLiteral("rd.test") };
    plan.actions << first;
    plan.actions << PlanAction::command(QStringLiteral("fail"), QStringLiteral("Read a ref that does not exist."),
        QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("refs/heads/nope") },
        work);
    plan.actions << PlanAction::command(QStringLiteral("never"), QStringLiteral("Never runs."), QStringLiteral("git"),
        { QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("rd.never"), QStringLiteral("x") }, work);
    const PlanReport report = PlanRunner().run(plan);
    QVERIFY(!report.succeeded());
    QCOMPARE(report.outcomes[0].state, ActionOutcome::State::Undone);
    QCOMPARE(report.outcomes[1].state, ActionOutcome::State::Failed);
    QCOMPARE(report.outcomes[1].exitCode, 128);
    QCOMPARE(report.outcomes[2].state, ActionOutcome::State::NotRun);
    QVERIFY2(report.error->message.startsWith(QStringLiteral("Step 2 of 3 failed (Read a ref that does not exist.)")),
        qPrintable(report.error->message));
    QCOMPARE(report.log.first(), QStringLiteral("$ git config --local rd.test one"));
    QVERIFY(report.log.contains(QStringLiteral("$ git rev-parse --verify refs/heads/nope")));
    QVERIFY(report.log.contains(QStringLiteral("$ git config --local --unset rd.test")));
    QVERIFY(!report.log.join(QLatin1Char('\n')).contains(QStringLiteral("rd.never")));
    QCOMPARE(git(work, { QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("rd.test") }).exitCode, 1); // undone
    QCOMPARE(report.toJson().value(QStringLiteral("succeeded")).toBool(), false);
}

void TestTagging::staleLocksOfAKilledGit_data()
{
    QTest::addColumn<QString>("name"); // inside the git directory
    QTest::addColumn<qint64>("ageSeconds"); // of the lock, against the cut-off
    QTest::addColumn<bool>("removed");
    QTest::newRow("tag lock from before the run") << QStringLiteral("refs/tags/v1.2.3") << qint64(-30) << true;
    QTest::newRow("index lock from before the run") << QStringLiteral("index") << qint64(-30) << true;
    // Written after the cut-off: a git running now (the user's, in another terminal) holds it.
    QTest::newRow("tag lock written since") << QStringLiteral("refs/tags/v1.2.3") << qint64(30) << false;
}

void TestTagging::staleLocksOfAKilledGit()
{
    QFETCH(QString, name);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, removed);
    const QString lock = QDir(m_repo.work).filePath(QStringLiteral(".git/") + name + QStringLiteral(".lock"));
    writeFile(lock, QByteArray());
    const QDateTime cutOff = QFileInfo(lock).lastModified().addSecs(-ageSeconds);
    // The situation a killed `git tag` leaves: git itself refuses to go on.
    if (name.startsWith(QStringLiteral("refs/tags/"))) {
        QVERIFY(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("v1.2.3") }).exitCode != 0);
    }

    const Git repository(m_repo.work);
    auto result = repository.removeStaleLocks({ name, QStringLiteral("packed-refs") }, cutOff);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->size(), removed ? 1 : 0);
    QCOMPARE(QFileInfo::exists(lock), !removed);
    if (removed) {
        QCOMPARE(QDir::cleanPath(result->first()), QDir::cleanPath(lock));
    }
    if (removed && name.startsWith(QStringLiteral("refs/tags/"))) {
        QCOMPARE(git(m_repo.work, { QStringLiteral("tag"), QStringLiteral("v1.2.3") }).exitCode, 0);
    }
}

QTEST_GUILESS_MAIN(TestTagging)
#include "TestTagging.moc"
