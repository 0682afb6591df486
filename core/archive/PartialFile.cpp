#include "PartialFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <unistd.h>

#include <cstdio>

namespace rd {

PartialFile::PartialFile(QString finalPath)
    : m_finalPath(std::move(finalPath))
{ }

PartialFile::~PartialFile()
{
    discard();
}

Status PartialFile::open()
{
    const QFileInfo info(m_finalPath);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot create the folder %1.").arg(info.absolutePath()),
            QCoreApplication::translate("core", "Check that you may write there."));
    }
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString suffix = QString::number(QRandomGenerator::global()->generate() & 0xffffff, 36);
        m_file.setFileName(info.absoluteFilePath() + QStringLiteral(".partial-") + suffix);
        if (m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly)) {
            return {};
        }
    }
    return fail(Error::Code::IoError,
        QCoreApplication::translate("core", "Cannot create a file in %1: %2.").arg(info.absolutePath(), m_file.errorString()),
        QCoreApplication::translate("core", "Check the folder's permissions and free disk space."));
}

Status PartialFile::write(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 written = m_file.write(data + done, size - done);
        if (written <= 0) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Writing %1 failed: %2.").arg(m_finalPath, m_file.errorString()),
                QCoreApplication::translate("core", "Check free disk space."));
        }
        done += written;
    }
    return {};
}

Status PartialFile::commit(bool sync)
{
    if (!m_file.flush()) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Writing %1 failed: %2.").arg(m_finalPath, m_file.errorString()),
            QCoreApplication::translate("core", "Check free disk space."));
    }
    if (sync) {
        ::fsync(m_file.handle());
    }
    m_file.close();
    if (::rename(QFile::encodeName(m_file.fileName()).constData(), QFile::encodeName(m_finalPath).constData()) != 0) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot rename %1 to %2.").arg(m_file.fileName(), m_finalPath));
    }
    m_committed = true;
    return {};
}

void PartialFile::discard()
{
    if (m_committed) {
        return;
    }
    if (m_file.isOpen()) {
        m_file.close();
    }
    if (!m_file.fileName().isEmpty()) {
        QFile::remove(m_file.fileName());
    }
}

} // namespace rd
