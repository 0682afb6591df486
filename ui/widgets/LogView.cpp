#include "LogView.h"

#include "secrets/Redactor.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace rd::ui {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logView"));
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setAccessibleName(tr("Filter the log"));
    m_filter->setPlaceholderText(tr("Filter the log"));
    m_filter->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setAccessibleName(tr("Log"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(20'000);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("logCopy"));
    auto *clearButton = new QPushButton(tr("Clear"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(copy);
    bar->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text);
    connect(m_filter, &QLineEdit::textChanged, this, &LogView::refilter);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(clearButton, &QPushButton::clicked, this, &LogView::clear);
}

void LogView::appendLine(const QString &source, const QString &line)
{
    const QString stamped
        = QStringLiteral("%1 [%2] %3")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), source, Redactor::instance().redact(line));
    m_lines << stamped;
    if (m_lines.size() > 20'000) {
        m_lines.removeFirst();
    }
    if (m_filter->text().isEmpty() || stamped.contains(m_filter->text(), Qt::CaseInsensitive)) {
        m_text->appendPlainText(stamped);
    }
}

void LogView::clear()
{
    m_lines.clear();
    m_text->clear();
}

void LogView::refilter()
{
    const QString filter = m_filter->text();
    QStringList shown;
    for (const QString &line : std::as_const(m_lines)) {
        if (filter.isEmpty() || line.contains(filter, Qt::CaseInsensitive)) {
            shown << line;
        }
    }
    m_text->setPlainText(shown.join(QLatin1Char('\n')));
    // Back to following the newest line (setPlainText leaves the view at the top).
    m_text->moveCursor(QTextCursor::End);
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

} // namespace rd::ui
