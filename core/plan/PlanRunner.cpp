#include "PlanRunner.h"

#include "common/AtomicFile.h"
#include "process/Tool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStandardPaths>

namespace rd {

namespace {

QString indented(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line.prepend(QStringLiteral("    "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString combinedOutput(const ProcessOutput &output)
{
    const QString out = output.stdoutText();
    const QString err = output.stderrText();
    if (out.isEmpty()) {
        return err;
    }
    return err.isEmpty() ? out : out + QLatin1Char('\n') + err;
}

} // namespace

QString ActionOutcome::stateName(State state)
{
    switch (state) {
    case State::Done: return QStringLiteral("done");
    case State::Failed: return QStringLiteral("failed");
    case State::NotRun: return QStringLiteral("not_run");
    case State::Undone: return QStringLiteral("undone");
    }
    return QStringLiteral("not_run");
}

QJsonObject ActionOutcome::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("effect"), effect },
        { QStringLiteral("state"), stateName(state) }, { QStringLiteral("output"), output } };
    if (exitCode >= 0) {
        object.insert(QStringLiteral("exit_code"), exitCode);
    }
    if (!error.isEmpty()) {
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

QJsonObject PlanReport::toJson() const
{
    QJsonArray list;
    for (const ActionOutcome &outcome : outcomes) {
        list.append(outcome.toJson());
    }
    QJsonObject object { { QStringLiteral("succeeded"), succeeded() }, { QStringLiteral("actions"), list },
        { QStringLiteral("log"), QJsonArray::fromStringList(log) } };
    if (error) {
        object.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), errorCodeName(error->code) }, { QStringLiteral("message"), error->message },
                { QStringLiteral("hint"), error->hint } });
    }
    return object;
}

PlanRunner::PlanRunner(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

PlanReport PlanRunner::run(const Plan &plan) const
{
    PlanReport report;
    auto log = [&](const QString &line) {
        report.log << line;
        if (m_sink) {
            m_sink(line);
        }
    };
    // Runs one command; fills the outcome; returns whether it exited with 0.
    auto runCommand = [&](const PlanAction &action, const QStringList &arguments, ActionOutcome &outcome) -> bool {
        const QString shown = displayCommand(action.program, arguments);
        log(QStringLiteral("$ ") + shown);
        const QString path = QStandardPaths::findExecutable(action.program);
        if (path.isEmpty()) {
            outcome.error = QStringLiteral("The tool '%1' is not installed (Debian package '%1').").arg(action.program);
            log(indented(outcome.error));
            return false;
        }
        ProcessRequest request;
        request.program = path;
        request.arguments = arguments;
        request.workingDirectory = action.workingDirectory;
        request.environment = m_environment;
        request.timeoutMs = action.timeoutMs;
        auto output = runProcess(request);
        if (!output) {
            outcome.error = output.error().toString();
            log(indented(outcome.error));
            return false;
        }
        outcome.exitCode = output->exitCode;
        outcome.output = combinedOutput(*output);
        if (!outcome.output.isEmpty()) {
            log(indented(outcome.output));
        }
        log(QCoreApplication::translate("core", "    → exit code %1").arg(output->exitCode));
        if (output->exitCode != 0) {
            outcome.error = QStringLiteral("'%1' failed with exit code %2%3")
                                .arg(shown, QString::number(output->exitCode),
                                    outcome.output.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + outcome.output);
            return false;
        }
        return true;
    };

    for (const PlanAction &action : plan.actions) {
        report.outcomes.append(ActionOutcome { action.id, action.effect(), ActionOutcome::State::NotRun, -1, {}, {} });
    }
    qsizetype failedAt = -1;
    for (qsizetype i = 0; i < plan.actions.size(); ++i) {
        const PlanAction &action = plan.actions[i];
        ActionOutcome &outcome = report.outcomes[i];
        bool ok = false;
        switch (action.kind) {
        case PlanAction::Kind::Command: ok = runCommand(action, action.arguments, outcome); break;
        case PlanAction::Kind::WriteFile: {
            log(QStringLiteral("write ") + action.path);
            auto written = writeFileAtomically(action.path, action.contents);
            ok = written.has_value();
            if (!ok) {
                outcome.error = written.error().toString();
                log(indented(outcome.error));
            }
            break;
        }
        case PlanAction::Kind::Http:
            outcome.error
                = QStringLiteral("'%1' is an HTTP request; PlanRunner runs commands and file writes only.").arg(action.effect());
            log(indented(outcome.error));
            break;
        }
        outcome.state = ok ? ActionOutcome::State::Done : ActionOutcome::State::Failed;
        if (!ok) {
            failedAt = i;
            report.error = Error::make(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "Step %1 of %2 failed (%3): %4")
                    .arg(i + 1)
                    .arg(plan.actions.size())
                    .arg(action.description, outcome.error));
            break;
        }
    }
    if (failedAt < 0) {
        return report;
    }
    // Undo what was done, newest first.
    QStringList undone;
    QStringList undoFailures;
    for (qsizetype i = failedAt - 1; i >= 0; --i) {
        const PlanAction &action = plan.actions[i];
        if (action.kind != PlanAction::Kind::Command || action.undoArguments.isEmpty()) {
            continue;
        }
        log(QStringLiteral("undo: ") + (action.undoDescription.isEmpty() ? action.description : action.undoDescription));
        ActionOutcome undoOutcome;
        if (runCommand(action, action.undoArguments, undoOutcome)) {
            report.outcomes[i].state = ActionOutcome::State::Undone;
            undone << action.undoEffect();
        } else {
            undoFailures << action.undoEffect();
        }
    }
    QString hint;
    if (!undoFailures.isEmpty()) {
        hint = QCoreApplication::translate("core", "Undoing the earlier steps failed too; run by hand: %1.")
                   .arg(undoFailures.join(QStringLiteral("; ")));
    } else if (!undone.isEmpty()) {
        hint = QCoreApplication::translate("core", "The earlier steps were undone (%1), so nothing changed.")
                   .arg(undone.join(QStringLiteral("; ")));
    }
    report.error->hint = hint;
    return report;
}

} // namespace rd
