#include "Version.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace rd {

// The parsed pieces, as packaging's _Version tuple holds them.
struct VersionData
{
    struct LocalPart
    {
        bool numeric = false;
        VersionNumber number; // when numeric
        QString text; // otherwise, lower-cased
    };

    VersionNumber epoch;
    QList<VersionNumber> release;
    qsizetype releaseKeySize = 0; // release without its trailing zeros: what ordering looks at
    bool hasPre = false;
    QString preLabel; // "a", "b", "rc" (or an odd spelling packaging leaves as it is)
    VersionNumber pre;
    bool hasPost = false;
    QString postLabel; // "post" (or an odd spelling, which still orders differently)
    VersionNumber post;
    bool hasDev = false;
    VersionNumber dev;
    QList<LocalPart> local; // empty when there is no local label
    quint64 sortKey = 0; // see Version::m_key

    // Call once the pieces are set.
    void finish()
    {
        releaseKeySize = release.size();
        while (releaseKeySize > 0 && release[releaseKeySize - 1].isZero()) {
            --releaseKeySize;
        }
        sortKey = makeSortKey();
    }

    // Sorts before its own release: 1.0rc1, 1.0.dev0 (but not 1.0.post1.dev0).
    bool isUnreleased() const { return hasPre || (hasDev && !hasPost); }

    // packaging's _pre key: -Infinity for a bare dev release, the (label, n) tuple, or +Infinity.
    int preRank() const
    {
        if (hasPre) {
            return 1;
        }
        return (!hasPost && hasDev) ? 0 : 2;
    }

    // Bits 63-60 epoch, then 16 bits for each of release parts 0-2 (trailing zeros trimmed, so
    // comparing them zero-padded is packaging's tuple comparison), then 12 bits for the rest:
    // 0xfff when the release has more than three parts (it sorts after every shorter release with
    // the same three), else the pre-release kind (4 bits) and number (8 bits). Each field
    // saturates at its maximum; a saturated field hides all later ones (they stay 0), so two
    // versions share a key whenever the fields cannot tell them apart, and compareData decides.
    quint64 makeSortKey() const
    {
        quint64 key = 0;
        const auto put = [&key](quint64 value, int bits) { key = (key << bits) | value; };
        const quint64 epochField = epoch.saturated(0xf);
        put(epochField, 4);
        bool exact = epochField < 0xf;
        for (qsizetype i = 0; i < 3; ++i) {
            const quint64 part = exact ? (i < releaseKeySize ? release[i].saturated(0xffff) : 0) : 0;
            put(part, 16);
            exact = exact && part < 0xffff;
        }
        if (!exact) {
            return key << 12;
        }
        if (releaseKeySize > 3) {
            put(0xfff, 12);
            return key;
        }
        const quint64 kind = preKind();
        put(kind, 4);
        put(kind % 2 == 0 && hasPre ? pre.saturated(0xff) : 0, 8); // odd kinds mix labels: no number
        return key;
    }

    // The pre-release position as 0-8: a bare dev release first, then the labels in string order
    // (odd ones, which only odd Unicode spellings produce, in the gaps), then no pre-release.
    quint64 preKind() const
    {
        switch (preRank()) {
        case 0: return 0;
        case 2: return 8;
        default: break;
        }
        const auto place = [this](QStringView label, quint64 rank) -> std::optional<quint64> {
            const int c = QStringView(preLabel).compare(label);
            if (c == 0) {
                return rank;
            }
            return c < 0 ? std::optional<quint64>(rank - 1) : std::nullopt;
        };
        if (auto kind = place(u"a", 2)) {
            return *kind;
        }
        if (auto kind = place(u"b", 4)) {
            return *kind;
        }
        if (auto kind = place(u"rc", 6)) {
            return *kind;
        }
        return 7;
    }
};

namespace {

using namespace Qt::StringLiterals;

const QString InvalidHint = u"Use a form like 1.2.3, 1.2.3rc1, 1.2.3.post1 or 1.2.3.dev0."_s;

constexpr int sign(std::strong_ordering order) noexcept
{
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

// Python's \s (str.isspace) for the characters a UTF-16 unit can hold; none is a surrogate.
constexpr bool isPyWhitespace(char16_t c) noexcept
{
    if (c <= 0x20) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
    }
    if (c < 0x85) {
        return false;
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
        || c == 0x205f || c == 0x3000;
}

constexpr bool isDigit(char16_t c) noexcept
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isSeparator(char16_t c) noexcept
{
    return c == u'.' || c == u'-' || c == u'_';
}

// The ASCII letter c stands for under Python's re.IGNORECASE, or 0. Besides both ASCII cases,
// Python also matches U+0130 and U+0131 to "i", U+017F (long s) to "s" and U+212A (Kelvin) to "k".
constexpr char16_t foldLetter(char16_t c) noexcept
{
    if (c >= u'a' && c <= u'z') {
        return c;
    }
    if (c >= u'A' && c <= u'Z') {
        return char16_t(c + (u'a' - u'A'));
    }
    switch (c) {
    case 0x0130:
    case 0x0131: return u'i';
    case 0x017f: return u's';
    case 0x212a: return u'k';
    default: return 0;
    }
}

// [a-z0-9] under re.IGNORECASE.
constexpr bool isLocalChar(char16_t c) noexcept
{
    return isDigit(c) || foldLetter(c) != 0;
}

bool isAscii(QStringView text) noexcept
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Python's str.lower() for the characters a label or local part can hold.
QString pythonLower(QStringView text)
{
    QString lowered;
    lowered.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            lowered.append(QChar(char16_t(u + (u'a' - u'A'))));
        } else if (u == 0x0130) {
            lowered.append(u"i\u0307"); // İ lower-cases to i + combining dot above
        } else if (u == 0x212a) {
            lowered.append(u'k');
        } else {
            lowered.append(c);
        }
    }
    return lowered;
}

// packaging's _parse_letter_version spelling map, applied to an already lower-cased label.
QString canonicalLabel(QStringView lowered)
{
    if (lowered == u"a" || lowered == u"alpha") {
        return u"a"_s;
    }
    if (lowered == u"b" || lowered == u"beta") {
        return u"b"_s;
    }
    if (lowered == u"rc" || lowered == u"c" || lowered == u"pre" || lowered == u"preview") {
        return u"rc"_s;
    }
    if (lowered == u"post" || lowered == u"rev" || lowered == u"r") {
        return u"post"_s;
    }
    if (lowered == u"dev") {
        return u"dev"_s;
    }
    return lowered.toString();
}

// Spellings in the order that gives the regex's answer: when one is a prefix of another, the
// longer one first (after "a", "lpha" could never continue a valid version, so the regex
// backtracks to "alpha").
constexpr std::array<std::u16string_view, 8> PreWords = { u"preview", u"pre", u"alpha", u"a", u"beta", u"b", u"rc", u"c" };
constexpr std::array<std::u16string_view, 3> PostWords = { u"post", u"rev", u"r" };
constexpr std::array<std::u16string_view, 1> DevWords = { u"dev" };

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        } else if (u == 0x2028 || u == 0x2029) {
            out += u"\\u"_s + QString::number(u, 16);
        } else {
            out += c;
        }
    }
    return out;
}

// Text from the user, safe and short enough for a message.
QString display(QStringView text)
{
    constexpr qsizetype Max = 64;
    if (text.size() <= Max) {
        return escaped(text);
    }
    return escaped(text.first(48)) + u"…"_s + escaped(text.last(12));
}

// A hand-written equivalent of packaging's anchored VERSION_PATTERN (re.VERBOSE | re.IGNORECASE).
// The regex is deterministic in effect: wherever it could backtrack, the alternative either
// fails too or yields the same pieces (separators carry no meaning), so a greedy left-to-right
// scan gives the same verdict and the same groups.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    { }

    bool run(VersionData &v);
    const QString &reason() const { return m_reason; }

private:
    char16_t at(qsizetype i) const { return m_text[i].unicode(); }
    qsizetype scanDigits(qsizetype from) const
    {
        while (from < m_end && isDigit(at(from))) {
            ++from;
        }
        return from;
    }
    qsizetype skipSeparator(qsizetype from) const { return (from < m_end && isSeparator(at(from))) ? from + 1 : from; }
    template <size_t N>
    qsizetype matchWord(qsizetype from, const std::array<std::u16string_view, N> &words, std::u16string_view *word) const;
    bool number(qsizetype from, qsizetype to, VersionNumber &out);
    QString label(qsizetype from, std::u16string_view word) const;
    bool parsePre(VersionData &v);
    bool parsePost(VersionData &v);
    bool parseDev(VersionData &v);
    bool parseLocal(VersionData &v);
    bool localError(qsizetype labelStart, qsizetype at);
    bool unexpected();
    bool startsWithKeyword(QStringView text) const;
    bool failWith(QString reason)
    {
        m_reason = std::move(reason);
        return false;
    }

    QStringView m_text;
    qsizetype m_begin = 0; // the version proper, without surrounding whitespace
    qsizetype m_end = 0;
    qsizetype m_pos = 0;
    QString m_reason;
};

template <size_t N>
qsizetype Parser::matchWord(qsizetype from, const std::array<std::u16string_view, N> &words, std::u16string_view *word) const
{
    for (const std::u16string_view candidate : words) {
        const auto size = qsizetype(candidate.size());
        if (from + size > m_end) {
            continue;
        }
        qsizetype i = 0;
        while (i < size && foldLetter(at(from + i)) == candidate[size_t(i)]) {
            ++i;
        }
        if (i == size) {
            if (word) {
                *word = candidate;
            }
            return size;
        }
    }
    return 0;
}

bool Parser::number(qsizetype from, qsizetype to, VersionNumber &out)
{
    auto parsed = VersionNumber::fromString(m_text.sliced(from, to - from));
    if (!parsed) {
        return failWith(parsed.error().message);
    }
    out = std::move(*parsed);
    return true;
}

// The label as packaging stores it: lower-cased, then mapped to its canonical spelling.
QString Parser::label(qsizetype from, std::u16string_view word) const
{
    const QStringView matched = m_text.sliced(from, qsizetype(word.size()));
    if (isAscii(matched)) {
        return canonicalLabel(QStringView(word.data(), qsizetype(word.size()))); // lower() == word
    }
    return canonicalLabel(pythonLower(matched));
}

bool Parser::run(VersionData &v)
{
    m_begin = 0;
    m_end = m_text.size();
    while (m_begin < m_end && isPyWhitespace(at(m_begin))) {
        ++m_begin;
    }
    while (m_end > m_begin && isPyWhitespace(at(m_end - 1))) {
        --m_end;
    }
    if (m_begin == m_end) {
        return failWith(m_text.isEmpty() ? u"the version is empty"_s : u"the version is blank"_s);
    }
    m_pos = m_begin;
    if (foldLetter(at(m_pos)) == u'v') {
        ++m_pos;
    }
    if (m_pos == m_end || !isDigit(at(m_pos))) {
        if (m_pos > m_begin) {
            return failWith(u"expected a release number such as 1.0 after the 'v' prefix"_s);
        }
        return failWith(u"it must start with a release number such as 1.0"_s);
    }

    qsizetype end = scanDigits(m_pos);
    if (end < m_end && at(end) == u'!') {
        if (!number(m_pos, end, v.epoch)) {
            return false;
        }
        m_pos = end + 1;
        if (m_pos == m_end || !isDigit(at(m_pos))) {
            return failWith(
                u"expected a release number after the epoch '"_s + display(m_text.sliced(m_begin, m_pos - m_begin)) + u"'"_s);
        }
    }

    v.release.reserve(4);
    for (;;) {
        end = scanDigits(m_pos);
        VersionNumber part;
        if (!number(m_pos, end, part)) {
            return false;
        }
        v.release.append(std::move(part));
        m_pos = end;
        if (m_pos + 1 < m_end && at(m_pos) == u'.' && isDigit(at(m_pos + 1))) {
            ++m_pos;
            continue;
        }
        break;
    }

    if (!parsePre(v) || !parsePost(v) || !parseDev(v)) {
        return false;
    }
    if (m_pos < m_end && at(m_pos) == u'+' && !parseLocal(v)) {
        return false;
    }
    if (m_pos < m_end) {
        return unexpected();
    }
    v.finish();
    return true;
}

bool Parser::parsePre(VersionData &v)
{
    qsizetype pos = skipSeparator(m_pos);
    std::u16string_view word;
    const qsizetype size = matchWord(pos, PreWords, &word);
    if (size == 0) {
        return true;
    }
    v.preLabel = label(pos, word);
    pos = skipSeparator(pos + size);
    const qsizetype end = scanDigits(pos);
    if (end > pos && !number(pos, end, v.pre)) {
        return false;
    }
    v.hasPre = true;
    m_pos = end;
    return true;
}

bool Parser::parsePost(VersionData &v)
{
    if (m_pos + 1 < m_end && at(m_pos) == u'-' && isDigit(at(m_pos + 1))) { // implicit: 1.0-1
        const qsizetype end = scanDigits(m_pos + 1);
        if (!number(m_pos + 1, end, v.post)) {
            return false;
        }
        v.hasPost = true;
        v.postLabel = u"post"_s;
        m_pos = end;
        return true;
    }
    qsizetype pos = skipSeparator(m_pos);
    std::u16string_view word;
    const qsizetype size = matchWord(pos, PostWords, &word);
    if (size == 0) {
        return true;
    }
    v.postLabel = label(pos, word);
    pos = skipSeparator(pos + size);
    const qsizetype end = scanDigits(pos);
    if (end > pos && !number(pos, end, v.post)) {
        return false;
    }
    v.hasPost = true;
    m_pos = end;
    return true;
}

bool Parser::parseDev(VersionData &v)
{
    qsizetype pos = skipSeparator(m_pos);
    const qsizetype size = matchWord(pos, DevWords, nullptr);
    if (size == 0) {
        return true;
    }
    pos = skipSeparator(pos + size);
    const qsizetype end = scanDigits(pos);
    if (end > pos && !number(pos, end, v.dev)) {
        return false;
    }
    v.hasDev = true;
    m_pos = end;
    return true;
}

bool Parser::parseLocal(VersionData &v)
{
    const qsizetype labelStart = ++m_pos; // after '+'
    for (;;) {
        qsizetype end = m_pos;
        bool numeric = true;
        while (end < m_end && isLocalChar(at(end))) {
            numeric = numeric && isDigit(at(end));
            ++end;
        }
        if (end == m_pos) {
            return localError(labelStart, end);
        }
        VersionData::LocalPart part;
        part.numeric = numeric;
        if (numeric) {
            if (!number(m_pos, end, part.number)) {
                return false;
            }
        } else {
            part.text = pythonLower(m_text.sliced(m_pos, end - m_pos));
        }
        v.local.append(std::move(part));
        m_pos = end;
        if (m_pos < m_end && isSeparator(at(m_pos))) {
            ++m_pos;
            continue;
        }
        break;
    }
    return m_pos == m_end ? true : localError(labelStart, m_pos);
}

bool Parser::localError(qsizetype labelStart, qsizetype at)
{
    const QStringView label = m_text.sliced(labelStart, m_end - labelStart);
    if (label.isEmpty()) {
        return failWith(u"the local version label after '+' is empty"_s);
    }
    const QString quoted = u"the local version label '"_s + display(label) + u"'"_s;
    if (at == m_end) {
        return failWith(quoted + u" ends with '"_s + m_text[at - 1] + u"'"_s);
    }
    if (at == labelStart || isSeparator(this->at(at))) {
        return failWith(quoted + u" has an empty part"_s);
    }
    return failWith(quoted + u" contains '"_s + display(m_text.sliced(at, 1))
        + u"'; only letters, digits and the separators '.', '-' and '_' are allowed"_s);
}

bool Parser::startsWithKeyword(QStringView text) const
{
    const auto startsWith = [text](std::u16string_view word) {
        const auto size = qsizetype(word.size());
        if (text.size() < size) {
            return false;
        }
        for (qsizetype i = 0; i < size; ++i) {
            if (foldLetter(text[i].unicode()) != word[size_t(i)]) {
                return false;
            }
        }
        return text.size() == size || isDigit(text[size].unicode()) || isSeparator(text[size].unicode());
    };
    return std::any_of(PreWords.begin(), PreWords.end(), startsWith)
        || std::any_of(PostWords.begin(), PostWords.end(), startsWith)
        || std::any_of(DevWords.begin(), DevWords.end(), startsWith);
}

bool Parser::unexpected()
{
    const QString done = display(m_text.sliced(m_begin, m_pos - m_begin));
    QStringView rest = m_text.sliced(m_pos, m_end - m_pos);
    if (isPyWhitespace(rest.front().unicode())) {
        return failWith(u"whitespace is not allowed inside a version (found after '"_s + done + u"')"_s);
    }
    if (rest.size() == 1 && isSeparator(rest.front().unicode())) {
        return failWith(u"it ends with a dangling '"_s + rest.front() + u"' after '"_s + done + u"'"_s);
    }
    if (rest.size() > 1 && isSeparator(rest.front().unicode())) {
        rest = rest.sliced(1);
    }
    QString reason = u"unexpected text '"_s + display(rest) + u"' after '"_s + done + u"'"_s;
    if (startsWithKeyword(rest)) {
        reason += u" (the segments must come in the order release, pre-release, post-release, dev release, "
                  u"+local, each at most once)"_s;
    }
    return failWith(reason);
}

void appendJoined(QString &out, const QList<VersionNumber> &numbers)
{
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0) {
            out += u'.';
        }
        numbers[i].appendTo(out);
    }
}

void appendLocal(QString &out, const QList<VersionData::LocalPart> &parts)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += u'.';
        }
        if (parts[i].numeric) {
            parts[i].number.appendTo(out);
        } else {
            out += parts[i].text;
        }
    }
}

int compareLocal(const QList<VersionData::LocalPart> &a, const QList<VersionData::LocalPart> &b) noexcept
{
    // None < any label; parts compare pairwise, a text part before a numeric one; then shorter first.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const VersionData::LocalPart &x = a[i];
        const VersionData::LocalPart &y = b[i];
        if (x.numeric != y.numeric) {
            return x.numeric ? 1 : -1;
        }
        const int c = x.numeric ? sign(x.number <=> y.number) : QStringView(x.text).compare(QStringView(y.text));
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

void hashCombine(size_t &seed, size_t value) noexcept
{
    seed ^= value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

} // namespace

Version::Version()
{
    static const std::shared_ptr<const VersionData> zero = [] {
        auto data = std::make_shared<VersionData>();
        data->release.append(VersionNumber());
        data->finish();
        return std::shared_ptr<const VersionData>(std::move(data));
    }();
    m_d = zero;
    m_key = zero->sortKey;
}

Version::Version(std::shared_ptr<const VersionData> data)
    : m_d(std::move(data))
    , m_key(m_d->sortKey)
{ }

Result<Version> Version::parse(QStringView text)
{
    auto data = std::make_shared<VersionData>();
    Parser parser(text);
    if (!parser.run(*data)) {
        return fail(Error::Code::InvalidInput, u"'"_s + display(text) + u"' is not a valid PEP 440 version: "_s + parser.reason(),
            InvalidHint);
    }
    return Version(std::move(data));
}

Result<QString> Version::normalize(QStringView text)
{
    auto version = parse(text);
    if (!version) {
        return std::unexpected(version.error());
    }
    return version->toString();
}

bool Version::isValid(QStringView text)
{
    VersionData data;
    return Parser(text).run(data);
}

QString Version::toString() const
{
    const VersionData &v = *m_d;
    QString out;
    out.reserve(32);
    if (!v.epoch.isZero()) {
        v.epoch.appendTo(out);
        out += u'!';
    }
    appendJoined(out, v.release);
    if (v.hasPre) {
        out += v.preLabel;
        v.pre.appendTo(out);
    }
    if (v.hasPost) {
        out += u".post";
        v.post.appendTo(out);
    }
    if (v.hasDev) {
        out += u".dev";
        v.dev.appendTo(out);
    }
    if (!v.local.isEmpty()) {
        out += u'+';
        appendLocal(out, v.local);
    }
    return out;
}

VersionNumber Version::epoch() const
{
    return m_d->epoch;
}

const QList<VersionNumber> &Version::release() const
{
    return m_d->release;
}

VersionNumber Version::major() const
{
    return m_d->release.value(0);
}

VersionNumber Version::minor() const
{
    return m_d->release.value(1);
}

VersionNumber Version::micro() const
{
    return m_d->release.value(2);
}

std::optional<Version::PreRelease> Version::pre() const
{
    if (!m_d->hasPre) {
        return std::nullopt;
    }
    return PreRelease { m_d->preLabel, m_d->pre };
}

std::optional<VersionNumber> Version::post() const
{
    return m_d->hasPost ? std::optional<VersionNumber>(m_d->post) : std::nullopt;
}

std::optional<VersionNumber> Version::dev() const
{
    return m_d->hasDev ? std::optional<VersionNumber>(m_d->dev) : std::nullopt;
}

QString Version::local() const
{
    QString out;
    appendLocal(out, m_d->local);
    return out;
}

bool Version::hasLocal() const
{
    return !m_d->local.isEmpty();
}

bool Version::isPrerelease() const
{
    return m_d->hasPre || m_d->hasDev;
}

bool Version::isDevrelease() const
{
    return m_d->hasDev;
}

bool Version::isPostrelease() const
{
    return m_d->hasPost;
}

Version Version::baseVersion() const
{
    auto data = std::make_shared<VersionData>();
    data->epoch = m_d->epoch;
    data->release = m_d->release;
    data->finish();
    return Version(std::move(data));
}

Version Version::publicVersion() const
{
    if (m_d->local.isEmpty()) {
        return *this;
    }
    auto data = std::make_shared<VersionData>(*m_d);
    data->local.clear();
    return Version(std::move(data));
}

Result<Version> Version::bump(Part part) const
{
    const VersionData &v = *m_d;
    const auto index = qsizetype(part); // Major 0, Minor 1, Patch 2
    auto data = std::make_shared<VersionData>();
    data->epoch = v.epoch;
    data->release = v.release;
    const bool laterPartsZero = std::all_of(v.release.begin() + std::min(index + 1, v.release.size()), v.release.end(),
        [](const VersionNumber &n) { return n.isZero(); });
    if (!(v.isUnreleased() && laterPartsZero)) {
        while (data->release.size() <= index) {
            data->release.append(VersionNumber());
        }
        auto next = data->release[index].incremented();
        if (!next) {
            return fail(Error::Code::InvalidInput, u"Cannot bump "_s + display(toString()) + u": "_s + next.error().message);
        }
        data->release[index] = std::move(*next);
        std::fill(data->release.begin() + index + 1, data->release.end(), VersionNumber());
    }
    data->finish();
    return Version(std::move(data));
}

Result<Version> Version::nextPre(PreKind kind, Part part) const
{
    static const std::array<QString, 3> Labels = { u"a"_s, u"b"_s, u"rc"_s };
    static const std::array<QString, 3> Names = { u"an alpha"_s, u"a beta"_s, u"a release candidate"_s };
    const QString &label = Labels[size_t(kind)];
    const VersionData &v = *m_d;

    auto data = std::make_shared<VersionData>();
    data->epoch = v.epoch;
    data->hasPre = true;
    data->preLabel = label;
    data->pre = VersionNumber(1);
    if (v.hasPre) {
        data->release = v.release;
        const int order = QStringView(v.preLabel).compare(QStringView(label));
        if (order > 0) {
            return fail(Error::Code::Precondition,
                u"'"_s + display(toString()) + u"' is already past that stage: "_s + Names[size_t(kind)] + u" of "_s
                    + baseVersion().toString() + u" would sort before it."_s,
                u"Release "_s + baseVersion().toString()
                    + u" first, or bump the patch, minor or major version to start a new series of pre-releases."_s);
        }
        if (order == 0) {
            if (v.hasDev && !v.hasPost) {
                data->pre = v.pre; // 1.2.4a2.dev1 -> 1.2.4a2
            } else {
                auto next = v.pre.incremented();
                if (!next) {
                    return fail(
                        Error::Code::InvalidInput, u"Cannot bump "_s + display(toString()) + u": "_s + next.error().message);
                }
                data->pre = std::move(*next);
            }
        }
    } else if (v.hasDev && !v.hasPost) {
        data->release = v.release; // 1.2.4.dev3 -> 1.2.4a1
    } else {
        auto next = bump(part);
        if (!next) {
            return std::unexpected(next.error());
        }
        data->release = next->release();
    }
    data->finish();
    return Version(std::move(data));
}

Result<Version> Version::promote() const
{
    const VersionData &v = *m_d;
    if (!isPrerelease()) {
        return fail(Error::Code::Precondition,
            u"'"_s + display(toString()) + u"' is not a pre-release or dev release, so there is nothing to promote."_s,
            u"Bump the patch, minor or major version instead."_s);
    }
    auto data = std::make_shared<VersionData>();
    data->epoch = v.epoch;
    data->release = v.release;
    if (!v.hasPre && v.hasPost) { // 1.2.4.post1.dev2 -> 1.2.4.post1
        data->hasPost = true;
        data->postLabel = v.postLabel;
        data->post = v.post;
    }
    data->finish();
    return Version(std::move(data));
}

int Version::compareData(const VersionData &x, const VersionData &y) noexcept
{
    if (const int c = sign(x.epoch <=> y.epoch)) {
        return c;
    }
    const qsizetype common = std::min(x.releaseKeySize, y.releaseKeySize);
    for (qsizetype i = 0; i < common; ++i) {
        if (const int c = sign(x.release[i] <=> y.release[i])) {
            return c;
        }
    }
    if (x.releaseKeySize != y.releaseKeySize) {
        return x.releaseKeySize < y.releaseKeySize ? -1 : 1;
    }
    const int xRank = x.preRank();
    const int yRank = y.preRank();
    if (xRank != yRank) {
        return xRank < yRank ? -1 : 1;
    }
    if (xRank == 1) {
        if (const int c = QStringView(x.preLabel).compare(QStringView(y.preLabel))) {
            return c < 0 ? -1 : 1;
        }
        if (const int c = sign(x.pre <=> y.pre)) {
            return c;
        }
    }
    if (x.hasPost != y.hasPost) {
        return x.hasPost ? 1 : -1;
    }
    if (x.hasPost) {
        if (const int c = QStringView(x.postLabel).compare(QStringView(y.postLabel))) {
            return c < 0 ? -1 : 1;
        }
        if (const int c = sign(x.post <=> y.post)) {
            return c;
        }
    }
    if (x.hasDev != y.hasDev) {
        return x.hasDev ? -1 : 1;
    }
    if (x.hasDev) {
        if (const int c = sign(x.dev <=> y.dev)) {
            return c;
        }
    }
    if (x.local.isEmpty() || y.local.isEmpty()) {
        return x.local.isEmpty() == y.local.isEmpty() ? 0 : (x.local.isEmpty() ? -1 : 1);
    }
    return compareLocal(x.local, y.local);
}

size_t qHash(const Version &version, size_t seed) noexcept
{
    const VersionData &v = *version.m_d;
    size_t h = seed;
    hashCombine(h, qHash(v.epoch));
    for (qsizetype i = 0; i < v.releaseKeySize; ++i) {
        hashCombine(h, qHash(v.release[i]));
    }
    hashCombine(h, size_t(v.preRank()));
    if (v.hasPre) {
        hashCombine(h, qHash(v.preLabel));
        hashCombine(h, qHash(v.pre));
    }
    if (v.hasPost) {
        hashCombine(h, qHash(v.postLabel));
        hashCombine(h, qHash(v.post));
    }
    hashCombine(h, size_t(v.hasDev));
    if (v.hasDev) {
        hashCombine(h, qHash(v.dev));
    }
    hashCombine(h, size_t(v.local.size()));
    for (const VersionData::LocalPart &part : v.local) {
        hashCombine(h, part.numeric ? qHash(part.number) : qHash(part.text));
    }
    return h;
}

} // namespace rd
