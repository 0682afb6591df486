// The reference for the cold-start benchmark: the smallest Qt Widgets program that opens a main
// window with a menu bar and a label, and quits after its first paint, as releasedesk does with
// --exit-after-first-paint.
#include "FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char *argv[])
{
    rd::ui::reportMainEntered();
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Reference"), &window));
    window.resize(1100, 720);
    rd::ui::quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
