#include "Sha256Sums.h"

#include <QCoreApplication>
#include <QList>

namespace rd {

bool Sha256Sums::isSha256(const QString &text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return true;
}

QByteArray Sha256Sums::toText() const
{
    QByteArray text;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QString &name = it.key();
        if (name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char('\n'))) {
            QString escaped = name;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            text += '\\' + it.value().toLatin1() + "  " + escaped.toUtf8() + '\n';
        } else {
            text += it.value().toLatin1() + "  " + name.toUtf8() + '\n';
        }
    }
    return text;
}

Result<Sha256Sums> Sha256Sums::parse(const QByteArray &text)
{
    Sha256Sums sums;
    const QList<QByteArray> lines = text.split('\n');
    int number = 0;
    for (QByteArray line : lines) {
        ++number;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty() || line.startsWith('#')) {
            continue;
        }
        bool escaped = false;
        if (line.startsWith('\\')) {
            escaped = true;
            line.remove(0, 1);
        }
        const QString hash = QString::fromLatin1(line.left(64));
        if (line.size() < 67 || !isSha256(hash) || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*')) {
            return fail(Error::Code::ParseError,
                QCoreApplication::translate("core", "SHA256SUMS line %1 is not \"<sha256>  <name>\": %2")
                    .arg(number)
                    .arg(QString::fromUtf8(line.left(120))),
                QCoreApplication::translate("core", "Regenerate the file with sha256sum, or let ReleaseDesk upload a new one."));
        }
        QString name = QString::fromUtf8(line.mid(66));
        if (escaped) {
            QString plain;
            for (qsizetype i = 0; i < name.size(); ++i) {
                if (name.at(i) == QLatin1Char('\\') && i + 1 < name.size()) {
                    const QChar next = name.at(++i);
                    plain += next == QLatin1Char('n') ? QLatin1Char('\n') : next;
                } else {
                    plain += name.at(i);
                }
            }
            name = plain;
        }
        sums.set(name, hash);
    }
    return sums;
}

} // namespace rd
