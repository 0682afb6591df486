#include "widgets/ScrollingBody.h"

#include <QScrollArea>

namespace rd::ui {

QScrollArea *scrollingBody(QWidget *content, QWidget *page)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace rd::ui
