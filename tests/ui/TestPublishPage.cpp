// The Publish page against the Gitea test server: the plan before any write, the commit button,
// per-asset progress, the server's state afterwards (each asset once, SHA256SUMS right), a re-run
// that uploads nothing, and faults that show their reason on the row and are fixed by Retry.
#include "ReleaseSession.h"
#include "demo/DemoProject.h"
#include "i18n/Translations.h"
#include "project/PythonProject.h"
#include "publishing/PublishPage.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"
#include "support/ReleaseFixture.h"
#include "widgets/ChecklistView.h"
#include "widgets/PlanView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

using namespace rd;
using namespace rd::ui;
using namespace rd::test;

namespace {

const QString tag = QStringLiteral("v0.7.2");

// A wizard with the Publish page and a page after it, as in the release wizard.
struct Harness
{
    QWizard wizard;
    PublishPage *page;

    explicit Harness(ReleaseSession *session)
        : page(new PublishPage(session))
    {
        page->setRetryPolicy(RetryPolicy::immediate(2));
        wizard.addPage(page);
        auto *after = new QWizardPage;
        after->setObjectName(QStringLiteral("afterPublish"));
        wizard.addPage(after);
        wizard.resize(1000, 1100);
    }
    QAbstractButton *commit() { return wizard.button(QWizard::CommitButton); }
    QTreeWidget *transfers() { return page->findChild<QTreeWidget *>(QStringLiteral("publishTransfers")); }
    QTreeWidgetItem *transferRow(const QString &name)
    {
        QTreeWidget *tree = transfers();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == name) {
                return tree->topLevelItem(i);
            }
        }
        return nullptr;
    }
};

QStringList ops(const Plan &plan)
{
    QStringList out;
    for (const PlanAction &action : plan.actions) {
        out << action.data.value(QStringLiteral("op")).toString();
    }
    return out;
}

} // namespace

class TestPublishPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void publishesThenRerunUploadsNothing_data();
    void publishesThenRerunUploadsNothing();
    void faultShowsReasonOnRowAndRetryFinishes_data();
    void faultShowsReasonOnRowAndRetryFinishes();
    void cancelWhileUploadingThenRetry();
    void explainsWhatIsMissing();
    void savesTheTargetIntoTheProject();
    void serverLimitFromSettingsStopsBeforeUpload();

private:
    int uploadPosts();
    QStringList makeFiles(qint64 zipSize = 300'000);

    QTemporaryDir m_home;
    std::unique_ptr<ReleaseFixture> m_fixture;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ReleaseSession> m_session;
    QStringList m_log;
};

void TestPublishPage::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // English, as the program installs it at start: with its plural forms.
    QCOMPARE(Translations::installLanguage(QStringLiteral("en")), QStringLiteral("en"));
    m_fixture = std::make_unique<ReleaseFixture>(QStringLiteral("gitea"));
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->startError()));

    // The token lives in the (fake) keychain, as the Settings dialog would have stored it.
    auto backend = std::make_unique<FakeKeychainBackend>();
    const auto key = SecretStore::tokenKey(m_fixture->serverUrl());
    QVERIFY(key);
    backend->setEntry(SecretStore::serviceName(), *key, GiteaTestServer::aliceToken());
    m_secrets = std::make_unique<SecretStore>(std::move(backend), QProcessEnvironment());
}

void TestPublishPage::init()
{
    m_fixture->reset();
    m_log.clear();
    const QString root = QDir(m_fixture->workDir()).filePath(QStringLiteral("demo-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    auto layout = DemoProject::create(root);
    QVERIFY(layout);
    auto project = loadPythonProject(layout->projectDir);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
    project->settings.serverKind = QStringLiteral("gitea");
    project->settings.serverUrl = m_fixture->serverUrl();
    project->settings.repository = QStringLiteral("alice/tallyho");
    m_session = std::make_unique<ReleaseSession>();
    m_session->setSecretStore(m_secrets.get());
    m_session->setProject(*project);
    m_session->setReleaseTag(tag, QStringLiteral("0.7.2"), false, true);
    connect(m_session.get(), &ReleaseSession::logLine, this,
        [this](const QString &source, const QString &line) { m_log << source + QStringLiteral(": ") + line; });
}

QStringList TestPublishPage::makeFiles(qint64 zipSize)
{
    return { m_fixture->makeFile(QStringLiteral("dist/Tallyho-v0.7.2-win-x64.zip"), zipSize, 1),
        m_fixture->makeFile(QStringLiteral("dist/Tallyho-v0.7.2-linux-x64.tar.gz"), 120'000, 2),
        m_fixture->makeFile(QStringLiteral("dist/Tallyho-v0.7.2-setup.exe"), 100'000, 3) };
}

int TestPublishPage::uploadPosts()
{
    int posts = 0;
    for (const QJsonValue &value : m_fixture->requests()) {
        const QJsonObject entry = value.toObject();
        posts += entry.value(QStringLiteral("method")).toString() == QStringLiteral("POST")
                && entry.value(QStringLiteral("path")).toString().contains(QStringLiteral("/assets"))
            ? 1
            : 0;
    }
    return posts;
}

void TestPublishPage::publishesThenRerunUploadsNothing_data()
{
    QTest::addColumn<bool>("draftFirst");
    QTest::addColumn<bool>("prerelease");
    QTest::newRow("final release, straight") << false << false;
    QTest::newRow("draft first, then published") << true << false;
    QTest::newRow("pre-release") << false << true;
}

void TestPublishPage::publishesThenRerunUploadsNothing()
{
    QFETCH(bool, draftFirst);
    QFETCH(bool, prerelease);
    const QStringList files = makeFiles();
    m_session->setBuildOutputs(files);

    {
        Harness h(m_session.get());
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        PublishPage *page = h.page;
        QCOMPARE(h.wizard.currentPage(), page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isChecked() && !page->isBusy(), 30'000);

        // The target comes from the project; the tag from the session.
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("publishServerEdit"))->text(), m_fixture->serverUrl());
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("publishRepoEdit"))->text(), QStringLiteral("alice/tallyho"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("publishTagLabel"))->text(), tag);

        // Options: each toggle checks and plans again.
        auto *draft = page->findChild<QCheckBox *>(QStringLiteral("publishDraftCheck"));
        auto *pre = page->findChild<QCheckBox *>(QStringLiteral("publishPrereleaseCheck"));
        QVERIFY(draft && pre);
        if (draftFirst) {
            QTest::mouseClick(draft, Qt::LeftButton, {}, QPoint(5, draft->height() / 2));
            QVERIFY(draft->isChecked());
        }
        if (prerelease) {
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && pre->isEnabled(), 30'000);
            QTest::mouseClick(pre, Qt::LeftButton, {}, QPoint(5, pre->height() / 2));
            QVERIFY(pre->isChecked());
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->isChecked() && !page->isBusy(), 30'000);
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));

        // The preflight passed, row by row.
        auto *checks = page->findChild<ChecklistView *>(QStringLiteral("publishPreflightView"));
        QVERIFY(checks);
        QVERIFY(checks->items().size() >= 4);
        QVERIFY2(checklistPassed(checks->items()), qPrintable(checklistText(checks->items())));

        // The plan, shown before anything is written: create, three uploads, SHA256SUMS, verify.
        QVERIFY(page->plan());
        const QStringList planned = ops(*page->plan());
        QCOMPARE(planned.count(QStringLiteral("create-release")), 1);
        QCOMPARE(planned.count(QStringLiteral("upload-asset")), 3);
        QCOMPARE(planned.count(QStringLiteral("upload-sums")), 1);
        QCOMPARE(planned.count(QStringLiteral("publish-release")), draftFirst ? 1 : 0);
        auto *planView = page->findChild<PlanView *>(QStringLiteral("publishPlanView"));
        QCOMPARE(planView->topLevelItemCount(), page->plan()->actions.size());
        QVERIFY(planView->topLevelItem(1)->text(1).contains(QStringLiteral("Upload Tallyho-v0.7.2-")));
        QCOMPARE(m_fixture->storedReleases().size(), 0);
        QCOMPARE(uploadPosts(), 0);

        // The copyable command line, never with the token.
        const QString cli = page->cliLine();
        QVERIFY2(cli.startsWith(QStringLiteral("releasedesk-cli release upload ")), qPrintable(cli));
        QVERIFY(cli.contains(QStringLiteral("--repo alice/tallyho")));
        QVERIFY(cli.contains(QStringLiteral("--tag v0.7.2")));
        QCOMPARE(cli.contains(QStringLiteral("--draft-then-publish")), draftFirst);
        QVERIFY(cli.contains(prerelease ? QStringLiteral("--prerelease") : QStringLiteral("--final")));
        QVERIFY(!cli.contains(GiteaTestServer::aliceToken()));

        // The commit button says what it does; progress rows for every upload.
        QVERIFY(h.commit()->isVisible());
        QVERIFY(h.commit()->isEnabled());
        QVERIFY2(h.commit()->text().contains(QStringLiteral("Publish release")), qPrintable(h.commit()->text()));
        QCOMPARE(h.transfers()->topLevelItemCount(), 4); // three files and SHA256SUMS
        QSignalSpy finished(page, &PublishPage::publishFinished);
        QTest::mouseClick(h.commit(), Qt::LeftButton);
        QVERIFY(page->isBusy() || !finished.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->errorText()));
        QVERIFY(page->isPublished());

        for (const QString &file : files) {
            const QString name = QFileInfo(file).fileName();
            QTreeWidgetItem *row = h.transferRow(name);
            QVERIFY2(row, qPrintable(name));
            QCOMPARE(row->text(5), QStringLiteral("✓ uploaded"));
            auto *bar = qobject_cast<QProgressBar *>(h.transfers()->itemWidget(row, 1));
            QVERIFY(bar);
            QCOMPARE(bar->value(), 1000);
            QVERIFY2(row->text(3).endsWith(QStringLiteral("/s")), qPrintable(row->text(3))); // the speed it went at
        }
        QCOMPARE(page->findChild<QProgressBar *>(QStringLiteral("publishOverallProgress"))->value(), 1000);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("publishResult"))->text().contains(QStringLiteral("3 files uploaded")));

        // On the server: each file once with its bytes, and SHA256SUMS listing them.
        const QString problems = m_fixture->verifyPublished(tag, files);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QJsonArray releases = m_fixture->storedReleases();
        QJsonObject release;
        for (const QJsonValue &value : releases) {
            if (value.toObject().value(QStringLiteral("tag_name")).toString() == tag
                && !value.toObject().value(QStringLiteral("is_tag")).toBool()) {
                release = value.toObject();
            }
        }
        QVERIFY(!release.isEmpty());
        QCOMPARE(release.value(QStringLiteral("draft")).toBool(), false);
        QCOMPARE(release.value(QStringLiteral("prerelease")).toBool(), prerelease);

        // The commit page moves on and cannot be gone back to.
        QVERIFY(h.commit()->isEnabled());
        QTest::mouseClick(h.commit(), Qt::LeftButton);
        QCOMPARE(h.wizard.currentPage()->objectName(), QStringLiteral("afterPublish"));
        QVERIFY(!h.wizard.button(QWizard::BackButton)->isEnabled());
    }
    const int postsAfterFirst = uploadPosts();
    QCOMPARE(postsAfterFirst, 4);

    // The same release published again (a re-run of the step): nothing to upload, no duplicates.
    {
        Harness h(m_session.get());
        h.wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QTRY_VERIFY_WITH_TIMEOUT(h.page->isChecked() && !h.page->isBusy(), 30'000);
        QVERIFY(h.page->plan());
        const QStringList planned = ops(*h.page->plan());
        QCOMPARE(planned.count(QStringLiteral("upload-asset")), 0);
        QCOMPARE(planned.count(QStringLiteral("upload-sums")), 0);
        QCOMPARE(planned.count(QStringLiteral("skip")), 4);
        QCOMPARE(planned.count(QStringLiteral("create-release")), 0);
        QTreeWidgetItem *row = h.transferRow(QStringLiteral("Tallyho-v0.7.2-setup.exe"));
        QVERIFY(row);
        QVERIFY(row->text(5).contains(QStringLiteral("kept")));
        QSignalSpy finished(h.page, &PublishPage::publishFinished);
        QTest::mouseClick(h.commit(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(h.page->errorText()));
    }
    QCOMPARE(uploadPosts(), postsAfterFirst);
    const QString problems = m_fixture->verifyPublished(tag, files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // The log drawer heard about it, and never saw the token.
    QVERIFY(!m_log.filter(QStringLiteral("publish: ")).isEmpty());
    for (const QString &line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(GiteaTestServer::aliceToken()), qPrintable(line));
    }
}

void TestPublishPage::faultShowsReasonOnRowAndRetryFinishes_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<QString>("reason"); // in the row's state and the page's error
    const QString zipUpload = QStringLiteral("name=Tallyho-v0\\.7\\.2-win-x64\\.zip");
    QTest::newRow("413: over the server's release size limit")
        << QJsonObject { { QStringLiteral("max_upload_size"), 200'000 } } << QStringLiteral("FILE_MAX_SIZE");
    QTest::newRow("500 on every upload of one file") << QJsonObject { { QStringLiteral("fail_nth_request"),
        QJsonObject { { QStringLiteral("n"), 1 }, { QStringLiteral("status"), 500 },
            { QStringLiteral("method"), QStringLiteral("POST") }, { QStringLiteral("path_regex"), zipUpload },
            { QStringLiteral("times"), 50 } } } } << QStringLiteral("Tallyho-v0.7.2-win-x64.zip");
    QTest::newRow("connection reset in the middle of the upload") << QJsonObject { { QStringLiteral("reset_after_bytes"),
        QJsonObject { { QStringLiteral("bytes"), 100'000 }, { QStringLiteral("path_regex"), zipUpload },
            { QStringLiteral("times"), 50 } } } } << QStringLiteral("Tallyho-v0.7.2-win-x64.zip");
}

void TestPublishPage::faultShowsReasonOnRowAndRetryFinishes()
{
    QFETCH(QJsonObject, faults);
    QFETCH(QString, reason);
    const QStringList files = makeFiles(300'000);
    m_session->setBuildOutputs(files);
    Harness h(m_session.get());
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    PublishPage *page = h.page;
    QTRY_VERIFY_WITH_TIMEOUT(page->isChecked() && !page->isBusy(), 30'000);
    QVERIFY(h.commit()->isEnabled());

    m_fixture->server()->setFaults(faults);
    QSignalSpy finished(page, &PublishPage::publishFinished);
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!page->isPublished());

    // The reason, in words, on the failed row and under the progress.
    QTreeWidgetItem *row = h.transferRow(QStringLiteral("Tallyho-v0.7.2-win-x64.zip"));
    QVERIFY(row);
    QVERIFY2(row->text(5).startsWith(QStringLiteral("✗ ")), qPrintable(row->text(5)));
    QVERIFY2(row->text(5).size() > 10, qPrintable(row->text(5)));
    QVERIFY2(page->errorText().contains(reason), qPrintable(page->errorText()));
    QVERIFY(!page->errorText().contains(GiteaTestServer::aliceToken()));
    auto *retry = page->findChild<QPushButton *>(QStringLiteral("publishRetryButton"));
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("publishCancelButton"))->isVisible());
    // Still on the page: the commit is not done.
    QCOMPARE(h.wizard.currentPage(), page);

    // The server is fixed; Retry plans again from what arrived and finishes the release.
    m_fixture->server()->setFaults(
        QJsonObject { { QStringLiteral("clear"), true }, { QStringLiteral("max_upload_size"), QJsonValue() } });
    finished.clear();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(page->errorText()));
    QVERIFY(page->isPublished());
    QVERIFY(page->errorText().isEmpty());
    QVERIFY(!retry->isVisible());
    const QString problems = m_fixture->verifyPublished(tag, files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    row = h.transferRow(QStringLiteral("Tallyho-v0.7.2-win-x64.zip"));
    QVERIFY(row);
    QCOMPARE(row->text(5), QStringLiteral("✓ uploaded"));
}

void TestPublishPage::cancelWhileUploadingThenRetry()
{
    // A slow link for the big archive: it crawls up at 400 KB/s, so its row shows speed and time left.
    const QStringList files = makeFiles(6'000'000);
    m_session->setBuildOutputs(files);
    Harness h(m_session.get());
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    PublishPage *page = h.page;
    QTRY_VERIFY_WITH_TIMEOUT(page->isChecked() && !page->isBusy(), 30'000);
    m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("upload_rate_bps"),
        QJsonObject { { QStringLiteral("bps"), 400'000 },
            { QStringLiteral("path_regex"), QStringLiteral("name=Tallyho-v0\\.7\\.2-win-x64\\.zip") } } } });

    QSignalSpy finished(page, &PublishPage::publishFinished);
    QTest::mouseClick(h.commit(), Qt::LeftButton);
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("publishCancelButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY(!h.commit()->isEnabled()); // no second run while one is going
    // The small files go up beside it (two at a time) and are done.
    for (const QString &name :
        { QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz"), QStringLiteral("Tallyho-v0.7.2-setup.exe") }) {
        QTreeWidgetItem *done = h.transferRow(name);
        QVERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(done->text(5), QStringLiteral("✓ uploaded"), 30'000);
    }
    QTreeWidgetItem *row = h.transferRow(QStringLiteral("Tallyho-v0.7.2-win-x64.zip"));
    QVERIFY(row);
    // The GUI keeps running while bytes go out: progress arrives through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(row->text(4).endsWith(QStringLiteral("left")), 30'000);
    QVERIFY2(row->text(3).endsWith(QStringLiteral("/s")), qPrintable(row->text(3)));
    QVERIFY2(row->text(2).contains(QStringLiteral(" / ")), qPrintable(row->text(2)));
    auto *bar = qobject_cast<QProgressBar *>(h.transfers()->itemWidget(row, 1));
    QVERIFY(bar);
    QVERIFY(bar->value() < 1000);
    QVERIFY(page->isBusy());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(page->errorText().startsWith(QStringLiteral("Cancelled")), qPrintable(page->errorText()));
    QVERIFY(!page->isBusy());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!page->isPublished());

    // Retry at full speed: what arrived is kept, the rest goes up, nothing twice.
    m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("clear"), true } });
    finished.clear();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("publishRetryButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(page->errorText()));
    const QString problems = m_fixture->verifyPublished(tag, files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestPublishPage::explainsWhatIsMissing()
{
    // No build outputs yet: the page says what to do and cannot be committed.
    Harness h(m_session.get());
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    QTRY_VERIFY(!h.page->errorText().isEmpty());
    QVERIFY2(h.page->errorText().contains(QStringLiteral("no files")), qPrintable(h.page->errorText()));
    QVERIFY(!h.page->isComplete());
    QVERIFY(!h.commit()->isEnabled());

    // A file added: the check runs; a wrong token fails the preflight, in words, on its row.
    const QStringList files = makeFiles();
    m_fixture->server()->setFaults(QJsonObject {});
    auto backend = std::make_unique<FakeKeychainBackend>();
    backend->setEntry(SecretStore::serviceName(), *SecretStore::tokenKey(m_fixture->serverUrl()),
        QStringLiteral("0000000000000000000000000000000000000000"));
    SecretStore wrong(std::move(backend), QProcessEnvironment());
    m_session->setSecretStore(&wrong);
    h.page->setFiles(files);
    QTRY_VERIFY_WITH_TIMEOUT(h.page->isChecked() && !h.page->isBusy(), 30'000);
    auto *checks = h.page->findChild<ChecklistView *>(QStringLiteral("publishPreflightView"));
    QVERIFY(!checklistPassed(checks->items()));
    QVERIFY(!h.page->isComplete());
    QVERIFY(!h.commit()->isEnabled());
    m_session->setSecretStore(m_secrets.get());
    QCOMPARE(uploadPosts(), 0);
}

// "Save as the project's server" writes [server] into releasedesk.toml and reads the project
// again (on a worker): the session then names the new repository, and the button is ready for
// the next change.
void TestPublishPage::savesTheTargetIntoTheProject()
{
    Harness h(m_session.get());
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    auto *save = h.page->findChild<QPushButton *>(QStringLiteral("publishSaveTargetButton"));
    auto *repository = h.page->findChild<QLineEdit *>(QStringLiteral("publishRepoEdit"));
    QVERIFY(save && repository);
    QTRY_COMPARE(repository->text(), QStringLiteral("alice/tallyho"));
    repository->clear();
    QTest::keyClicks(repository, QStringLiteral("alice/other"));
    QTest::keyClick(repository, Qt::Key_Return);
    QTRY_VERIFY(save->isVisible() && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->project().settings.repository, QStringLiteral("alice/other"), 20'000);
    QCOMPARE(m_session->project().settings.serverUrl, m_fixture->serverUrl());
    QFile toml(m_session->project().settingsPath());
    QVERIFY(toml.open(QIODevice::ReadOnly));
    QVERIFY(toml.readAll().contains("alice/other"));
    QTRY_VERIFY(!save->isVisible()); // the target is now the project's
    repository->clear();
    QTest::keyClicks(repository, QStringLiteral("alice/third"));
    QTest::keyClick(repository, Qt::Key_Return);
    QTRY_VERIFY(save->isVisible());
    QVERIFY(save->isEnabled());
}

void TestPublishPage::serverLimitFromSettingsStopsBeforeUpload()
{
    // The server's release size limit is a per-server setting (Gitea does not publish it): a file
    // over it fails the preflight, before anything is sent.
    QSettings settings(m_home.filePath(QStringLiteral("limits.ini")), QSettings::IniFormat);
    ServerConfig server;
    server.url = m_fixture->serverUrl();
    server.maxReleaseFileSize = 200'000;
    ServerRegistry(&settings).upsert(server);
    m_session->setBuildOutputs(makeFiles(300'000));
    Harness h(m_session.get());
    h.page->setServerSettings(&settings);
    h.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
    QTRY_VERIFY_WITH_TIMEOUT(h.page->isChecked() && !h.page->isBusy(), 30'000);
    auto *checks = h.page->findChild<ChecklistView *>(QStringLiteral("publishPreflightView"));
    QVERIFY(!checklistPassed(checks->items()));
    bool named = false;
    for (const CheckItem &item : checks->items()) {
        named |= item.verdict == CheckItem::Verdict::Failed && item.detail.contains(QStringLiteral("Tallyho-v0.7.2-win-x64.zip"));
    }
    QVERIFY2(named, qPrintable(checklistText(checks->items())));
    QVERIFY(!h.page->isComplete());
    QVERIFY(!h.commit()->isEnabled());
    QCOMPARE(uploadPosts(), 0);
}

QTEST_MAIN(TestPublishPage)
#include "TestPublishPage.moc"
