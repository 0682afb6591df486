#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace rd::ui {

class ReleaseSession;

// "Release notes": an editor for the project's notes file (RELEASE_NOTES.md, or [release]
// notes_file) with a live Markdown preview; "Draft from history" fills it from the commits since
// the previous tag; "Release body" shows exactly what will be published: the notes, then the
// Downloads table of this release's files. Saving writes the file (atomically); the notes go to
// the session either way, so Publish uses them.
class NotesPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NotesPage(ReleaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QString notesPath() const;
    // Fills the editor from git history (off the GUI thread); draftReady() when done.
    void draftFromHistory();
    bool save();

signals:
    void draftReady(bool ok);

private:
    void updatePreview();
    QString releaseBody() const;

    ReleaseSession *m_session;
    QLabel *m_file;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_body;
    QPushButton *m_draft;
    QPushButton *m_save;
    QLabel *m_status;
    QTimer *m_previewTimer;
    QString m_loadedText;
    QString m_loadedFor; // the project folder the editor was filled for
};

} // namespace rd::ui
