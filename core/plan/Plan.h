#pragma once

#include "common/ByteSize.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace rd {

// The exact HTTP request a plan step will send: method, URL (never with credentials), the body's
// size and file for uploads (bytes -1: none), and a short description of the body (the JSON
// sent, "raw body", "multipart field attachment").
struct PlanRequest
{
    QByteArray method; // "POST"
    QUrl url;
    qint64 bytes = -1;
    QString filePath;
    QString body;

    // "POST https://host/api/v1/repos/o/r/releases (12.0 MiB from /path/file.zip)"
    QString text() const;
    QJsonObject toJson() const;
    bool operator==(const PlanRequest &) const = default;
};

// One step of a plan: a sentence for people and its exact effect. Building a plan changes
// nothing; PlanRunner carries it out.
struct PlanAction
{
    enum class Kind {
        Command, // run program with arguments (an argument list, never a shell string)
        WriteFile, // replace path with contents (atomically); diff shows the change
        Http, // an HTTP request: method, URL and body size (run by the network layer)
    };

    Kind kind = Kind::Command;
    QString id; // stable key, e.g. "create-tag", "push-tag", "stamp:pyproject.toml"
    QString description; // "Create the annotated tag v0.8.0 on HEAD."
    bool changesNothing = false; // a read-only step (a query or check): safe to repeat

    // Kind::Command
    QString program; // "git" (found on PATH when run)
    QStringList arguments;
    QString workingDirectory;
    int timeoutMs = 120'000;
    // Run when a later action fails, to leave things as they were (e.g. delete the local tag
    // this action created when pushing it is refused). Empty: nothing to undo.
    QStringList undoArguments;
    QString undoDescription;

    // Kind::WriteFile
    QString path;
    QByteArray contents;
    QString diff; // unified diff of the change, for previews

    // Kind::Http
    PlanRequest request;
    // Further requests the same step sends after `request` (an upload's clean-up: DELETE of the
    // asset it replaces, a rename). Shown with the effect.
    QList<PlanRequest> followUps;
    // Details for the runner of the step (release and asset ids, names, sizes, checksums; never a
    // secret). data["op"] names what a release plan runner does ("upload-asset", "delete-asset"...).
    QJsonObject data;

    // The command line ("git tag -a v0.8.0 -m 'tallyho v0.8.0'"), "write <path>", or
    // "POST <url> (12.0 MiB)".
    QString effect() const;
    // The description, then the effect (and the diff or undo command) on the following lines.
    QString toText() const;
    QString undoEffect() const; // the undo command line, or empty
    QJsonObject toJson() const;
    bool operator==(const PlanAction &) const = default;

    static PlanAction command(const QString &id, const QString &description, const QString &program, const QStringList &arguments,
        const QString &workingDirectory);
    static PlanAction writeFile(
        const QString &id, const QString &description, const QString &path, const QByteArray &contents, const QString &diff);
    static PlanAction http(const QString &id, const QString &description, const PlanRequest &request);
};

// An ordered list of actions, shown before anything runs (dry-run, previews) and run by
// PlanRunner, which stops at the first failure.
struct Plan
{
    QString title; // "Create tag v0.8.0"
    QList<PlanAction> actions;
    QStringList notes; // what the plan deliberately leaves alone, or what to do after it
    QJsonObject data; // context for the runner (e.g. the release's tag and id)

    bool isEmpty() const { return actions.isEmpty(); }
    QStringList commandLines() const; // effect() of each action, in order
    QJsonObject toJson() const;
    // For the CLI:
    //   Create tag v0.8.0
    //     1. Create the annotated tag v0.8.0 on HEAD.
    //        $ git tag -a v0.8.0 -m 'tallyho v0.8.0'
    QString toText() const;
    bool operator==(const Plan &) const = default;
};

} // namespace rd
