#include "BuildPage.h"

#include "ReleaseSession.h"
#include "build/BuildRequest.h"
#include "build/BuildRun.h"
#include "build/BuildTargetJob.h"
#include "build/TrimRules.h"
#include "widgets/CommandLineRow.h"
#include "widgets/Format.h"
#include "widgets/LogView.h"
#include "widgets/ScrollingBody.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

const QString windowsTarget = QStringLiteral("windows");
const QString linuxTarget = QStringLiteral("linux");

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        items << item.trimmed();
    }
    return items;
}

QString targetTitle(const QString &target)
{
    if (target == windowsTarget) {
        return QCoreApplication::translate("rd::ui::BuildPage", "Windows portable (zip)");
    }
    if (target == linuxTarget) {
        return QCoreApplication::translate("rd::ui::BuildPage", "Linux tarball (tar.gz)");
    }
    return target;
}

// An index URL for display: a password in it is replaced (the real one stays in the field).
QString shownUrl(const QString &url)
{
    QUrl parsed(url);
    if (parsed.password().isEmpty()) {
        return url;
    }
    parsed.setPassword(QStringLiteral("PASSWORD"));
    return parsed.toString();
}

QString shortSha(const QString &sha)
{
    return sha.left(16) + (sha.size() > 16 ? QStringLiteral("…") : QString());
}

QLineEdit *pathEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

BuildPage::BuildPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_windows(new QCheckBox(targetTitle(windowsTarget), this))
    , m_linux(new QCheckBox(targetTitle(linuxTarget), this))
    , m_pythonVersion(pathEdit(QStringLiteral("buildPythonVersionEdit"), tr("3.11.9"), this))
    , m_pythonZip(pathEdit(QStringLiteral("buildPythonZipEdit"),
          tr("Optional: a local python-X.Y.Z-embed-amd64.zip instead of downloading it"), this))
    , m_extras(pathEdit(QStringLiteral("buildExtrasEdit"), tr("Comma-separated extras, e.g. web, tray"), this))
    , m_indexUrl(pathEdit(QStringLiteral("buildIndexUrlEdit"), tr("pip's default (PyPI); or a mirror's /simple/ URL"), this))
    , m_findLinks(pathEdit(QStringLiteral("buildFindLinksEdit"), tr("Folders or URLs of wheels, comma-separated"), this))
    , m_offline(new QCheckBox(tr("Offline: use only the wheel folders above (pip --no-index)"), this))
    , m_outDir(pathEdit(QStringLiteral("buildOutDirEdit"), tr("Where the archives go"), this))
    , m_availableExtras(new QLabel(this))
    , m_trimRules(new QTreeWidget(this))
    , m_trimNote(new QLabel(this))
    , m_targetsGrid(new QGridLayout)
    , m_logs(new QTabWidget(this))
    , m_overall(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_resultNote(new QLabel(this))
    , m_cli(new CommandLineRow(
          QStringLiteral("buildCliEdit"), tr("The releasedesk-cli command that builds the same targets"), this))
    , m_build(new QPushButton(tr("Build"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("buildPage"));
    setTitle(tr("Build"));
    setSubTitle(tr("The Windows portable build (embeddable Python and win_amd64 wheels) and the relocatable Linux "
                   "tarball, built side by side with real pip."));

    m_windows->setObjectName(QStringLiteral("buildWindowsCheck"));
    m_linux->setObjectName(QStringLiteral("buildLinuxCheck"));
    m_offline->setObjectName(QStringLiteral("buildOfflineCheck"));
    m_availableExtras->setObjectName(QStringLiteral("buildAvailableExtras"));
    m_availableExtras->setWordWrap(true);
    m_availableExtras->setForegroundRole(QPalette::PlaceholderText);

    auto *targetsBox = new QGroupBox(tr("Targets"), this);
    auto *targetsLayout = new QHBoxLayout(targetsBox);
    targetsLayout->addWidget(m_windows);
    targetsLayout->addWidget(m_linux);
    targetsLayout->addStretch(1);

    auto *browseZip = new QPushButton(tr("Browse…"), this);
    browseZip->setObjectName(QStringLiteral("buildBrowsePythonZipButton"));
    connect(browseZip, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Choose an embeddable Python zip"), {}, tr("Zip archives (*.zip)"));
        if (!file.isEmpty()) {
            m_pythonZip->setText(file);
        }
    });
    auto *zipRow = new QHBoxLayout;
    zipRow->addWidget(m_pythonZip, 1);
    zipRow->addWidget(browseZip);
    auto *browseOut = new QPushButton(tr("Browse…"), this);
    browseOut->setObjectName(QStringLiteral("buildBrowseOutDirButton"));
    connect(browseOut, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the output folder"), m_outDir->text());
        if (!dir.isEmpty()) {
            m_outDir->setText(dir);
        }
    });
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(browseOut);

    auto *optionsBox = new QGroupBox(tr("Python and dependencies"), this);
    auto *form = new QFormLayout(optionsBox);
    form->addRow(tr("Python for Windows:"), m_pythonVersion);
    form->addRow(tr("Embeddable zip:"), zipRow);
    form->addRow(tr("Extras:"), m_extras);
    form->addRow(QString(), m_availableExtras);
    form->addRow(tr("Index URL:"), m_indexUrl);
    form->addRow(tr("Wheel folders:"), m_findLinks);
    form->addRow(QString(), m_offline);
    form->addRow(tr("Output folder:"), outRow);

    m_trimRules->setObjectName(QStringLiteral("buildTrimRules"));
    m_trimRules->setAccessibleName(tr("Size trimming rules"));
    m_trimRules->setHeaderLabels({ tr("Rule"), tr("Targets"), tr("Saved last build"), tr("What it removes") });
    m_trimRules->setRootIsDecorated(false);
    m_trimRules->setUniformRowHeights(true);
    m_trimRules->setMinimumHeight(120);
    m_trimRules->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_trimNote->setObjectName(QStringLiteral("buildTrimNote"));
    m_trimNote->setWordWrap(true);
    auto *trimBox = new QGroupBox(tr("Trim rules (releasedesk.toml [[build.trim]])"), this);
    auto *trimLayout = new QVBoxLayout(trimBox);
    trimLayout->addWidget(m_trimRules);
    trimLayout->addWidget(m_trimNote);

    m_overall->setObjectName(QStringLiteral("buildOverallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_error->setObjectName(QStringLiteral("buildError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: palette(highlighted-text); background: #b3261e; padding: 6px; }"));
    m_error->hide();
    auto *progressBox = new QGroupBox(tr("Progress"), this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addLayout(m_targetsGrid);
    progressLayout->addWidget(m_overall);
    progressLayout->addWidget(m_error);
    m_logs->setObjectName(QStringLiteral("buildLogs"));
    m_logs->setMinimumHeight(160);
    progressLayout->addWidget(m_logs, 1);

    m_results->setObjectName(QStringLiteral("buildResults"));
    m_results->setAccessibleName(tr("Build results per target"));
    m_results->setHeaderLabels({ tr("File"), tr("Size"), tr("SHA-256") });
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->setMinimumHeight(90);
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, [](QTreeWidgetItem *item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(item->data(0, Qt::UserRole).toString()).absolutePath()));
    });
    m_resultNote->setObjectName(QStringLiteral("buildResultNote"));
    m_resultNote->setWordWrap(true);
    auto *resultsBox = new QGroupBox(tr("Results"), this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addWidget(m_results);
    resultsLayout->addWidget(m_resultNote);

    m_build->setObjectName(QStringLiteral("buildStartButton"));
    m_build->setDefault(false);
    m_cancel->setObjectName(QStringLiteral("buildCancelButton"));
    connect(m_build, &QPushButton::clicked, this, &BuildPage::startBuild);
    connect(m_cancel, &QPushButton::clicked, this, &BuildPage::cancelBuild);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_build);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(targetsBox);
    layout->addWidget(optionsBox);
    layout->addWidget(trimBox);
    layout->addWidget(progressBox, 1);
    layout->addWidget(resultsBox);
    layout->addWidget(m_cli);
    QScrollArea *scroll = scrollingBody(content, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Build and Cancel stay in view above the scrolled part, never at the bottom of a long page.
    outer->addLayout(buttons);
    outer->addWidget(scroll);

    for (QCheckBox *box : { m_windows, m_linux, m_offline }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateCommandLine();
            updateButtons();
        });
    }
    for (QLineEdit *edit : { m_pythonVersion, m_pythonZip, m_extras, m_indexUrl, m_findLinks, m_outDir }) {
        connect(edit, &QLineEdit::textChanged, this, &BuildPage::updateCommandLine);
    }
    connect(m_outDir, &QLineEdit::editingFinished, this, &BuildPage::loadLastReport);
    updateButtons();
}

BuildPage::~BuildPage()
{
    if (m_run) {
        m_run->cancel();
    }
}

QString BuildPage::workFolderFor(const QString &projectName)
{
    QString name = projectName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("releasedesk/work/") + (name.isEmpty() ? QStringLiteral("project") : name));
}

void BuildPage::initializePage()
{
    if (!m_session->hasProject() || isBuilding()) {
        return;
    }
    const PythonProject &project = m_session->project();
    const ProjectSettings &settings = project.settings;
    m_windows->setChecked(settings.targets.contains(windowsTarget));
    m_linux->setChecked(settings.targets.contains(linuxTarget));
    m_pythonVersion->setText(settings.pythonVersion);
    m_pythonZip->setText(
        settings.build.pythonZip.isEmpty() ? QString() : QDir(project.rootDir).absoluteFilePath(settings.build.pythonZip));
    m_extras->setText(settings.extras.join(QStringLiteral(", ")));
    const QStringList available = project.optionalDependencies.keys();
    m_availableExtras->setText(available.isEmpty() ? tr("The project defines no extras.")
                                                   : tr("The project defines: %1").arg(available.join(QStringLiteral(", "))));
    m_indexUrl->setText(settings.build.indexUrl);
    m_findLinks->setText(settings.build.findLinks.join(QStringLiteral(", ")));
    m_offline->setChecked(settings.build.noIndex);
    m_outDir->setText(QDir(project.rootDir).filePath(QStringLiteral("dist")));
    fillTrimRules();
    loadLastReport();
    updateCommandLine();
    updateButtons();
}

QStringList BuildPage::selectedTargets() const
{
    QStringList targets;
    if (m_windows->isChecked()) {
        targets << windowsTarget;
    }
    if (m_linux->isChecked()) {
        targets << linuxTarget;
    }
    return targets;
}

BuildRequest BuildPage::request() const
{
    BuildRequest request;
    if (m_session->hasProject()) {
        request.projectDir = m_session->project().rootDir;
        request.workDir = workFolderFor(m_session->project().name);
    }
    request.outDir = QDir(m_outDir->text().trimmed()).absolutePath();
    request.targets = selectedTargets();
    if (const auto &tag = m_session->releaseTag()) {
        request.version = tag->version;
    }
    request.pythonVersion = m_pythonVersion->text().trimmed();
    request.pythonZip = m_pythonZip->text().trimmed();
    request.extras = splitList(m_extras->text());
    request.indexUrl = m_indexUrl->text().trimmed();
    request.findLinks = splitList(m_findLinks->text());
    request.noIndex = m_offline->isChecked();
    // The unpacked {App} folders stay for the Installer page (the next build replaces them).
    request.keepWork = true;
    return request;
}

bool BuildPage::isBuilding() const
{
    return m_run && m_run->isRunning();
}

void BuildPage::updateCommandLine()
{
    if (!m_session->hasProject()) {
        m_cli->setCommand(QString());
        return;
    }
    const QStringList targets = selectedTargets();
    QStringList parts { QStringLiteral("releasedesk-cli"), QStringLiteral("build"),
        targets.size() == 1 ? targets.first() : QStringLiteral("all"), QStringLiteral("--project"),
        shellArgument(m_session->project().rootDir), QStringLiteral("--out"), shellArgument(m_outDir->text().trimmed()) };
    if (const auto &tag = m_session->releaseTag()) {
        parts << QStringLiteral("--version") << shellArgument(tag->version);
    }
    if (const QString python = m_pythonVersion->text().trimmed();
        !python.isEmpty() && python != m_session->project().settings.pythonVersion) {
        parts << QStringLiteral("--python-version") << shellArgument(python);
    }
    if (const QString zip = m_pythonZip->text().trimmed(); !zip.isEmpty()) {
        parts << QStringLiteral("--python-zip") << shellArgument(zip);
    }
    if (const QStringList extras = splitList(m_extras->text()); !extras.isEmpty()) {
        parts << QStringLiteral("--extras") << shellArgument(extras.join(QLatin1Char(',')));
    }
    if (const QString index = m_indexUrl->text().trimmed(); !index.isEmpty()) {
        parts << QStringLiteral("--index-url") << shellArgument(shownUrl(index));
    }
    for (const QString &link : splitList(m_findLinks->text())) {
        parts << QStringLiteral("--find-links") << shellArgument(link);
    }
    if (m_offline->isChecked()) {
        parts << QStringLiteral("--no-index");
    }
    m_cli->setCommand(parts.join(QLatin1Char(' ')));
}

void BuildPage::updateButtons()
{
    const bool running = isBuilding();
    m_build->setEnabled(!running && m_session->hasProject() && !selectedTargets().isEmpty());
    m_build->setText(m_succeeded ? tr("Build again") : tr("Build"));
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_windows, m_linux, m_pythonVersion, m_pythonZip, m_extras, m_indexUrl, m_findLinks, m_offline, m_outDir }) {
        field->setEnabled(!running);
    }
    emit completeChanged();
}

void BuildPage::fillTrimRules()
{
    m_trimRules->clear();
    const BuildSettings &settings = m_session->project().settings.build;
    // One row per rule name; a rule applying to both targets appears once.
    QMap<QString, QTreeWidgetItem *> rows;
    for (const QString &target : { windowsTarget, linuxTarget }) {
        for (const TrimRule &rule : TrimRules::effective(settings, target)) {
            if (QTreeWidgetItem *row = rows.value(rule.name)) {
                const QString targets = row->text(1);
                if (!targets.contains(target)) {
                    row->setText(1, targets + QStringLiteral(", ") + target);
                }
                continue;
            }
            auto *row = new QTreeWidgetItem(m_trimRules);
            row->setText(0, rule.name + (rule.builtin ? QString() : tr(" (project)")));
            row->setData(0, Qt::UserRole, rule.name);
            row->setText(1, target);
            row->setText(2, rule.enabled ? tr("—") : tr("off"));
            row->setText(3, rule.description);
            row->setToolTip(3, rule.paths.join(QLatin1Char('\n')));
            if (!rule.enabled) {
                for (int column = 0; column < 4; ++column) {
                    row->setForeground(column, palette().brush(QPalette::PlaceholderText));
                }
            }
            rows.insert(rule.name, row);
        }
    }
    m_trimRules->resizeColumnToContents(0);
    m_trimRules->resizeColumnToContents(1);
    m_trimNote->setText(settings.compileBytecode
            ? tr("Bytecode only: .py files are removed after compileall -b compiled them (with a host Python of the "
                 "target's version).")
            : tr("Source files are kept (compile_bytecode = false). Rules that are off break their package when applied."));
}

void BuildPage::loadLastReport()
{
    if (!m_session->hasProject()) {
        return;
    }
    // The newest "*-build-report.json" in the output folder: what each rule saved last time.
    const QFileInfoList reports
        = QDir(m_outDir->text().trimmed()).entryInfoList({ QStringLiteral("*-build-report.json") }, QDir::Files, QDir::Time);
    if (reports.isEmpty()) {
        return;
    }
    QFile file(reports.first().filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QList<TargetReport> targets;
    for (const QJsonValue &value : report.value(QStringLiteral("targets")).toArray()) {
        TargetReport target;
        target.target = value[QStringLiteral("target")].toString();
        for (const QJsonValue &trim : value[QStringLiteral("trim")].toArray()) {
            target.trims << TrimSaving { trim[QStringLiteral("rule")].toString(), trim[QStringLiteral("description")].toString(),
                trim[QStringLiteral("files")].toInteger(), trim[QStringLiteral("bytes")].toInteger(), {} };
        }
        targets << target;
    }
    showSavings(targets);
    m_resultNote->setText(tr("Savings are from the last build in this folder (%1).").arg(reports.first().fileName()));
}

void BuildPage::showSavings(const QList<TargetReport> &targets)
{
    QMap<QString, qint64> bytesByRule;
    QMap<QString, qint64> filesByRule;
    for (const TargetReport &target : targets) {
        for (const TrimSaving &saving : target.trims) {
            bytesByRule[saving.rule] += saving.bytes;
            filesByRule[saving.rule] += saving.files;
        }
    }
    for (int index = 0; index < m_trimRules->topLevelItemCount(); ++index) {
        QTreeWidgetItem *row = m_trimRules->topLevelItem(index);
        const QString rule = row->data(0, Qt::UserRole).toString();
        if (bytesByRule.contains(rule)) {
            row->setText(
                2, tr("%1 (%n file(s))", nullptr, int(filesByRule.value(rule))).arg(formatSize(bytesByRule.value(rule))));
        }
    }
    // The bytecode and strip steps are reported like rules; show them too.
    for (auto it = bytesByRule.cbegin(); it != bytesByRule.cend(); ++it) {
        bool listed = false;
        for (int index = 0; index < m_trimRules->topLevelItemCount() && !listed; ++index) {
            listed = m_trimRules->topLevelItem(index)->data(0, Qt::UserRole).toString() == it.key();
        }
        if (!listed) {
            auto *row = new QTreeWidgetItem(m_trimRules);
            row->setText(0, it.key());
            row->setData(0, Qt::UserRole, it.key());
            row->setText(2, tr("%1 (%n file(s))", nullptr, int(filesByRule.value(it.key()))).arg(formatSize(it.value())));
        }
    }
}

void BuildPage::clearTargetRows()
{
    for (const TargetRow &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.bar;
        delete row.status;
    }
    m_rows.clear();
    while (m_logs->count() > 0) {
        QWidget *log = m_logs->widget(0);
        m_logs->removeTab(0);
        delete log;
    }
}

void BuildPage::startBuild()
{
    if (isBuilding() || !m_session->hasProject()) {
        return;
    }
    const BuildRequest buildRequest = request();
    if (buildRequest.targets.isEmpty()) {
        m_error->setText(tr("Choose at least one target."));
        m_error->show();
        return;
    }
    if (m_offline->isChecked() && buildRequest.findLinks.isEmpty()) {
        m_error->setText(tr("Offline builds need at least one wheel folder: fill \"Wheel folders\" or untick \"Offline\"."));
        m_error->show();
        m_findLinks->setFocus();
        return;
    }
    m_error->hide();
    m_succeeded = false;
    m_results->clear();
    m_resultNote->clear();
    clearTargetRows();
    m_overall->setValue(0);
    m_overall->setFormat(tr("Preparing: staging the project and stamping the version…"));

    m_run = new BuildRun(buildRequest, this);
    connect(m_run, &BuildRun::targetsStarted, this, &BuildPage::onTargetsStarted);
    connect(m_run, &BuildRun::progress, this, [this](qint64 done, qint64 total, const QString &text) {
        m_overall->setMaximum(int(qMax<qint64>(total, 1)));
        m_overall->setValue(int(done));
        m_overall->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text + QStringLiteral(" — %p%"));
    });
    connect(
        m_run, &BuildRun::logLine, this, [this](const QString &line) { emit m_session->logLine(QStringLiteral("build"), line); });
    connect(m_run, &BuildRun::finished, this, &BuildPage::onFinished);
    emit m_session->logLine(QStringLiteral("build"),
        tr("Building %1 into %2").arg(buildRequest.targets.join(QStringLiteral(", ")), buildRequest.outDir));
    m_run->start();
    updateButtons();
}

void BuildPage::onTargetsStarted()
{
    int gridRow = 0;
    for (BuildTargetJob *job : m_run->jobs()) {
        const QString target = job->target();
        TargetRow row;
        row.name = new QLabel(targetTitle(target), this);
        row.bar = new QProgressBar(this);
        row.bar->setObjectName(QStringLiteral("buildProgress_") + target);
        row.bar->setRange(0, int(BuildTargetJob::progressTotal));
        row.status = new QLabel(tr("Starting…"), this);
        row.status->setObjectName(QStringLiteral("buildStatus_") + target);
        row.status->setMinimumWidth(240);
        row.log = new LogView(this);
        row.log->setObjectName(QStringLiteral("buildLog_") + target);
        row.clock.start();
        m_targetsGrid->addWidget(row.name, gridRow, 0);
        m_targetsGrid->addWidget(row.bar, gridRow, 1);
        m_targetsGrid->addWidget(row.status, gridRow, 2);
        m_logs->addTab(row.log, targetTitle(target));
        m_rows.insert(target, row);
        ++gridRow;

        connect(job, &BuildTargetJob::progress, this, [this, target](qint64 done, qint64 total, const QString &text) {
            TargetRow &targetRow = m_rows[target];
            targetRow.bar->setValue(int(done * BuildTargetJob::progressTotal / qMax<qint64>(total, 1)));
            QString status = text;
            const qint64 elapsed = targetRow.clock.elapsed();
            // Time left from the pace so far, once there is enough of it to mean something.
            if (done >= total / 20 && done < total && elapsed > 3000) {
                const qint64 left = elapsed * (total - done) / qMax<qint64>(done, 1);
                status = tr("%1 — %2 left").arg(text, formatDuration(left));
            }
            targetRow.status->setText(status);
        });
        // The target's own log; the log drawer gets the line once, through BuildRun ("[target] ...").
        connect(job, &BuildTargetJob::logLine, this,
            [this, target](const QString &line) { m_rows[target].log->appendLine(target, line); });
        connect(job, &BuildTargetJob::finished, this, [this, target](const Result<TargetReport> &result) {
            TargetRow &targetRow = m_rows[target];
            if (result) {
                targetRow.bar->setValue(targetRow.bar->maximum());
                targetRow.status->setText(tr("✓ %1, %2 in %3")
                                              .arg(QFileInfo(result->output).fileName(), formatSize(result->size),
                                                  formatDuration(result->milliseconds)));
            } else {
                targetRow.status->setText(tr("✗ %1").arg(result.error().message));
                targetRow.status->setToolTip(result.error().toString());
            }
        });
    }
}

void BuildPage::onFinished(const Result<BuildReport> &result)
{
    if (m_run) {
        m_run->deleteLater();
    }
    m_run = nullptr;
    if (!result) {
        m_overall->setFormat(tr("Build failed"));
        m_error->setText(result.error().toString());
        m_error->show();
        emit m_session->logLine(QStringLiteral("build"), result.error().toString());
        updateButtons();
        emit buildFinished(false);
        return;
    }
    m_succeeded = true;
    m_overall->setValue(m_overall->maximum());
    m_overall->setFormat(tr("Built %1 %2 in %3").arg(result->app, result->version, formatDuration(result->milliseconds)));
    showResults(*result);
    QStringList outputs;
    for (const TargetReport &target : result->targets) {
        outputs << target.output;
        if (target.target == windowsTarget) {
            m_session->setPortableDistDir(target.details.value(QStringLiteral("dist_dir")).toString());
        }
    }
    // The Build step's SHA256SUMS is not published: the release's own is computed over exactly
    // the files it holds (the installer built afterwards included).
    m_session->setBuildOutputs(outputs);
    updateButtons();
    emit buildFinished(true);
}

void BuildPage::showResults(const BuildReport &report)
{
    m_results->clear();
    auto addFile = [this](const QString &path, const QString &sha) {
        auto *row = new QTreeWidgetItem(m_results);
        row->setText(0, QFileInfo(path).fileName());
        row->setData(0, Qt::UserRole, path);
        row->setToolTip(0, QDir::toNativeSeparators(path));
        row->setText(1, formatSize(QFileInfo(path).size()));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(2, shortSha(sha));
        row->setToolTip(2, sha);
    };
    QStringList notes;
    for (const TargetReport &target : report.targets) {
        addFile(target.output, target.sha256);
        QStringList parts;
        for (const ComponentSize &component : target.components) {
            parts << tr("%1 %2").arg(component.name, formatSize(component.bytes));
        }
        notes << tr("%1: %n wheel(s)%2, trimmed %3; %4", nullptr, int(target.wheels.size()))
                     .arg(targetTitle(target.target), target.wheelsFromCache ? tr(" (from the cache)") : QString(),
                         formatSize(target.trimmedBytes()), parts.join(QStringLiteral(", ")));
        for (const QString &warning : target.warnings) {
            notes << tr("⚠ %1").arg(warning);
        }
    }
    if (!report.sumsFile.isEmpty()) {
        addFile(report.sumsFile, QString());
    }
    if (!report.reportFile.isEmpty()) {
        addFile(report.reportFile, QString());
    }
    m_results->resizeColumnToContents(1);
    showSavings(report.targets);
    m_resultNote->setText(notes.join(QLatin1Char('\n')));
}

void BuildPage::cancelBuild()
{
    if (m_run) {
        m_overall->setFormat(tr("Cancelling: stopping pip and python…"));
        m_run->cancel();
    }
}

bool BuildPage::isComplete() const
{
    return !isBuilding();
}

bool BuildPage::validatePage()
{
    // Skipping the build is allowed (an earlier build, or a release without binaries).
    return !isBuilding();
}

} // namespace rd::ui
