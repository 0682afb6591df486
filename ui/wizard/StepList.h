#pragma once

#include <QListWidget>

namespace rd::ui {

// The release steps beside the wizard: done ✓ / current ▶ / to do · / failed ✗.
// A finished step can be clicked to go back and look at it.
class StepList final : public QListWidget
{
    Q_OBJECT

public:
    enum class State { ToDo, Current, Done, Failed, Unavailable };

    explicit StepList(QWidget *parent = nullptr);

    int addStep(const QString &title, bool available);
    void setState(int step, State state);
    State state(int step) const;

signals:
    void stepActivated(int step);

private:
    QList<State> m_states;
    QStringList m_titles;
};

} // namespace rd::ui
