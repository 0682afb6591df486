// Differential test: rd::Version against Python's packaging.version.Version.
//
// make_version_corpus.py (run here with /usr/bin/python3, or RD_PYTHON3) writes a seeded corpus
// of version strings with packaging's verdict, normalised form, properties and sort order; this
// test parses every string with rd::Version and reports each disagreement. RD_VERSION_CORPUS
// names an already generated corpus file to use instead. Needs RD_SOURCE_DIR (the repository
// root) as a compile definition.

#include "version/TagScheme.h"
#include "version/Version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <optional>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MinimumCorpusSize = 12000;
constexpr qsizetype ShownDifferences = 20;

// A string as a readable, single-line literal.
QString quoted(QStringView text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u > 0x7e) {
            out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    if (out.size() > 120) {
        out = out.first(100) + u"…("_s + QString::number(text.size()) + u" chars)"_s;
    }
    return out + u'"';
}

int signOf(int value)
{
    return (value > 0) - (value < 0);
}

QString orNull(const std::optional<QString> &value)
{
    return value ? *value : u"null"_s;
}

QString jsonOrNull(const QJsonValue &value)
{
    return value.isNull() ? u"null"_s : value.toString();
}

// Collects disagreements; prints the first few and a summary.
class Differences
{
public:
    explicit Differences(QString what)
        : m_what(std::move(what))
    { }
    void add(const QString &difference)
    {
        if (m_list.size() < ShownDifferences) {
            m_list.append(difference);
        }
        ++m_count;
    }
    void checked(qsizetype n = 1) { m_checked += n; }
    qsizetype count() const { return m_count; }
    void print() const
    {
        qInfo().noquote() << u"%1: %2 checked, %3 differences"_s.arg(m_what).arg(m_checked).arg(m_count);
        for (const QString &difference : m_list) {
            qInfo().noquote() << u"  "_s + difference;
        }
        if (m_count > m_list.size()) {
            qInfo().noquote() << u"  ... and %1 more"_s.arg(m_count - m_list.size());
        }
    }

private:
    QString m_what;
    QStringList m_list;
    qsizetype m_count = 0;
    qsizetype m_checked = 0;
};

} // namespace

class TestVersionDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validity();
    void normalisedFormAndProperties();
    void totalOrder();
    void pairwiseComparisons();
    void tagRoundTrip();

private:
    struct Row
    {
        QString input;
        QJsonObject expected;
        std::optional<Version> version;
        QString error;
    };

    QList<Row> m_rows;
    QList<int> m_order; // packaging's sorted order of the valid rows (row indices)
    QList<int> m_rank; // dense rank of m_order[i]; equal versions share one
    QHash<int, int> m_rankOfRow;
    QTemporaryDir m_dir;
};

void TestVersionDifferential::initTestCase()
{
    QString path = qEnvironmentVariable("RD_VERSION_CORPUS");
    if (path.isEmpty()) {
        const QString python = qEnvironmentVariable("RD_PYTHON3", u"/usr/bin/python3"_s);
        if (!QFileInfo(python).isExecutable()) {
            QSKIP(qPrintable(u"%1 not found: install the Debian packages python3 and python3-packaging"_s.arg(python)));
        }
        QVERIFY(m_dir.isValid());
        path = m_dir.filePath(u"version-corpus.jsonl"_s);
        const QString script = QStringLiteral(RD_SOURCE_DIR) + u"/tests/core/version/make_version_corpus.py"_s;
        QProcess generator;
        generator.start(python, { script, u"--out"_s, path });
        QVERIFY2(generator.waitForFinished(300'000), qPrintable(u"%1 did not finish"_s.arg(script)));
        const QString errors = QString::fromUtf8(generator.readAllStandardError());
        if (generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 3) {
            QSKIP(qPrintable(u"%1 cannot import packaging: install the Debian package python3-packaging"_s.arg(python)));
        }
        QVERIFY2(generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 0,
            qPrintable(u"%1 failed: %2"_s.arg(script, errors)));
    }

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"cannot read %1"_s.arg(path)));
    QList<QJsonObject> lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isObject(), qPrintable(u"%1:%2: %3"_s.arg(path).arg(lines.size() + 1).arg(error.errorString())));
        lines.append(document.object());
    }
    QVERIFY2(lines.size() >= 2, "the corpus has no header or no order line");
    const QJsonObject header = lines.takeFirst();
    const QJsonObject order = lines.takeLast();

    QElapsedTimer timer;
    timer.start();
    m_rows.reserve(lines.size());
    for (const QJsonObject &expected : std::as_const(lines)) {
        Row row;
        row.input = expected.value(u"s"_s).toString();
        row.expected = expected;
        if (auto version = Version::parse(row.input)) {
            row.version = std::move(*version);
        } else {
            row.error = version.error().message;
        }
        m_rows.append(std::move(row));
    }
    const qint64 parseMs = timer.elapsed();

    for (const QJsonValue &index : order.value(u"order"_s).toArray()) {
        m_order.append(index.toInt());
    }
    for (const QJsonValue &rank : order.value(u"rank"_s).toArray()) {
        m_rank.append(rank.toInt());
    }
    QCOMPARE(m_rank.size(), m_order.size());
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        m_rankOfRow.insert(m_order[i], m_rank[i]);
    }

    qInfo().noquote() << u"corpus: %1 strings (%2 valid per packaging), packaging %3 on Python %4, seed %5; parsed in %6 ms"_s
                             .arg(m_rows.size())
                             .arg(m_order.size())
                             .arg(header.value(u"packaging"_s).toString(), header.value(u"python"_s).toString())
                             .arg(header.value(u"seed"_s).toInt())
                             .arg(parseMs);
    QCOMPARE(m_rows.size(), qsizetype(header.value(u"count"_s).toInt()));
    QVERIFY2(m_rows.size() >= MinimumCorpusSize, "the corpus is smaller than expected");
}

void TestVersionDifferential::validity()
{
    Differences differences(u"validity"_s);
    for (const Row &row : std::as_const(m_rows)) {
        differences.checked();
        const bool expected = row.expected.value(u"valid"_s).toBool();
        if (expected != row.version.has_value()) {
            differences.add(
                u"%1: packaging says %2, rd::Version says %3"_s.arg(quoted(row.input), expected ? u"valid"_s : u"invalid"_s,
                    row.version ? u"valid (%1)"_s.arg(quoted(row.version->toString())) : u"invalid (%1)"_s.arg(row.error)));
        }
        if (Version::isValid(row.input) != row.version.has_value()) {
            differences.add(u"%1: isValid() disagrees with parse()"_s.arg(quoted(row.input)));
        }
        if (!row.version && !row.error.contains(u"is not a valid PEP 440 version: "_s)) {
            differences.add(u"%1: unexpected error message %2"_s.arg(quoted(row.input), row.error));
        }
    }
    differences.print();
    QCOMPARE(differences.count(), 0);
}

void TestVersionDifferential::normalisedFormAndProperties()
{
    Differences differences(u"normalised form and properties"_s);
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.version || !row.expected.value(u"valid"_s).toBool()) {
            continue;
        }
        differences.checked();
        const Version &v = *row.version;
        const QJsonObject &e = row.expected;
        const auto check = [&](const char *what, const QString &mine, const QString &theirs) {
            if (mine != theirs) {
                differences.add(u"%1: %2 is %3, packaging says %4"_s.arg(
                    quoted(row.input), QLatin1StringView(what), quoted(mine), quoted(theirs)));
            }
        };
        check("str", v.toString(), e.value(u"norm"_s).toString());
        check("normalize", Version::normalize(row.input).value_or(u"<error>"_s), e.value(u"norm"_s).toString());
        check("base_version", v.baseVersion().toString(), e.value(u"base"_s).toString());
        check("public", v.publicVersion().toString(), e.value(u"public"_s).toString());
        check("epoch", v.epoch().toString(), e.value(u"epoch"_s).toString());
        QStringList release;
        for (const VersionNumber &n : v.release()) {
            release.append(n.toString());
        }
        QStringList expectedRelease;
        for (const QJsonValue &n : e.value(u"release"_s).toArray()) {
            expectedRelease.append(n.toString());
        }
        check("release", release.join(u','), expectedRelease.join(u','));
        const auto pre = v.pre();
        const QJsonArray expectedPre = e.value(u"pre"_s).toArray();
        check("pre", pre ? pre->label + u',' + pre->number.toString() : u"null"_s,
            e.value(u"pre"_s).isNull() ? u"null"_s : expectedPre.at(0).toString() + u',' + expectedPre.at(1).toString());
        check("post", orNull(v.post() ? std::optional(v.post()->toString()) : std::nullopt), jsonOrNull(e.value(u"post"_s)));
        check("dev", orNull(v.dev() ? std::optional(v.dev()->toString()) : std::nullopt), jsonOrNull(e.value(u"dev"_s)));
        check("local", v.hasLocal() ? v.local() : u"null"_s, jsonOrNull(e.value(u"local"_s)));
        const auto flag = [](bool b) { return b ? u"true"_s : u"false"_s; };
        check("is_prerelease", flag(v.isPrerelease()), flag(e.value(u"is_pre"_s).toBool()));
        check("is_devrelease", flag(v.isDevrelease()), flag(e.value(u"is_dev"_s).toBool()));
        check("is_postrelease", flag(v.isPostrelease()), flag(e.value(u"is_post"_s).toBool()));
        check("major", v.major().toString(), e.value(u"major"_s).toString());
        check("minor", v.minor().toString(), e.value(u"minor"_s).toString());
        check("micro", v.micro().toString(), e.value(u"micro"_s).toString());
    }
    differences.print();
    QCOMPARE(differences.count(), 0);
}

void TestVersionDifferential::totalOrder()
{
    // Both sides sort the valid rows stably from file order, so identical orderings (including
    // which versions are equal) give the identical sequence of row indices.
    QList<int> mine;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].version && m_rankOfRow.contains(int(i))) {
            mine.append(int(i));
        }
    }
    QCOMPARE(mine.size(), m_order.size());
    QElapsedTimer timer;
    timer.start();
    std::stable_sort(mine.begin(), mine.end(), [this](int a, int b) { return *m_rows[a].version < *m_rows[b].version; });
    const qint64 sortMs = timer.elapsed();

    Differences differences(u"total order (sorted sequence)"_s);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        differences.checked();
        if (mine[i] != m_order[i]) {
            differences.add(u"position %1: rd::Version has %2, packaging has %3"_s.arg(i).arg(
                quoted(m_rows[mine[i]].input), quoted(m_rows[m_order[i]].input)));
        }
    }
    // Neighbours in packaging's order: equal exactly when packaging says so, and hashed alike.
    Differences neighbours(u"total order (neighbours and equality classes)"_s);
    qsizetype equalPairs = 0;
    for (qsizetype i = 1; i < m_order.size(); ++i) {
        neighbours.checked();
        const Version &a = *m_rows[m_order[i - 1]].version;
        const Version &b = *m_rows[m_order[i]].version;
        const int expected = m_rank[i - 1] == m_rank[i] ? 0 : -1;
        if (Version::compare(a, b) != expected) {
            neighbours.add(u"%1 vs %2: compare() = %3, packaging says %4"_s.arg(quoted(a.toString()), quoted(b.toString()))
                               .arg(Version::compare(a, b))
                               .arg(expected));
        }
        if (expected == 0) {
            ++equalPairs;
            if (qHash(a) != qHash(b)) {
                neighbours.add(u"%1 == %2 but their hashes differ"_s.arg(quoted(a.toString()), quoted(b.toString())));
            }
        }
    }
    qInfo().noquote() << u"sorted %1 versions in %2 ms; %3 distinct, %4 neighbours equal"_s.arg(mine.size())
                             .arg(sortMs)
                             .arg(m_rank.isEmpty() ? 0 : m_rank.last() + 1)
                             .arg(equalPairs);
    differences.print();
    neighbours.print();
    QCOMPARE(differences.count(), 0);
    QCOMPARE(neighbours.count(), 0);
}

void TestVersionDifferential::pairwiseComparisons()
{
    QList<int> valid;
    for (const int row : std::as_const(m_order)) {
        if (m_rows[row].version) {
            valid.append(row);
        }
    }
    QVERIFY(!valid.isEmpty());
    QRandomGenerator random(440);
    Differences differences(u"pairwise comparisons (all six operators and <=>)"_s);
    for (int n = 0; n < 200'000; ++n) {
        const int rowA = valid[random.bounded(int(valid.size()))];
        const int rowB = valid[random.bounded(int(valid.size()))];
        const Version &a = *m_rows[rowA].version;
        const Version &b = *m_rows[rowB].version;
        const int expected = signOf(m_rankOfRow.value(rowA) - m_rankOfRow.value(rowB));
        const int c = (a <=> b) < 0 ? -1 : ((a <=> b) > 0 ? 1 : 0);
        const bool ok = c == expected && (a < b) == (expected < 0) && (a <= b) == (expected <= 0) && (a == b) == (expected == 0)
            && (a != b) == (expected != 0) && (a > b) == (expected > 0) && (a >= b) == (expected >= 0)
            && Version::compare(a, b) == expected && Version::compare(b, a) == -expected;
        differences.checked();
        if (!ok) {
            differences.add(u"%1 vs %2: rd::Version says %3, packaging says %4"_s.arg(quoted(a.toString()), quoted(b.toString()))
                                .arg(c)
                                .arg(expected));
        }
    }
    differences.print();
    QCOMPARE(differences.count(), 0);
}

void TestVersionDifferential::tagRoundTrip()
{
    // Not a comparison with packaging: every corpus version a tag can carry reads back unchanged.
    const TagScheme scheme;
    Differences differences(u"tag round trip"_s);
    qsizetype written = 0;
    qsizetype refused = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.version) {
            continue;
        }
        differences.checked();
        const Version &v = *row.version;
        const auto tag = scheme.tagFromVersion(v);
        if (!tag) {
            ++refused;
            const auto pre = v.pre();
            const bool expectedRefusal = !v.epoch().isZero()
                || (pre && pre->label != u"a" && pre->label != u"b" && pre->label != u"rc") || v.local().contains(QChar(0x0307));
            if (!expectedRefusal) {
                differences.add(u"%1: refused: %2"_s.arg(quoted(v.toString()), tag.error().message));
            }
            continue;
        }
        ++written;
        const auto back = scheme.versionFromTag(*tag);
        if (!back || back->toString() != v.toString()) {
            differences.add(u"%1 -> %2 -> %3"_s.arg(
                quoted(v.toString()), quoted(*tag), back ? quoted(back->toString()) : back.error().message));
        }
        const auto prerelease = scheme.isPrereleaseTag(*tag);
        if (!prerelease || *prerelease != v.isPrerelease()) {
            differences.add(u"%1: isPrereleaseTag disagrees with isPrerelease"_s.arg(quoted(*tag)));
        }
    }
    qInfo().noquote() << u"tags: %1 written and read back, %2 refused (epochs, odd labels)"_s.arg(written).arg(refused);
    differences.print();
    QCOMPARE(differences.count(), 0);
}

QTEST_GUILESS_MAIN(TestVersionDifferential)

#include "TestVersionDifferential.moc"
