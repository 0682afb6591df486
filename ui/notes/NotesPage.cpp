#include "NotesPage.h"

#include "ReleaseSession.h"
#include "common/AtomicFile.h"
#include "project/ArtifactNames.h"
#include "publish/Sha256Sums.h"
#include "release/ReleaseNotes.h"
#include "version/Version.h"
#include "widgets/Background.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace rd::ui {

NotesPage::NotesPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_file(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_body(new QPlainTextEdit(this))
    , m_draft(new QPushButton(tr("&Draft from history"), this))
    , m_save(new QPushButton(tr("&Save notes"), this))
    , m_status(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("notesPage"));
    setTitle(tr("Release notes"));
    setSubTitle(tr("What changed, in Markdown. The release body adds a Downloads table of this release's files."));
    m_file->setObjectName(QStringLiteral("notesFileLabel"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setObjectName(QStringLiteral("notesEditor"));
    m_editor->setAccessibleName(tr("Release notes (Markdown)"));
    m_editor->setPlaceholderText(tr("## What's changed\n\n- …"));
    m_preview->setObjectName(QStringLiteral("notesPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenExternalLinks(true);
    m_body->setObjectName(QStringLiteral("releaseBodyView"));
    m_body->setAccessibleName(tr("Release body as published"));
    m_body->setReadOnly(true);
    m_draft->setObjectName(QStringLiteral("draftNotesButton"));
    m_draft->setToolTip(tr("Fill the notes from the commits since the previous tag: grouped by conventional-commit type "
                           "when the project uses them; merge and release commits are left out."));
    m_save->setObjectName(QStringLiteral("saveNotesButton"));
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setWordWrap(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("notesTabs"));
    tabs->addTab(m_preview, tr("Preview"));
    tabs->addTab(m_body, tr("Release body"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    // The page's actions stay in view above the editor, never below a scroll.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_file, 1);
    actions->addWidget(m_draft);
    actions->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_session->setReleaseNotes(m_editor->toPlainText());
        m_status->setText(
            m_editor->toPlainText() == m_loadedText ? QString() : tr("Not saved yet (Publish uses these notes either way)."));
        m_previewTimer->start();
    });
    connect(m_previewTimer, &QTimer::timeout, this, &NotesPage::updatePreview);
    connect(m_draft, &QPushButton::clicked, this, &NotesPage::draftFromHistory);
    connect(m_save, &QPushButton::clicked, this, &NotesPage::save);
    connect(session, &ReleaseSession::runReset, this, [this] { m_loadedFor.clear(); });
}

QString NotesPage::notesPath() const
{
    if (!m_session->hasProject()) {
        return {};
    }
    const PythonProject &project = m_session->project();
    return QDir(project.rootDir).absoluteFilePath(project.settings.notesFile);
}

void NotesPage::initializePage()
{
    if (!m_session->hasProject()) {
        return;
    }
    const QString path = notesPath();
    m_file->setText(tr("Notes file: %1").arg(QDir::toNativeSeparators(path)));
    if (m_loadedFor != m_session->project().rootDir) {
        m_loadedFor = m_session->project().rootDir;
        const QString text = ReleaseNotes::readNotesFile(path).value_or(QString());
        m_loadedText = text;
        m_editor->setPlainText(text);
        m_status->setText(QFileInfo::exists(path)
                ? QString()
                : tr("%1 does not exist yet: write the notes, or draft them from history.").arg(QFileInfo(path).fileName()));
    }
    updatePreview();
}

bool NotesPage::validatePage()
{
    m_session->setReleaseNotes(m_editor->toPlainText());
    return true;
}

void NotesPage::draftFromHistory()
{
    if (!m_session->hasProject()) {
        return;
    }
    const QString dir = m_session->project().rootDir;
    const QString prefix = m_session->project().settings.tagPrefix;
    const QString tag = m_session->releaseTag() ? m_session->releaseTag()->tag : QString();
    m_draft->setEnabled(false);
    m_status->setText(tr("Reading the history…"));
    struct Draft
    {
        QString since;
        Result<QList<HistoryCommit>> commits = std::unexpected(Error {});
    };
    runInBackground<Draft>(
        this,
        [dir, prefix, tag] {
            Draft draft;
            draft.since = ReleaseNotes::previousTag(dir, prefix, tag).value_or(QString());
            draft.commits = ReleaseNotes::history(dir, draft.since);
            return draft;
        },
        [this](Draft draft) {
            m_draft->setEnabled(true);
            if (!draft.commits) {
                m_status->setText(draft.commits.error().toString());
                emit draftReady(false);
                return;
            }
            m_editor->setPlainText(ReleaseNotes::draft(*draft.commits, draft.since));
            m_status->setText(draft.since.isEmpty()
                    ? tr("Drafted from %n commit(s) (no earlier tag). Edit, then save.", "", int(draft.commits->size()))
                    : tr("Drafted from %n commit(s) since %1. Edit, then save.", "", int(draft.commits->size()))
                          .arg(draft.since));
            emit draftReady(true);
        });
}

bool NotesPage::save()
{
    const QString path = notesPath();
    if (path.isEmpty()) {
        return false;
    }
    QString text = m_editor->toPlainText();
    if (!text.endsWith(QLatin1Char('\n'))) {
        text += QLatin1Char('\n');
    }
    if (auto written = writeFileAtomically(path, text.toUtf8()); !written) {
        m_status->setText(written.error().toString());
        return false;
    }
    m_loadedText = m_editor->toPlainText();
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    emit m_session->logLine(QStringLiteral("notes"), tr("Saved the release notes to %1").arg(path));
    return true;
}

QString NotesPage::releaseBody() const
{
    ReleaseBody body;
    body.notes = m_editor->toPlainText();
    if (!m_session->hasProject()) {
        return body.toMarkdown();
    }
    const PythonProject &project = m_session->project();
    auto version = Version::parse(m_session->version());
    if (!version) {
        return body.toMarkdown();
    }
    const ArtifactNames names = ArtifactNames::forProject(project.settings, project.name, *version);
    const QString tag = m_session->releaseTag() ? m_session->releaseTag()->tag : names.tag();
    const bool linked = project.settings.serverKind != QStringLiteral("local");
    QStringList files;
    if (!m_session->releaseAssets().isEmpty()) {
        for (const QString &file : m_session->releaseAssets()) {
            files << QFileInfo(file).fileName();
        }
    } else {
        for (const QString &target : project.settings.targets) {
            if (target == QStringLiteral("windows")) {
                files << names.installer() << names.windowsZip();
            } else if (target == QStringLiteral("linux")) {
                files << names.linuxTarball();
            }
        }
    }
    files << Sha256Sums::fileName();
    for (const QString &file : std::as_const(files)) {
        body.downloads << DownloadEntry { file,
            linked ? ReleaseBody::downloadUrl(project.settings.serverUrl, project.settings.repository, tag, file) : QString() };
    }
    return body.toMarkdown();
}

void NotesPage::updatePreview()
{
    m_preview->setMarkdown(m_editor->toPlainText());
    m_body->setPlainText(releaseBody());
}

} // namespace rd::ui
