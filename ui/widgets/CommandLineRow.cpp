#include "widgets/CommandLineRow.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rd::ui {

CommandLineRow::CommandLineRow(const QString &editName, const QString &toolTip, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_edit->setObjectName(editName);
    m_edit->setAccessibleName(tr("The equivalent releasedesk-cli command"));
    m_edit->setReadOnly(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setToolTip(toolTip);
    m_copy->setObjectName(editName + QStringLiteral("Copy"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_edit->text()); });
    auto *label = new QLabel(tr("Same from a terminal:"), this);
    label->setBuddy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_copy);
}

QString CommandLineRow::command() const
{
    return m_edit->text();
}

void CommandLineRow::setCommand(const QString &command)
{
    m_edit->setText(command);
    m_edit->setCursorPosition(0); // a long command shows its start
    m_copy->setEnabled(!command.isEmpty());
}

} // namespace rd::ui
