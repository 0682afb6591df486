#pragma once

class QScrollArea;
class QWidget;

namespace rd::ui {

// A page's content in a frameless scroll area that resizes it with the page: long pages (Version
// & tag, Build, Installer, Publish) scroll inside the wizard instead of growing the window.
QScrollArea *scrollingBody(QWidget *content, QWidget *page);

} // namespace rd::ui
