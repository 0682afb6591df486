#pragma once

#include "common/Error.h"
#include "process/Tool.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace rd {

class ProcessJob;

// How to sign: a PKCS#12 certificate and its password (from SecretStore: the environment
// variable RELEASEDESK_SIGN_PASSWORD or the keychain), SHA-256, an optional RFC 3161 server.
// The password never appears on a command line: osslsigncode reads it from stdin or from a
// 0600 file in a private folder that is deleted afterwards (-readpass).
struct SigningOptions
{
    QString certificatePath; // .pfx / .p12
    QString password;
    QString timestampUrl; // empty: no timestamp
    QString description; // shown by Windows as the program name (-n), optional
    QString caFile; // for verification of self-signed/test certificates (-CAfile), optional
};

// What "osslsigncode verify" says about a file.
struct SignatureInfo
{
    bool isSigned = false;
    bool valid = false;
    QString subject; // "/CN=ReleaseDesk Test Signing"
    QString digest; // "SHA256"
    bool timestamped = false;
    QString problem; // why it is not valid, in words
    QString hint; // what to do
    bool operator==(const SignatureInfo &) const = default;
};

// What the certificate is, read before anything is signed (so a wrong password or an expired
// certificate is reported as such, not as an osslsigncode failure).
struct CertificateInfo
{
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    bool operator==(const CertificateInfo &) const = default;
};

// Signs one file in place with osslsigncode (to "<file>.signed", renamed over the file when
// complete) and verifies it afterwards. finished() is emitted exactly once, on every path.
class SigningSession;

class Signer final : public QObject
{
    Q_OBJECT

public:
    Signer(QString file, SigningOptions options, QObject *parent = nullptr);
    ~Signer() override;

    void start();
    void cancel();

    // Opens the PKCS#12 file with the password: a wrong password (Unauthorized), an expired or
    // not yet valid certificate (Precondition), or an unreadable file, each with its own message.
    static Result<CertificateInfo> checkCertificate(
        const QString &path, const QString &password, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "osslsigncode verify [-CAfile ca] -in file".
    static ProcessRequest verifyRequest(const QString &osslsigncode, const QString &file, const QString &caFile);
    static SignatureInfo parseVerifyOutput(const ProcessOutput &output);
    // "osslsigncode sign -pkcs12 ... -readpass <passwordSource> -h sha256 ... -in in -out out"; no password in it.
    static QStringList signArguments(
        const SigningOptions &options, const QString &passwordSource, const QString &in, const QString &out);
    // An osslsigncode error in words ("wrong password", "expired certificate"...), or empty.
    static QString explainSignFailure(const QString &output);

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::SignatureInfo> &result);

private:
    void verify();
    void finish(const Result<SignatureInfo> &result);

    QString m_file;
    SigningOptions m_options;
    QString m_osslsigncode;
    QPointer<ProcessJob> m_job;
    // The password reaches osslsigncode through a private 0600 file: `-readpass -` (stdin) only
    // exists from osslsigncode 2.6, and Debian 12 ships 2.5.
    std::shared_ptr<SigningSession> m_session;
    bool m_cancelled = false;
    bool m_done = false;
};

// A private folder (0700) holding the certificate password (0600) and a small shell script that
// signs the file it is given in place, for makensis's !finalize and !uninstfinalize hooks (they
// run a command line, which must not carry the password). Deleted when the session ends.
class SigningSession final
{
public:
    static Result<std::unique_ptr<SigningSession>> create(const SigningOptions &options, const QString &osslsigncode);
    ~SigningSession();
    SigningSession(const SigningSession &) = delete;
    SigningSession &operator=(const SigningSession &) = delete;

    QString hookCommand() const { return m_script; } // pass as makensis -DSIGN_COMMAND=
    QString directory() const { return m_dir; }
    QString passwordFile() const { return m_passwordFile; }

private:
    SigningSession() = default;
    QString m_dir;
    QString m_passwordFile;
    QString m_script;
};

} // namespace rd
