#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace rd::ui {

// Microseconds since the benchmark launched us (RD_LAUNCH_US, read by it just before starting the
// program), or -1 when not run by it.
inline qint64 microsecondsSinceLaunch()
{
    const qint64 launched = qgetenv("RD_LAUNCH_US").toLongLong();
    if (launched <= 0) {
        return -1;
    }
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch());
    return static_cast<qint64>(now.count()) - launched;
}

// Reports how long loading the program took before main (libraries mapped and relocated, static
// initialisers): the benchmark splits the cold start there.
inline void reportMainEntered()
{
    if (const qint64 elapsed = microsecondsSinceLaunch(); elapsed >= 0) {
        std::printf("main-entered-us %lld\n", static_cast<long long>(elapsed));
    }
}

// Quits the application right after the widget's first paint: the end of a cold start, for the
// benchmark that compares ReleaseDesk with a minimal Qt Widgets program (same header for both).
inline void quitAfterFirstPaint(QWidget *widget, std::function<void()> painted = {})
{
    class Watcher final : public QObject
    {
    public:
        Watcher(QObject *parent, std::function<void()> painted)
            : QObject(parent)
            , m_painted(std::move(painted))
        { }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !m_seen) {
                m_seen = true;
                // Launch to first paint, on the clock the benchmark read just before it started us
                // (RD_LAUNCH_US, microseconds since the epoch): exit and teardown are not part of a cold start.
                if (const qint64 elapsed = microsecondsSinceLaunch(); elapsed >= 0) {
                    std::printf("first-paint-us %lld\n", static_cast<long long>(elapsed));
                    std::fflush(stdout);
                }
                // For profiling a cold start (perf record over many starts): stop right here, so
                // the samples hold only what happened before the first paint.
                if (qEnvironmentVariableIsSet("RD_EXIT_AT_FIRST_PAINT")) {
                    std::_Exit(0);
                }
                QTimer::singleShot(0, qApp, [this] {
                    if (m_painted) {
                        m_painted();
                    }
                    QCoreApplication::quit();
                });
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        std::function<void()> m_painted;
        bool m_seen = false;
    };
    widget->installEventFilter(new Watcher(widget, std::move(painted)));
}

} // namespace rd::ui
