#include "Specifier.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

namespace {

struct OpSpelling
{
    const char *text;
    Specifier::Op op;
};

// Longest first, so that "<=" is not read as "<".
constexpr OpSpelling spellings[] = {
    { "===", Specifier::Op::Arbitrary },
    { "~=", Specifier::Op::Compatible },
    { "==", Specifier::Op::Equal },
    { "!=", Specifier::Op::NotEqual },
    { "<=", Specifier::Op::LessEqual },
    { ">=", Specifier::Op::GreaterEqual },
    { "<", Specifier::Op::Less },
    { ">", Specifier::Op::Greater },
};

QString opText(Specifier::Op op)
{
    for (const OpSpelling &spelling : spellings) {
        if (spelling.op == op) {
            return QString::fromLatin1(spelling.text);
        }
    }
    return {};
}

// The release padded with zeros to `length` parts.
QList<VersionNumber> padded(const QList<VersionNumber> &release, qsizetype length)
{
    QList<VersionNumber> out = release;
    while (out.size() < length) {
        out.append(VersionNumber(0));
    }
    return out;
}

// "==1.2.*": epoch equal and the candidate's release starts with the prefix's release (the
// candidate padded with zeros, as packaging does).
bool prefixMatch(const Version &prefix, const Version &candidate)
{
    if (prefix.epoch() != candidate.epoch()) {
        return false;
    }
    const QList<VersionNumber> &wanted = prefix.release();
    const QList<VersionNumber> have = padded(candidate.release(), wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (have.at(i) != wanted.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<Specifier> Specifier::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    Specifier spec;
    bool found = false;
    for (const OpSpelling &spelling : spellings) {
        const QString op = QString::fromLatin1(spelling.text);
        if (text.startsWith(op)) {
            spec.m_op = spelling.op;
            spec.m_text = text.mid(op.size()).trimmed();
            found = true;
            break;
        }
    }
    if (!found || spec.m_text.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a version specifier.").arg(text),
            QCoreApplication::translate("core", "Use an operator and a version, e.g. <2, >=1.24, ==1.2.*, ~=1.4.2 (PEP 440)."));
    }
    if (spec.m_op == Op::Arbitrary) {
        return spec;
    }
    QString versionText = spec.m_text;
    if (versionText.endsWith(QStringLiteral(".*"))) {
        if (spec.m_op != Op::Equal && spec.m_op != Op::NotEqual) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "'%1': only == and != take a '.*' suffix.").arg(text));
        }
        spec.m_wildcard = true;
        versionText.chop(2);
    }
    auto version = Version::parse(versionText);
    if (!version) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' is not a version specifier: %2").arg(text, version.error().message));
    }
    spec.m_version = *version;
    if (spec.m_wildcard && (version->hasLocal() || version->isDevrelease() || version->pre() || version->isPostrelease())) {
        // Allowed by PEP 440 but not supported here: keep it simple and say so.
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1': a '.*' prefix may only hold release numbers here.").arg(text));
    }
    if (spec.m_op == Op::Compatible && version->release().size() < 2) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1': ~= needs at least two release numbers (~=1.4).").arg(text));
    }
    if (version->hasLocal() && spec.m_op != Op::Equal && spec.m_op != Op::NotEqual) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1': a local version label is only allowed with == and !=.").arg(text));
    }
    return spec;
}

bool Specifier::containsText(const QString &versionText) const
{
    if (m_op == Op::Arbitrary) {
        return versionText.trimmed().compare(m_text, Qt::CaseInsensitive) == 0;
    }
    auto version = Version::parse(versionText);
    return version && contains(*version);
}

bool Specifier::contains(const Version &candidate) const
{
    switch (m_op) {
    case Op::Arbitrary: return candidate.toString().compare(m_text, Qt::CaseInsensitive) == 0;
    case Op::Equal:
    case Op::NotEqual: {
        bool equal;
        if (m_wildcard) {
            equal = prefixMatch(m_version, candidate.publicVersion());
        } else if (m_version.hasLocal()) {
            equal = candidate == m_version;
        } else {
            equal = candidate.publicVersion() == m_version;
        }
        return m_op == Op::Equal ? equal : !equal;
    }
    case Op::Compatible: {
        if (candidate.publicVersion() < m_version) {
            return false;
        }
        QList<VersionNumber> prefix = m_version.release();
        prefix.removeLast();
        QStringList parts;
        for (const VersionNumber &n : prefix) {
            parts << n.toString();
        }
        QString prefixText = parts.join(QLatin1Char('.'));
        if (!m_version.epoch().isZero()) {
            prefixText = m_version.epoch().toString() + QLatin1Char('!') + prefixText;
        }
        auto prefixVersion = Version::parse(prefixText);
        return prefixVersion && prefixMatch(*prefixVersion, candidate.publicVersion());
    }
    case Op::LessEqual: return candidate.publicVersion() <= m_version;
    case Op::GreaterEqual: return candidate.publicVersion() >= m_version;
    case Op::Less:
        if (!(candidate < m_version)) {
            return false;
        }
        // "<2" excludes 2.0rc1 (a pre-release of the bound itself) unless the bound is one.
        if (!m_version.isPrerelease() && candidate.isPrerelease() && candidate.baseVersion() == m_version.baseVersion()) {
            return false;
        }
        return true;
    case Op::Greater:
        if (!(candidate > m_version)) {
            return false;
        }
        // ">1.0" excludes 1.0.post1 unless the bound is a post-release, and 1.0+local.
        if (!m_version.isPostrelease() && candidate.isPostrelease() && candidate.baseVersion() == m_version.baseVersion()) {
            return false;
        }
        if (candidate.hasLocal() && candidate.baseVersion() == m_version.baseVersion()) {
            return false;
        }
        return true;
    }
    return false;
}

QString Specifier::toString() const
{
    return opText(m_op) + m_text;
}

Result<SpecifierSet> SpecifierSet::parse(QStringView text)
{
    SpecifierSet set;
    for (const QStringView part : text.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty()) {
            if (text.trimmed().isEmpty()) {
                continue;
            }
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "'%1' has an empty specifier.").arg(text.toString()));
        }
        auto spec = Specifier::parse(part);
        if (!spec) {
            return std::unexpected(spec.error());
        }
        set.m_specifiers.append(*spec);
    }
    return set;
}

bool SpecifierSet::contains(const Version &version) const
{
    for (const Specifier &spec : m_specifiers) {
        if (!spec.contains(version)) {
            return false;
        }
    }
    return true;
}

bool SpecifierSet::containsText(const QString &versionText) const
{
    auto version = Version::parse(versionText);
    for (const Specifier &spec : m_specifiers) {
        if (version ? !spec.contains(*version) : !spec.containsText(versionText)) {
            return false;
        }
    }
    return true;
}

QString SpecifierSet::toString() const
{
    QStringList parts;
    for (const Specifier &spec : m_specifiers) {
        parts << spec.toString();
    }
    return parts.join(QLatin1Char(','));
}

} // namespace rd
