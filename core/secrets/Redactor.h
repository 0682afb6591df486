#pragma once

#include <QReadWriteLock>
#include <QString>
#include <QStringList>

namespace rd {

// The process-wide registry of secret values, and the one place that removes them from text.
//
// Every secret ReleaseDesk handles (API tokens, certificate passwords) is registered here the
// moment it is read or entered; anything that writes text a person or a file may see (log lines,
// error messages, plan views, the CLI, journals) passes it through redact() first.
// installMessageFilter() does that for every qDebug/qInfo/qWarning/qCritical/qFatal message.
//
// redact() replaces with "***":
//   - every occurrence of a registered secret, ignoring case (a lower-cased copy in a host name
//     is still the secret), and of its percent-encoded form; overlapping
//     occurrences of several secrets included: the union of all matched ranges is masked, so no
//     fragment of one secret survives next to another;
//   - the credential of an Authorization header ("Authorization: token X", "Bearer X", "Basic X"),
//     whether registered or not;
//   - the value of token and password query/form parameters ("token=", "access_token=",
//     "private_token=", "password=", ...) and of JSON "...token" and "...password" fields;
//   - the password of a URL's user info ("https://user:X@host").
// Thread-safe: messages may be logged from any thread.
class Redactor final
{
public:
    static Redactor &instance();

    // The text that replaces a secret.
    static QString mask();

    // Registers a secret; empty strings are ignored. Adding twice is harmless.
    void add(const QString &secret);
    // Number of registered values (each secret counts with its encoded variants).
    int size() const;
    // Forgets every registered secret. For tests only: production code never unregisters.
    void clear();

    QString redact(const QString &text) const;
    // True if the text contains a registered secret of at least 6 characters (ignoring case), e.g. a
    // token pasted into a URL field.
    bool containsSecret(const QString &text) const;

    // Installs a Qt message handler that redacts every message, then hands it to the handler
    // that was installed before (Qt's default one if none). Idempotent.
    static void installMessageFilter();
    // Restores the previous handler if the filter is still the active one (tests).
    static void removeMessageFilter();
    static bool isMessageFilterInstalled();

    Redactor(const Redactor &) = delete;
    Redactor &operator=(const Redactor &) = delete;

private:
    Redactor() = default;

    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
};

} // namespace rd
