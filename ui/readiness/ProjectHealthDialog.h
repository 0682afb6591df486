#pragma once

#include "health/ProjectHealth.h"

#include <QDialog>

class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rd::ui {

class ReleaseSession;

// "Project health" (guide §12): the readiness checklist of the open project, each item ✓, ✗
// (required) or – (recommended); selecting one shows what is wrong, its fix and the files the
// fix writes as a diff; "Apply fix" writes them (an edited file is never replaced: that needs
// the CLI's --force after reading the diff). The project's checks run off the GUI thread; then
// the server is asked whether Actions are enabled for the repository (not for a local store).
class ProjectHealthDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectHealthDialog(ReleaseSession *session, QWidget *parent = nullptr);

    void recheck();
    bool applySelectedFix();
    const QList<HealthItem> &items() const { return m_items; }

signals:
    void checked();

private:
    void showItem();
    void fill(const QList<HealthItem> &items);
    void checkServer(int generation);

    ReleaseSession *m_session;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPlainTextEdit *m_detail;
    QPushButton *m_fix;
    QPushButton *m_recheck;
    QLabel *m_status;
    QList<HealthItem> m_items;
    QNetworkAccessManager *m_network;
    int m_generation = 0; // a newer check makes older answers void
};

} // namespace rd::ui
