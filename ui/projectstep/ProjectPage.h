#pragma once

#include "common/Error.h"
#include "project/PythonProject.h"

#include <QWizardPage>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rd::ui {

class ReleaseSession;

// "Project": pick a Python project folder (or the built-in demo) and see what was read:
// pyproject.toml, the package's __version__, the git remote, releasedesk.toml. Errors appear
// under the folder field. Reading happens off the GUI thread.
class ProjectPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProjectPage(ReleaseSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    void openFolder(const QString &dir);
    void openDemo();
    bool isLoading() const { return m_loading; }

signals:
    void loadingChanged(bool loading);

private:
    void browse();
    void setLoading(bool loading);
    void showProject(const PythonProject &project);
    void showError(const Error &error);
    void setValue(const QString &key, const QString &value);

    ReleaseSession *m_session;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_demo;
    QLabel *m_error;
    QProgressBar *m_busy;
    QGroupBox *m_details;
    QFormLayout *m_form;
    QLabel *m_warnings;
    QMap<QString, QLabel *> m_values;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0; // ignores answers for a folder the user has since replaced
};

} // namespace rd::ui
