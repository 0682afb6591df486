#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace rd {

// Bytes done, speed and time left of one transfer, for progress text ("12.0 MiB of 100.0 MiB,
// 48.2 MiB/s, 2 s left"). The speed is a moving average over the last few seconds. The clock is
// injectable (milliseconds since an arbitrary start) so tests can drive it.
class TransferMeter final
{
public:
    using Clock = std::function<qint64()>;

    TransferMeter();
    explicit TransferMeter(Clock clock);

    void start(qint64 total);
    void update(qint64 done);
    void setTotal(qint64 total) { m_total = total; }

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    double bytesPerSecond() const { return m_rate; }
    qint64 secondsLeft() const; // -1 while unknown
    qint64 elapsedMs() const;
    QString text() const;

    static QString formatRate(double bytesPerSecond);
    static QString formatDuration(qint64 seconds);

private:
    Clock m_clock;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_startMs = 0;
    qint64 m_sampleMs = 0;
    qint64 m_sampleDone = 0;
    double m_rate = 0.0;
};

} // namespace rd
