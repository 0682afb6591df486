#pragma once

#include <QListWidget>

namespace rd::ui {

// The release steps beside the wizard: done ✓ / current ▶ / to do · / visited but not done – /
// done but its outputs are no longer current ⚠ (another version, a file gone) / failed ✗. Once a project is open any available
// step can be clicked to go there.
class StepList final : public QListWidget
{
    Q_OBJECT

public:
    enum class State { ToDo, Current, Done, Outdated, Skipped, Failed, Unavailable };

    explicit StepList(QWidget *parent = nullptr);

    int addStep(const QString &title, bool available);
    void setState(int step, State state);
    State state(int step) const;
    // Whether steps other than done ones may be clicked (a project is open).
    void setFreeNavigation(bool free) { m_free = free; }

signals:
    void stepActivated(int step);

private:
    QList<State> m_states;
    QStringList m_titles;
    bool m_free = false;
};

} // namespace rd::ui
