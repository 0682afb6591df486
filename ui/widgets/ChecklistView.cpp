#include "ChecklistView.h"

#include <QHeaderView>

namespace rd::ui {

ChecklistView::ChecklistView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("checklistView"));
    setColumnCount(3);
    setHeaderLabels({ QString(), tr("Check"), tr("Result") });
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void ChecklistView::setItems(const Checklist &items)
{
    clear();
    m_items = items;
    for (const CheckItem &item : items) {
        auto *row = new QTreeWidgetItem(this);
        fillRow(row, item);
    }
}

void ChecklistView::updateItem(int index, const CheckItem &item)
{
    if (index < 0 || index >= m_items.size()) {
        return;
    }
    m_items[index] = item;
    fillRow(topLevelItem(index), item);
}

void ChecklistView::fillRow(QTreeWidgetItem *row, const CheckItem &item)
{
    row->setText(0, CheckItem::verdictSymbol(item.verdict));
    row->setText(1, item.title);
    QString text = item.detail;
    if (!item.hint.isEmpty() && item.verdict != CheckItem::Verdict::Ok) {
        text += QLatin1Char('\n') + tr("How to fix: %1").arg(item.hint);
    }
    row->setText(2, text);
    row->setToolTip(2, text);
    row->setData(0, Qt::UserRole, CheckItem::verdictName(item.verdict));
    QColor color;
    switch (item.verdict) {
    case CheckItem::Verdict::Ok: color = QColor(0x2e, 0x7d, 0x32); break;
    case CheckItem::Verdict::Warning: color = QColor(0xb2, 0x6a, 0x00); break;
    case CheckItem::Verdict::Failed: color = QColor(0xc6, 0x28, 0x28); break;
    case CheckItem::Verdict::Skipped: color = palette().color(QPalette::Disabled, QPalette::Text); break;
    }
    row->setForeground(0, color);
}

} // namespace rd::ui
