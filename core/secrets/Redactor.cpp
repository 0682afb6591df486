#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

namespace rd {

namespace {

// Patterns whose capture group 1 is a credential, registered or not.
const QList<QRegularExpression> &credentialPatterns()
{
    static const QList<QRegularExpression> patterns = {
        // Authorization: token X / Bearer X / Basic X, also as ("Authorization", "token X") or
        // {"Authorization": "Bearer X"} in dumps of header lists.
        QRegularExpression(
            QStringLiteral(R"re(\bauthorization\b["']?\s*[:=,]\s*["']?(?:token|bearer|basic)\s+([^\s"',;)\]}]+))re"),
            QRegularExpression::CaseInsensitiveOption),
        // A bearer credential on its own.
        QRegularExpression(
            QStringLiteral(R"re(\bbearer\s+([A-Za-z0-9\-._~+/]+=*))re"), QRegularExpression::CaseInsensitiveOption),
        // token=X, access_token=X, private_token=X, password=X in a query or a form body.
        QRegularExpression(
            QStringLiteral(R"re(\b(?:\w*_)?(?:token|password)=([^&#\s"'<>]+))re"), QRegularExpression::CaseInsensitiveOption),
        // "token": "X", "access_token":"X", "password": "X" in JSON.
        QRegularExpression(
            QStringLiteral(R"re("(?:\w*_)?(?:token|password)"\s*:\s*"([^"]+)")re"), QRegularExpression::CaseInsensitiveOption),
        // https://user:X@host
        QRegularExpression(
            QStringLiteral(R"re(\b[a-z][a-z0-9+.\-]*://[^/\s:@]*:([^@\s/]+)@)re"), QRegularExpression::CaseInsensitiveOption),
    };
    return patterns;
}

// Every credential pattern above needs one of these words (or the '@' of user:password@host):
// text without any of them skips the regular expressions. Most log lines and Qt's own warnings
// are such text, and compiling the patterns for the first one cost the cold start 0.8 ms.
bool mayHoldCredential(const QString &text)
{
    static const QStringList keywords
        = { QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("bearer"), QStringLiteral("authoriz") };
    return text.contains(QLatin1Char('@')) || std::any_of(keywords.cbegin(), keywords.cend(), [&text](const QString &keyword) {
        return text.contains(keyword, Qt::CaseInsensitive);
    });
}

QMutex g_filterMutex;
std::atomic<QtMessageHandler> g_previousHandler { nullptr };
std::atomic<bool> g_filterInstalled { false };

void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redactor::instance().redact(message);
    if (const QtMessageHandler previous = g_previousHandler.load()) {
        previous(type, context, clean);
        return;
    }
    // Only reachable in the instant between installing and recording the previous handler.
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, clean)));
}

} // namespace

Redactor &Redactor::instance()
{
    static Redactor redactor;
    return redactor;
}

QString Redactor::mask()
{
    return QStringLiteral("***");
}

void Redactor::add(const QString &secret)
{
    if (secret.isEmpty()) {
        return;
    }
    QStringList variants { secret };
    const QString trimmed = secret.trimmed();
    if (!trimmed.isEmpty() && trimmed != secret) {
        variants << trimmed;
    }
    // As it appears in a URL or a form body.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(trimmed.isEmpty() ? secret : trimmed));
    if (encoded != secret && encoded != trimmed) {
        variants << encoded;
    }

    QWriteLocker lock(&m_lock);
    for (const QString &variant : std::as_const(variants)) {
        if (!m_secrets.contains(variant)) {
            m_secrets << variant;
        }
    }
}

int Redactor::size() const
{
    QReadLocker lock(&m_lock);
    return int(m_secrets.size());
}

void Redactor::clear()
{
    QWriteLocker lock(&m_lock);
    m_secrets.clear();
}

QString Redactor::redact(const QString &text) const
{
    if (text.isEmpty()) {
        return text;
    }
    // Mark every character that belongs to a secret, then replace each marked run once: this
    // masks overlapping and adjacent secrets completely, whatever the order of registration.
    std::vector<bool> masked(size_t(text.size()), false);
    bool any = false;
    const auto markRange = [&](qsizetype from, qsizetype length) {
        for (qsizetype i = from; i < from + length; ++i) {
            masked[size_t(i)] = true;
        }
        any = any || length > 0;
    };

    {
        QReadLocker lock(&m_lock);
        for (const QString &secret : m_secrets) {
            for (qsizetype at = text.indexOf(secret, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(secret, at + 1, Qt::CaseInsensitive)) {
                markRange(at, secret.size());
            }
        }
    }
    if (mayHoldCredential(text)) {
        for (const QRegularExpression &pattern : credentialPatterns()) {
            auto it = pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                markRange(match.capturedStart(1), match.capturedLength(1));
            }
        }
    }
    if (!any) {
        return text;
    }

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!masked[size_t(i)]) {
            out += text.at(i);
            ++i;
            continue;
        }
        out += mask();
        while (i < text.size() && masked[size_t(i)]) {
            ++i;
        }
    }
    return out;
}

bool Redactor::containsSecret(const QString &text) const
{
    // Very short secrets (a 4-letter password) would match ordinary text by chance.
    constexpr qsizetype minimumLength = 6;
    QReadLocker lock(&m_lock);
    return std::any_of(m_secrets.cbegin(), m_secrets.cend(),
        [&text](const QString &secret) { return secret.size() >= minimumLength && text.contains(secret, Qt::CaseInsensitive); });
}

void Redactor::installMessageFilter()
{
    QMutexLocker lock(&g_filterMutex);
    if (g_filterInstalled.load()) {
        return;
    }
    g_previousHandler.store(qInstallMessageHandler(redactingMessageHandler));
    g_filterInstalled.store(true);
}

void Redactor::removeMessageFilter()
{
    QMutexLocker lock(&g_filterMutex);
    if (!g_filterInstalled.load()) {
        return;
    }
    const QtMessageHandler current = qInstallMessageHandler(g_previousHandler.load());
    if (current != redactingMessageHandler) {
        // Someone installed a handler on top of ours, and it chains to us: leave everything as it was.
        qInstallMessageHandler(current);
        return;
    }
    g_filterInstalled.store(false);
    g_previousHandler.store(nullptr);
}

bool Redactor::isMessageFilterInstalled()
{
    return g_filterInstalled.load();
}

} // namespace rd
