#include "Format.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::ui {

QString formatSize(qint64 bytes)
{
    constexpr double mebibyte = 1024.0 * 1024.0;
    if (bytes >= 1024LL * 1024 * 1024) {
        return QCoreApplication::translate("rd::ui::Format", "%1 GB").arg(double(bytes) / (mebibyte * 1024.0), 0, 'f', 2);
    }
    if (bytes >= 1024 * 1024) {
        return QCoreApplication::translate("rd::ui::Format", "%1 MB").arg(double(bytes) / mebibyte, 0, 'f', 1);
    }
    if (bytes >= 1024) {
        return QCoreApplication::translate("rd::ui::Format", "%1 KB").arg((bytes + 1023) / 1024);
    }
    return QCoreApplication::translate("rd::ui::Format", "%1 bytes").arg(bytes);
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 60'000) {
        return QCoreApplication::translate("rd::ui::Format", "%1 s")
            .arg(double(milliseconds) / 1000.0, 0, 'f', milliseconds < 10'000 ? 1 : 0);
    }
    const qint64 seconds = milliseconds / 1000;
    return QCoreApplication::translate("rd::ui::Format", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString formatRate(double bytesPerSecond)
{
    return QCoreApplication::translate("rd::ui::Format", "%1/s").arg(formatSize(qint64(bytesPerSecond)));
}

QString shellArgument(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(value).hasMatch()) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace rd::ui
