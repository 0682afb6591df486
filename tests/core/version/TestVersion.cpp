#include "version/NonPep440.h"
#include "version/Version.h"
#include "version/VersionNumber.h"

#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace rd;
using namespace Qt::StringLiterals;

namespace rd {
// Lets QCOMPARE print versions and numbers when they differ.
char *toString(const Version &version)
{
    return qstrdup(version.toString().toUtf8().constData());
}
char *toString(const VersionNumber &number)
{
    return qstrdup(number.toString().toUtf8().constData());
}
} // namespace rd

namespace {

Version v(QStringView text)
{
    auto parsed = Version::parse(text);
    if (!parsed) {
        qFatal("test data is not a valid version: %s", qPrintable(parsed.error().message));
    }
    return *parsed;
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errorMessages_data();
    void errorMessages();
    void ordering_data();
    void ordering();
    void packagingDocumentedOrder();
    void properties_data();
    void properties();
    void components();
    void hashingAndSets();
    void hugeNumbers();
    void numbers();
    void bumps_data();
    void bumps();
    void coerceLabel_data();
    void coerceLabel();
    void defaultConstructed();
};

void TestVersion::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised"); // empty: invalid

    QTest::newRow("plain release") << u"1.2.3"_s << u"1.2.3"_s;
    QTest::newRow("single part") << u"1"_s << u"1"_s;
    QTest::newRow("six parts") << u"1.2.3.4.5.6"_s << u"1.2.3.4.5.6"_s;
    QTest::newRow("leading zeros dropped") << u"01.002.0003"_s << u"1.2.3"_s;
    QTest::newRow("trailing zeros kept") << u"1.0.0"_s << u"1.0.0"_s;
    QTest::newRow("v prefix") << u"v1.0"_s << u"1.0"_s;
    QTest::newRow("V prefix upper case") << u"V1.0"_s << u"1.0"_s;
    QTest::newRow("surrounding whitespace") << u"  1.0\t\n"_s << u"1.0"_s;
    QTest::newRow("ideographic space around") << u"\u30001.0\u3000"_s << u"1.0"_s;
    QTest::newRow("rc with dash and dot, upper case") << u"1.0-RC.1"_s << u"1.0rc1"_s;
    QTest::newRow("alpha spelled out") << u"1.0alpha2"_s << u"1.0a2"_s;
    QTest::newRow("beta upper case") << u"1.0BETA2"_s << u"1.0b2"_s;
    QTest::newRow("c means rc") << u"1.0c3"_s << u"1.0rc3"_s;
    QTest::newRow("pre means rc") << u"1.0pre4"_s << u"1.0rc4"_s;
    QTest::newRow("preview means rc") << u"1.0preview5"_s << u"1.0rc5"_s;
    QTest::newRow("pre without number is 0") << u"1.0a"_s << u"1.0a0"_s;
    QTest::newRow("pre with underscores") << u"1.0_b_2"_s << u"1.0b2"_s;
    QTest::newRow("pre with dangling separator") << u"1.0a."_s << u"1.0a0"_s;
    QTest::newRow("pre number after dash") << u"1.0a-1"_s << u"1.0a1"_s;
    QTest::newRow("semver beta") << u"1.0.0-beta.2"_s << u"1.0.0b2"_s;
    QTest::newRow("post spelled out") << u"1.0.post1"_s << u"1.0.post1"_s;
    QTest::newRow("post as dash number") << u"1.0-1"_s << u"1.0.post1"_s;
    QTest::newRow("post zero as dash number") << u"1.0-0"_s << u"1.0.post0"_s;
    QTest::newRow("post with dash before number") << u"1.0.post-1"_s << u"1.0.post1"_s;
    QTest::newRow("post with dashes") << u"1.0-post-1"_s << u"1.0.post1"_s;
    QTest::newRow("rev means post") << u"1.0rev2"_s << u"1.0.post2"_s;
    QTest::newRow("r means post") << u"1.0-r3"_s << u"1.0.post3"_s;
    QTest::newRow("post without number is 0") << u"1.0.post"_s << u"1.0.post0"_s;
    QTest::newRow("pre then dash number post") << u"1.0a1-1"_s << u"1.0a1.post1"_s;
    QTest::newRow("dev without number is 0") << u"1.0.dev"_s << u"1.0.dev0"_s;
    QTest::newRow("dev with dashes") << u"1.0-dev-2"_s << u"1.0.dev2"_s;
    QTest::newRow("post and dev without numbers") << u"1.0.post.dev"_s << u"1.0.post0.dev0"_s;
    QTest::newRow("epoch") << u"1!2.0"_s << u"1!2.0"_s;
    QTest::newRow("zero epoch dropped") << u"0!1.0"_s << u"1.0"_s;
    QTest::newRow("every segment") << u"1!2.0a1.post2.dev3+Local-7_x"_s << u"1!2.0a1.post2.dev3+local.7.x"_s;
    QTest::newRow("local label") << u"1.0+ubuntu.1"_s << u"1.0+ubuntu.1"_s;
    QTest::newRow("local separators become dots") << u"1.0+ubuntu-1_2"_s << u"1.0+ubuntu.1.2"_s;
    QTest::newRow("local numbers lose leading zeros") << u"1.0+007.abc"_s << u"1.0+7.abc"_s;
    QTest::newRow("local lower-cased") << u"1.0+ABC"_s << u"1.0+abc"_s;
    QTest::newRow("number past 64 bits") << u"1.99999999999999999999999"_s << u"1.99999999999999999999999"_s;
    QTest::newRow("huge number with leading zeros") << u"000018446744073709551616"_s << u"18446744073709551616"_s;
    QTest::newRow("4300 digits") << QString(4300, u'7') << QString(4300, u'7');

    QTest::newRow("empty") << u""_s << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("a word") << u"nightly"_s << QString();
    QTest::newRow("v alone") << u"v"_s << QString();
    QTest::newRow("two v") << u"vv1.0"_s << QString();
    QTest::newRow("trailing dot") << u"1.0."_s << QString();
    QTest::newRow("trailing dash") << u"1.0-"_s << QString();
    QTest::newRow("double dot") << u"1..0"_s << QString();
    QTest::newRow("leading dot") << u".1"_s << QString();
    QTest::newRow("unknown suffix") << u"1.0-foo"_s << QString();
    QTest::newRow("maven snapshot") << u"1.0.0-SNAPSHOT"_s << QString();
    QTest::newRow("semver dotted pre-release") << u"1.0.0-beta.2.1"_s << QString();
    QTest::newRow("two pre-release segments") << u"1.0a1b1"_s << QString();
    QTest::newRow("dev before pre") << u"1.0.dev1a1"_s << QString();
    QTest::newRow("dev before post") << u"1.0.dev1.post1"_s << QString();
    QTest::newRow("whitespace inside") << u"1.0 rc1"_s << QString();
    QTest::newRow("empty local") << u"1.0+"_s << QString();
    QTest::newRow("local with a symbol") << u"1.0+abc$"_s << QString();
    QTest::newRow("local with empty part") << u"1.0+a..b"_s << QString();
    QTest::newRow("two plus signs") << u"1.0+a+b"_s << QString();
    QTest::newRow("epoch without release") << u"1!"_s << QString();
    QTest::newRow("fullwidth digit") << u"\uff11.0"_s << QString();
    QTest::newRow("4301 digits") << QString(4301, u'7') << QString();
}

void TestVersion::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    const auto version = Version::parse(input);
    QCOMPARE(Version::isValid(input), !normalised.isEmpty());
    if (normalised.isEmpty()) {
        QVERIFY2(!version, qPrintable(version ? version->toString() : QString()));
        QCOMPARE(version.error().code, Error::Code::InvalidInput);
        QVERIFY(!Version::normalize(input));
        return;
    }
    QVERIFY2(version, qPrintable(version ? QString() : version.error().message));
    QCOMPARE(version->toString(), normalised);
    QCOMPARE(Version::normalize(input).value_or(QString()), normalised);
    QCOMPARE(v(normalised), *version); // the normalised form reads back as an equal version
}

void TestVersion::errorMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown suffix") << u"1.0-foo"_s
                                    << u"'1.0-foo' is not a valid PEP 440 version: unexpected text 'foo' after '1.0'"_s;
    QTest::newRow("empty") << u""_s << u"'' is not a valid PEP 440 version: the version is empty"_s;
    QTest::newRow("a word") << u"nightly"_s
                            << u"'nightly' is not a valid PEP 440 version: it must start with a release number such as 1.0"_s;
    QTest::newRow("v then a word")
        << u"vdev"_s << u"'vdev' is not a valid PEP 440 version: expected a release number such as 1.0 after the 'v' prefix"_s;
    QTest::newRow("dangling dot") << u"1.0."_s
                                  << u"'1.0.' is not a valid PEP 440 version: it ends with a dangling '.' after '1.0'"_s;
    QTest::newRow("segments out of order")
        << u"1.0.dev1a1"_s
        << u"'1.0.dev1a1' is not a valid PEP 440 version: unexpected text 'a1' after '1.0.dev1' (the segments must come in "
           u"the order release, pre-release, post-release, dev release, +local, each at most once)"_s;
    QTest::newRow("whitespace inside")
        << u"1.0 rc1"_s
        << u"'1.0 rc1' is not a valid PEP 440 version: whitespace is not allowed inside a version (found after '1.0')"_s;
    QTest::newRow("empty local") << u"1.0+"_s
                                 << u"'1.0+' is not a valid PEP 440 version: the local version label after '+' is empty"_s;
    QTest::newRow("symbol in local")
        << u"1.0+abc$"_s
        << u"'1.0+abc$' is not a valid PEP 440 version: the local version label 'abc$' contains '$'; only letters, digits "
           u"and the separators '.', '-' and '_' are allowed"_s;
    QTest::newRow("empty local part")
        << u"1.0+a..b"_s << u"'1.0+a..b' is not a valid PEP 440 version: the local version label 'a..b' has an empty part"_s;
    QTest::newRow("epoch alone") << u"1!"_s
                                 << u"'1!' is not a valid PEP 440 version: expected a release number after the epoch '1!'"_s;
    QTest::newRow("control character shown escaped")
        << u"1.0\x01"_s << u"'1.0\\x01' is not a valid PEP 440 version: unexpected text '\\x01' after '1.0'"_s;
    QTest::newRow("too many digits")
        << QString(4301, u'1')
        << u"'111111111111111111111111111111111111111111111111…111111111111' is not a valid PEP 440 version: the number "
           u"1111111111…1111111111 has 4301 digits; at most 4300 are supported"_s;
}

void TestVersion::errorMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto version = Version::parse(input);
    QVERIFY(!version);
    QCOMPARE(version.error().message, message);
    QCOMPARE(version.error().hint, u"Use a form like 1.2.3, 1.2.3rc1, 1.2.3.post1 or 1.2.3.dev0."_s);
}

void TestVersion::ordering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of a <=> b

    QTest::newRow("trailing zeros are equal") << u"1.0"_s << u"1.0.0"_s << 0;
    QTest::newRow("leading zeros are equal") << u"01.0"_s << u"1.0"_s << 0;
    QTest::newRow("v prefix is equal") << u"v1.0"_s << u"1.0"_s << 0;
    QTest::newRow("zero epoch is equal") << u"0!1.0"_s << u"1.0"_s << 0;
    QTest::newRow("c equals rc") << u"1.0c1"_s << u"1.0rc1"_s << 0;
    QTest::newRow("implicit post equals post0") << u"1.0.post"_s << u"1.0-0"_s << 0;
    QTest::newRow("numeric, not lexicographic") << u"1.10"_s << u"1.9"_s << 1;
    QTest::newRow("longer release is later") << u"1.0.1"_s << u"1.0"_s << 1;
    QTest::newRow("dev release before alpha") << u"1.0.dev0"_s << u"1.0a0"_s << -1;
    QTest::newRow("dev release after previous final") << u"1.0.dev0"_s << u"0.9"_s << 1;
    QTest::newRow("alpha before beta") << u"1.0a2"_s << u"1.0b1"_s << -1;
    QTest::newRow("beta before rc") << u"1.0b9"_s << u"1.0rc1"_s << -1;
    QTest::newRow("rc before final") << u"1.0rc9"_s << u"1.0"_s << -1;
    QTest::newRow("pre numbers numeric") << u"1.0rc10"_s << u"1.0rc9"_s << 1;
    QTest::newRow("final before post") << u"1.0"_s << u"1.0.post0"_s << -1;
    QTest::newRow("dev of a pre before the pre") << u"1.0a1.dev1"_s << u"1.0a1"_s << -1;
    QTest::newRow("post of a pre after the pre") << u"1.0a1"_s << u"1.0a1.post1"_s << -1;
    QTest::newRow("post of a pre before next pre") << u"1.0a1.post1"_s << u"1.0a2"_s << -1;
    QTest::newRow("dev of a post before the post") << u"1.0.post1.dev0"_s << u"1.0.post1"_s << -1;
    QTest::newRow("dev of a post after the final") << u"1.0.post1.dev0"_s << u"1.0"_s << 1;
    QTest::newRow("dev numbers numeric") << u"1.0.dev10"_s << u"1.0.dev2"_s << 1;
    QTest::newRow("local after public") << u"1.0+local"_s << u"1.0"_s << 1;
    QTest::newRow("local before post") << u"1.0+local"_s << u"1.0.post1"_s << -1;
    QTest::newRow("local text before local number") << u"1.0+abc"_s << u"1.0+1"_s << -1;
    QTest::newRow("local numbers numeric") << u"1.0+9"_s << u"1.0+10"_s << -1;
    QTest::newRow("local text lexicographic") << u"1.0+abc"_s << u"1.0+abd"_s << -1;
    QTest::newRow("local shorter first") << u"1.0+a"_s << u"1.0+a.1"_s << -1;
    QTest::newRow("local leading zeros equal") << u"1.0+01"_s << u"1.0+1"_s << 0;
    QTest::newRow("local separators equal") << u"1.0+a-1"_s << u"1.0+A.1"_s << 0;
    QTest::newRow("local 1.0 is not 1") << u"1.0+1.0"_s << u"1.0+1"_s << 1;
    QTest::newRow("epoch wins") << u"1!0.1"_s << u"2.0"_s << 1;
    QTest::newRow("huge numbers") << u"1.18446744073709551616"_s << u"1.18446744073709551615"_s << 1;
    QTest::newRow("huge against small") << u"1.100000000000000000000"_s << u"1.99"_s << 1;
    QTest::newRow("huge with leading zeros") << u"1.000100000000000000000000"_s << u"1.100000000000000000000"_s << 0;
    QTest::newRow("sort key: part limit") << u"1.65535"_s << u"1.65536"_s << -1;
    QTest::newRow("sort key: beyond three parts") << u"1.2.3.4"_s << u"1.2.3rc1"_s << 1;
    QTest::newRow("sort key: pre number limit") << u"1.0rc256"_s << u"1.0rc255"_s << 1;
    QTest::newRow("sort key: epoch limit") << u"16!1"_s << u"15!2"_s << 1;
}

void TestVersion::ordering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const Version x = v(a);
    const Version y = v(b);
    QCOMPARE(Version::compare(x, y), expected);
    QCOMPARE(Version::compare(y, x), -expected);
    QCOMPARE(x == y, expected == 0);
    QCOMPARE(x != y, expected != 0);
    QCOMPARE(x < y, expected < 0);
    QCOMPARE(x <= y, expected <= 0);
    QCOMPARE(x > y, expected > 0);
    QCOMPARE(x >= y, expected >= 0);
    QCOMPARE((x <=> y) == 0, expected == 0);
    if (expected == 0) {
        QCOMPARE(qHash(x), qHash(y));
    }
}

void TestVersion::packagingDocumentedOrder()
{
    // packaging's own test list, each strictly greater than the one before.
    const QStringList ordered = {
        u"1.0.dev456"_s,
        u"1.0a1"_s,
        u"1.0a2.dev456"_s,
        u"1.0a12.dev456"_s,
        u"1.0a12"_s,
        u"1.0b1.dev456"_s,
        u"1.0b2"_s,
        u"1.0b2.post345.dev456"_s,
        u"1.0b2.post345"_s,
        u"1.0b2-346"_s,
        u"1.0c1.dev456"_s,
        u"1.0c1"_s,
        u"1.0rc2"_s,
        u"1.0c3"_s,
        u"1.0"_s,
        u"1.0.post456.dev34"_s,
        u"1.0.post456"_s,
        u"1.1.dev1"_s,
        u"1.2+123abc"_s,
        u"1.2+123abc456"_s,
        u"1.2+abc"_s,
        u"1.2+abc123"_s,
        u"1.2+abc123def"_s,
        u"1.2+1234.abc"_s,
        u"1.2+123456"_s,
        u"1.2.r32+123456"_s,
        u"1.2.rev33+123456"_s,
        u"1!1.0.dev456"_s,
        u"1!1.0a1"_s,
        u"1!1.0"_s,
        u"1!1.2.rev33+123456"_s,
    };
    QList<Version> versions;
    for (const QString &text : ordered) {
        versions.append(v(text));
    }
    for (qsizetype i = 1; i < versions.size(); ++i) {
        QVERIFY2(versions[i - 1] < versions[i], qPrintable(ordered[i - 1] + u" < "_s + ordered[i]));
    }
    QList<Version> shuffled = versions;
    std::reverse(shuffled.begin(), shuffled.end());
    std::sort(shuffled.begin(), shuffled.end());
    QCOMPARE(shuffled, versions);
}

void TestVersion::properties_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("prerelease");
    QTest::addColumn<bool>("devrelease");
    QTest::addColumn<bool>("postrelease");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("publicVersion");

    QTest::newRow("final") << u"1.2.3"_s << false << false << false << u"1.2.3"_s << u"1.2.3"_s;
    QTest::newRow("alpha") << u"1.2.3a1"_s << true << false << false << u"1.2.3"_s << u"1.2.3a1"_s;
    QTest::newRow("rc") << u"1.2.3rc1"_s << true << false << false << u"1.2.3"_s << u"1.2.3rc1"_s;
    QTest::newRow("dev counts as pre-release") << u"1.2.3.dev1"_s << true << true << false << u"1.2.3"_s << u"1.2.3.dev1"_s;
    QTest::newRow("post") << u"1.2.3.post1"_s << false << false << true << u"1.2.3"_s << u"1.2.3.post1"_s;
    QTest::newRow("dev of a post") << u"1.2.3.post1.dev2"_s << true << true << true << u"1.2.3"_s << u"1.2.3.post1.dev2"_s;
    QTest::newRow("local dropped from public")
        << u"1!1.2.3rc1+abc.7"_s << true << false << false << u"1!1.2.3"_s << u"1!1.2.3rc1"_s;
}

void TestVersion::properties()
{
    QFETCH(QString, input);
    QFETCH(bool, prerelease);
    QFETCH(bool, devrelease);
    QFETCH(bool, postrelease);
    QFETCH(QString, base);
    QFETCH(QString, publicVersion);
    const Version version = v(input);
    QCOMPARE(version.isPrerelease(), prerelease);
    QCOMPARE(version.isDevrelease(), devrelease);
    QCOMPARE(version.isPostrelease(), postrelease);
    QCOMPARE(version.baseVersion().toString(), base);
    QCOMPARE(version.publicVersion().toString(), publicVersion);
}

void TestVersion::components()
{
    const Version full = v(u"2!1.2.3.4rc5.post6.dev7+Ubuntu-8");
    QCOMPARE(full.epoch(), VersionNumber(2));
    QCOMPARE(full.release(), (QList<VersionNumber> { 1, 2, 3, 4 }));
    QCOMPARE(full.major(), VersionNumber(1));
    QCOMPARE(full.minor(), VersionNumber(2));
    QCOMPARE(full.micro(), VersionNumber(3));
    QVERIFY(full.pre());
    QCOMPARE(full.pre()->label, u"rc"_s);
    QCOMPARE(full.pre()->number, VersionNumber(5));
    QCOMPARE(full.post(), std::optional<VersionNumber>(6));
    QCOMPARE(full.dev(), std::optional<VersionNumber>(7));
    QVERIFY(full.hasLocal());
    QCOMPARE(full.local(), u"ubuntu.8"_s);

    const Version bare = v(u"7");
    QCOMPARE(bare.epoch(), VersionNumber(0));
    QCOMPARE(bare.major(), VersionNumber(7));
    QCOMPARE(bare.minor(), VersionNumber(0)); // missing parts read as 0, like packaging
    QCOMPARE(bare.micro(), VersionNumber(0));
    QVERIFY(!bare.pre());
    QVERIFY(!bare.post());
    QVERIFY(!bare.dev());
    QVERIFY(!bare.hasLocal());
    QCOMPARE(bare.local(), QString());
}

void TestVersion::hashingAndSets()
{
    const QSet<Version> set = { v(u"1.0"), v(u"1.0.0"), v(u"v1.0.0.0"), v(u"1.0+a"), v(u"1.0+A"), v(u"1.0c1"), v(u"1.0rc1") };
    QCOMPARE(set.size(), 3);
    QVERIFY(set.contains(v(u"01.0")));
    QVERIFY(set.contains(v(u"1.0-rc-1")));
    QVERIFY(!set.contains(v(u"1.0.post0")));
}

void TestVersion::hugeNumbers()
{
    const Version huge = v(u"1.123456789012345678901234567890");
    QCOMPARE(huge.minor().toString(), u"123456789012345678901234567890"_s);
    QVERIFY(!huge.minor().fitsInInt64());
    bool ok = true;
    QCOMPARE(huge.minor().toInt64(&ok), std::numeric_limits<qint64>::max());
    QVERIFY(!ok);
    QCOMPARE(huge.nextMinor()->toString(), u"1.123456789012345678901234567891"_s);
    QCOMPARE(v(u"1.99999999999999999999").nextMinor()->toString(), u"1.100000000000000000000"_s);
    const auto tooBig = v(QString(4300, u'9')).nextMajor();
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().message.contains(u"more than 4300 digits"_s), qPrintable(tooBig.error().message));
}

void TestVersion::numbers()
{
    QCOMPARE(VersionNumber::fromString(u"007")->toString(), u"7"_s);
    QCOMPARE(VersionNumber::fromString(u"0")->toString(), u"0"_s);
    QCOMPARE(VersionNumber::fromString(u"000")->toString(), u"0"_s);
    QVERIFY(VersionNumber::fromString(u"000")->isZero());
    QVERIFY(!VersionNumber::fromString(u""));
    QVERIFY(!VersionNumber::fromString(u"1a"));
    QVERIFY(!VersionNumber::fromString(u"-1"));
    QCOMPARE(VersionNumber::fromString(QString(4300, u'0'))->toString(), u"0"_s);
    QVERIFY(!VersionNumber::fromString(QString(4301, u'0')));

    const VersionNumber largestSmall = *VersionNumber::fromString(u"9999999999999999999");
    QCOMPARE(largestSmall.incremented()->toString(), u"10000000000000000000"_s);
    QVERIFY(largestSmall < *largestSmall.incremented());
    QCOMPARE(VersionNumber(std::numeric_limits<quint64>::max()).toString(), u"18446744073709551615"_s);
    QCOMPARE(VersionNumber(std::numeric_limits<quint64>::max()), *VersionNumber::fromString(u"00018446744073709551615"));
    QVERIFY(VersionNumber(std::numeric_limits<quint64>::max()) < *VersionNumber::fromString(u"18446744073709551616"));
    QVERIFY(*VersionNumber::fromString(u"99999999999999999999") < *VersionNumber::fromString(u"100000000000000000000"));
    QCOMPARE(VersionNumber::fromString(u"99999999999999999999")->incremented()->toString(), u"100000000000000000000"_s);
    QCOMPARE(VersionNumber(41).toInt64(), qint64(41));
}

void TestVersion::bumps_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("expected"); // "error: <part of the message>" for a refusal

    QTest::newRow("patch of a final") << u"1.2.3"_s << u"patch"_s << u"1.2.4"_s;
    QTest::newRow("patch of an rc releases it") << u"1.2.3rc1"_s << u"patch"_s << u"1.2.3"_s;
    QTest::newRow("patch of a dev release releases it") << u"1.2.3.dev0"_s << u"patch"_s << u"1.2.3"_s;
    QTest::newRow("patch of a post") << u"1.2.3.post1"_s << u"patch"_s << u"1.2.4"_s;
    QTest::newRow("patch of a post dev") << u"1.2.3.post1.dev0"_s << u"patch"_s << u"1.2.4"_s;
    QTest::newRow("patch pads a short release") << u"1.2"_s << u"patch"_s << u"1.2.1"_s;
    QTest::newRow("patch of a short rc") << u"1.2rc1"_s << u"patch"_s << u"1.2"_s;
    QTest::newRow("patch of one part") << u"1"_s << u"patch"_s << u"1.0.1"_s;
    QTest::newRow("patch of four parts") << u"1.2.3.4"_s << u"patch"_s << u"1.2.4.0"_s;
    QTest::newRow("patch of a four-part rc") << u"1.2.3.4rc1"_s << u"patch"_s << u"1.2.4.0"_s;
    QTest::newRow("patch drops the local label") << u"1.2.3+local"_s << u"patch"_s << u"1.2.4"_s;
    QTest::newRow("patch keeps the epoch") << u"1!1.2.3"_s << u"patch"_s << u"1!1.2.4"_s;
    QTest::newRow("minor of a final") << u"1.2.3"_s << u"minor"_s << u"1.3.0"_s;
    QTest::newRow("minor of its own rc") << u"1.3.0rc1"_s << u"minor"_s << u"1.3.0"_s;
    QTest::newRow("minor of a patch rc") << u"1.2.3rc1"_s << u"minor"_s << u"1.3.0"_s;
    QTest::newRow("minor of a short rc") << u"1.3rc1"_s << u"minor"_s << u"1.3"_s;
    QTest::newRow("minor of one part") << u"1"_s << u"minor"_s << u"1.1"_s;
    QTest::newRow("major of a final") << u"1.2.3"_s << u"major"_s << u"2.0.0"_s;
    QTest::newRow("major of its own beta") << u"2.0.0b1"_s << u"major"_s << u"2.0.0"_s;
    QTest::newRow("major of a minor rc") << u"1.2.0rc1"_s << u"major"_s << u"2.0.0"_s;
    QTest::newRow("major of one part") << u"1"_s << u"major"_s << u"2"_s;
    QTest::newRow("major of zero major") << u"0.9"_s << u"major"_s << u"1.0"_s;
    QTest::newRow("alpha from a final") << u"1.2.3"_s << u"alpha"_s << u"1.2.4a1"_s;
    QTest::newRow("alpha from an alpha") << u"1.2.4a1"_s << u"alpha"_s << u"1.2.4a2"_s;
    QTest::newRow("alpha from a dev of an alpha") << u"1.2.4a2.dev1"_s << u"alpha"_s << u"1.2.4a2"_s;
    QTest::newRow("alpha from a post of an alpha") << u"1.2.4a2.post1"_s << u"alpha"_s << u"1.2.4a3"_s;
    QTest::newRow("alpha from a dev release") << u"1.2.4.dev3"_s << u"alpha"_s << u"1.2.4a1"_s;
    QTest::newRow("alpha from a post release") << u"1.2.3.post1"_s << u"alpha"_s << u"1.2.4a1"_s;
    QTest::newRow("alpha from a beta is refused") << u"1.2.4b1"_s << u"alpha"_s << u"error: is already past that stage"_s;
    QTest::newRow("alpha from an rc is refused")
        << u"1.2.4rc1"_s << u"alpha"_s << u"error: '1.2.4rc1' is already past that stage: an alpha of 1.2.4"_s;
    QTest::newRow("alpha of the next minor") << u"1.2.3"_s << u"alpha-minor"_s << u"1.3.0a1"_s;
    QTest::newRow("beta from an alpha") << u"1.2.4a2"_s << u"beta"_s << u"1.2.4b1"_s;
    QTest::newRow("beta from a beta") << u"1.2.4b1"_s << u"beta"_s << u"1.2.4b2"_s;
    QTest::newRow("beta from a final") << u"1.2.3"_s << u"beta"_s << u"1.2.4b1"_s;
    QTest::newRow("beta from an rc is refused") << u"1.2.4rc1"_s << u"beta"_s << u"error: a beta of 1.2.4 would sort before it"_s;
    QTest::newRow("rc from an alpha") << u"1.2.4a2"_s << u"rc"_s << u"1.2.4rc1"_s;
    QTest::newRow("rc from an rc") << u"1.2.4rc1"_s << u"rc"_s << u"1.2.4rc2"_s;
    QTest::newRow("rc from a post of an rc") << u"1.2.4rc1.post1"_s << u"rc"_s << u"1.2.4rc2"_s;
    QTest::newRow("rc of the next major") << u"1.2.3"_s << u"rc-major"_s << u"2.0.0rc1"_s;
    QTest::newRow("rc keeps the epoch") << u"3!1.0"_s << u"rc"_s << u"3!1.0.1rc1"_s;
    QTest::newRow("promote an rc") << u"1.2.4rc2"_s << u"promote"_s << u"1.2.4"_s;
    QTest::newRow("promote a dev of an alpha") << u"1.2.4a1.dev2"_s << u"promote"_s << u"1.2.4"_s;
    QTest::newRow("promote a dev release") << u"1.2.4.dev3"_s << u"promote"_s << u"1.2.4"_s;
    QTest::newRow("promote a dev of a post") << u"1.2.4.post1.dev2"_s << u"promote"_s << u"1.2.4.post1"_s;
    QTest::newRow("promote drops the local label") << u"1.2.4rc1+local"_s << u"promote"_s << u"1.2.4"_s;
    QTest::newRow("promote a final is refused") << u"1.2.4"_s << u"promote"_s << u"error: nothing to promote"_s;
    QTest::newRow("promote a post is refused") << u"1.2.4.post1"_s << u"promote"_s << u"error: nothing to promote"_s;
}

void TestVersion::bumps()
{
    QFETCH(QString, input);
    QFETCH(QString, operation);
    QFETCH(QString, expected);
    const Version version = v(input);
    Result<Version> result = fail(Error::Code::Unknown, u"unknown operation"_s);
    if (operation == u"major") {
        result = version.nextMajor();
    } else if (operation == u"minor") {
        result = version.nextMinor();
    } else if (operation == u"patch") {
        result = version.nextPatch();
    } else if (operation == u"alpha") {
        result = version.nextAlpha();
    } else if (operation == u"alpha-minor") {
        result = version.nextAlpha(Version::Part::Minor);
    } else if (operation == u"beta") {
        result = version.nextBeta();
    } else if (operation == u"rc") {
        result = version.nextRc();
    } else if (operation == u"rc-major") {
        result = version.nextPre(Version::PreKind::Rc, Version::Part::Major);
    } else if (operation == u"promote") {
        result = version.promote();
    }
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY2(!result, qPrintable(result ? result->toString() : QString()));
        QCOMPARE(result.error().code, Error::Code::Precondition);
        QVERIFY2(result.error().message.contains(expected.mid(7)), qPrintable(result.error().message));
        QVERIFY(!result.error().hint.isEmpty());
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->toString(), expected);
    QVERIFY2(*result > version, "a bump must never go backwards");
}

void TestVersion::coerceLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("version"); // empty: refused
    QTest::addColumn<bool>("coerced");

    QTest::newRow("dev") << u"dev"_s << u"0.0.0.dev0"_s << true;
    QTest::newRow("nightly") << u"nightly"_s << u"0.0.0.dev0"_s << true;
    QTest::newRow("snapshot with a year") << u"snapshot-2024"_s << u"0.0.0.dev0"_s << true;
    QTest::newRow("v then a word") << u"vdev"_s << u"0.0.0.dev0"_s << true;
    QTest::newRow("maven snapshot") << u"1.0-SNAPSHOT"_s << u"0.0.0.dev0"_s << true;
    QTest::newRow("valid passes through") << u"1.2.3"_s << u"1.2.3"_s << false;
    QTest::newRow("valid is normalised") << u"v1.0-RC1"_s << u"1.0rc1"_s << false;
    QTest::newRow("empty is refused") << u""_s << QString() << false;
    QTest::newRow("blank is refused") << u"  "_s << QString() << false;
}

void TestVersion::coerceLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, version);
    QFETCH(bool, coerced);
    const auto result = rd::coerceLabel(label);
    if (version.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->version.toString(), version);
    QCOMPARE(result->coerced(), coerced);
    if (coerced) {
        QVERIFY2(result->warning.contains(u"'"_s + label + u"' is not a PEP 440 version"_s), qPrintable(result->warning));
        QVERIFY(result->warning.contains(u"0.0.0.dev0"_s));
    } else {
        QVERIFY(result->warning.isEmpty());
    }
}

void TestVersion::defaultConstructed()
{
    const Version zero;
    QCOMPARE(zero.toString(), u"0"_s);
    QCOMPARE(zero, v(u"0.0.0"));
    QVERIFY(zero < v(u"0.0.1.dev0"));
    Version moved = v(u"1.0");
    Version target = std::move(moved);
    QCOMPARE(target.toString(), u"1.0"_s);
    QList<Version> list(3);
    QCOMPARE(list.at(2).toString(), u"0"_s);
}

QTEST_GUILESS_MAIN(TestVersion)

#include "TestVersion.moc"
