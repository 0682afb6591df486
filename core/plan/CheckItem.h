#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

// One row of a checklist (preflight, connection check, verification): ✓ / ⚠ / ✗ with a reason.
struct CheckItem
{
    enum class Verdict { Ok, Warning, Failed, Skipped };

    QString id; // stable key, e.g. "server", "token", "repository"
    QString title; // "Server", "Token", "Repository"
    Verdict verdict = Verdict::Skipped;
    QString detail; // one line: "Gitea 1.22.3", "signed in as alice"
    QString hint; // how to fix, when not Ok

    QJsonObject toJson() const;
    bool operator==(const CheckItem &) const = default;
    static QString verdictName(Verdict verdict);
    static QString verdictSymbol(Verdict verdict);
};

using Checklist = QList<CheckItem>;

bool checklistPassed(const Checklist &list); // no Failed rows
QString checklistText(const Checklist &list); // for the CLI

} // namespace rd
