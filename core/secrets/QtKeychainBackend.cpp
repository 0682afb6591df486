#include "QtKeychainBackend.h"

#include "Redactor.h"
#include "SecretsLog.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace rd {

namespace {

QString verb(KeychainBackend::Operation operation)
{
    switch (operation) {
    case KeychainBackend::Operation::Read: return QStringLiteral("read");
    case KeychainBackend::Operation::Write: return QStringLiteral("save");
    case KeychainBackend::Operation::Remove: return QStringLiteral("delete");
    }
    return QStringLiteral("read");
}

// " (detail)" or "", redacted; QtKeychain's texts are short library messages.
QString detailSuffix(const QString &detail)
{
    const QString clean = Redactor::instance().redact(detail.trimmed());
    return clean.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(clean);
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QObject *parent)
    : KeychainBackend(parent)
{ }

QtKeychainBackend::~QtKeychainBackend()
{
    // Running jobs are not ours to delete (see the class comment): they auto-delete when they
    // finish, and our connections to them die with this object.
    if (const int running = jobsInFlight(); running > 0) {
        qCDebug(lcSecrets).noquote() << QStringLiteral(
            "%1 keychain job(s) still waiting for the keychain; they will clean up when it answers.")
                                            .arg(running);
    }
}

int QtKeychainBackend::jobsInFlight() const
{
    int running = 0;
    for (const QPointer<QKeychain::Job> &job : m_jobs) {
        if (job) {
            ++running;
        }
    }
    return running;
}

void QtKeychainBackend::startRead(RequestId id, const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    startJob(id, job, Operation::Read);
}

void QtKeychainBackend::startWrite(RequestId id, const QString &service, const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(secret);
    startJob(id, job, Operation::Write);
}

void QtKeychainBackend::startRemove(RequestId id, const QString &service, const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    startJob(id, job, Operation::Remove);
}

void QtKeychainBackend::startJob(RequestId id, QKeychain::Job *job, Operation operation)
{
    // No parent (a parent's destructor would delete a running job) and auto-delete after finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    m_jobs.insert(id, job);
    connect(job, &QKeychain::Job::finished, this,
        [this, id, operation](QKeychain::Job *finished) { onJobFinished(id, finished, operation); });
    job->start();
}

void QtKeychainBackend::abandon(RequestId id)
{
    // Keep the job and our connection: deleting it would leave QtKeychain's callback with a
    // dangling pointer. When it finishes, onJobFinished() reports the late answer and the job
    // deletes itself.
    qCDebug(lcSecrets).noquote() << QStringLiteral("Keychain job %1 left to finish on its own.").arg(id);
}

void QtKeychainBackend::onJobFinished(RequestId id, QKeychain::Job *job, Operation operation)
{
    m_jobs.remove(id);
    const QKeychain::Error code = job->error();
    if (operation == Operation::Read) {
        if (code == QKeychain::NoError) {
            finishRead(id, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        } else {
            finishRead(id, std::unexpected(mapError(int(code), job->errorString(), operation)));
        }
        return;
    }
    if (code == QKeychain::NoError) {
        finishStatus(id, {});
    } else {
        finishStatus(id, std::unexpected(mapError(int(code), job->errorString(), operation)));
    }
    // The job deletes itself (deleteLater) after this signal: nothing else to do.
}

Error QtKeychainBackend::mapError(int qkeychainError, const QString &detail, Operation operation)
{
    const QString detailText = detailSuffix(detail);
    switch (static_cast<QKeychain::Error>(qkeychainError)) {
    case QKeychain::NoError:
        return Error::make(Error::Code::Unknown,
            QCoreApplication::translate("core", "The system keychain reported no error but gave no answer."));
    case QKeychain::EntryNotFound:
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("core", "The system keychain has no such entry%1.").arg(detailText));
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(Error::Code::IoError,
            QCoreApplication::translate("core", "The system keychain could not delete the entry%1.").arg(detailText),
            QCoreApplication::translate("core", "Delete it by hand (for example in Seahorse, under \"ReleaseDesk\")."));
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Code::Forbidden,
            QCoreApplication::translate("core", "Access to the system keychain was denied, so the secret could not be %1%2.")
                .arg(operation == Operation::Read       ? QStringLiteral("read")
                        : operation == Operation::Write ? QStringLiteral("saved")
                                                        : QStringLiteral("deleted"),
                    detailText),
            QCoreApplication::translate("core", "Allow ReleaseDesk when the keychain asks, and try again."));
    case QKeychain::AccessDenied:
        return Error::make(Error::Code::Forbidden,
            QCoreApplication::translate("core", "The system keychain refused to %1 the secret; it is probably locked%2.")
                .arg(verb(operation), detailText),
            QCoreApplication::translate(
                "core", "Unlock it (for example in Seahorse, or by logging in to the desktop) and try again."));
    case QKeychain::NoBackendAvailable:
        return Error::make(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "No system keychain is available%1.").arg(detailText),
            QCoreApplication::translate("core",
                "Install and start a Secret Service provider such as GNOME Keyring "
                "(Debian packages gnome-keyring and dbus-user-session) or KWallet, and try again."));
    case QKeychain::NotImplemented:
        return Error::make(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "The system keychain cannot %1 secrets on this platform%2.")
                .arg(verb(operation), detailText));
    case QKeychain::OtherError: break;
    }

    // OtherError: QtKeychain passes on the D-Bus/libsecret message; recognise the common ones.
    if (detail.contains(QStringLiteral("autolaunch D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))
        || detail.contains(QStringLiteral("D-Bus is not running"), Qt::CaseInsensitive)) {
        return Error::make(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "There is no D-Bus session, so the system keychain cannot be reached%1.")
                .arg(detailText),
            QCoreApplication::translate("core",
                "Run ReleaseDesk inside a desktop session; for headless use start one with "
                "dbus-run-session and an unlocked gnome-keyring-daemon "
                "(Debian packages dbus and gnome-keyring)."));
    }
    if (detail.contains(QStringLiteral("org.freedesktop.secrets")) || detail.contains(QStringLiteral("ServiceUnknown"))) {
        return Error::make(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "No Secret Service provider answers on the D-Bus session%1.").arg(detailText),
            QCoreApplication::translate("core",
                "Install GNOME Keyring (Debian package gnome-keyring) or enable the Secret "
                "Service integration of your password manager, and try again."));
    }
    return Error::make(Error::Code::Unknown,
        QCoreApplication::translate("core", "The system keychain could not %1 the secret%2.").arg(verb(operation), detailText),
        QCoreApplication::translate("core", "Check that the keychain works (for example in Seahorse) and try again."));
}

} // namespace rd
