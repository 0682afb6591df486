#include "widgets/ServerKindCombo.h"

#include <algorithm>

namespace rd::ui {

ServerKindCombo::ServerKindCombo(Local local, QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Server kind"));
    addItem(tr("Gitea or Forgejo"), serverKindName(ServerKind::Gitea));
    addItem(tr("GitHub"), serverKindName(ServerKind::GitHub));
    if (local == Local::Offered) {
        addItem(tr("Local release store"), serverKindName(ServerKind::Local));
    }
}

ServerKind ServerKindCombo::kind() const
{
    return serverKindFromName(currentData().toString()).value_or(ServerKind::Gitea);
}

void ServerKindCombo::setKind(ServerKind kind)
{
    setCurrentIndex(std::max(0, findData(serverKindName(kind))));
}

} // namespace rd::ui
