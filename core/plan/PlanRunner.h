#pragma once

#include "common/Error.h"
#include "plan/Plan.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rd {

// What happened to one action of a plan.
struct ActionOutcome
{
    enum class State {
        Done,
        Failed,
        NotRun, // an earlier action failed
        Undone, // done, then undone because a later action failed
    };

    QString id;
    QString effect; // the command line that ran (or would have)
    State state = State::NotRun;
    int exitCode = -1;
    QString output; // stdout and stderr of the command, trimmed
    QString error; // why it failed, for Failed

    QJsonObject toJson() const;
    bool operator==(const ActionOutcome &) const = default;
    static QString stateName(State state);
};

// The outcome of running a plan: per action, the log, and the first failure.
struct PlanReport
{
    QList<ActionOutcome> outcomes;
    QStringList log; // every command with its output, in order
    std::optional<Error> error;

    bool succeeded() const { return !error.has_value(); }
    QJsonObject toJson() const;
    bool operator==(const PlanReport &) const = default;
};

// Carries out a plan's actions in order on the calling thread (a worker thread or the CLI, not
// the GUI thread): commands through QProcess with argument lists, file writes atomically. It
// stops at the first failure and then runs, newest first, the undo commands of the actions
// already done, so a failed run leaves things as they were where that is possible.
class PlanRunner final
{
public:
    using LogSink = std::function<void(const QString &line)>;

    explicit PlanRunner(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // Called with each log line as it is produced (the lines also end up in the report).
    void setLogSink(LogSink sink) { m_sink = std::move(sink); }

    PlanReport run(const Plan &plan) const;

private:
    QProcessEnvironment m_environment;
    LogSink m_sink;
};

} // namespace rd
