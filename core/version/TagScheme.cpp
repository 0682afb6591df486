#include "TagScheme.h"

namespace rd {

namespace {

using namespace Qt::StringLiterals;

QString tagHint(const QString &prefix)
{
    return u"Release tags look like %1 (final), %2, %3 or %4."_s.arg(
        prefix + u"1.2.3"_s, prefix + u"1.2.3-alpha.1"_s, prefix + u"1.2.3-beta.2"_s, prefix + u"1.2.3-rc.1"_s);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Whitespace as Python's str.strip() sees it at the end of a tag (QChar::isSpace misses 0x1c-0x1f).
bool isTrailingSpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1c && c.unicode() <= 0x1f);
}

QString preTagName(const QString &label)
{
    if (label == u"a") {
        return u"alpha"_s;
    }
    if (label == u"b") {
        return u"beta"_s;
    }
    if (label == u"rc") {
        return u"rc"_s;
    }
    return {};
}

} // namespace

TagScheme::TagScheme()
    : m_prefix(u"v"_s)
{ }

TagScheme::TagScheme(QString prefix)
    : m_prefix(std::move(prefix))
{ }

Result<TagScheme> TagScheme::withPrefix(QStringView prefix)
{
    const QString shown = prefix.toString();
    const auto invalid = [&shown](const QString &why) {
        return fail(Error::Code::InvalidInput, u"The tag prefix '%1' %2."_s.arg(shown, why),
            u"Use a short prefix such as \"v\", \"release-\" or \"app/v\", or none."_s);
    };
    for (const QChar c : prefix) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isAsciiDigit(c) || c == u'.' || c == u'-'
            || c == u'_' || c == u'/';
        if (!allowed) {
            return invalid(u"contains '%1'; only ASCII letters, digits, '.', '-', '_' and '/' are allowed"_s.arg(c));
        }
    }
    if (prefix.isEmpty()) {
        return TagScheme(QString());
    }
    if (prefix.front() == u'.' || prefix.front() == u'-' || prefix.front() == u'/') {
        return invalid(u"starts with '%1'"_s.arg(prefix.front()));
    }
    if (prefix.contains(u"..") || prefix.contains(u"//")) {
        return invalid(u"contains \"..\" or \"//\", which git does not allow in a tag"_s);
    }
    if (isAsciiDigit(prefix.back())) {
        return invalid(u"ends with a digit, which would run into the version number"_s);
    }
    return TagScheme(prefix.toString());
}

Result<Version> TagScheme::versionFromTag(QStringView tag) const
{
    const QString shown = tag.toString();
    if (!tag.startsWith(m_prefix)) {
        return fail(Error::Code::InvalidInput, u"Tag '%1' does not start with the tag prefix '%2'."_s.arg(shown, m_prefix),
            tagHint(m_prefix));
    }
    const QStringView rest = tag.sliced(m_prefix.size());
    if (rest.isEmpty() || !isAsciiDigit(rest.front())) {
        return fail(Error::Code::InvalidInput,
            u"Tag '%1' has no version number right after its prefix '%2'."_s.arg(shown, m_prefix), tagHint(m_prefix));
    }
    if (isTrailingSpace(rest.back())) {
        return fail(Error::Code::InvalidInput, u"Tag '%1' ends with whitespace."_s.arg(shown), tagHint(m_prefix));
    }
    auto version = Version::parse(rest);
    if (!version) {
        return fail(Error::Code::InvalidInput,
            u"Tag '%1' does not hold a valid version: %2"_s.arg(shown, version.error().message), tagHint(m_prefix));
    }
    if (!version->epoch().isZero()) {
        return fail(Error::Code::InvalidInput,
            u"Tag '%1' carries a version epoch (%2!), which release tags do not use."_s.arg(shown, version->epoch().toString()),
            tagHint(m_prefix));
    }
    return version;
}

Result<QString> TagScheme::tagFromVersion(const Version &version) const
{
    const QString text = version.toString();
    if (!version.epoch().isZero()) {
        return fail(Error::Code::InvalidInput,
            u"Version %1 has an epoch (%2!), which a tag cannot carry."_s.arg(text, version.epoch().toString()),
            u"Drop the epoch from the version, or create this tag by hand."_s);
    }
    QString tag = m_prefix;
    for (qsizetype i = 0; i < version.release().size(); ++i) {
        if (i > 0) {
            tag += u'.';
        }
        tag += version.release()[i].toString();
    }
    QStringList suffix;
    if (const auto pre = version.pre()) {
        const QString name = preTagName(pre->label);
        if (name.isEmpty()) {
            return fail(Error::Code::InvalidInput,
                u"Version %1 has the pre-release label '%2', which has no tag spelling."_s.arg(text, pre->label),
                u"Use a, b or rc pre-releases (1.2.3a1, 1.2.3b1, 1.2.3rc1)."_s);
        }
        suffix << name << pre->number.toString();
    }
    if (const auto post = version.post()) {
        suffix << u"post"_s << post->toString();
    }
    if (const auto dev = version.dev()) {
        suffix << u"dev"_s << dev->toString();
    }
    if (!suffix.isEmpty()) {
        tag += u'-' + suffix.join(u'.');
    }
    if (version.hasLocal()) {
        tag += u'+' + version.local();
    }
    // Guarantees the round trip, whatever odd local label packaging accepted.
    const auto back = versionFromTag(tag);
    if (!back || back->toString() != text) {
        return fail(Error::Code::InvalidInput, u"Version %1 cannot be written as a tag that reads back as itself."_s.arg(text),
            u"Use a local label of ASCII letters and digits only."_s);
    }
    return tag;
}

Result<bool> TagScheme::isPrereleaseTag(QStringView tag) const
{
    auto version = versionFromTag(tag);
    if (!version) {
        return std::unexpected(version.error());
    }
    return version->isPrerelease();
}

QString TagScheme::refNameProblem(const QString &tag)
{
    if (tag.isEmpty()) {
        return QStringLiteral("a tag cannot be empty");
    }
    if (tag == QStringLiteral("@")) {
        return QStringLiteral("\"@\" alone is not a tag name");
    }
    for (const QChar c : tag) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return QStringLiteral("it contains a control character");
        }
        if (QStringLiteral(" ~^:?*[\\").contains(c)) {
            return QStringLiteral("it contains '%1', which git does not allow in tag names")
                .arg(c == QLatin1Char(' ') ? QStringLiteral("a space") : QString(c));
        }
    }
    if (tag.contains(QStringLiteral(".."))) {
        return QStringLiteral("it contains \"..\"");
    }
    if (tag.contains(QStringLiteral("@{"))) {
        return QStringLiteral("it contains \"@{\"");
    }
    if (tag.startsWith(QLatin1Char('/')) || tag.endsWith(QLatin1Char('/')) || tag.contains(QStringLiteral("//"))) {
        return QStringLiteral("it has an empty path component (a leading, trailing or double \"/\")");
    }
    if (tag.endsWith(QLatin1Char('.'))) {
        return QStringLiteral("it ends with \".\"");
    }
    for (const QString &component : tag.split(QLatin1Char('/'))) {
        if (component.startsWith(QLatin1Char('.'))) {
            return QStringLiteral("a part of it starts with \".\"");
        }
        if (component.endsWith(QStringLiteral(".lock"))) {
            return QStringLiteral("a part of it ends with \".lock\"");
        }
    }
    return {};
}

} // namespace rd
