#include "StreamedFileDevice.h"

#include <cstring>

namespace rd {

StreamedFileDevice::StreamedFileDevice(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
{ }

void StreamedFileDevice::setFraming(const QByteArray &prefix, const QByteArray &suffix)
{
    m_prefix = prefix;
    m_suffix = suffix;
}

bool StreamedFileDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_size = m_prefix.size() + m_file.size() + m_suffix.size();
    m_read = 0;
    return QIODevice::open(mode);
}

bool StreamedFileDevice::reset()
{
    return m_read == 0 && pos() == 0;
}

bool StreamedFileDevice::seek(qint64 position)
{
    // QIODevice keeps its own read position (pos(), with peeked bytes buffered); the file behind
    // only ever moves forward.
    if (position < pos() || position > m_size) {
        return false;
    }
    if (position > m_read) {
        // Skipping ahead is never asked for by Qt's upload path; refuse rather than send a gap.
        return position == pos() && QIODevice::seek(position);
    }
    return QIODevice::seek(position);
}

void StreamedFileDevice::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 StreamedFileDevice::bytesAvailable() const
{
    return (m_size - m_read) + QIODevice::bytesAvailable();
}

bool StreamedFileDevice::atEnd() const
{
    return m_read >= m_size && QIODevice::bytesAvailable() == 0;
}

qint64 StreamedFileDevice::readData(char *data, qint64 maxSize)
{
    if (m_read >= m_size) {
        return -1; // end of the stream
    }
    qint64 done = 0;
    const qint64 fileEnd = m_prefix.size() + (m_size - m_prefix.size() - m_suffix.size());
    while (done < maxSize && m_read < m_size) {
        qint64 got = 0;
        if (m_read < m_prefix.size()) {
            got = std::min(maxSize - done, qint64(m_prefix.size()) - m_read);
            std::memcpy(data + done, m_prefix.constData() + m_read, size_t(got));
        } else if (m_read < fileEnd) {
            got = m_file.read(data + done, std::min(maxSize - done, fileEnd - m_read));
            if (got < 0) {
                setErrorString(m_file.errorString());
                return done > 0 ? done : -1;
            }
            if (got == 0) {
                setErrorString(QStringLiteral("%1 became shorter while it was being sent").arg(m_file.fileName()));
                return done > 0 ? done : -1;
            }
        } else {
            const qint64 offset = m_read - fileEnd;
            got = std::min(maxSize - done, qint64(m_suffix.size()) - offset);
            std::memcpy(data + done, m_suffix.constData() + offset, size_t(got));
        }
        done += got;
        m_read += got;
    }
    return done;
}

} // namespace rd
