#include "SettingsEdit.h"

#include "common/AtomicFile.h"
#include "project/ProjectSettings.h"
#include "project/TomlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>

namespace rd {

Status writeServerSetting(const QString &projectDir, const ServerSetting &server)
{
    const bool local = server.kind == QStringLiteral("local");
    QList<SettingValue> wanted { { QStringLiteral("kind"), tomlString(server.kind) },
        { local ? QStringLiteral("local_store") : QStringLiteral("url"), tomlString(server.url) } };
    if (!local) {
        wanted << SettingValue { QStringLiteral("repo"), tomlString(server.repository) };
    }
    return writeTableSettings(projectDir, QStringLiteral("server"), wanted);
}

Status writeTableSettings(const QString &projectDir, const QString &table, const QList<SettingValue> &wanted)
{
    const QString path = QDir(projectDir).filePath(QString::fromLatin1(ProjectSettings::fileName));
    auto existing = readWholeFile(path);
    QStringList lines = existing ? QString::fromUtf8(*existing).split(QLatin1Char('\n')) : QStringList();

    static const QRegularExpression tableHeader(QStringLiteral("^\\s*\\[\\s*([A-Za-z0-9_.-]+)\\s*\\]\\s*(#.*)?$"));
    qsizetype start = -1; // the [server] header's line
    qsizetype end = lines.size(); // the next table's header
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = tableHeader.match(lines.at(i));
        if (!match.hasMatch()) {
            continue;
        }
        if (start >= 0) {
            end = i;
            break;
        }
        if (match.captured(1) == table) {
            start = i;
        }
    }
    if (start < 0) {
        if (!lines.isEmpty() && !lines.last().trimmed().isEmpty()) {
            lines << QString();
        }
        start = lines.size();
        lines << QStringLiteral("[%1]").arg(table);
        end = lines.size();
    }
    for (const auto &[key, value] : wanted) {
        const QRegularExpression keyLine(QStringLiteral("^(\\s*)%1\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^#]*?)(\\s*#.*)?$")
                                             .arg(QRegularExpression::escape(key)));
        bool replaced = false;
        for (qsizetype i = start + 1; i < end; ++i) {
            const auto match = keyLine.match(lines.at(i));
            if (match.hasMatch()) {
                lines[i] = match.captured(1) + key + QStringLiteral(" = ") + value + match.captured(3);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            lines.insert(end, QStringLiteral("%1 = %2").arg(key, value));
            ++end;
        }
    }
    const QByteArray text = lines.join(QLatin1Char('\n')).toUtf8();
    if (auto parsed = ProjectSettings::parse(text, path); !parsed) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "Writing [%1] into %2 would break it: %3")
                .arg(table, path, parsed.error().message),
            QCoreApplication::translate("core", "Fix releasedesk.toml by hand; it was left as it was."));
    }
    return writeFileAtomically(path, text);
}

} // namespace rd
