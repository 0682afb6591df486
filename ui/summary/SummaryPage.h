#pragma once

#include <QWizardPage>

class QLabel;

class QLabel;
class QPlainTextEdit;

namespace rd::ui {

class ReleaseSession;

// "Summary": what this run did (project, version, tag, where it went) and the CLI commands that
// do the same headless.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ReleaseSession *session, QWidget *parent = nullptr);
    void initializePage() override;

private:
    ReleaseSession *m_session;
    QLabel *m_text;
    // The commands, unwrapped and scrollable: a long path must never widen the window.
    QPlainTextEdit *m_commands;
};

} // namespace rd::ui
