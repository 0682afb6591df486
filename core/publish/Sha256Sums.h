#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rd {

// The SHA256SUMS file published with a release, in `sha256sum` format: one line per file,
// "<64 lower-case hex>  <name>" (two spaces: text mode; "<hex> *<name>" binary mode is read too),
// so `sha256sum -c SHA256SUMS` verifies downloads. Names containing a backslash or a newline use
// GNU's escaped form (a leading backslash, "\\" and "\n"). Lines are sorted by name.
class Sha256Sums final
{
public:
    static QString fileName() { return QStringLiteral("SHA256SUMS"); }

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    QString hashOf(const QString &name) const { return m_entries.value(name); } // empty if unknown
    QStringList names() const { return m_entries.keys(); }
    void set(const QString &name, const QString &sha256) { m_entries.insert(name, sha256.toLower()); }
    void remove(const QString &name) { m_entries.remove(name); }

    QByteArray toText() const;
    // Fails (ParseError, naming the line) on anything that is not a checksum line; empty lines
    // and "#" comments are skipped.
    static Result<Sha256Sums> parse(const QByteArray &text);

    static bool isSha256(const QString &text); // 64 hex digits

    bool operator==(const Sha256Sums &) const = default;

private:
    QMap<QString, QString> m_entries;
};

} // namespace rd
