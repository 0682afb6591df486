#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace rd::ui {

// Runs work() on a short-lived worker thread and hands its result to done() on context's
// thread, if context still exists. Keeps file, git and process work off the GUI thread.
template <typename T> void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<T>(work());
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, result, done] {
                    if (guard) {
                        done(std::move(*result));
                    }
                },
                Qt::QueuedConnection);
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace rd::ui
