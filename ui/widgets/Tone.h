#pragma once

#include <QLabel>

class QWidget;

namespace rd::ui {

// How a line of status text reads: an error (red) or a warning (amber).
enum class Tone { Normal, Error, Warning };

// Colours a widget's text through its palette rather than a style sheet: the first style sheet
// in the program builds a QStyleSheetStyle and parses CSS, which cost the cold start about a
// millisecond for three labels on the first page.
void setTone(QWidget *widget, Tone tone);

// A label drawn as a rounded pill with a border (the project's version in the project bar).
class PillLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit PillLabel(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rd::ui
