#include "ReleasePlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace rd {

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Version: return QStringLiteral("version");
    case StepKind::Stamp: return QStringLiteral("stamp");
    case StepKind::Prepare: return QStringLiteral("prepare");
    case StepKind::Tag: return QStringLiteral("tag");
    case StepKind::Build: return QStringLiteral("build");
    case StepKind::Installer: return QStringLiteral("installer");
    case StepKind::Notes: return QStringLiteral("notes");
    case StepKind::Release: return QStringLiteral("release");
    case StepKind::Upload: return QStringLiteral("upload");
    case StepKind::Checksums: return QStringLiteral("checksums");
    case StepKind::Verify: return QStringLiteral("verify");
    case StepKind::Publish: return QStringLiteral("publish");
    case StepKind::Docker: return QStringLiteral("docker");
    }
    return {};
}

QString releasePhaseName(ReleasePhase phase)
{
    switch (phase) {
    case ReleasePhase::All: return QStringLiteral("all");
    case ReleasePhase::Create: return QStringLiteral("create");
    case ReleasePhase::Build: return QStringLiteral("build");
    case ReleasePhase::Docker: return QStringLiteral("docker");
    case ReleasePhase::Finish: return QStringLiteral("finish");
    }
    return {};
}

std::optional<ReleasePhase> releasePhaseFromName(const QString &name)
{
    for (ReleasePhase phase :
        { ReleasePhase::All, ReleasePhase::Create, ReleasePhase::Build, ReleasePhase::Docker, ReleasePhase::Finish }) {
        if (releasePhaseName(phase) == name) {
            return phase;
        }
    }
    return std::nullopt;
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Running: return QStringLiteral("running");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<StepState> stepStateFromName(const QString &name)
{
    for (StepState state : { StepState::Pending, StepState::Running, StepState::Done, StepState::Skipped, StepState::Failed }) {
        if (stepStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

QJsonObject StepFile::toJson() const
{
    return { { QStringLiteral("path"), path }, { QStringLiteral("size"), size }, { QStringLiteral("sha256"), sha256 } };
}

StepFile StepFile::fromJson(const QJsonObject &object)
{
    return { object.value(QStringLiteral("path")).toString(), object.value(QStringLiteral("size")).toInteger(-1),
        object.value(QStringLiteral("sha256")).toString() };
}

QJsonObject ReleaseStep::toJson() const
{
    QJsonArray requestArray;
    for (const PlanRequest &request : requests) {
        requestArray.append(request.toJson());
    }
    QJsonArray outputArray;
    for (const StepFile &file : outputs) {
        outputArray.append(file.toJson());
    }
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("kind"), stepKindName(kind) },
        { QStringLiteral("description"), description }, { QStringLiteral("depends_on"), QJsonArray::fromStringList(dependsOn) },
        { QStringLiteral("commands"), QJsonArray::fromStringList(commands) }, { QStringLiteral("requests"), requestArray },
        { QStringLiteral("produces"), QJsonArray::fromStringList(produces) }, { QStringLiteral("reproducible"), reproducible },
        { QStringLiteral("state"), stepStateName(state) }, { QStringLiteral("outputs"), outputArray },
        { QStringLiteral("data"), data } };
    if (!target.isEmpty()) {
        object.insert(QStringLiteral("target"), target);
    }
    if (!message.isEmpty()) {
        object.insert(QStringLiteral("message"), message);
    }
    return object;
}

ReleaseStep *ReleasePlan::step(const QString &id)
{
    for (ReleaseStep &step : steps) {
        if (step.id == id) {
            return &step;
        }
    }
    return nullptr;
}

const ReleaseStep *ReleasePlan::step(const QString &id) const
{
    for (const ReleaseStep &step : steps) {
        if (step.id == id) {
            return &step;
        }
    }
    return nullptr;
}

QList<const ReleaseStep *> ReleasePlan::stepsOfKind(StepKind kind) const
{
    QList<const ReleaseStep *> out;
    for (const ReleaseStep &step : steps) {
        if (step.kind == kind) {
            out << &step;
        }
    }
    return out;
}

QStringList ReleasePlan::artifacts() const
{
    QStringList out;
    for (const ReleaseStep &step : steps) {
        if (step.kind == StepKind::Upload) {
            out << step.target;
        }
    }
    return out;
}

bool ReleasePlan::finished() const
{
    return std::all_of(steps.cbegin(), steps.cend(), [](const ReleaseStep &step) { return step.isFinished(); });
}

QJsonObject ReleasePlan::toJson() const
{
    QJsonArray stepArray;
    for (const ReleaseStep &step : steps) {
        stepArray.append(step.toJson());
    }
    return { { QStringLiteral("format"), journalFormat }, { QStringLiteral("project"), projectDir },
        { QStringLiteral("app"), app }, { QStringLiteral("version"), version }, { QStringLiteral("tag"), tag },
        { QStringLiteral("title"), title }, { QStringLiteral("prerelease"), prerelease },
        { QStringLiteral("draft_first"), draftFirst }, { QStringLiteral("commit"), commit },
        { QStringLiteral("source_date_epoch"), commitTime }, { QStringLiteral("server"), server },
        { QStringLiteral("out_dir"), outDir }, { QStringLiteral("work_dir"), workDir },
        { QStringLiteral("journal"), journalPath }, { QStringLiteral("targets"), QJsonArray::fromStringList(targets) },
        { QStringLiteral("installer"), installer }, { QStringLiteral("phase"), phase },
        { QStringLiteral("release_id"), releaseId }, { QStringLiteral("body"), body.toMarkdown() },
        { QStringLiteral("steps"), stepArray }, { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
}

QString ReleasePlan::toText() const
{
    QStringList lines;
    lines << QStringLiteral("Release %1 (%2) of %3%4")
                 .arg(tag, version, app, prerelease ? QStringLiteral(", pre-release") : QString())
          << QStringLiteral("  to       %1").arg(server) << QStringLiteral("  title    %1").arg(title)
          << QStringLiteral("  commit   %1 (archives dated %2)").arg(commit.left(12)).arg(commitTime)
          << QStringLiteral("  files in %1").arg(outDir) << QStringLiteral("  journal  %1").arg(journalPath) << QString();
    int number = 0;
    for (const ReleaseStep &step : steps) {
        ++number;
        QString head = QStringLiteral("%1. [%2] %3").arg(number, 2).arg(step.id, step.description);
        if (step.state != StepState::Pending) {
            head += QStringLiteral("  (%1%2)")
                        .arg(stepStateName(step.state), step.message.isEmpty() ? QString() : QStringLiteral(": ") + step.message);
        }
        lines << head;
        if (!step.dependsOn.isEmpty()) {
            lines << QStringLiteral("      after %1").arg(step.dependsOn.join(QStringLiteral(", ")));
        }
        for (const QString &command : step.commands) {
            lines << QStringLiteral("      $ %1").arg(command);
        }
        for (const PlanRequest &request : step.requests) {
            lines << QStringLiteral("      %1").arg(request.text());
        }
        for (const QString &file : step.produces) {
            lines << QStringLiteral("      -> %1%2")
                         .arg(
                             file, step.reproducible ? QStringLiteral(" (reproducible)") : QStringLiteral(" (not reproducible)"));
        }
    }
    for (const QString &note : notes) {
        lines << QStringLiteral("note: %1").arg(note);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status ReleasePlan::adoptJournal(const QJsonObject &journal)
{
    if (journal.value(QStringLiteral("format")).toInt() != journalFormat) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "The journal %1 is not a ReleaseDesk run journal.").arg(journalPath),
            QCoreApplication::translate("core", "Start the release again without --resume."));
    }
    const auto differs
        = [&journal](const char *key, const QString &mine) { return journal.value(QLatin1String(key)).toString() != mine; };
    // A run that stamped and committed the version moved HEAD itself: that commit is its own.
    QString stampedCommit;
    for (const QJsonValue &value : journal.value(QStringLiteral("steps")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("stamp")) {
            stampedCommit
                = value.toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("commit_after")).toString();
        }
    }
    if (differs("commit", commit) && (stampedCommit.isEmpty() || stampedCommit != commit)) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "The interrupted run was of commit %1, but HEAD is now %2.")
                .arg(journal.value(QStringLiteral("commit")).toString().left(12), commit.left(12)),
            QCoreApplication::translate("core", "Check out that commit to resume, or start a new run without --resume."));
    }
    if (differs("version", version) || differs("tag", tag)) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "The interrupted run released %1, this one %2.")
                .arg(journal.value(QStringLiteral("tag")).toString(), tag),
            QCoreApplication::translate("core", "Resume with --version %1, or start a new run without --resume.")
                .arg(journal.value(QStringLiteral("version")).toString()));
    }
    releaseId = journal.value(QStringLiteral("release_id")).toInteger();
    const QJsonArray stepArray = journal.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &value : stepArray) {
        const QJsonObject object = value.toObject();
        ReleaseStep *mine = step(object.value(QStringLiteral("id")).toString());
        if (!mine) {
            continue; // a step this run does not have (e.g. fewer targets): nothing to carry over
        }
        if (mine->state != StepState::Pending) {
            continue; // decided afresh by this plan (the version, the notes, a tag that now exists)
        }
        const auto state = stepStateFromName(object.value(QStringLiteral("state")).toString());
        mine->state = state.value_or(StepState::Pending);
        // A step that was running when the run died is run again (uploads reconcile first).
        if (mine->state == StepState::Running || mine->state == StepState::Failed) {
            mine->interrupted = mine->state == StepState::Running;
            mine->state = StepState::Pending;
        }
        // A target skipped last time (its inputs were out of reach) is tried again.
        if (mine->state == StepState::Skipped
            && (mine->kind == StepKind::Build || mine->kind == StepKind::Installer || mine->kind == StepKind::Upload)) {
            mine->state = StepState::Pending;
        }
        mine->message = object.value(QStringLiteral("message")).toString();
        // The tag step's data is this plan's own decision (create, or push the tag that a killed
        // run created here); the other steps carry what they recorded (a stamped commit, a release).
        if (mine->kind != StepKind::Tag) {
            mine->data = object.value(QStringLiteral("data")).toObject();
        }
        mine->outputs.clear();
        for (const QJsonValue &file : object.value(QStringLiteral("outputs")).toArray()) {
            mine->outputs << StepFile::fromJson(file.toObject());
        }
    }
    return {};
}

} // namespace rd
