#pragma once

#include "forge/ServerConfig.h"

#include <QComboBox>

namespace rd::ui {

// The kind of release server, chosen the same way on every page and window that names one
// (Publish, Inspector, Update preview, Settings): its items carry serverKindName() as data.
class ServerKindCombo final : public QComboBox
{
    Q_OBJECT

public:
    enum class Local { Offered, Hidden };

    explicit ServerKindCombo(Local local, QWidget *parent = nullptr);

    ServerKind kind() const;
    void setKind(ServerKind kind);
};

} // namespace rd::ui
