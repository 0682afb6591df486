#include "TagOperations.h"

#include "git/Git.h"

#include <QCoreApplication>
#include <QSet>

namespace rd {

namespace {

QString git()
{
    return QStringLiteral("git");
}

QString tagRef(const QString &tag)
{
    return QStringLiteral("refs/tags/") + tag;
}

QString releaseNote(const QString &tag)
{
    return QStringLiteral(
        "A release for %1 on the server, if there is one, is not deleted: delete it in Gitea (or through the API) "
        "before the tag is pushed again, or the workflow's create-release step finds the old one (guide §14).")
        .arg(tag);
}

QString gitMessage(const ProcessOutput &output)
{
    return output.stderrText().isEmpty() ? output.stdoutText() : output.stderrText();
}

} // namespace

TagOperations::TagOperations(QString workingDirectory)
    : m_dir(std::move(workingDirectory))
{ }

Result<QString> TagOperations::headCommit() const
{
    auto head = Git(m_dir).runRaw(
        { QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), QStringLiteral("HEAD^{commit}") });
    if (!head) {
        return std::unexpected(head.error());
    }
    if (head->exitCode != 0) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "%1 has no commit to tag (not a git repository, or no commits yet).").arg(m_dir),
            QCoreApplication::translate("core", "Commit the project first."));
    }
    return head->stdoutText();
}

Result<QString> TagOperations::localTagObject(const QString &tag) const
{
    auto found
        = Git(m_dir).runRaw({ QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), tagRef(tag) });
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->exitCode == 0 ? found->stdoutText() : QString();
}

Result<QString> TagOperations::remoteTagObject(const QString &remote, const QString &tag) const
{
    auto listed = Git(m_dir).runRaw({ QStringLiteral("ls-remote"), QStringLiteral("--tags"), remote, tagRef(tag) });
    if (!listed) {
        return std::unexpected(listed.error());
    }
    if (listed->exitCode != 0) {
        return fail(Error::Code::Network,
            QCoreApplication::translate("core", "Cannot ask the remote '%1' for its tags: %2").arg(remote, gitMessage(*listed)),
            QCoreApplication::translate("core", "Check the remote's name (git remote -v), the network and your credentials."));
    }
    for (const QString &line : listed->stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() == 2 && parts[1] == tagRef(tag)) {
            return parts[0];
        }
    }
    return QString();
}

Result<QStringList> TagOperations::localTags() const
{
    auto listed = Git(m_dir).run({ QStringLiteral("tag"), QStringLiteral("--list") });
    if (!listed) {
        return std::unexpected(listed.error());
    }
    return listed->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<QStringList> TagOperations::remoteTags(const QString &remote) const
{
    auto listed = Git(m_dir).runRaw({ QStringLiteral("ls-remote"), QStringLiteral("--tags"), remote });
    if (!listed) {
        return std::unexpected(listed.error());
    }
    if (listed->exitCode != 0) {
        return fail(Error::Code::Network,
            QCoreApplication::translate("core", "Cannot ask the remote '%1' for its tags: %2").arg(remote, gitMessage(*listed)),
            QCoreApplication::translate("core", "Check the remote's name (git remote -v), the network and your credentials."));
    }
    QStringList tags;
    for (const QString &line : listed->stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString ref = line.section(QLatin1Char('\t'), 1);
        if (ref.endsWith(QStringLiteral("^{}"))) {
            continue; // the peeled commit of an annotated tag
        }
        if (ref.startsWith(QStringLiteral("refs/tags/"))) {
            tags << ref.mid(10);
        }
    }
    return tags;
}

Result<Plan> TagOperations::planCreate(const TagRequest &request) const
{
    auto head = headCommit();
    if (!head) {
        return std::unexpected(head.error());
    }
    Plan plan;
    plan.title = request.push ? QCoreApplication::translate("core", "Create and push the tag %1").arg(request.tag)
                              : QCoreApplication::translate("core", "Create the tag %1").arg(request.tag);
    PlanAction create = PlanAction::command(QStringLiteral("create-tag"),
        QCoreApplication::translate("core", "Create the annotated tag %1 on HEAD (%2) with the message \"%3\".")
            .arg(request.tag, head->left(7), request.message),
        git(), { QStringLiteral("tag"), QStringLiteral("-a"), request.tag, QStringLiteral("-m"), request.message, *head }, m_dir);
    if (request.push) {
        create.undoArguments = { QStringLiteral("tag"), QStringLiteral("-d"), request.tag };
        create.undoDescription
            = QCoreApplication::translate("core", "Delete the local tag %1 again, since it could not be pushed.")
                  .arg(request.tag);
    }
    plan.actions << create;
    if (request.push) {
        PlanAction push = PlanAction::command(QStringLiteral("push-tag"),
            QCoreApplication::translate("core", "Push the tag %1 to %2 (this starts the release workflow).")
                .arg(request.tag, request.remote),
            git(), { QStringLiteral("push"), request.remote, tagRef(request.tag) }, m_dir);
        plan.actions << push;
    } else {
        plan.notes << QCoreApplication::translate("core", "The tag is not pushed; push it later with: git push %1 %2")
                          .arg(request.remote, tagRef(request.tag));
    }
    return plan;
}

Result<Plan> TagOperations::planPushExisting(const TagRequest &request) const
{
    auto local = localTagObject(request.tag);
    if (!local) {
        return std::unexpected(local.error());
    }
    if (local->isEmpty()) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "The tag %1 does not exist in this repository.").arg(request.tag),
            QCoreApplication::translate("core", "List the tags with git tag --list."));
    }
    auto onRemote = remoteTagObject(request.remote, request.tag);
    if (!onRemote) {
        return std::unexpected(onRemote.error());
    }
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Push the tag %1").arg(request.tag);
    if (*onRemote == *local) {
        return plan;
    }
    if (!onRemote->isEmpty()) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "The tag %1 here (%2) is not the tag %1 on %3 (%4).")
                .arg(request.tag, local->left(12), request.remote, onRemote->left(12)),
            QCoreApplication::translate("core",
                "Take the remote's tag (git fetch --force %1 refs/tags/%2:refs/tags/%2), or delete one of them "
                "(releasedesk-cli tag delete), then run again.")
                .arg(request.remote, request.tag));
    }
    plan.actions << PlanAction::command(QStringLiteral("push-tag"),
        QCoreApplication::translate("core", "Push the tag %1, which exists here only, to %2 (this starts the release workflow).")
            .arg(request.tag, request.remote),
        git(), { QStringLiteral("push"), request.remote, tagRef(request.tag) }, m_dir);
    return plan;
}

Result<Plan> TagOperations::planDelete(const QString &tag, const QString &remote, bool deleteRemote) const
{
    if (!Git(m_dir).isRepository()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 is not inside a git repository.").arg(m_dir),
            QCoreApplication::translate("core", "Run the command in the project folder, or give it with --project DIR."));
    }
    auto format = Git(m_dir).runRaw({ QStringLiteral("check-ref-format"), tagRef(tag) });
    if (!format || format->exitCode != 0) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a valid tag name.").arg(tag),
            QCoreApplication::translate("core", "Give the tag as git shows it (git tag --list)."));
    }
    auto local = localTagObject(tag);
    if (!local) {
        return std::unexpected(local.error());
    }
    QString onRemote;
    if (deleteRemote) {
        auto found = remoteTagObject(remote, tag);
        if (!found) {
            return std::unexpected(found.error());
        }
        onRemote = *found;
    }
    if (local->isEmpty() && onRemote.isEmpty()) {
        return fail(Error::Code::NotFound,
            deleteRemote ? QCoreApplication::translate("core", "The tag %1 exists neither here nor on %2.").arg(tag, remote)
                         : QCoreApplication::translate("core", "The tag %1 does not exist in this repository.").arg(tag),
            deleteRemote ? QCoreApplication::translate("core", "List the tags with git tag --list and git ls-remote --tags %1.")
                               .arg(remote)
                         : QCoreApplication::translate(
                             "core", "List the tags with git tag --list; to delete it on the remote only, add --remote."));
    }
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Delete the tag %1").arg(tag);
    if (!onRemote.isEmpty()) {
        PlanAction removeRemote = PlanAction::command(QStringLiteral("delete-remote-tag"),
            QCoreApplication::translate("core", "Delete the tag %1 on %2.").arg(tag, remote), git(),
            { QStringLiteral("push"), remote, QLatin1Char(':') + tagRef(tag) }, m_dir);
        if (!local->isEmpty()) {
            removeRemote.undoArguments = { QStringLiteral("push"), remote, tagRef(tag) };
            removeRemote.undoDescription = QCoreApplication::translate("core", "Push the tag %1 back to %2.").arg(tag, remote);
        }
        plan.actions << removeRemote;
    } else if (deleteRemote) {
        plan.notes << QCoreApplication::translate("core", "%1 is not on %2: nothing to delete there.").arg(tag, remote);
    }
    if (!local->isEmpty()) {
        plan.actions << PlanAction::command(QStringLiteral("delete-local-tag"),
            QCoreApplication::translate("core", "Delete the tag %1 in this repository.").arg(tag), git(),
            { QStringLiteral("tag"), QStringLiteral("-d"), tag }, m_dir);
    } else {
        plan.notes
            << QCoreApplication::translate("core", "%1 does not exist in this repository: nothing to delete here.").arg(tag);
    }
    if (!onRemote.isEmpty()) {
        plan.notes << releaseNote(tag);
    }
    return plan;
}

Result<Plan> TagOperations::planRetrigger(const TagRequest &request) const
{
    auto head = headCommit();
    if (!head) {
        return std::unexpected(head.error());
    }
    auto local = localTagObject(request.tag);
    if (!local) {
        return std::unexpected(local.error());
    }
    auto onRemote = remoteTagObject(request.remote, request.tag);
    if (!onRemote) {
        return std::unexpected(onRemote.error());
    }
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Re-trigger the release of %1 (delete, re-create on HEAD, push again)")
                     .arg(request.tag);
    if (!onRemote->isEmpty()) {
        PlanAction removeRemote = PlanAction::command(QStringLiteral("delete-remote-tag"),
            QCoreApplication::translate("core", "Delete the tag %1 on %2.").arg(request.tag, request.remote), git(),
            { QStringLiteral("push"), request.remote, QLatin1Char(':') + tagRef(request.tag) }, m_dir);
        removeRemote.undoArguments
            = { QStringLiteral("push"), request.remote, *onRemote + QLatin1Char(':') + tagRef(request.tag) };
        removeRemote.undoDescription
            = QCoreApplication::translate("core", "Put the old tag %1 back on %2.").arg(request.tag, request.remote);
        plan.actions << removeRemote;
    }
    PlanAction recreate = PlanAction::command(QStringLiteral("create-tag"),
        (local->isEmpty()
                ? QCoreApplication::translate("core", "Create the annotated tag %1 on HEAD (%2) with the message \"%3\".")
                : QCoreApplication::translate("core", "Re-create the annotated tag %1 on HEAD (%2) with the message \"%3\"."))
            .arg(request.tag, head->left(7), request.message),
        git(),
        { QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("-f"), request.tag, QStringLiteral("-m"), request.message,
            *head },
        m_dir);
    if (local->isEmpty()) {
        recreate.undoArguments = { QStringLiteral("tag"), QStringLiteral("-d"), request.tag };
        recreate.undoDescription = QCoreApplication::translate("core", "Delete the new local tag %1 again.").arg(request.tag);
    } else {
        recreate.undoArguments = { QStringLiteral("update-ref"), tagRef(request.tag), *local };
        recreate.undoDescription
            = QCoreApplication::translate("core", "Point the local tag %1 back at the old tag.").arg(request.tag);
    }
    plan.actions << recreate;
    plan.actions << PlanAction::command(QStringLiteral("push-tag"),
        QCoreApplication::translate("core", "Push the tag %1 to %2 (this starts the release workflow again).")
            .arg(request.tag, request.remote),
        git(), { QStringLiteral("push"), request.remote, tagRef(request.tag) }, m_dir);
    plan.notes << releaseNote(request.tag);
    return plan;
}

Result<Version> TagOperations::nextNumber(const Version &version)
{
    const Version current = version.publicVersion();
    if (const auto pre = current.pre()) {
        const Version::PreKind kind = pre->label == QStringLiteral("a") ? Version::PreKind::Alpha
            : pre->label == QStringLiteral("b")                         ? Version::PreKind::Beta
                                                                        : Version::PreKind::Rc;
        // Same kind, next number (a dev release of a pre-release, 1.0a2.dev1, leads to 1.0a2).
        return current.nextPre(kind);
    }
    if (const auto dev = current.dev(); dev && !current.isPostrelease()) {
        auto number = dev->incremented();
        if (!number) {
            return std::unexpected(number.error());
        }
        const QString text = current.toString();
        return Version::parse(text.left(text.lastIndexOf(QStringLiteral(".dev"))) + QStringLiteral(".dev") + number->toString());
    }
    return current.nextPatch();
}

Result<TagRequest> TagOperations::suggestNext(const TagRequest &request, const TagScheme &scheme) const
{
    QSet<QString> taken;
    if (auto tags = localTags()) {
        for (const QString &tag : *tags) {
            taken.insert(tag);
        }
    }
    if (auto tags = remoteTags(request.remote)) {
        for (const QString &tag : *tags) {
            taken.insert(tag);
        }
    }
    Version candidate = request.version;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        auto next = nextNumber(candidate);
        if (!next) {
            return std::unexpected(next.error());
        }
        candidate = *next;
        auto tag = scheme.tagFromVersion(candidate);
        if (!tag) {
            return std::unexpected(tag.error());
        }
        if (!taken.contains(*tag)) {
            TagRequest suggested = request;
            suggested.version = candidate;
            suggested.message = request.message;
            suggested.message.replace(request.tag, *tag);
            suggested.tag = *tag;
            suggested.replaceExisting = false;
            return suggested;
        }
    }
    return fail(Error::Code::NotFound, QCoreApplication::translate("core", "No free tag found after %1.").arg(request.tag));
}

PlanReport TagOperations::run(const Plan &plan, const PlanRunner::LogSink &sink) const
{
    PlanRunner runner(Git::environment());
    runner.setLogSink(sink);
    PlanReport report = runner.run(plan);
    if (!report.error) {
        return report;
    }
    for (const ActionOutcome &outcome : std::as_const(report.outcomes)) {
        if (outcome.state != ActionOutcome::State::Failed) {
            continue;
        }
        QString advice;
        if (outcome.id == QStringLiteral("push-tag")) {
            advice = QStringLiteral("The remote refused the tag (git's answer is above): check that you may push tags there "
                                    "(credentials, protected tags, server hooks).");
        } else if (outcome.id == QStringLiteral("delete-remote-tag")) {
            advice
                = QStringLiteral("The remote refused to delete the tag: check that you may delete tags there (protected tags).");
        } else if (outcome.id == QStringLiteral("create-tag")) {
            advice = QStringLiteral(
                "git could not write the tag: check user.name/user.email and tag signing settings (git config -l).");
        }
        if (!advice.isEmpty()) {
            report.error->hint = report.error->hint.isEmpty() ? advice : advice + QLatin1Char(' ') + report.error->hint;
        }
    }
    return report;
}

} // namespace rd
