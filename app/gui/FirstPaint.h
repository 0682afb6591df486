#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

namespace rd::ui {

// Quits the application right after the widget's first paint: the end of a cold start, for the
// benchmark that compares ReleaseDesk with a minimal Qt Widgets program (same header for both).
inline void quitAfterFirstPaint(QWidget *widget)
{
    class Watcher final : public QObject
    {
    public:
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !m_seen) {
                m_seen = true;
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        bool m_seen = false;
    };
    widget->installEventFilter(new Watcher(widget));
}

} // namespace rd::ui
