#include "StepList.h"

namespace rd::ui {

StepList::StepList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setMinimumWidth(170);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int step = row(item);
        const State state = m_states.value(step);
        if (state == State::Done || state == State::Outdated || state == State::Failed
            || (m_free && state != State::Unavailable)) {
            emit stepActivated(step);
        }
    });
}

int StepList::addStep(const QString &title, bool available)
{
    m_titles << title;
    m_states << (available ? State::ToDo : State::Unavailable);
    auto *item = new QListWidgetItem(this);
    if (!available) {
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(tr("This step arrives in a later version of ReleaseDesk."));
    }
    setState(int(m_titles.size()) - 1, m_states.last());
    return int(m_titles.size()) - 1;
}

void StepList::setState(int step, State state)
{
    if (step < 0 || step >= m_states.size()) {
        return;
    }
    m_states[step] = state;
    QString mark;
    switch (state) {
    case State::ToDo: mark = QStringLiteral("·"); break;
    case State::Current: mark = QStringLiteral("▶"); break;
    case State::Done: mark = QStringLiteral("✓"); break;
    case State::Skipped: mark = QStringLiteral("–"); break;
    case State::Outdated: mark = QStringLiteral("⚠"); break;
    case State::Failed: mark = QStringLiteral("✗"); break;
    case State::Unavailable: mark = QStringLiteral("·"); break;
    }
    QListWidgetItem *entry = item(step);
    entry->setText(mark + QLatin1Char(' ') + m_titles[step]);
    QFont font = entry->font();
    font.setBold(state == State::Current);
    entry->setFont(font);
    if (state == State::Skipped) {
        entry->setToolTip(tr("Visited, but its work is not done."));
    } else if (state == State::Outdated) {
        entry->setToolTip(tr("Done, but its files are not current: another version, or a file is gone. Do it again."));
    } else if (state != State::Unavailable) {
        entry->setToolTip(QString());
    }
}

StepList::State StepList::state(int step) const
{
    return m_states.value(step, State::Unavailable);
}

} // namespace rd::ui
