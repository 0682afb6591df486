#include "ReleaseNotes.h"

#include "git/Git.h"
#include "project/ArtifactNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace rd {

Result<QString> ReleaseNotes::previousTag(const QString &projectDir, const QString &tagPrefix, const QString &currentTag)
{
    const Git git(projectDir);
    QString ref = QStringLiteral("HEAD");
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto output = git.runRaw({ QStringLiteral("describe"), QStringLiteral("--tags"), QStringLiteral("--abbrev=0"),
            QStringLiteral("--match"), tagPrefix + QStringLiteral("[0-9]*"), ref });
        if (!output) {
            return std::unexpected(output.error());
        }
        if (output->exitCode != 0) {
            return QString(); // no tag reachable: the whole history
        }
        const QString tag = output->stdoutText();
        // A tag on HEAD is the release being described (or just made): look before it.
        const bool onHead = ref == QStringLiteral("HEAD")
            && git.run({ QStringLiteral("rev-parse"), tag + QStringLiteral("^{commit}") }).value_or(QString()).trimmed()
                == git.run({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).value_or(QString()).trimmed();
        if (tag != currentTag && !onHead) {
            return tag;
        }
        ref = tag + QStringLiteral("^"); // HEAD carries the release's own tag: look before it
    }
    return QString();
}

Result<QList<HistoryCommit>> ReleaseNotes::history(const QString &projectDir, const QString &since)
{
    const Git git(projectDir);
    QStringList arguments { QStringLiteral("log"), QStringLiteral("--format=%H%x1f%P%x1f%s%x1f%b%x1e") };
    arguments << (since.isEmpty() ? QStringLiteral("HEAD") : since + QStringLiteral("..HEAD"));
    auto output = git.run(arguments);
    if (!output) {
        if (!since.isEmpty()) {
            return fail(Error::Code::NotFound,
                QCoreApplication::translate("core", "Cannot list the commits since %1.").arg(since),
                QCoreApplication::translate("core", "Give an existing tag with --since (git tag --list shows them)."));
        }
        return std::unexpected(output.error());
    }
    QList<HistoryCommit> commits;
    const QStringList records = output->split(QChar(0x1e), Qt::SkipEmptyParts);
    for (const QString &record : records) {
        const QStringList fields = record.trimmed().split(QChar(0x1f));
        if (fields.size() < 3) {
            continue;
        }
        HistoryCommit commit;
        commit.sha = fields.at(0).trimmed();
        commit.parents = int(fields.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        commit.subject = fields.at(2).trimmed();
        commit.body = fields.size() > 3 ? fields.at(3).trimmed() : QString();
        commits << commit;
    }
    return commits;
}

bool ReleaseNotes::isReleaseCommit(const QString &subject)
{
    static const QRegularExpression release(
        QStringLiteral("^(chore\\(release\\)|release[:\\s]+v?\\d|releasing\\s|bump(ed)?\\s+(the\\s+)?version|"
                       "version\\s+bump|prepare\\s+(the\\s+)?release|v?\\d+\\.\\d+(\\.\\d+)?\\S*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return release.match(subject.trimmed()).hasMatch();
}

namespace {

struct Conventional
{
    QString type;
    QString scope;
    QString description;
    bool breaking = false;
};

std::optional<Conventional> parseConventional(const HistoryCommit &commit)
{
    static const QRegularExpression form(QStringLiteral("^([A-Za-z]+)(?:\\(([^)]*)\\))?(!)?:\\s+(.+)$"));
    const auto match = form.match(commit.subject);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Conventional out;
    out.type = match.captured(1).toLower();
    out.scope = match.captured(2).trimmed();
    out.breaking = !match.captured(3).isEmpty() || commit.body.contains(QStringLiteral("BREAKING CHANGE"));
    out.description = match.captured(4).trimmed();
    return out;
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

} // namespace

QString ReleaseNotes::draft(const QList<HistoryCommit> &commits, const QString &since)
{
    QList<HistoryCommit> kept;
    for (const HistoryCommit &commit : commits) {
        if (commit.parents > 1 || isReleaseCommit(commit.subject) || commit.subject.isEmpty()) {
            continue;
        }
        kept << commit;
    }
    QStringList lines;
    lines << QStringLiteral("## What's changed") << QString();
    if (kept.isEmpty()) {
        lines << (since.isEmpty() ? QStringLiteral("No changes recorded.")
                                  : QStringLiteral("No changes since %1 besides the release itself.").arg(since));
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    int conventional = 0;
    for (const HistoryCommit &commit : std::as_const(kept)) {
        conventional += parseConventional(commit) ? 1 : 0;
    }
    if (conventional * 2 < kept.size()) {
        for (const HistoryCommit &commit : std::as_const(kept)) {
            lines << QStringLiteral("- %1 (%2)").arg(commit.subject, shortSha(commit.sha));
        }
    } else {
        // Groups in the order readers care about; types not listed go under "Other changes".
        static const QList<std::pair<QString, QString>> groups { { QStringLiteral("!"), QStringLiteral("Breaking changes") },
            { QStringLiteral("feat"), QStringLiteral("Features") }, { QStringLiteral("fix"), QStringLiteral("Bug fixes") },
            { QStringLiteral("perf"), QStringLiteral("Performance") },
            { QStringLiteral("docs"), QStringLiteral("Documentation") },
            { QStringLiteral("*"), QStringLiteral("Other changes") } };
        QMap<QString, QStringList> entries;
        for (const HistoryCommit &commit : std::as_const(kept)) {
            const auto parsed = parseConventional(commit);
            QString key = QStringLiteral("*");
            QString text = commit.subject;
            if (parsed) {
                text = parsed->scope.isEmpty() ? parsed->description
                                               : QStringLiteral("**%1:** %2").arg(parsed->scope, parsed->description);
                if (parsed->breaking) {
                    key = QStringLiteral("!");
                } else if (parsed->type == QStringLiteral("feat") || parsed->type == QStringLiteral("fix")
                    || parsed->type == QStringLiteral("perf") || parsed->type == QStringLiteral("docs")) {
                    key = parsed->type;
                }
            }
            entries[key] << QStringLiteral("- %1 (%2)").arg(text, shortSha(commit.sha));
        }
        bool first = true;
        for (const auto &[key, title] : groups) {
            if (!entries.contains(key)) {
                continue;
            }
            if (!first) {
                lines << QString();
            }
            first = false;
            lines << QStringLiteral("### ") + title << QString() << entries.value(key);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<QString> ReleaseNotes::readNotesFile(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        return QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot read the release notes %1: %2.").arg(path, file.errorString()),
            QCoreApplication::translate(
                "core", "Check the file's permissions, or set [release] notes_file in releasedesk.toml."));
    }
    return QString::fromUtf8(file.readAll());
}

QString ReleaseBody::toMarkdown() const
{
    QStringList parts;
    const QString text = notes.trimmed();
    if (!text.isEmpty()) {
        parts << text;
    }
    if (!downloads.isEmpty()) {
        QStringList table { QStringLiteral("## Downloads"), QString(), QStringLiteral("| Platform | File |"),
            QStringLiteral("| --- | --- |") };
        for (const DownloadEntry &entry : downloads) {
            QString name = entry.name;
            name.replace(QLatin1Char('|'), QStringLiteral("\\|"));
            const QString file
                = entry.url.isEmpty() ? QStringLiteral("`%1`").arg(name) : QStringLiteral("[%1](%2)").arg(name, entry.url);
            table << QStringLiteral("| %1 | %2 |").arg(ArtifactNames::platformOf(entry.name), file);
        }
        parts << table.join(QLatin1Char('\n'));
    }
    if (!dockerImages.isEmpty()) {
        QStringList docker { QStringLiteral("## Docker"), QString(), QStringLiteral("```sh") };
        for (const QString &image : dockerImages) {
            docker << QStringLiteral("docker pull %1").arg(image);
        }
        docker << QStringLiteral("```");
        parts << docker.join(QLatin1Char('\n'));
    }
    return parts.join(QStringLiteral("\n\n")) + (parts.isEmpty() ? QString() : QStringLiteral("\n"));
}

QString ReleaseBody::downloadUrl(const QString &serverUrl, const QString &repository, const QString &tag, const QString &name)
{
    if (serverUrl.isEmpty() || repository.isEmpty()) {
        return {};
    }
    QString base = serverUrl;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return QStringLiteral("%1/%2/releases/download/%3/%4")
        .arg(base, repository, QString::fromUtf8(QUrl::toPercentEncoding(tag)), QString::fromUtf8(QUrl::toPercentEncoding(name)));
}

} // namespace rd
