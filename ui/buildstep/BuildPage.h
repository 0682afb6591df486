#pragma once

#include "build/BuildReport.h"
#include "common/Error.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QGridLayout;

namespace rd {
class BuildRun;
class BuildTargetJob;
struct BuildRequest;
} // namespace rd

namespace rd::ui {

class LogView;
class CommandLineRow;
class ReleaseSession;

// Build: the Windows portable zip and the Linux tarball, built concurrently by core's BuildRun.
// Targets, Python version, extras and index options come from releasedesk.toml and can be
// changed for this run; trim rules are listed with what they saved in the last build. Each
// target gets a live log and a progress bar with time left; Cancel stops pip and python.
// A successful build hands its archives (and the unpacked Windows folder) to the session for
// the Installer and Publish pages.
class BuildPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit BuildPage(ReleaseSession *session, QWidget *parent = nullptr);
    ~BuildPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The request the current fields describe (for tests and the CLI line).
    BuildRequest request() const;
    bool isBuilding() const;
    // Where the page keeps the unpacked build folders between runs (the Installer page reads them).
    static QString workFolderFor(const QString &projectName);

public slots:
    void startBuild();
    void cancelBuild();

signals:
    void buildFinished(bool ok);

private:
    struct TargetRow
    {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
        LogView *log = nullptr;
        QElapsedTimer clock;
    };

    void onTargetsStarted();
    void onFinished(const Result<BuildReport> &result);
    void updateCommandLine();
    void updateButtons();
    void fillTrimRules();
    void loadLastReport();
    void showSavings(const QList<TargetReport> &targets);
    void showResults(const BuildReport &report);
    void clearTargetRows();
    QStringList selectedTargets() const;

    ReleaseSession *m_session;
    QCheckBox *m_windows;
    QCheckBox *m_linux;
    QLineEdit *m_pythonVersion;
    QLineEdit *m_pythonZip;
    QLineEdit *m_extras;
    QLineEdit *m_indexUrl;
    QLineEdit *m_findLinks;
    QCheckBox *m_offline;
    QLineEdit *m_outDir;
    QLabel *m_availableExtras;
    QTreeWidget *m_trimRules;
    QLabel *m_trimNote;
    QGridLayout *m_targetsGrid;
    QTabWidget *m_logs;
    QProgressBar *m_overall;
    QLabel *m_error;
    QTreeWidget *m_results;
    QLabel *m_resultNote;
    CommandLineRow *m_cli;
    QPushButton *m_build;
    QPushButton *m_cancel;
    QPointer<BuildRun> m_run;
    QMap<QString, TargetRow> m_rows;
    bool m_succeeded = false;
};

} // namespace rd::ui
