#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace rd::ui {

// The log drawer: every tool's output, filterable and copyable, kept across page changes.
// Lines are redacted (tokens, passwords) before they are stored.
class LogView final : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void appendLine(const QString &source, const QString &line);
    QStringList lines() const { return m_lines; }
    void clear();

private:
    void refilter();

    QLineEdit *m_filter;
    QPlainTextEdit *m_text;
    QStringList m_lines;
};

} // namespace rd::ui
