#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QSettings;

namespace rd::ui {

// The GUI's languages: the translations embedded from translations/*.ts (Qt Linguist), Qt's own
// for its standard dialogs, chosen by the "language" setting ("" follows the system locale).
class Translations final
{
public:
    static QString settingKey() { return QStringLiteral("language"); }
    // (code, name in that language): ("", "System default"), ("en", "English"), ("de", "Deutsch").
    static QList<QPair<QString, QString>> languages();
    // Installs the translators for the setting (or the system locale) on the application, once
    // per process; returns the language in effect ("en" when nothing matched).
    static QString install(QSettings *settings);
    // Installs a given language ("" = system); for tests and for install().
    static QString installLanguage(const QString &code);
};

} // namespace rd::ui
