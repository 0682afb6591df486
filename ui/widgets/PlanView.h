#pragma once

#include "plan/Plan.h"

#include <QTreeWidget>

namespace rd::ui {

// The numbered actions a page will run (command lines, HTTP requests with sizes, file diffs).
// After the commit button, each row shows its state: waiting, running (with a progress bar),
// done, or failed with the reason. One widget, used by every page.
class PlanView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum class ActionState { Waiting, Running, Done, Failed, Skipped };

    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    void setActionState(int index, ActionState state, const QString &detail = {});
    void setActionProgress(int index, qint64 done, qint64 total);
    ActionState actionState(int index) const;

private:
    Plan m_plan;
    QList<ActionState> m_states;
};

} // namespace rd::ui
