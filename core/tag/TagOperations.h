#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "plan/PlanRunner.h"
#include "tag/TagRequest.h"
#include "version/TagScheme.h"
#include "version/Version.h"

#include <QString>
#include <QStringList>

namespace rd {

// Creating, pushing and deleting release tags through the git CLI (argument lists, never a
// shell string; GIT_TERMINAL_PROMPT=0 so git never waits for a password nobody types). Each
// operation is first a Plan listing the exact git commands; building it only reads. run()
// carries a plan out, logging every command with its output, stopping at the first failure and
// undoing what it did before (a tag whose push is refused is deleted again), so a failed run
// leaves the local and remote tags as they were.
class TagOperations final
{
public:
    explicit TagOperations(QString workingDirectory);

    // git tag -a TAG -m MESSAGE <HEAD commit>, then (request.push) git push REMOTE refs/tags/TAG.
    Result<Plan> planCreate(const TagRequest &request) const;
    // git push REMOTE :refs/tags/TAG (deleteRemote, when the remote has it), then git tag -d TAG
    // (when it exists here). NotFound when there is nothing to delete.
    Result<Plan> planDelete(const QString &tag, const QString &remote, bool deleteRemote) const;
    // Guide §14 option A, to re-run a release workflow for the same tag: delete the tag on the
    // remote, re-create it here on HEAD (git tag -a -f), push it again.
    Result<Plan> planRetrigger(const TagRequest &request) const;
    // A tag that exists here (a run killed between `git tag` and `git push`, or a tag made by
    // hand): git push REMOTE refs/tags/TAG when the remote lacks it, a plan without actions when
    // the remote has the very same tag. Precondition when the remote's tag is another object,
    // Network when the remote cannot be asked.
    Result<Plan> planPushExisting(const TagRequest &request) const;

    // Guide §14 option B, the next number instead: a pre-release counts up in its own kind
    // (0.3.0a2 -> 0.3.0a3, 1.0rc1 -> 1.0rc2), a dev release in dev (1.0.dev3 -> 1.0.dev4), a final
    // or post release moves to the next patch (0.1.0 -> 0.1.1).
    static Result<Version> nextNumber(const Version &version);
    // nextNumber() repeated until its tag exists neither here nor on the remote (when the remote
    // can be asked); e.g. v0.3.0-alpha.2 -> v0.3.0-alpha.3.
    Result<TagRequest> suggestNext(const TagRequest &request, const TagScheme &scheme) const;

    Result<QStringList> localTags() const;
    Result<QStringList> remoteTags(const QString &remote) const;

    // Runs the plan with git's environment (GIT_TERMINAL_PROMPT=0). The error, if any, says
    // which step failed with git's message and what was undone.
    PlanReport run(const Plan &plan, const PlanRunner::LogSink &sink = {}) const;

private:
    Result<QString> headCommit() const;
    Result<QString> localTagObject(const QString &tag) const; // empty if absent
    Result<QString> remoteTagObject(const QString &remote, const QString &tag) const; // empty if absent

    QString m_dir;
};

} // namespace rd
