#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the wine checks (WineCheck*.cpp, one file a check) share; not part of the API.
namespace rd::winecheck {

inline const QString uninstallRoot = QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall");

struct StepInfo
{
    const char *id;
    const char *title; // English; shown through QCoreApplication::translate("core", title)
};

inline constexpr StepInfo steps[] = {
    { "prefix", QT_TRANSLATE_NOOP("core", "Wine prefix") },
    { "install", QT_TRANSLATE_NOOP("core", "1. Silent install") },
    { "upgrade", QT_TRANSLATE_NOOP("core", "2. Upgrade removes stale files, keeps data") },
    { "running", QT_TRANSLATE_NOOP("core", "Running app blocks setup") },
    { "uninstall", QT_TRANSLATE_NOOP("core", "3. Uninstall keeps data") },
    { "signature", QT_TRANSLATE_NOOP("core", "4. Signed installer verifies and installs") },
    { "launcher", QT_TRANSLATE_NOOP("core", "5. Launcher is ASCII with CRLF") },
};

// "1.5 s"
QString seconds(qint64 ms);
// Files under root, relative and '/'-separated, sorted.
QStringList filesUnder(const QString &root);
// "a, b, c and 4 more"
QString listSome(const QStringList &items, int count = 3);
// Removes a tree without following symbolic links (a wine prefix links z: to / and the
// desktop to $HOME): links are removed as files, never descended into.
void removeTree(const QString &path);

} // namespace rd::winecheck
