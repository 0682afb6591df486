#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace rd::ui {

// The releasedesk-cli command that does what a page is set to do, read-only and copyable: the
// same row on the Build, Installer and Publish pages (a runner job runs exactly this).
class CommandLineRow final : public QWidget
{
    Q_OBJECT

public:
    // editName: the line edit's objectName (tests and the accessibility walk find it by name);
    // toolTip: what the command does.
    CommandLineRow(const QString &editName, const QString &toolTip, QWidget *parent = nullptr);

    QString command() const;
    void setCommand(const QString &command);

private:
    QLineEdit *m_edit;
    QPushButton *m_copy;
};

} // namespace rd::ui
