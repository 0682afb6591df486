#pragma once

#include "common/Error.h"
#include "release/ReleasePlan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rd {
class ReleaseProvider;
class ReleaseRun;
struct ReleaseOutcome;
} // namespace rd

namespace rd::ui {

class LogView;
class ReleaseSession;

// "Release → Run the whole release…" (and "Resume release…"): the open project's release as one
// plan run by the engine's ReleaseRun, the same one `releasedesk-cli release run` drives. The plan
// lists every step with what it waits for and the requests it will send; Run carries it out with
// a progress bar per step (the builds side by side, each upload as soon as its file exists), the
// log below, Cancel always in view; a run that stopped resumes from its journal.
class ReleaseRunWindow final : public QDialog
{
    Q_OBJECT

public:
    ReleaseRunWindow(ReleaseSession *session, QWidget *parent = nullptr);
    ~ReleaseRunWindow() override;

    // Shows the plan (a dry run: reads only). planned(ok) when done.
    void plan();
    // Runs the release (continuing its journal when there is one). finishedRun(ok) when done.
    void run();
    void cancel();
    bool isBusy() const;
    // The equivalent command line.
    QString cliLine() const;

signals:
    void planned(bool ok);
    void finishedRun(bool ok);

private:
    void start(bool dryRun);
    void showPlan(const ReleasePlan &plan);
    void onFinished(const Result<ReleaseOutcome> &result, bool dryRun);
    void setBusy(bool busy);
    QTreeWidgetItem *rowOf(const QString &id) const;
    void updateCli();

    ReleaseSession *m_session;
    QNetworkAccessManager *m_network;
    QLabel *m_header;
    QCheckBox *m_windows;
    QCheckBox *m_linux;
    QCheckBox *m_installer;
    QCheckBox *m_tag;
    QCheckBox *m_draftFirst;
    QLineEdit *m_pythonZip;
    QPushButton *m_planButton;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QTreeWidget *m_steps;
    QProgressBar *m_overall;
    QLabel *m_status;
    QLineEdit *m_cli;
    LogView *m_log;
    QPointer<ReleaseRun> m_run;
    QPointer<ReleaseProvider> m_provider;
    QHash<QString, QProgressBar *> m_bars;
};

} // namespace rd::ui
