#include "PlanView.h"

#include <QHeaderView>
#include <QProgressBar>

namespace rd::ui {

namespace {
enum Column { NumberColumn, ActionColumn, StateColumn };
}

PlanView::PlanView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("planView"));
    setColumnCount(3);
    setHeaderLabels({ tr("#"), tr("Action"), tr("State") });
    setRootIsDecorated(true);
    setWordWrap(true);
    header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(StateColumn, QHeaderView::Interactive);
    header()->resizeSection(StateColumn, 180);
    header()->setStretchLastSection(false);
}

void PlanView::setPlan(const Plan &plan)
{
    clear();
    m_plan = plan;
    m_states = QList<ActionState>(plan.actions.size(), ActionState::Waiting);
    for (int i = 0; i < plan.actions.size(); ++i) {
        const PlanAction &action = plan.actions[i];
        auto *row = new QTreeWidgetItem(this);
        row->setText(NumberColumn, QString::number(i + 1));
        row->setText(ActionColumn, action.description);
        row->setToolTip(ActionColumn, action.toText());
        row->setText(StateColumn, action.changesNothing ? tr("check") : tr("waiting"));
        const QString effect = action.effect();
        if (!effect.isEmpty()) {
            auto *detail = new QTreeWidgetItem(row);
            detail->setText(ActionColumn, effect);
            detail->setFont(ActionColumn, QFont(QStringLiteral("monospace")));
            detail->setFlags(Qt::ItemIsEnabled);
        }
    }
}

void PlanView::setActionState(int index, ActionState state, const QString &detail)
{
    QTreeWidgetItem *row = topLevelItem(index);
    if (!row) {
        return;
    }
    m_states[index] = state;
    removeItemWidget(row, StateColumn);
    QString text;
    QColor color = palette().color(QPalette::Text);
    switch (state) {
    case ActionState::Waiting: text = tr("waiting"); break;
    case ActionState::Running: text = tr("running…"); break;
    case ActionState::Done:
        text = tr("✓ done");
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case ActionState::Failed:
        text = tr("✗ failed");
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case ActionState::Skipped: text = tr("skipped"); break;
    }
    if (!detail.isEmpty()) {
        text += QStringLiteral(": ") + detail;
    }
    row->setText(StateColumn, text);
    row->setToolTip(StateColumn, text);
    row->setForeground(StateColumn, color);
}

void PlanView::setActionProgress(int index, qint64 done, qint64 total)
{
    QTreeWidgetItem *row = topLevelItem(index);
    if (!row) {
        return;
    }
    auto *bar = qobject_cast<QProgressBar *>(itemWidget(row, StateColumn));
    if (!bar) {
        bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("planProgress_%1").arg(index));
        setItemWidget(row, StateColumn, bar);
    }
    // Progress bars take int: scale large byte counts down to per-mille.
    bar->setRange(0, 1000);
    bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    bar->setFormat(total > 0 ? QStringLiteral("%1 / %2").arg(formatBytes(done), formatBytes(total)) : QString());
    m_states[index] = ActionState::Running;
}

PlanView::ActionState PlanView::actionState(int index) const
{
    return m_states.value(index, ActionState::Waiting);
}

} // namespace rd::ui
