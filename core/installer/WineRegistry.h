#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

namespace rd {

// Reads wine's registry files (user.reg, system.reg): the text format wine writes lazily
// ("wineserver -w" first). Keys keep their single backslashes
// ("Software\Microsoft\Windows\CurrentVersion\Uninstall\Tallyho"); string values are
// unescaped, dword values become quint32, other types are kept as their text.
class WineRegistry final
{
public:
    using Values = QMap<QString, QVariant>; // value name ("@" for the default value) -> value

    static WineRegistry parse(const QString &text);

    bool hasKey(const QString &key) const { return m_keys.contains(key.toLower()); }
    Values values(const QString &key) const { return m_keys.value(key.toLower()).values; }
    QString keyName(const QString &key) const { return m_keys.value(key.toLower()).name; } // as written
    // The direct subkeys' names of a key.
    QStringList subkeys(const QString &key) const;

    static QString unescape(const QString &text);

private:
    struct Key
    {
        QString name;
        Values values;
    };
    QMap<QString, Key> m_keys; // lower-case key -> key
};

} // namespace rd
