#include "Signer.h"

#include "process/ProcessJob.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rd {

namespace {

QString shellQuote(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString certificateSubject(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.subjectDisplayName() : names.join(QStringLiteral(", "));
}

} // namespace

Signer::Signer(QString file, SigningOptions options, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_options(std::move(options))
{ }

Signer::~Signer() = default;

Result<CertificateInfo> Signer::checkCertificate(const QString &path, const QString &password, const QDateTime &now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "The signing certificate %1 cannot be read.").arg(path),
            QCoreApplication::translate(
                "core", "Check [installer] signing_certificate in releasedesk.toml (a .pfx or .p12 file)."));
    }
    if (!QSslSocket::supportsSsl()) {
        // Without a TLS backend the certificate cannot be opened here: osslsigncode will say.
        return CertificateInfo {};
    }
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, password.toUtf8())) {
        return fail(Error::Code::Unauthorized,
            QCoreApplication::translate(
                "core", "The password for the signing certificate %1 is wrong (or it is not a PKCS#12 file).")
                .arg(QFileInfo(path).fileName()),
            QCoreApplication::translate(
                "core", "Set the right password in RELEASEDESK_SIGN_PASSWORD or in Settings → Signing (keychain)."));
    }
    CertificateInfo info { certificateSubject(certificate), certificate.effectiveDate().toUTC(),
        certificate.expiryDate().toUTC() };
    if (info.notAfter.isValid() && info.notAfter < now) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "The signing certificate \"%1\" expired on %2.")
                .arg(info.subject, info.notAfter.toString(Qt::ISODate)),
            QCoreApplication::translate("core",
                "Renew the certificate and point [installer] signing_certificate at the new .pfx. "
                "Files signed before it expired stay valid only if they were time-stamped."));
    }
    if (info.notBefore.isValid() && info.notBefore > now) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "The signing certificate \"%1\" is not valid before %2.")
                .arg(info.subject, info.notBefore.toString(Qt::ISODate)),
            QCoreApplication::translate("core", "Check the computer's clock, or wait until the certificate becomes valid."));
    }
    return info;
}

QStringList Signer::signArguments(
    const SigningOptions &options, const QString &passwordSource, const QString &in, const QString &out)
{
    QStringList args { QStringLiteral("sign"), QStringLiteral("-pkcs12"), options.certificatePath, QStringLiteral("-readpass"),
        passwordSource, QStringLiteral("-h"), QStringLiteral("sha256") };
    if (!options.description.isEmpty()) {
        args << QStringLiteral("-n") << options.description;
    }
    if (!options.timestampUrl.isEmpty()) {
        args << QStringLiteral("-ts") << options.timestampUrl;
    }
    args << QStringLiteral("-in") << in << QStringLiteral("-out") << out;
    return args;
}

QString Signer::explainSignFailure(const QString &output)
{
    if (output.contains(QStringLiteral("Wrong password"), Qt::CaseInsensitive)
        || output.contains(QStringLiteral("mac verify failure"))) {
        return QStringLiteral("the certificate password is wrong");
    }
    if (output.contains(QStringLiteral("certificate has expired"))) {
        return QStringLiteral("the certificate has expired");
    }
    if (output.contains(QStringLiteral("Failed to read PKCS#12 file")) || output.contains(QStringLiteral("No such file"))) {
        return QStringLiteral("the certificate file cannot be read");
    }
    if (output.contains(QStringLiteral("timestamp"), Qt::CaseInsensitive)
        && output.contains(QStringLiteral("fail"), Qt::CaseInsensitive)) {
        return QStringLiteral("the time-stamping server did not answer");
    }
    return {};
}

ProcessRequest Signer::verifyRequest(const QString &osslsigncode, const QString &file, const QString &caFile)
{
    ProcessRequest request;
    request.program = osslsigncode;
    request.arguments = { QStringLiteral("verify") };
    if (!caFile.isEmpty()) {
        request.arguments << QStringLiteral("-CAfile") << caFile;
    }
    request.arguments << QStringLiteral("-in") << file;
    request.timeoutMs = 120'000;
    return request;
}

SignatureInfo Signer::parseVerifyOutput(const ProcessOutput &output)
{
    const QString text = QString::fromUtf8(output.standardOutput) + QLatin1Char('\n') + QString::fromUtf8(output.standardError);
    SignatureInfo info;
    if (text.contains(QStringLiteral("Unable to extract existing signature"))
        || text.contains(QStringLiteral("No signature found"))) {
        info.problem = QCoreApplication::translate("core", "the file is not signed");
        info.hint = QCoreApplication::translate(
            "core", "Set [installer] signing_certificate and build again, or run: releasedesk-cli installer sign FILE");
        return info;
    }
    info.isSigned = true;
    static const QRegularExpression subject(QStringLiteral("Subject: (.+)"));
    if (const auto match = subject.match(text); match.hasMatch()) {
        info.subject = match.captured(1).trimmed();
    }
    static const QRegularExpression digest(QStringLiteral("Message digest algorithm\\s*:\\s*(\\S+)"));
    if (const auto match = digest.match(text); match.hasMatch()) {
        info.digest = match.captured(1).trimmed();
    }
    info.timestamped = !text.contains(QStringLiteral("Timestamp is not available")) && text.contains(QStringLiteral("Timestamp"));
    info.valid = output.exitCode == 0 && text.contains(QStringLiteral("Signature verification: ok"));
    if (!info.valid) {
        if (text.contains(QStringLiteral("certificate has expired"))) {
            info.problem = QCoreApplication::translate("core", "the signing certificate has expired");
            info.hint = QCoreApplication::translate(
                "core", "Renew the certificate and sign again (time-stamp signatures so that they outlive the certificate).");
        } else if (text.contains(QStringLiteral("self-signed certificate"))
            || text.contains(QStringLiteral("unable to get local issuer")) || text.contains(QStringLiteral("-CAfile"))) {
            info.problem = QCoreApplication::translate("core", "the certificate's issuer is not trusted here");
            info.hint = QCoreApplication::translate(
                "core", "For a self-signed or test certificate pass its certificate as the CA file (--ca-file cert.pem).");
        } else if (text.contains(QStringLiteral("MISMATCH"))
            || text.contains(QStringLiteral("message digest mismatch"), Qt::CaseInsensitive)) {
            info.problem = QCoreApplication::translate("core", "the file was changed after it was signed");
            info.hint = QCoreApplication::translate("core", "Sign it again.");
        } else {
            info.problem = QCoreApplication::translate("core", "osslsigncode could not verify the signature");
            info.hint = QCoreApplication::translate("core", "Run osslsigncode verify -in FILE to see why.");
        }
    }
    return info;
}

void Signer::start()
{
    auto tool = Tool::find(QStringLiteral("osslsigncode"), QStringLiteral("osslsigncode"));
    if (!tool) {
        finish(std::unexpected(tool.error()));
        return;
    }
    m_osslsigncode = tool->path;
    if (!QFileInfo(m_file).isFile()) {
        finish(fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 does not exist.").arg(m_file)));
        return;
    }
    auto certificate = checkCertificate(m_options.certificatePath, m_options.password);
    if (!certificate) {
        finish(std::unexpected(certificate.error()));
        return;
    }
    if (!certificate->subject.isEmpty()) {
        emit logLine(QCoreApplication::translate("core", "Signing with \"%1\" (valid until %2)")
                         .arg(certificate->subject, certificate->notAfter.toString(Qt::ISODate)));
    }
    emit progress(0, 2, QCoreApplication::translate("core", "Signing %1").arg(QFileInfo(m_file).fileName()));
    const QString signedFile = m_file + QStringLiteral(".signed");
    QFile::remove(signedFile);
    auto session = SigningSession::create(m_options, m_osslsigncode);
    if (!session) {
        finish(std::unexpected(session.error()));
        return;
    }
    m_session = std::move(*session);
    ProcessRequest request;
    request.program = m_osslsigncode;
    request.arguments = signArguments(m_options, m_session->passwordFile(), m_file, signedFile);
    request.timeoutMs = 5 * 60 * 1000;
    m_job = new ProcessJob(request, this);
    connect(m_job, &ProcessJob::logLine, this, &Signer::logLine);
    connect(m_job, &ProcessJob::finished, this, [this, signedFile](const Result<ProcessOutput> &output) {
        m_job->deleteLater();
        m_session.reset(); // the password file is wiped as soon as osslsigncode is done
        if (!output) {
            QFile::remove(signedFile);
            finish(std::unexpected(output.error()));
            return;
        }
        if (output->exitCode != 0 || !QFileInfo(signedFile).isFile()) {
            QFile::remove(signedFile);
            const QString all = QString::fromUtf8(output->standardOutput + output->standardError);
            const QString why = explainSignFailure(all);
            finish(fail(Error::Code::ToolFailed,
                why.isEmpty()
                    ? QCoreApplication::translate("core", "osslsigncode could not sign %1.").arg(QFileInfo(m_file).fileName())
                    : QCoreApplication::translate("core", "Signing %1 failed: %2.").arg(QFileInfo(m_file).fileName(), why),
                QCoreApplication::translate("core", "osslsigncode said: ") + all.trimmed().section(QLatin1Char('\n'), 0, 2)));
            return;
        }
        QFile::remove(m_file);
        if (!QFile::rename(signedFile, m_file)) {
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Could not replace %1 with its signed copy.").arg(m_file)));
            return;
        }
        verify();
    });
    m_job->start();
}

void Signer::verify()
{
    emit progress(1, 2, QCoreApplication::translate("core", "Verifying the signature"));
    m_job = new ProcessJob(verifyRequest(m_osslsigncode, m_file, m_options.caFile), this);
    connect(m_job, &ProcessJob::finished, this, [this](const Result<ProcessOutput> &output) {
        m_job->deleteLater();
        if (!output) {
            finish(std::unexpected(output.error()));
            return;
        }
        const SignatureInfo info = parseVerifyOutput(*output);
        if (!info.valid) {
            finish(fail(Error::Code::Precondition,
                QCoreApplication::translate("core", "%1 was signed but does not verify: %2.")
                    .arg(QFileInfo(m_file).fileName(), info.problem),
                info.hint));
            return;
        }
        emit logLine(QCoreApplication::translate("core", "Signature verified: %1, %2").arg(info.subject, info.digest));
        emit progress(2, 2, QStringLiteral("Signed"));
        finish(info);
    });
    m_job->start();
}

void Signer::cancel()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    } else {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Signing was cancelled.")));
    }
}

void Signer::finish(const Result<SignatureInfo> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

// --- SigningSession ---------------------------------------------------------------------------

Result<std::unique_ptr<SigningSession>> SigningSession::create(const SigningOptions &options, const QString &osslsigncode)
{
    std::unique_ptr<SigningSession> session(new SigningSession);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/releasedesk-sign-XXXXXX"));
    if (!dir.isValid()) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Could not create a private folder for signing: %1").arg(dir.errorString()));
    }
    dir.setAutoRemove(false);
    session->m_dir = dir.path();
    QFile::setPermissions(session->m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    session->m_passwordFile = session->m_dir + QStringLiteral("/password");
    QFile password(session->m_passwordFile);
    if (!password.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || password.write(options.password.toUtf8() + '\n') < 0) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Could not write the password file for signing."));
    }
    password.close();

    // The hook gets the file to sign as $1 and replaces it with the signed copy.
    const QStringList args
        = Signer::signArguments(options, session->m_passwordFile, QStringLiteral("@IN@"), QStringLiteral("@OUT@"));
    QStringList quoted;
    for (const QString &arg : args) {
        if (arg == QStringLiteral("@IN@")) {
            quoted << QStringLiteral("\"$1\"");
        } else if (arg == QStringLiteral("@OUT@")) {
            quoted << QStringLiteral("\"$1.signed\"");
        } else {
            quoted << shellQuote(arg);
        }
    }
    const QString script
        = QStringLiteral("#!/bin/sh\n"
                         "# ReleaseDesk signing hook for makensis (!finalize, !uninstfinalize). Deleted after the build.\n"
                         "set -e\n"
                         "rm -f \"$1.signed\"\n"
                         "%1 %2 >/dev/null\n"
                         "mv -f \"$1.signed\" \"$1\"\n"
                         "echo \"ReleaseDesk: signed $(basename \"$1\")\"\n")
              .arg(shellQuote(osslsigncode), quoted.join(QLatin1Char(' ')));
    session->m_script = session->m_dir + QStringLiteral("/sign.sh");
    QFile file(session->m_script);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(script.toUtf8()) < 0) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Could not write the signing hook."));
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return session;
}

SigningSession::~SigningSession()
{
    if (!m_passwordFile.isEmpty()) {
        QFile password(m_passwordFile);
        if (password.open(QIODevice::ReadWrite)) {
            password.write(QByteArray(password.size(), '\0')); // overwrite before unlinking
            password.close();
        }
        QFile::remove(m_passwordFile);
    }
    if (!m_dir.isEmpty()) {
        QDir(m_dir).removeRecursively();
    }
}

} // namespace rd
