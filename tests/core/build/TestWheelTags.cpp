// Wheel file names and tags, version specifiers and PEP 508 requirements/markers: the pure
// logic the Windows build uses to refuse wrong wheels and broken pins (no fixtures, no tools).
#include "build/Marker.h"
#include "build/Requirement.h"
#include "build/Specifier.h"
#include "build/WheelTag.h"

#include <QTest>

using namespace rd;

class TestWheelTags : public QObject
{
    Q_OBJECT

private slots:
    void parsesWheelNames_data();
    void parsesWheelNames();
    void checksTagsAgainstTarget_data();
    void checksTagsAgainstTarget();
    void specifiers_data();
    void specifiers();
    void refusesBadSpecifiers_data();
    void refusesBadSpecifiers();
    void requirements_data();
    void requirements();
    void markers_data();
    void markers();
};

void TestWheelTags::parsesWheelNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("tags"); // empty: invalid
    QTest::newRow("pure") << QStringLiteral("helperlib-1.0.0-py3-none-any.whl") << QStringLiteral("helperlib")
                          << QStringLiteral("1.0.0") << QStringLiteral("py3-none-any");
    QTest::newRow("platform") << QStringLiteral("numpy-1.26.4-cp311-cp311-win_amd64.whl") << QStringLiteral("numpy")
                              << QStringLiteral("1.26.4") << QStringLiteral("cp311-cp311-win_amd64");
    QTest::newRow("build tag") << QStringLiteral("pkg-2.0-1-py2.py3-none-any.whl") << QStringLiteral("pkg")
                               << QStringLiteral("2.0") << QStringLiteral("py2.py3-none-any");
    QTest::newRow("compressed platforms") << QStringLiteral("foo-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl")
                                          << QStringLiteral("foo") << QStringLiteral("1.0")
                                          << QStringLiteral("cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64");
    QTest::newRow("not a wheel") << QStringLiteral("foo-1.0.tar.gz") << QString() << QString() << QString();
    QTest::newRow("too few parts") << QStringLiteral("foo-1.0-py3.whl") << QString() << QString() << QString();
    QTest::newRow("bad build tag") << QStringLiteral("foo-1.0-x1-py3-none-any.whl") << QString() << QString() << QString();
}

void TestWheelTags::parsesWheelNames()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QString, tags);
    auto tag = WheelTag::parse(file);
    if (tags.isEmpty()) {
        QVERIFY(!tag);
        return;
    }
    QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().message));
    QCOMPARE(tag->distribution, name);
    QCOMPARE(tag->version, version);
    QCOMPARE(tag->tagString(), tags);
}

void TestWheelTags::checksTagsAgainstTarget_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("expected"); // the matching tag, or "!" + part of the reason
    QTest::newRow("pure py3") << QStringLiteral("a-1-py3-none-any.whl") << 11 << QStringLiteral("py3-none-any");
    QTest::newRow("py2.py3") << QStringLiteral("a-1-py2.py3-none-any.whl") << 11 << QStringLiteral("py3-none-any");
    QTest::newRow("exact cp311") << QStringLiteral("a-1-cp311-cp311-win_amd64.whl") << 11
                                 << QStringLiteral("cp311-cp311-win_amd64");
    QTest::newRow("abi3 from 3.8") << QStringLiteral("a-1-cp38-abi3-win_amd64.whl") << 11
                                   << QStringLiteral("cp38-abi3-win_amd64");
    QTest::newRow("abi3 too new") << QStringLiteral("a-1-cp312-abi3-win_amd64.whl") << 11 << QStringLiteral("!stable-ABI");
    QTest::newRow("cp312 for 3.11") << QStringLiteral("a-1-cp312-cp312-win_amd64.whl") << 11 << QStringLiteral("!cp312");
    QTest::newRow("linux wheel") << QStringLiteral("a-1-cp311-cp311-manylinux_2_17_x86_64.whl") << 11
                                 << QStringLiteral("!manylinux_2_17_x86_64");
    QTest::newRow("32-bit windows") << QStringLiteral("a-1-cp311-cp311-win32.whl") << 11 << QStringLiteral("!win32");
    QTest::newRow("pypy") << QStringLiteral("a-1-pp310-pypy310_pp73-win_amd64.whl") << 11 << QStringLiteral("!implementation");
    QTest::newRow("py311 none any") << QStringLiteral("a-1-py311-none-any.whl") << 11 << QStringLiteral("py311-none-any");
    QTest::newRow("py312 none any for 3.11") << QStringLiteral("a-1-py312-none-any.whl") << 11 << QStringLiteral("!py312");
    QTest::newRow("python 2 only") << QStringLiteral("a-1-py2-none-any.whl") << 11 << QStringLiteral("!Python py2");
    QTest::newRow("cp311 none win") << QStringLiteral("a-1-cp311-none-win_amd64.whl") << 11
                                    << QStringLiteral("cp311-none-win_amd64");
    QTest::newRow("debug ABI") << QStringLiteral("a-1-cp311-cp311d-win_amd64.whl") << 11 << QStringLiteral("!cp311d");
    QTest::newRow("compressed set picks the fitting one")
        << QStringLiteral("a-1-cp310.cp311-cp310.cp311-win_amd64.whl") << 11 << QStringLiteral("cp311-cp311-win_amd64");
}

void TestWheelTags::checksTagsAgainstTarget()
{
    QFETCH(QString, file);
    QFETCH(int, minor);
    QFETCH(QString, expected);
    auto tag = WheelTag::parse(file);
    QVERIFY(tag);
    auto match = tag->compatibleTag(WheelTarget::windows(minor));
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY2(!match, qPrintable(file));
        QVERIFY2(match.error().message.contains(expected.mid(1)), qPrintable(match.error().message));
        QVERIFY(match.error().message.contains(file));
    } else {
        QVERIFY2(match, qPrintable(match ? QString() : match.error().message));
        QCOMPARE(*match, expected);
    }
}

void TestWheelTags::specifiers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("contained");
    QTest::newRow("numpy 2 breaks <2") << QStringLiteral("<2") << QStringLiteral("2.0.0") << false;
    QTest::newRow("numpy 1.26 keeps <2") << QStringLiteral("<2") << QStringLiteral("1.26.4") << true;
    QTest::newRow("2.0rc1 breaks <2") << QStringLiteral("<2") << QStringLiteral("2.0.0rc1") << false;
    QTest::newRow("2.0.dev1 breaks <2.0") << QStringLiteral("<2.0") << QStringLiteral("2.0.dev1") << false;
    QTest::newRow("range inside") << QStringLiteral(">=1.24,<2.0") << QStringLiteral("1.24.0") << true;
    QTest::newRow("range below") << QStringLiteral(">=1.24,<2.0") << QStringLiteral("1.23.5") << false;
    QTest::newRow("range above") << QStringLiteral(">=1.24,<2.0") << QStringLiteral("2.1.0") << false;
    QTest::newRow("wildcard 1.2") << QStringLiteral("==1.2.*") << QStringLiteral("1.2") << true;
    QTest::newRow("wildcard 1.2.9") << QStringLiteral("==1.2.*") << QStringLiteral("1.2.9") << true;
    QTest::newRow("wildcard not 1.20") << QStringLiteral("==1.2.*") << QStringLiteral("1.20.0") << false;
    QTest::newRow("wildcard with a pre-release") << QStringLiteral("==1.2.*") << QStringLiteral("1.2.1rc1") << true;
    QTest::newRow("not-equal") << QStringLiteral("!=1.5") << QStringLiteral("1.5.0") << false;
    QTest::newRow("not-equal other") << QStringLiteral("!=1.5") << QStringLiteral("1.5.1") << true;
    QTest::newRow("not-equal wildcard") << QStringLiteral("!=1.5.*") << QStringLiteral("1.5.3") << false;
    QTest::newRow("compatible") << QStringLiteral("~=1.4.2") << QStringLiteral("1.4.9") << true;
    QTest::newRow("compatible next minor") << QStringLiteral("~=1.4.2") << QStringLiteral("1.5.0") << false;
    QTest::newRow("compatible below") << QStringLiteral("~=1.4.2") << QStringLiteral("1.4.1") << false;
    QTest::newRow("compatible two parts") << QStringLiteral("~=1.4") << QStringLiteral("1.9") << true;
    QTest::newRow("compatible two parts major") << QStringLiteral("~=1.4") << QStringLiteral("2.0") << false;
    QTest::newRow("equal pads zeros") << QStringLiteral("==1.0") << QStringLiteral("1.0.0") << true;
    QTest::newRow("equal ignores local") << QStringLiteral("==1.0") << QStringLiteral("1.0+ubuntu1") << true;
    QTest::newRow("greater excludes post of bound") << QStringLiteral(">1.0") << QStringLiteral("1.0.post1") << false;
    QTest::newRow("greater") << QStringLiteral(">1.0") << QStringLiteral("1.0.1") << true;
    QTest::newRow("less-equal") << QStringLiteral("<=1.0") << QStringLiteral("1.0+local") << true;
    QTest::newRow("arbitrary") << QStringLiteral("===1.0-custom") << QStringLiteral("1.0-CUSTOM") << true;
    QTest::newRow("spaces") << QStringLiteral(" >= 1.0 , < 3 ") << QStringLiteral("2") << true;
    QTest::newRow("epoch") << QStringLiteral("<2") << QStringLiteral("1!1.0") << false;
}

void TestWheelTags::specifiers()
{
    QFETCH(QString, spec);
    QFETCH(QString, version);
    QFETCH(bool, contained);
    auto set = SpecifierSet::parse(spec);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE(set->containsText(version), contained);
}

void TestWheelTags::refusesBadSpecifiers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("no operator") << QStringLiteral("1.0");
    QTest::newRow("no version") << QStringLiteral(">=");
    QTest::newRow("wildcard with <") << QStringLiteral("<1.*");
    QTest::newRow("compatible with one part") << QStringLiteral("~=1");
    QTest::newRow("not a version") << QStringLiteral(">=banana");
    QTest::newRow("empty clause") << QStringLiteral(">=1,,<2");
}

void TestWheelTags::refusesBadSpecifiers()
{
    QFETCH(QString, spec);
    QVERIFY(!SpecifierSet::parse(spec));
}

void TestWheelTags::requirements_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("extras");
    QTest::addColumn<QString>("withoutMarker");
    QTest::addColumn<QString>("marker");
    QTest::newRow("plain") << QStringLiteral("numpy") << QStringLiteral("numpy") << QString() << QStringLiteral("numpy")
                           << QString();
    QTest::newRow("range") << QStringLiteral("numpy>=1.24,<2.0") << QStringLiteral("numpy") << QString()
                           << QStringLiteral("numpy>=1.24,<2.0") << QString();
    QTest::newRow("extras and parentheses") << QStringLiteral("uvicorn[standard, watch] (>=0.32)") << QStringLiteral("uvicorn")
                                            << QStringLiteral("standard,watch") << QStringLiteral("uvicorn[standard,watch]>=0.32")
                                            << QString();
    QTest::newRow("marker") << QStringLiteral("pywin32>=306; sys_platform == \"win32\"") << QStringLiteral("pywin32") << QString()
                            << QStringLiteral("pywin32>=306") << QStringLiteral("sys_platform == \"win32\"");
    QTest::newRow("url") << QStringLiteral("pkg @ https://example.org/pkg-1.0-py3-none-any.whl ; python_version >= '3.8'")
                         << QStringLiteral("pkg") << QString()
                         << QStringLiteral("pkg @ https://example.org/pkg-1.0-py3-none-any.whl")
                         << QStringLiteral("python_version >= '3.8'");
}

void TestWheelTags::requirements()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(QString, extras);
    QFETCH(QString, withoutMarker);
    QFETCH(QString, marker);
    auto req = Requirement::parse(line);
    QVERIFY2(req, qPrintable(req ? QString() : req.error().message));
    QCOMPARE(req->name, name);
    QCOMPARE(req->extras.join(QLatin1Char(',')), extras);
    QCOMPARE(req->withoutMarker(), withoutMarker);
    QCOMPARE(req->marker.toString(), marker);
}

void TestWheelTags::markers_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<bool>("onWindows");
    QTest::addColumn<bool>("onLinux");
    QTest::newRow("windows only") << QStringLiteral("sys_platform == \"win32\"") << true << false;
    QTest::newRow("not windows") << QStringLiteral("sys_platform != 'win32'") << false << true;
    QTest::newRow("platform_system") << QStringLiteral("platform_system == \"Windows\"") << true << false;
    QTest::newRow("python version as version") << QStringLiteral("python_version >= \"3.9\"") << true << true;
    QTest::newRow("python version too new") << QStringLiteral("python_version >= \"3.12\"") << false << false;
    QTest::newRow("3.11 < 3.9 is false as versions") << QStringLiteral("python_version < '3.9'") << false << false;
    QTest::newRow("and/or with parentheses")
        << QStringLiteral("(os_name == 'nt' or sys_platform == 'cygwin') and python_version > '3.7'") << true << false;
    QTest::newRow("in") << QStringLiteral("'win' in sys_platform") << true << false;
    QTest::newRow("not in") << QStringLiteral("platform_machine not in 'x86_64 aarch64'") << true << false;
    QTest::newRow("extra not set") << QStringLiteral("extra == 'camera'") << false << false;
}

void TestWheelTags::markers()
{
    QFETCH(QString, marker);
    QFETCH(bool, onWindows);
    QFETCH(bool, onLinux);
    auto parsed = Marker::parse(marker);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    auto windows = parsed->evaluate(MarkerEnvironment::forWindows(QStringLiteral("3.11.9")));
    auto linuxResult = parsed->evaluate(MarkerEnvironment::forLinux(QStringLiteral("3.11.9")));
    QVERIFY(windows && linuxResult);
    QCOMPARE(*windows, onWindows);
    QCOMPARE(*linuxResult, onLinux);
    QVERIFY(!Marker::parse(QStringLiteral("sys_platform ==")));
    QVERIFY(!Marker::parse(QStringLiteral("(os_name == 'nt'")));
    QCOMPARE(*Marker::parse(QStringLiteral("extra == 'Camera_X'"))
                  ->evaluate(MarkerEnvironment::forWindows(QStringLiteral("3.11.9")), QStringLiteral("camera-x")),
        true);
}

QTEST_GUILESS_MAIN(TestWheelTags)
#include "TestWheelTags.moc"
