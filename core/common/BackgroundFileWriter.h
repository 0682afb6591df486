#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace rd {

// Writes one file again and again (a run's journal) on a thread of its own, so the thread that
// asks never waits for the disk: writeFileAtomically fsyncs, and while a build fills the disk
// that took up to 180 ms on the GUI thread. Only the newest contents matter: a write queued
// while an older one waits replaces it. written() reports each write that reached the disk (and
// thereby every earlier one), on the owner's thread; the destructor writes what is still queued.
class BackgroundFileWriter final : public QObject
{
    Q_OBJECT

public:
    using WriteFunction = std::function<Status(const QString &path, const QByteArray &contents)>;

    // writeFunction: how a file is written (tests slow it down); writeFileAtomically by default,
    // after creating the file's folder.
    explicit BackgroundFileWriter(WriteFunction writeFunction = {}, QObject *parent = nullptr);
    ~BackgroundFileWriter() override;
    BackgroundFileWriter(const BackgroundFileWriter &) = delete;
    BackgroundFileWriter &operator=(const BackgroundFileWriter &) = delete;

    // Queues contents for path and returns at once; the number it returns identifies the write
    // in written(). Numbers grow by one per call.
    quint64 write(const QString &path, const QByteArray &contents);
    // Waits until everything queued so far is on disk (for a caller about to exit).
    void flush();

signals:
    // The write `sequence` (and every one before it) is done; error is empty when it succeeded.
    void written(quint64 sequence, const QString &error);

private:
    struct Pending
    {
        quint64 sequence = 0;
        QString path;
        QByteArray contents;
    };

    void loop();

    WriteFunction m_writeFunction;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Pending> m_pending;
    quint64 m_queued = 0;
    quint64 m_done = 0;
    bool m_stopping = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace rd
