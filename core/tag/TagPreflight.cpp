#include "TagPreflight.h"

#include "git/Git.h"
#include "versioning/VersionStamp.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

namespace {

using Verdict = CheckItem::Verdict;

CheckItem item(const QString &id, const QString &title, Verdict verdict, const QString &detail, const QString &hint = {})
{
    return CheckItem { id, title, verdict, detail, hint };
}

// git's message, first line, without "fatal: " / "error: ".
QString gitMessage(const ProcessOutput &output)
{
    QString message = output.stderrText().isEmpty() ? output.stdoutText() : output.stderrText();
    for (const QString &prefix : { QStringLiteral("fatal: "), QStringLiteral("error: ") }) {
        if (message.startsWith(prefix)) {
            message = message.mid(prefix.size());
        }
    }
    return message.section(QLatin1Char('\n'), 0, 0);
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

struct RemoteHead
{
    QString sha;
    QString ref; // refs/heads/main
};

class Checks
{
public:
    Checks(const PythonProject &project, const TagRequest &request)
        : m_project(project)
        , m_request(request)
        , m_git(project.rootDir)
    { }

    Checklist run()
    {
        Checklist list;
        list << repository();
        const bool inRepo = list.last().verdict == Verdict::Ok;
        auto skipped = [](const QString &id, const QString &title) {
            return item(id, title, Verdict::Skipped, QCoreApplication::translate("core", "needs a git repository"));
        };
        if (!inRepo) {
            list << skipped(QStringLiteral("tagger"), QCoreApplication::translate("core", "Tagger"))
                 << skipped(QStringLiteral("clean"), QCoreApplication::translate("core", "Working tree"))
                 << skipped(QStringLiteral("branch"), QCoreApplication::translate("core", "Branch"))
                 << skipped(QStringLiteral("remote"), QCoreApplication::translate("core", "Remote"))
                 << skipped(QStringLiteral("pushed"), QCoreApplication::translate("core", "HEAD pushed"))
                 << skipped(QStringLiteral("tag-local"), QCoreApplication::translate("core", "Tag (local)"))
                 << skipped(QStringLiteral("tag-remote"), QCoreApplication::translate("core", "Tag (remote)"))
                 << skipped(QStringLiteral("version-files"), QCoreApplication::translate("core", "Version files"));
            return list;
        }
        list << tagger() << clean() << branch() << remote();
        const bool hasRemote = list.last().verdict == Verdict::Ok;
        list << pushed(hasRemote) << tagLocal() << tagRemote(hasRemote) << versionFiles();
        return list;
    }

private:
    Result<ProcessOutput> git(const QStringList &arguments, int timeoutMs = 60'000) const
    {
        return m_git.runRaw(arguments, timeoutMs);
    }

    // Remote checks that fail only warn when the tag is not pushed.
    Verdict remoteFailure() const { return m_request.push ? Verdict::Failed : Verdict::Warning; }

    CheckItem repository()
    {
        const QString id = QStringLiteral("repository");
        const QString title = QCoreApplication::translate("core", "Repository");
        auto top = git({ QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel") });
        if (!top) {
            return item(id, title, Verdict::Failed, top.error().message, top.error().hint);
        }
        if (top->exitCode != 0) {
            return item(id, title, Verdict::Failed,
                QCoreApplication::translate("core", "%1 is not inside a git repository.").arg(m_project.rootDir),
                QCoreApplication::translate(
                    "core", "Run git init, commit the project, and add a remote (git remote add origin URL)."));
        }
        auto head = git(
            { QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), QStringLiteral("HEAD^{commit}") });
        if (!head || head->exitCode != 0) {
            return item(id, title, Verdict::Failed, QCoreApplication::translate("core", "The repository has no commits yet."),
                QCoreApplication::translate("core", "Commit the project first (git add -A && git commit)."));
        }
        m_head = head->stdoutText();
        return item(
            id, title, Verdict::Ok, QCoreApplication::translate("core", "%1, HEAD %2").arg(top->stdoutText(), shortSha(m_head)));
    }

    CheckItem tagger()
    {
        const QString id = QStringLiteral("tagger");
        const QString title = QCoreApplication::translate("core", "Tagger");
        auto ident = git({ QStringLiteral("var"), QStringLiteral("GIT_COMMITTER_IDENT") });
        if (!ident || ident->exitCode != 0) {
            return item(id, title, Verdict::Failed,
                QCoreApplication::translate("core", "git does not know who you are, so it cannot write an annotated tag."),
                QCoreApplication::translate("core",
                    "Set it once: git config --global user.name \"Your Name\" && git config --global user.email "
                    "you@example.com"));
        }
        // "Name <email> 1700000000 +0000": drop the time.
        QString who = ident->stdoutText();
        who = who.left(who.lastIndexOf(QLatin1Char('>')) + 1);
        return item(id, title, Verdict::Ok, who);
    }

    CheckItem clean()
    {
        const QString id = QStringLiteral("clean");
        const QString title = QCoreApplication::translate("core", "Working tree");
        auto status = git({ QStringLiteral("status"), QStringLiteral("--porcelain") });
        if (!status || status->exitCode != 0) {
            return item(id, title, Verdict::Failed, status ? gitMessage(*status) : status.error().message);
        }
        QStringList changed;
        QStringList untracked;
        for (const QString &line : QString::fromUtf8(status->standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            (line.startsWith(QStringLiteral("??")) ? untracked : changed) << line.mid(3);
        }
        auto listed = [](const QStringList &files) {
            return files.size() <= 5 ? files.join(QStringLiteral(", "))
                                     : files.mid(0, 5).join(QStringLiteral(", "))
                    + QCoreApplication::translate("core", " and %1 more").arg(files.size() - 5);
        };
        if (!changed.isEmpty()) {
            return item(id, title, Verdict::Failed,
                changed.size() == 1
                    ? QCoreApplication::translate("core", "1 uncommitted change: %1").arg(listed(changed))
                    : QCoreApplication::translate("core", "%1 uncommitted changes: %2").arg(changed.size()).arg(listed(changed)),
                QCoreApplication::translate("core",
                    "Commit or stash them (git commit -am \"...\" or git stash) so the tag names exactly what you tested."));
        }
        if (!untracked.isEmpty()) {
            return item(id, title, Verdict::Warning,
                QCoreApplication::translate("core", "untracked files: %1").arg(listed(untracked)),
                QCoreApplication::translate("core", "They are not part of the tag; add them to .gitignore or commit them."));
        }
        return item(id, title, Verdict::Ok, QCoreApplication::translate("core", "no uncommitted changes"));
    }

    CheckItem branch()
    {
        const QString id = QStringLiteral("branch");
        const QString title = QCoreApplication::translate("core", "Branch");
        auto symbolic
            = git({ QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("--short"), QStringLiteral("HEAD") });
        if (symbolic && symbolic->exitCode == 0) {
            m_branch = symbolic->stdoutText();
            return item(id, title, Verdict::Ok, m_branch);
        }
        if (m_request.allowDetached) {
            return item(id, title, Verdict::Warning,
                QCoreApplication::translate("core", "HEAD is detached at %1 (allowed)").arg(shortSha(m_head)));
        }
        return item(id, title, Verdict::Failed,
            QCoreApplication::translate("core", "HEAD is detached at %1, not on a branch.").arg(shortSha(m_head)),
            QCoreApplication::translate("core",
                "Check out the release branch (git switch main), or allow a detached HEAD (--allow-detached) if you tag "
                "in CI."));
    }

    CheckItem remote()
    {
        const QString id = QStringLiteral("remote");
        const QString title = QCoreApplication::translate("core", "Remote");
        auto url = git({ QStringLiteral("remote"), QStringLiteral("get-url"), m_request.remote });
        if (!url || url->exitCode != 0) {
            auto names = git({ QStringLiteral("remote") });
            const QString known = names && names->exitCode == 0
                ? names->stdoutText().replace(QLatin1Char('\n'), QStringLiteral(", "))
                : QString();
            return item(id, title, remoteFailure(),
                known.isEmpty()
                    ? QCoreApplication::translate("core", "The repository has no remote '%1' (it has no remote at all).")
                          .arg(m_request.remote)
                    : QCoreApplication::translate("core", "The repository has no remote '%1' (it has: %2).")
                          .arg(m_request.remote, known),
                m_request.push
                    ? QCoreApplication::translate("core", "Add it (git remote add %1 URL) or name another one (--remote NAME).")
                          .arg(m_request.remote)
                    : QCoreApplication::translate("core", "Without a remote the tag stays on this machine."));
        }
        return item(id, title, Verdict::Ok, QStringLiteral("%1 → %2").arg(m_request.remote, url->stdoutText()));
    }

    // The remote's branches, read once.
    Result<QList<RemoteHead>> remoteHeads()
    {
        if (m_heads) {
            return *m_heads;
        }
        auto listed = git({ QStringLiteral("ls-remote"), QStringLiteral("--heads"), m_request.remote });
        if (!listed) {
            return std::unexpected(listed.error());
        }
        if (listed->exitCode != 0) {
            return fail(Error::Code::Network,
                QCoreApplication::translate("core", "Cannot reach the remote '%1': %2")
                    .arg(m_request.remote, gitMessage(*listed)),
                QCoreApplication::translate("core", "Check the network and your credentials (git ls-remote %1 must work).")
                    .arg(m_request.remote));
        }
        QList<RemoteHead> heads;
        for (const QString &line : listed->stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() == 2) {
                heads << RemoteHead { parts[0], parts[1] };
            }
        }
        m_heads = heads;
        return heads;
    }

    bool isAncestor(const QString &commit, const QString &of) const
    {
        auto result = git({ QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), commit, of });
        return result && result->exitCode == 0;
    }

    CheckItem pushed(bool hasRemote)
    {
        const QString id = QStringLiteral("pushed");
        const QString title = QCoreApplication::translate("core", "HEAD pushed");
        if (!hasRemote) {
            return item(
                id, title, Verdict::Skipped, QCoreApplication::translate("core", "needs the remote '%1'").arg(m_request.remote));
        }
        auto heads = remoteHeads();
        if (!heads) {
            return item(id, title, remoteFailure(), heads.error().message, heads.error().hint);
        }
        if (m_branch.isEmpty()) {
            // Detached (allowed): any branch of the remote that contains HEAD will do.
            for (const RemoteHead &head : *heads) {
                if (head.sha == m_head || isAncestor(m_head, head.sha)) {
                    return item(id, title, Verdict::Ok,
                        QCoreApplication::translate("core", "HEAD %1 is on %2/%3")
                            .arg(shortSha(m_head), m_request.remote, head.ref.mid(11)));
                }
            }
            return item(id, title, remoteFailure(),
                QCoreApplication::translate("core", "HEAD %1 is on no branch of %2.").arg(shortSha(m_head), m_request.remote),
                QCoreApplication::translate(
                    "core", "Push the commit to a branch first, so the tag points at published history."));
        }
        // The branch HEAD is pushed to: its upstream on this remote, else the same name.
        QString remoteRef = QStringLiteral("refs/heads/") + m_branch;
        auto upstreamRemote = git({ QStringLiteral("config"), QStringLiteral("branch.%1.remote").arg(m_branch) });
        auto upstreamRef = git({ QStringLiteral("config"), QStringLiteral("branch.%1.merge").arg(m_branch) });
        if (upstreamRemote && upstreamRemote->exitCode == 0 && upstreamRemote->stdoutText() == m_request.remote && upstreamRef
            && upstreamRef->exitCode == 0 && upstreamRef->stdoutText().startsWith(QStringLiteral("refs/heads/"))) {
            remoteRef = upstreamRef->stdoutText();
        }
        const QString shown = m_request.remote + QLatin1Char('/') + remoteRef.mid(11);
        const QString pushHint
            = QCoreApplication::translate("core", "Push it first: git push %1 %2").arg(m_request.remote, m_branch);
        for (const RemoteHead &head : *heads) {
            if (head.ref != remoteRef) {
                continue;
            }
            if (head.sha == m_head) {
                return item(
                    id, title, Verdict::Ok, QCoreApplication::translate("core", "HEAD %1 is %2").arg(shortSha(m_head), shown));
            }
            if (isAncestor(m_head, head.sha)) {
                return item(id, title, Verdict::Ok,
                    QCoreApplication::translate("core", "HEAD %1 is contained in %2 (%3)")
                        .arg(shortSha(m_head), shown, shortSha(head.sha)));
            }
            auto known = git({ QStringLiteral("cat-file"), QStringLiteral("-e"), head.sha + QStringLiteral("^{commit}") });
            if (!known || known->exitCode != 0) {
                return item(id, title, remoteFailure(),
                    QCoreApplication::translate("core", "%1 is at %2, which this clone does not have: the remote moved on.")
                        .arg(shown, shortSha(head.sha)),
                    QCoreApplication::translate("core", "Fetch and merge first (git pull), then push and tag."));
            }
            return item(id, title, remoteFailure(),
                QCoreApplication::translate("core", "HEAD %1 is not pushed: %2 is at %3.")
                    .arg(shortSha(m_head), shown, shortSha(head.sha)),
                pushHint);
        }
        return item(id, title, remoteFailure(),
            QCoreApplication::translate("core", "The branch %1 does not exist on %2.").arg(m_branch, m_request.remote),
            QCoreApplication::translate("core", "Push it first: git push -u %1 %2").arg(m_request.remote, m_branch));
    }

    QString existingTagHint() const
    {
        return QCoreApplication::translate("core",
            "To run the release again (guide §14): option A, move the tag — releasedesk-cli tag retrigger %1 "
            "(deletes it on %2 and here, re-creates it on HEAD and pushes it); option B, release the next "
            "number — releasedesk-cli tag retrigger %1 --next.")
            .arg(m_request.tag, m_request.remote);
    }

    CheckItem tagLocal()
    {
        const QString id = QStringLiteral("tag-local");
        const QString title = QCoreApplication::translate("core", "Tag (local)");
        auto format = git({ QStringLiteral("check-ref-format"), QStringLiteral("refs/tags/") + m_request.tag });
        if (!format || format->exitCode != 0) {
            return item(id, title, Verdict::Failed,
                QCoreApplication::translate("core", "'%1' is not a valid git tag name.").arg(m_request.tag),
                QCoreApplication::translate("core", "Use a tag prefix of letters, digits, '.', '-', '_' or '/'."));
        }
        auto existing = git({ QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
            QStringLiteral("refs/tags/") + m_request.tag });
        if (!existing || existing->exitCode != 0) {
            return item(id, title, Verdict::Ok, QCoreApplication::translate("core", "%1 does not exist yet").arg(m_request.tag));
        }
        auto target = git({ QStringLiteral("rev-parse"), QStringLiteral("refs/tags/%1^{commit}").arg(m_request.tag) });
        const QString on = target && target->exitCode == 0 ? shortSha(target->stdoutText()) : QStringLiteral("?");
        if (m_request.replaceExisting) {
            return item(id, title, Verdict::Ok,
                QCoreApplication::translate("core", "%1 exists (on %2) and will be re-created on HEAD").arg(m_request.tag, on));
        }
        return item(id, title, Verdict::Failed,
            QCoreApplication::translate("core", "The tag %1 already exists here (on commit %2).").arg(m_request.tag, on),
            existingTagHint());
    }

    CheckItem tagRemote(bool hasRemote)
    {
        const QString id = QStringLiteral("tag-remote");
        const QString title = QCoreApplication::translate("core", "Tag (remote)");
        if (!hasRemote) {
            return item(
                id, title, Verdict::Skipped, QCoreApplication::translate("core", "needs the remote '%1'").arg(m_request.remote));
        }
        auto listed = git({ QStringLiteral("ls-remote"), QStringLiteral("--tags"), m_request.remote,
            QStringLiteral("refs/tags/") + m_request.tag });
        if (!listed || listed->exitCode != 0) {
            return item(id, title, remoteFailure(),
                QCoreApplication::translate("core", "Cannot ask %1 for its tags: %2")
                    .arg(m_request.remote, listed ? gitMessage(*listed) : listed.error().message),
                QCoreApplication::translate("core", "Check the network and your credentials (git ls-remote --tags %1 must work).")
                    .arg(m_request.remote));
        }
        if (listed->stdoutText().isEmpty()) {
            return item(id, title, Verdict::Ok,
                QCoreApplication::translate("core", "%1 is not on %2").arg(m_request.tag, m_request.remote));
        }
        if (m_request.replaceExisting) {
            return item(id, title, Verdict::Ok,
                QCoreApplication::translate("core", "%1 is on %2 and will be deleted there first")
                    .arg(m_request.tag, m_request.remote));
        }
        return item(id, title, Verdict::Failed,
            QCoreApplication::translate("core", "The tag %1 already exists on %2.").arg(m_request.tag, m_request.remote),
            existingTagHint());
    }

    CheckItem versionFiles()
    {
        const QString id = QStringLiteral("version-files");
        const QString title = QCoreApplication::translate("core", "Version files");
        auto stamp = VersionStamp::plan(m_project, m_request.version);
        if (!stamp) {
            if (stamp.error().code == Error::Code::NotFound) {
                return item(id, title, Verdict::Warning,
                    QCoreApplication::translate("core", "no file sets the version (it is dynamic and there is no __version__)"));
            }
            return item(id, title, Verdict::Failed, stamp.error().message, stamp.error().hint);
        }
        QStringList wrong;
        QStringList uncommitted;
        QStringList right;
        for (const StampedFile &file : std::as_const(stamp->files)) {
            auto said = Version::parse(file.oldVersion);
            if (!said || *said != m_request.version) {
                wrong << QCoreApplication::translate("core", "%1 says %2").arg(file.relativePath, file.oldVersion);
                continue;
            }
            right << QStringLiteral("%1 %2").arg(file.relativePath, file.oldVersion);
            const QString relative = QDir(m_project.rootDir).relativeFilePath(file.path);
            auto tracked = git({ QStringLiteral("ls-files"), QStringLiteral("--error-unmatch"), QStringLiteral("--"), relative });
            auto status = git({ QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--"), relative });
            if (!tracked || tracked->exitCode != 0) {
                uncommitted << QCoreApplication::translate("core", "%1 (not in git)").arg(file.relativePath);
            } else if (!status || status->exitCode != 0 || !status->stdoutText().isEmpty()) {
                uncommitted << file.relativePath;
            }
        }
        if (!wrong.isEmpty()) {
            return item(id, title, Verdict::Failed,
                QCoreApplication::translate("core", "%1, but the tag %2 is version %3.")
                    .arg(wrong.join(QStringLiteral(", ")), m_request.tag, m_request.version.toString()),
                QCoreApplication::translate("core",
                    "Stamp and commit the version first: releasedesk-cli version stamp %1, then git commit -am \"Release %1\" "
                    "and git push.")
                    .arg(m_request.version.toString()));
        }
        if (!uncommitted.isEmpty()) {
            return item(id, title, Verdict::Failed,
                QCoreApplication::translate("core", "Version %1 is not committed in: %2.")
                    .arg(m_request.version.toString(), uncommitted.join(QStringLiteral(", "))),
                QCoreApplication::translate("core", "Commit them: git commit -am \"Release %1\", then push.")
                    .arg(m_request.version.toString()));
        }
        return item(id, title, Verdict::Ok, right.join(QStringLiteral(", ")));
    }

    const PythonProject &m_project;
    const TagRequest &m_request;
    Git m_git;
    QString m_head;
    QString m_branch;
    std::optional<QList<RemoteHead>> m_heads;
};

} // namespace

TagPreflight::TagPreflight(PythonProject project)
    : m_project(std::move(project))
{ }

Checklist TagPreflight::run(const TagRequest &request) const
{
    return Checks(m_project, request).run();
}

} // namespace rd
