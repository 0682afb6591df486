#pragma once

#include <QString>

namespace rd::ui {

// Numbers with units for people: "23.6 MB", "640 KB", "12 s", "1.2 MB/s".
QString formatSize(qint64 bytes);
QString formatDuration(qint64 milliseconds);
QString formatRate(double bytesPerSecond);
// Quotes one argument of a command line shown on a page, only when it needs it.
QString shellArgument(const QString &value);

} // namespace rd::ui
