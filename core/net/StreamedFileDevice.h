#pragma once

#include <QFile>
#include <QIODevice>

namespace rd {

// A file as a one-way stream for request bodies. Qt's HTTP layer silently sends a request again
// when the connection drops before the answer, as long as it can rewind the body; for an upload
// that the server may already have stored, that second copy is a duplicate (Gitea keeps both).
// This device cannot rewind once a byte has been read (reset() and backward seeks fail), so Qt
// reports ContentReSendError instead and the caller decides, after listing the assets, whether to
// send again. It is random-access otherwise, so Qt streams it like a QFile (no buffering).
// Optional bytes before and after the file make a multipart/form-data body of one file part
// (QHttpMultiPart cannot be used for that: Qt peeks and rewinds its parts). size() is the whole
// body's size, so the request announces its Content-Length.
class StreamedFileDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit StreamedFileDevice(const QString &path, QObject *parent = nullptr);
    // Sends `prefix`, then the file, then `suffix`.
    void setFraming(const QByteArray &prefix, const QByteArray &suffix);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    bool reset() override; // only before the first byte was read
    bool seek(qint64 position) override; // never backwards
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    QString fileError() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    QByteArray m_prefix;
    QByteArray m_suffix;
    qint64 m_size = 0; // prefix + file + suffix
    qint64 m_read = 0;
};

} // namespace rd
