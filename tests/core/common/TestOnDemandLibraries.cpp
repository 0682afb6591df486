// The C libraries core opens on first use (libarchive, libdeflate, libsodium): they load with
// every function, a missing one is named with the package to install, and neither program links
// them, which is what keeps them out of the cold start.
#include "archive/LibArchiveApi.h"
#include "archive/LibDeflateApi.h"
#include "common/OnDemandLibrary.h"
#include "signing/SodiumApi.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace rd;

class TestOnDemandLibraries : public QObject
{
    Q_OBJECT

private slots:
    void everyFunctionResolves();
    void missingLibraryNamesItsPackage_data();
    void missingLibraryNamesItsPackage();
    void missingFunctionIsNamed();
    void debianPackageNames_data();
    void debianPackageNames();
    void programsDoNotLinkThem_data();
    void programsDoNotLinkThem();
};

namespace {

// Every slot of a function table (a struct of function pointers) is set.
template <typename Table> int unresolvedSlots(const Table &table)
{
    using Slot = void (*)();
    static_assert(sizeof(Table) % sizeof(Slot) == 0);
    const auto *entries = reinterpret_cast<const Slot *>(&table);
    int missing = 0;
    for (size_t i = 0; i < sizeof(Table) / sizeof(Slot); ++i) {
        missing += entries[i] == nullptr ? 1 : 0;
    }
    return missing;
}

} // namespace

void TestOnDemandLibraries::everyFunctionResolves()
{
    const auto archive = LibArchiveApi::load();
    QVERIFY2(archive.has_value(), qPrintable(archive ? QString() : archive.error().toString()));
    QCOMPARE(unresolvedSlots(**archive), 0);
    QCOMPARE((*archive)->archive_entry_new != nullptr, true);

    const auto deflate = LibDeflateApi::load();
    QVERIFY2(deflate.has_value(), qPrintable(deflate ? QString() : deflate.error().toString()));
    QCOMPARE(unresolvedSlots(**deflate), 0);
    // The table really calls the library: the CRC-32 of "123456789" is the check value cbf43926.
    QCOMPARE((*deflate)->libdeflate_crc32(0, "123456789", 9), 0xcbf43926U);

    const auto sodium = SodiumApi::load();
    QVERIFY2(sodium.has_value(), qPrintable(sodium ? QString() : sodium.error().toString()));
    QCOMPARE(unresolvedSlots(**sodium), 0);
    QVERIFY((*sodium)->sodium_init() >= 0);

    // Loaded once: the second call hands out the same table.
    QCOMPARE(*LibArchiveApi::load(), *archive);
}

void TestOnDemandLibraries::missingLibraryNamesItsPackage_data()
{
    QTest::addColumn<QString>("soname");
    QTest::addColumn<QString>("package");
    QTest::newRow("plain name") << QStringLiteral("libreleasedesk-absent.so.7") << QStringLiteral("libreleasedesk-absent7");
    QTest::newRow("name ending in a digit") << QStringLiteral("libabsent2.so.5") << QStringLiteral("libabsent2-5");
}

void TestOnDemandLibraries::missingLibraryNamesItsPackage()
{
    QFETCH(QString, soname);
    QFETCH(QString, package);
    const QByteArray name = soname.toLatin1();
    OnDemandLibrary library(name.constData());
    QVERIFY(!library.isOpen());
    void (*function)() = nullptr;
    QVERIFY(!library.resolve("anything", function));
    const Error error = library.failure(QStringLiteral("testing"));
    QCOMPARE(error.code, Error::Code::ToolMissing);
    QVERIFY2(error.message.contains(soname), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("testing")), qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("apt install ") + package), qPrintable(error.hint));
}

void TestOnDemandLibraries::missingFunctionIsNamed()
{
    OnDemandLibrary library("libsodium.so.23");
    QVERIFY(library.isOpen());
    int (*present)() = nullptr;
    int (*absent)() = nullptr;
    QVERIFY(library.resolve("sodium_init", present));
    QVERIFY(!library.resolve("releasedesk_no_such_function", absent));
    const Error error = library.failure(QStringLiteral("testing"));
    QVERIFY2(error.message.contains(QStringLiteral("releasedesk_no_such_function")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("sodium_init")), qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("apt install libsodium23")), qPrintable(error.hint));
}

void TestOnDemandLibraries::debianPackageNames_data()
{
    QTest::addColumn<QString>("soname");
    QTest::addColumn<QString>("package");
    QTest::newRow("libarchive") << QStringLiteral("libarchive.so.13") << QStringLiteral("libarchive13");
    QTest::newRow("libsodium") << QStringLiteral("libsodium.so.23") << QStringLiteral("libsodium23");
    QTest::newRow("libdeflate") << QStringLiteral("libdeflate.so.0") << QStringLiteral("libdeflate0");
    QTest::newRow("digit before .so takes a hyphen") << QStringLiteral("libbz2.so.1.0") << QStringLiteral("libbz2-1");
    QTest::newRow("underscore becomes a hyphen") << QStringLiteral("libgssapi_krb5.so.2") << QStringLiteral("libgssapi-krb5-2");
}

void TestOnDemandLibraries::debianPackageNames()
{
    QFETCH(QString, soname);
    QFETCH(QString, package);
    QCOMPARE(OnDemandLibrary::debianPackageFor(soname), package);
}

void TestOnDemandLibraries::programsDoNotLinkThem_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("releasedesk-cli") << QStringLiteral(RD_CLI_PATH);
#ifdef RD_GUI_PATH
    QTest::newRow("releasedesk") << QStringLiteral(RD_GUI_PATH);
#endif
}

void TestOnDemandLibraries::programsDoNotLinkThem()
{
    QFETCH(QString, program);
    QProcess objdump;
    objdump.start(QStringLiteral("objdump"), { QStringLiteral("-p"), program });
    if (!objdump.waitForStarted()) {
        QSKIP("objdump (binutils) is not installed: cannot read the programs' library list");
    }
    QVERIFY(objdump.waitForFinished(60000));
    QCOMPARE(objdump.exitCode(), 0);
    QStringList needed;
    static const QRegularExpression neededLine(QStringLiteral(R"(^\s*NEEDED\s+(\S+))"), QRegularExpression::MultilineOption);
    for (auto it = neededLine.globalMatch(QString::fromLocal8Bit(objdump.readAllStandardOutput())); it.hasNext();) {
        needed << it.next().captured(1);
    }
    QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(u' ')));
    for (const QString &deferred : { QStringLiteral("libarchive"), QStringLiteral("libsodium"), QStringLiteral("libdeflate"),
             QStringLiteral("libtomlplusplus") }) {
        for (const QString &library : std::as_const(needed)) {
            QVERIFY2(!library.startsWith(deferred + QLatin1Char('.')),
                qPrintable(QStringLiteral("%1 links %2, which should be opened on first use").arg(program, library)));
        }
    }
}

QTEST_GUILESS_MAIN(TestOnDemandLibraries)
#include "TestOnDemandLibraries.moc"
