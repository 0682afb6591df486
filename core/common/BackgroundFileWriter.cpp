#include "BackgroundFileWriter.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rd {

namespace {

Status createFolderAndWrite(const QString &path, const QByteArray &contents)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(folder));
    }
    return writeFileAtomically(path, contents);
}

} // namespace

BackgroundFileWriter::BackgroundFileWriter(WriteFunction writeFunction, QObject *parent)
    : QObject(parent)
    , m_writeFunction(writeFunction ? std::move(writeFunction) : WriteFunction(createFolderAndWrite))
    , m_thread([this] { loop(); })
{ }

BackgroundFileWriter::~BackgroundFileWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join(); // the loop writes what is pending before it stops
}

quint64 BackgroundFileWriter::write(const QString &path, const QByteArray &contents)
{
    quint64 sequence = 0;
    {
        const std::lock_guard lock(m_mutex);
        sequence = ++m_queued;
        m_pending = Pending { sequence, path, contents };
    }
    m_changed.notify_all();
    return sequence;
}

void BackgroundFileWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_queued;
    m_changed.wait(lock, [this, target] { return m_done >= target; });
}

void BackgroundFileWriter::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_pending.has_value() || m_stopping; });
        if (!m_pending) {
            return; // stopping, nothing left to write
        }
        const Pending pending = std::move(*m_pending);
        m_pending.reset();
        lock.unlock();
        const Status status = m_writeFunction(pending.path, pending.contents);
        const QString error = status ? QString() : status.error().message;
        QMetaObject::invokeMethod(
            this, [this, sequence = pending.sequence, error] { emit written(sequence, error); }, Qt::QueuedConnection);
        lock.lock();
        m_done = pending.sequence;
        m_changed.notify_all();
    }
}

} // namespace rd
