#include "Plan.h"

#include "process/Tool.h"

#include <QJsonArray>

namespace rd {

QString PlanRequest::text() const
{
    QString text = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), url.toDisplayString());
    if (bytes >= 0) {
        text += filePath.isEmpty() ? QStringLiteral(" (%1)").arg(formatBytes(bytes))
                                   : QStringLiteral(" (%1 from %2)").arg(formatBytes(bytes), filePath);
    }
    return text;
}

QJsonObject PlanRequest::toJson() const
{
    QJsonObject object { { QStringLiteral("method"), QString::fromLatin1(method) },
        { QStringLiteral("url"), url.toDisplayString() } };
    if (bytes >= 0) {
        object.insert(QStringLiteral("bytes"), bytes);
    }
    if (!filePath.isEmpty()) {
        object.insert(QStringLiteral("file"), filePath);
    }
    if (!body.isEmpty()) {
        object.insert(QStringLiteral("body"), body);
    }
    return object;
}

QString PlanAction::effect() const
{
    switch (kind) {
    case Kind::Command: return displayCommand(program, arguments);
    case Kind::WriteFile: return QStringLiteral("write %1").arg(path);
    case Kind::Http: {
        QStringList lines;
        if (!request.method.isEmpty()) {
            lines << request.text();
        }
        for (const PlanRequest &followUp : followUps) {
            lines << followUp.text();
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QString PlanAction::toText() const
{
    QStringList lines { description };
    switch (kind) {
    case Kind::Command:
        lines << QStringLiteral("$ ") + effect();
        if (!undoArguments.isEmpty()) {
            lines << QStringLiteral("(if a later step fails: %1)").arg(undoEffect());
        }
        break;
    case Kind::WriteFile:
        lines << effect();
        lines += diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        break;
    case Kind::Http:
        if (!request.method.isEmpty()) {
            lines << request.text();
        }
        if (!request.body.isEmpty()) {
            lines << request.body;
        }
        for (const PlanRequest &followUp : followUps) {
            lines << followUp.text();
            if (!followUp.body.isEmpty()) {
                lines << followUp.body;
            }
        }
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlanAction::undoEffect() const
{
    return kind == Kind::Command && !undoArguments.isEmpty() ? displayCommand(program, undoArguments) : QString();
}

QJsonObject PlanAction::toJson() const
{
    static const QString kindNames[] = { QStringLiteral("command"), QStringLiteral("write_file"), QStringLiteral("http") };
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kindNames[int(kind)] },
        { QStringLiteral("description"), description }, { QStringLiteral("effect"), effect() },
        { QStringLiteral("changes_nothing"), changesNothing } };
    if (kind == Kind::Http) {
        if (!request.method.isEmpty()) {
            object.insert(QStringLiteral("request"), request.toJson());
        }
        if (!followUps.isEmpty()) {
            QJsonArray list;
            for (const PlanRequest &followUp : followUps) {
                list.append(followUp.toJson());
            }
            object.insert(QStringLiteral("follow_ups"), list);
        }
    } else if (kind == Kind::Command) {
        object.insert(QStringLiteral("program"), program);
        object.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
        object.insert(QStringLiteral("working_directory"), workingDirectory);
        if (!undoArguments.isEmpty()) {
            object.insert(QStringLiteral("undo"),
                QJsonObject { { QStringLiteral("description"), undoDescription }, { QStringLiteral("effect"), undoEffect() },
                    { QStringLiteral("arguments"), QJsonArray::fromStringList(undoArguments) } });
        }
    } else {
        object.insert(QStringLiteral("path"), path);
        object.insert(QStringLiteral("diff"), diff);
    }
    if (!data.isEmpty()) {
        object.insert(QStringLiteral("data"), data);
    }
    return object;
}

PlanAction PlanAction::command(const QString &id, const QString &description, const QString &program,
    const QStringList &arguments, const QString &workingDirectory)
{
    PlanAction action;
    action.kind = Kind::Command;
    action.id = id;
    action.description = description;
    action.program = program;
    action.arguments = arguments;
    action.workingDirectory = workingDirectory;
    return action;
}

PlanAction PlanAction::writeFile(
    const QString &id, const QString &description, const QString &path, const QByteArray &contents, const QString &diff)
{
    PlanAction action;
    action.kind = Kind::WriteFile;
    action.id = id;
    action.description = description;
    action.path = path;
    action.contents = contents;
    action.diff = diff;
    return action;
}

PlanAction PlanAction::http(const QString &id, const QString &description, const PlanRequest &request)
{
    PlanAction action;
    action.kind = Kind::Http;
    action.id = id;
    action.description = description;
    action.request = request;
    return action;
}

QStringList Plan::commandLines() const
{
    QStringList lines;
    for (const PlanAction &action : actions) {
        lines << action.effect();
    }
    return lines;
}

QJsonObject Plan::toJson() const
{
    QJsonArray list;
    for (const PlanAction &action : actions) {
        list.append(action.toJson());
    }
    QJsonObject object { { QStringLiteral("title"), title }, { QStringLiteral("actions"), list },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
    if (!data.isEmpty()) {
        object.insert(QStringLiteral("data"), data);
    }
    return object;
}

QString Plan::toText() const
{
    QString text = title + QLatin1Char('\n');
    if (actions.isEmpty()) {
        text += QStringLiteral("  (nothing to do)\n");
    }
    int number = 1;
    for (const PlanAction &action : actions) {
        const QStringList lines = action.toText().split(QLatin1Char('\n'));
        text += QStringLiteral("  %1. %2\n").arg(number++).arg(lines.first());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            text += QStringLiteral("     ") + lines[i] + QLatin1Char('\n');
        }
    }
    for (const QString &note : notes) {
        text += QStringLiteral("  note: %1\n").arg(note);
    }
    return text;
}

} // namespace rd
