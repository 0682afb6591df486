#include "ProjectPage.h"

#include "ReleaseSession.h"
#include "demo/DemoProject.h"
#include "widgets/Background.h"
#include "widgets/Tone.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

ProjectPage::ProjectPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_demo(new QPushButton(tr("Open the demo"), this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_details(new QGroupBox(tr("What ReleaseDesk read"), this))
    , m_form(new QFormLayout(m_details))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("projectPage"));
    setTitle(tr("Project"));
    setSubTitle(tr("Choose the Python project to release: the folder that holds its pyproject.toml."));
    m_folder->setObjectName(QStringLiteral("projectFolderEdit"));
    m_folder->setAccessibleName(tr("Project folder"));
    m_folder->setPlaceholderText(tr("/path/to/your/project"));
    m_browse->setObjectName(QStringLiteral("projectBrowseButton"));
    m_demo->setObjectName(QStringLiteral("projectDemoButton"));
    m_demo->setToolTip(tr("A small sample application with a local release store: try everything without a server."));
    m_error->setObjectName(QStringLiteral("projectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(m_error, Tone::Error);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("projectBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_warnings->setObjectName(QStringLiteral("projectWarnings"));
    m_warnings->setWordWrap(true);
    setTone(m_warnings, Tone::Warning);
    m_warnings->hide();

    const QList<std::pair<QString, QString>> rows {
        { QStringLiteral("name"), tr("Name") },
        { QStringLiteral("version"), tr("Version (pyproject.toml)") },
        { QStringLiteral("initVersion"), tr("__version__") },
        { QStringLiteral("package"), tr("Package") },
        { QStringLiteral("requiresPython"), tr("Requires Python") },
        { QStringLiteral("dependencies"), tr("Dependencies") },
        { QStringLiteral("extras"), tr("Extras") },
        { QStringLiteral("scripts"), tr("Entry points") },
        { QStringLiteral("remote"), tr("Git remote") },
        { QStringLiteral("server"), tr("Publishes to") },
        { QStringLiteral("settings"), tr("Settings file") },
    };
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("projectValue_") + key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_form->addRow(label, value);
        m_values.insert(key, value);
    }
    m_details->hide();

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_folder, 1);
    pick->addWidget(m_browse);
    pick->addWidget(m_demo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_details);
    layout->addWidget(m_warnings);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ProjectPage::browse);
    connect(m_demo, &QPushButton::clicked, this, &ProjectPage::openDemo);
    connect(m_folder, &QLineEdit::returnPressed, this, [this] { openFolder(m_folder->text().trimmed()); });
}

bool ProjectPage::isComplete() const
{
    return m_loaded && !m_loading;
}

void ProjectPage::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the project folder"), m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!dir.isEmpty()) {
        openFolder(dir);
    }
}

void ProjectPage::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setVisible(loading);
    m_browse->setEnabled(!loading);
    m_demo->setEnabled(!loading);
    emit loadingChanged(loading);
    emit completeChanged();
}

void ProjectPage::openFolder(const QString &dir)
{
    if (dir.isEmpty()) {
        showError(
            Error::make(Error::Code::InvalidInput, tr("No folder given."), tr("Type the path of your project or click Browse.")));
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(dir));
    setLoading(true);
    const int generation = ++m_generation;
    emit m_session->logLine(QStringLiteral("project"), tr("Reading %1").arg(dir));
    runInBackground<Result<PythonProject>>(
        this, [dir] { return loadPythonProject(dir); },
        [this, generation](Result<PythonProject> result) {
            if (generation != m_generation) {
                return;
            }
            setLoading(false);
            if (result) {
                showProject(*result);
            } else {
                showError(result.error());
            }
        });
}

void ProjectPage::openDemo()
{
    setLoading(true);
    const int generation = ++m_generation;
    emit m_session->logLine(QStringLiteral("demo"), tr("Preparing the demo project"));
    runInBackground<Result<PythonProject>>(
        this,
        []() -> Result<PythonProject> {
            auto layout = DemoProject::ensureDefault();
            if (!layout) {
                return std::unexpected(layout.error());
            }
            return loadPythonProject(layout->projectDir);
        },
        [this, generation](Result<PythonProject> result) {
            if (generation != m_generation) {
                return;
            }
            setLoading(false);
            if (result) {
                m_folder->setText(QDir::toNativeSeparators(result->rootDir));
                showProject(*result);
            } else {
                showError(result.error());
            }
        });
}

void ProjectPage::setValue(const QString &key, const QString &value)
{
    m_values.value(key)->setText(value.isEmpty() ? QStringLiteral("—") : value);
}

void ProjectPage::showProject(const PythonProject &project)
{
    m_error->hide();
    setValue(QStringLiteral("name"), project.name);
    setValue(QStringLiteral("version"), project.versionIsDynamic ? tr("dynamic (set by the build backend)") : project.version);
    setValue(QStringLiteral("initVersion"), project.initVersion);
    setValue(QStringLiteral("package"), project.packageDir);
    setValue(QStringLiteral("requiresPython"), project.requiresPython);
    setValue(QStringLiteral("dependencies"), project.dependencies.join(QStringLiteral(", ")));
    QStringList extras;
    for (auto it = project.optionalDependencies.cbegin(); it != project.optionalDependencies.cend(); ++it) {
        extras << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    setValue(QStringLiteral("extras"), extras.join(QLatin1Char('\n')));
    QStringList scripts;
    for (auto it = project.scripts.cbegin(); it != project.scripts.cend(); ++it) {
        scripts << it.key() + QStringLiteral(" = ") + it.value();
    }
    setValue(QStringLiteral("scripts"), scripts.join(QLatin1Char('\n')));
    setValue(QStringLiteral("remote"), project.remoteUrlText);
    const ProjectSettings &settings = project.settings;
    const QString target = settings.serverKind == QStringLiteral("local")
        ? tr("local release store %1").arg(settings.localStorePath)
        : QStringLiteral("%1 %2 (%3)").arg(settings.serverKind, settings.serverUrl, settings.repository);
    setValue(QStringLiteral("server"), target);
    setValue(QStringLiteral("settings"),
        project.settingsPath() + (project.settingsCreated ? tr(" (created with defaults)") : QString()));
    m_details->show();
    m_warnings->setText(project.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!project.warnings.isEmpty());
    m_loaded = true;
    m_session->setProject(project);
    emit m_session->logLine(QStringLiteral("project"), tr("Opened %1 (%2)").arg(project.name, project.rootDir));
    emit completeChanged();
}

void ProjectPage::showError(const Error &error)
{
    m_loaded = false;
    m_details->hide();
    m_warnings->hide();
    m_error->setText(error.hint.isEmpty() ? error.message : error.message + QLatin1Char('\n') + error.hint);
    m_error->show();
    m_session->clearProject();
    emit m_session->logLine(QStringLiteral("project"), error.toString());
    emit completeChanged();
}

} // namespace rd::ui
