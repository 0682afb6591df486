#include "version/TagScheme.h"
#include "version/Version.h"

#include <QtTest>

using namespace rd;
using namespace Qt::StringLiterals;

class TestTagScheme : public QObject
{
    Q_OBJECT

private slots:
    void versionFromTag_data();
    void versionFromTag();
    void tagFromVersion_data();
    void tagFromVersion();
    void roundTrip_data();
    void roundTrip();
    void isPrereleaseTag_data();
    void isPrereleaseTag();
    void prefixes_data();
    void prefixes();
};

void TestTagScheme::versionFromTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("expected"); // normalised version, or "error: <part of the message>"

    QTest::newRow("guide alpha") << u"v0.3.0-alpha.1"_s << u"0.3.0a1"_s;
    QTest::newRow("guide beta") << u"v0.3.0-beta.2"_s << u"0.3.0b2"_s;
    QTest::newRow("guide rc") << u"v0.3.0-rc.3"_s << u"0.3.0rc3"_s;
    QTest::newRow("guide final") << u"v1.0.0"_s << u"1.0.0"_s;
    QTest::newRow("plain PEP 440 after the prefix") << u"v1.0rc1"_s << u"1.0rc1"_s;
    QTest::newRow("beta without a dot") << u"v0.3.0-beta2"_s << u"0.3.0b2"_s;
    QTest::newRow("dotted rc") << u"v0.3.0.rc.1"_s << u"0.3.0rc1"_s;
    QTest::newRow("upper-case rc") << u"v1.0-RC.1"_s << u"1.0rc1"_s;
    QTest::newRow("alpha without a number") << u"v1.0.0-alpha"_s << u"1.0.0a0"_s;
    QTest::newRow("dev tag") << u"v1.0.0-dev.3"_s << u"1.0.0.dev3"_s;
    QTest::newRow("post tag") << u"v1.0.0-post.1"_s << u"1.0.0.post1"_s;
    QTest::newRow("pre, post and dev") << u"v1.0.0-rc.1.post.2.dev.3"_s << u"1.0.0rc1.post2.dev3"_s;
    QTest::newRow("local label") << u"v1.0.0+ubuntu.1"_s << u"1.0.0+ubuntu.1"_s;
    QTest::newRow("two release parts") << u"v1.0"_s << u"1.0"_s;
    QTest::newRow("leading zeros") << u"v01.02.03"_s << u"1.2.3"_s;
    QTest::newRow("no prefix") << u"1.0.0"_s << u"error: does not start with the tag prefix 'v'"_s;
    QTest::newRow("capital V is another prefix") << u"V1.0.0"_s << u"error: does not start with the tag prefix 'v'"_s;
    QTest::newRow("second v") << u"vv1.0"_s << u"error: has no version number right after its prefix 'v'"_s;
    QTest::newRow("prefix only") << u"v"_s << u"error: has no version number right after its prefix 'v'"_s;
    QTest::newRow("space after prefix") << u"v 1.0"_s << u"error: has no version number right after its prefix 'v'"_s;
    QTest::newRow("trailing space") << u"v1.0 "_s << u"error: ends with whitespace"_s;
    QTest::newRow("not a version")
        << u"v1.0.0-SNAPSHOT"_s
        << u"error: Tag 'v1.0.0-SNAPSHOT' does not hold a valid version: '1.0.0-SNAPSHOT' is not a valid PEP 440 version: "
           u"unexpected text 'SNAPSHOT' after '1.0.0'"_s;
    QTest::newRow("semver dotted pre-release") << u"v1.0.0-beta.2.1"_s << u"error: does not hold a valid version"_s;
    QTest::newRow("epoch") << u"v1!2.0"_s << u"error: carries a version epoch (1!)"_s;
    QTest::newRow("a branch name") << u"main"_s << u"error: does not start with the tag prefix"_s;
}

void TestTagScheme::versionFromTag()
{
    QFETCH(QString, tag);
    QFETCH(QString, expected);
    const auto version = TagScheme().versionFromTag(tag);
    QCOMPARE(TagScheme().matches(tag), !expected.startsWith(u"error: "_s));
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY2(!version, qPrintable(version ? version->toString() : QString()));
        QCOMPARE(version.error().code, Error::Code::InvalidInput);
        QVERIFY2(version.error().message.contains(expected.mid(7)), qPrintable(version.error().message));
        QVERIFY(version.error().hint.contains(u"v1.2.3-rc.1"_s));
        return;
    }
    QVERIFY2(version, qPrintable(version ? QString() : version.error().message));
    QCOMPARE(version->toString(), expected);
}

void TestTagScheme::tagFromVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected"); // tag, or "error: <part of the message>"

    QTest::newRow("alpha") << u"0.3.0a1"_s << u"v0.3.0-alpha.1"_s;
    QTest::newRow("beta") << u"0.3.0b2"_s << u"v0.3.0-beta.2"_s;
    QTest::newRow("rc") << u"0.3.0rc1"_s << u"v0.3.0-rc.1"_s;
    QTest::newRow("final") << u"1.0.0"_s << u"v1.0.0"_s;
    QTest::newRow("two parts stay two") << u"1.0"_s << u"v1.0"_s;
    QTest::newRow("four parts stay four") << u"1.2.3.4"_s << u"v1.2.3.4"_s;
    QTest::newRow("alpha zero") << u"1.0.0a0"_s << u"v1.0.0-alpha.0"_s;
    QTest::newRow("dev release") << u"1.0.0.dev3"_s << u"v1.0.0-dev.3"_s;
    QTest::newRow("post release") << u"1.0.0.post1"_s << u"v1.0.0-post.1"_s;
    QTest::newRow("pre, post and dev") << u"1.0.0rc1.post2.dev3"_s << u"v1.0.0-rc.1.post.2.dev.3"_s;
    QTest::newRow("alpha dev") << u"1.0.0a1.dev2"_s << u"v1.0.0-alpha.1.dev.2"_s;
    QTest::newRow("local label") << u"1.0.0+Ubuntu-1"_s << u"v1.0.0+ubuntu.1"_s;
    QTest::newRow("spelling is normalised") << u"v1.0.0-RC.1"_s << u"v1.0.0-rc.1"_s;
    QTest::newRow("epoch is refused") << u"1!2.0"_s << u"error: Version 1!2.0 has an epoch (1!), which a tag cannot carry."_s;
    QTest::newRow("odd pre-release label is refused") << u"1.0prev\u0131ew1"_s << u"error: has no tag spelling"_s;
}

void TestTagScheme::tagFromVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, expected);
    const auto parsed = Version::parse(version);
    QVERIFY(parsed);
    const auto tag = TagScheme().tagFromVersion(*parsed);
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY2(!tag, qPrintable(tag.value_or(QString())));
        QCOMPARE(tag.error().code, Error::Code::InvalidInput);
        QVERIFY2(tag.error().message.contains(expected.mid(7)), qPrintable(tag.error().message));
        QVERIFY(!tag.error().hint.isEmpty());
        return;
    }
    QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().message));
    QCOMPARE(*tag, expected);
}

void TestTagScheme::roundTrip_data()
{
    QTest::addColumn<QString>("version");
    const QStringList versions = {
        u"0"_s,
        u"1"_s,
        u"1.0"_s,
        u"1.2.3"_s,
        u"1.2.3.4.5"_s,
        u"1.2.3a0"_s,
        u"1.2.3a1"_s,
        u"1.2.3b7"_s,
        u"1.2.3rc12"_s,
        u"1.2.3.post0"_s,
        u"1.2.3.post5"_s,
        u"1.2.3.dev0"_s,
        u"1.2.3.dev9"_s,
        u"1.2.3a1.post2"_s,
        u"1.2.3b1.dev4"_s,
        u"1.2.3rc1.post2.dev3"_s,
        u"1.2.3.post1.dev1"_s,
        u"1.2.3+local"_s,
        u"1.2.3rc1+local.7.x"_s,
        u"2024.11.25"_s,
        u"1.123456789012345678901234567890rc98765432109876543210"_s,
    };
    for (const QString &v : versions) {
        QTest::newRow(qPrintable(v)) << v;
    }
}

void TestTagScheme::roundTrip()
{
    QFETCH(QString, version);
    const Version v = *Version::parse(version);
    for (const QString &prefix : { u"v"_s, QString(), u"release-"_s, u"myapp/v"_s }) {
        const auto scheme = TagScheme::withPrefix(prefix);
        QVERIFY(scheme);
        const auto tag = scheme->tagFromVersion(v);
        QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().message));
        QVERIFY(tag->startsWith(prefix));
        const auto back = scheme->versionFromTag(*tag);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->toString(), v.toString());
    }
}

void TestTagScheme::isPrereleaseTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("expected"); // 1 pre-release, 0 not, -1 error

    QTest::newRow("final") << u"v1.0.0"_s << 0;
    QTest::newRow("alpha") << u"v1.0.0-alpha.1"_s << 1;
    QTest::newRow("beta") << u"v1.0.0-beta.1"_s << 1;
    QTest::newRow("rc") << u"v1.0.0-rc.1"_s << 1;
    QTest::newRow("plain PEP 440 rc") << u"v1.0rc1"_s << 1;
    QTest::newRow("dev") << u"v1.0.0-dev.1"_s << 1;
    QTest::newRow("post") << u"v1.0.0-post.1"_s << 0;
    QTest::newRow("local") << u"v1.0.0+local"_s << 0;
    QTest::newRow("not a release tag") << u"latest"_s << -1;
    QTest::newRow("not a version") << u"v1.0.0-SNAPSHOT"_s << -1;
}

void TestTagScheme::isPrereleaseTag()
{
    QFETCH(QString, tag);
    QFETCH(int, expected);
    const auto prerelease = TagScheme().isPrereleaseTag(tag);
    if (expected < 0) {
        QVERIFY(!prerelease);
        return;
    }
    QVERIFY2(prerelease, qPrintable(prerelease ? QString() : prerelease.error().message));
    QCOMPARE(*prerelease, expected == 1);
}

void TestTagScheme::prefixes_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("default") << u"v"_s << QString();
    QTest::newRow("none") << QString() << QString();
    QTest::newRow("word and dash") << u"release-"_s << QString();
    QTest::newRow("path") << u"myapp/v"_s << QString();
    QTest::newRow("space") << u"v "_s << u"contains ' '"_s;
    QTest::newRow("non-ASCII") << u"\u00fcv"_s << u"only ASCII letters"_s;
    QTest::newRow("leading dash") << u"-v"_s << u"starts with '-'"_s;
    QTest::newRow("double dot") << u"a..v"_s << u"contains \"..\""_s;
    QTest::newRow("ends with a digit") << u"app2"_s << u"ends with a digit"_s;
}

void TestTagScheme::prefixes()
{
    QFETCH(QString, prefix);
    QFETCH(QString, error);
    const auto scheme = TagScheme::withPrefix(prefix);
    if (!error.isEmpty()) {
        QVERIFY(!scheme);
        QCOMPARE(scheme.error().code, Error::Code::InvalidInput);
        QVERIFY2(scheme.error().message.contains(error), qPrintable(scheme.error().message));
        return;
    }
    QVERIFY2(scheme, qPrintable(scheme ? QString() : scheme.error().message));
    QCOMPARE(scheme->prefix(), prefix);
    QCOMPARE(scheme->tagFromVersion(*Version::parse(u"1.2.3rc1")).value_or(QString()), prefix + u"1.2.3-rc.1"_s);
    QCOMPARE(scheme->versionFromTag(prefix + u"1.2.3-rc.1"_s)->toString(), u"1.2.3rc1"_s);
    if (!prefix.isEmpty()) {
        QVERIFY(!scheme->versionFromTag(u"1.2.3"));
    }
}

QTEST_GUILESS_MAIN(TestTagScheme)

#include "TestTagScheme.moc"
