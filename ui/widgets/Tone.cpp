#include "Tone.h"

#include <QPainter>
#include <QPalette>

namespace rd::ui {

void setTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->palette();
    switch (tone) {
    case Tone::Normal:
        palette = QPalette(); // back to the application's palette
        break;
    case Tone::Error:
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
        break;
    case Tone::Warning:
        palette.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00));
        palette.setColor(QPalette::Text, QColor(0xb2, 0x6a, 0x00));
        break;
    }
    widget->setPalette(palette);
}

PillLabel::PillLabel(QWidget *parent)
    : QLabel(parent)
{
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    setFont(bold);
    setContentsMargins(10, 1, 10, 1);
}

void PillLabel::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        const qreal radius = qMin<qreal>(9, height() / 2.0);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
    QLabel::paintEvent(event);
}

} // namespace rd::ui
