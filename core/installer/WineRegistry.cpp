#include "WineRegistry.h"

#include <QRegularExpression>
#include <QStringList>

namespace rd {

QString WineRegistry::unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        switch (next.unicode()) {
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case '0': out += QChar(0); break;
        case 'x': {
            // \xNNNN: up to four hex digits (wine writes non-ASCII characters this way).
            qsizetype end = i + 1;
            while (end < text.size() && end - (i + 1) < 4 && QStringLiteral("0123456789abcdefABCDEF").contains(text.at(end))) {
                ++end;
            }
            bool ok = false;
            const uint code = text.mid(i + 1, end - i - 1).toUInt(&ok, 16);
            if (ok) {
                out += QChar(char16_t(code));
                i = end - 1;
            } else {
                out += next;
            }
            break;
        }
        default: out += next; // \\ and \" and anything else: the character itself
        }
    }
    return out;
}

QStringList WineRegistry::subkeys(const QString &key) const
{
    const QString prefix = key.toLower() + QLatin1Char('\\');
    QStringList names;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(QLatin1Char('\\'))) {
            names << it->name.mid(prefix.size());
        }
    }
    return names;
}

WineRegistry WineRegistry::parse(const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^\\[(.*)\\](?:\\s+\\d+)?\\s*$"));
    static const QRegularExpression value(QStringLiteral("^(@|\"((?:[^\"\\\\]|\\\\.)*)\")=(.*)$"));
    WineRegistry registry;
    Key *current = nullptr;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (const auto match = header.match(line); match.hasMatch()) {
            const QString name = unescape(match.captured(1));
            Key &key = registry.m_keys[name.toLower()];
            key.name = name;
            current = &key;
            continue;
        }
        if (!current) {
            continue;
        }
        const auto match = value.match(line);
        if (!match.hasMatch()) {
            continue;
        }
        const QString name = match.captured(1) == QStringLiteral("@") ? QStringLiteral("@") : unescape(match.captured(2));
        const QString data = match.captured(3);
        if (data.startsWith(QLatin1Char('"')) && data.endsWith(QLatin1Char('"')) && data.size() >= 2) {
            current->values.insert(name, unescape(data.mid(1, data.size() - 2)));
        } else if (data.startsWith(QStringLiteral("dword:"))) {
            current->values.insert(name, QVariant::fromValue(data.mid(6).toUInt(nullptr, 16)));
        } else {
            current->values.insert(name, data);
        }
    }
    return registry;
}

} // namespace rd
