#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rd::test {

// Fixtures for the installer tests, generated at test time: portable Windows builds laid out
// like the build step's output, icons, and self-signed code-signing certificates.

// A tiny valid .ico (one 16x16 32-bit image).
QByteArray tinyIco();

// A stand-in for python.exe. Built with x86_64-w64-mingw32-gcc when installed: run with
// "-c CODE" it prints "ready" and keeps running until its stdin closes, like
// python.exe -c "import sys; print('ready', flush=True); sys.stdin.read()" (WineCheck's
// running-instance check relies on that). Without mingw, a copy of a 64-bit program from wine
// (it cannot hold). Empty when neither is available. Built once per test process.
QString fakePythonExe(QString *how = nullptr);

struct DistSpec
{
    QString version = QStringLiteral("1.0.0");
    QString package = QStringLiteral("tallyho");
    bool icon = true;
    bool exampleConfig = true;
    // Extra files, relative to the {App} folder ('/'-separated) -> contents.
    QMap<QString, QByteArray> extraFiles;
    // The launcher's bytes (default: a valid ASCII + CRLF VBS).
    QByteArray launcher;
};

// Writes {root}/python/..., app/src/<package>/..., scripts/start-hidden.vbs, VERSION, optionally
// app/<package>.ico and config.example.yaml. Returns an error message or an empty string.
QString makeDist(const QString &root, const DistSpec &spec);

// The files makeDist() writes for spec (relative, '/'-separated).
QStringList distFiles(const DistSpec &spec);

struct TestCertificate
{
    QString p12; // PKCS#12 with key and certificate
    QString pem; // the certificate, for osslsigncode verify -CAfile
    QString password;
};

// A self-signed code-signing certificate made with openssl in dir. expired: valid only in
// January 2020 (made with "openssl ca", since openssl 3.0's req cannot backdate). Returns an
// error message or an empty string.
QString makeCertificate(const QString &dir, const QString &password, bool expired, TestCertificate *certificate);

} // namespace rd::test
