#pragma once

#include "plan/CheckItem.h"

#include <QTreeWidget>

namespace rd::ui {

// Preflight and verification results: one row per check with ✓ / ⚠ / ✗, the reason, and
// how to fix it. Used by every page that checks something.
class ChecklistView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setItems(const Checklist &items);
    void updateItem(int index, const CheckItem &item);
    Checklist items() const { return m_items; }

private:
    void fillRow(QTreeWidgetItem *row, const CheckItem &item);
    Checklist m_items;
};

} // namespace rd::ui
