#include "TransferMeter.h"

#include "common/ByteSize.h"

#include <cmath>
#include <memory>

namespace rd {

TransferMeter::TransferMeter()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

TransferMeter::TransferMeter(Clock clock)
    : m_clock(std::move(clock))
{ }

void TransferMeter::start(qint64 total)
{
    m_total = total;
    m_done = 0;
    m_startMs = m_clock();
    m_sampleMs = m_startMs;
    m_sampleDone = 0;
    m_rate = 0.0;
}

void TransferMeter::update(qint64 done)
{
    m_done = done;
    const qint64 now = m_clock();
    const qint64 span = now - m_sampleMs;
    if (span < 250) {
        if (m_rate == 0.0 && now > m_startMs) {
            m_rate = double(done) * 1000.0 / double(now - m_startMs);
        }
        return;
    }
    const double instant = double(done - m_sampleDone) * 1000.0 / double(span);
    // Exponential moving average with a ~2 s horizon.
    const double weight = std::min(1.0, double(span) / 2000.0);
    m_rate = m_rate == 0.0 ? instant : m_rate + weight * (instant - m_rate);
    m_sampleMs = now;
    m_sampleDone = done;
}

qint64 TransferMeter::elapsedMs() const
{
    return m_clock() - m_startMs;
}

qint64 TransferMeter::secondsLeft() const
{
    if (m_rate <= 0.0 || m_total <= 0) {
        return -1;
    }
    return qint64(std::ceil(double(std::max<qint64>(0, m_total - m_done)) / m_rate));
}

QString TransferMeter::formatRate(double bytesPerSecond)
{
    return formatBytes(qint64(bytesPerSecond)) + QStringLiteral("/s");
}

QString TransferMeter::formatDuration(qint64 seconds)
{
    if (seconds < 0) {
        return QStringLiteral("?");
    }
    if (seconds < 60) {
        return QStringLiteral("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString TransferMeter::text() const
{
    QString text = QStringLiteral("%1 of %2").arg(formatBytes(m_done), formatBytes(m_total));
    if (m_rate > 0.0) {
        text += QStringLiteral(", ") + formatRate(m_rate);
        if (m_done < m_total) {
            text += QStringLiteral(", %1 left").arg(formatDuration(secondsLeft()));
        }
    }
    return text;
}

} // namespace rd
