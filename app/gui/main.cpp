// releasedesk: the GUI. Parses arguments and wires the engine to the main window.
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    // The desktop entry and AppStream id (packaging/linux), so shells match windows to the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.releasedesk.ReleaseDesk"));
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/releasedesk.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    rd::Redactor::installMessageFilter();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cut, inspect and repair releases of Python applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the built-in demo project."));
    const QCommandLineOption project(
        QStringLiteral("project"), QStringLiteral("Open the project in DIR."), QStringLiteral("DIR"));
    parser.addOption(demo);
    parser.addOption(project);
    parser.process(app);

    QSettings settings;
    rd::ui::Translations::install(&settings);
    rd::SecretStore secrets;
    rd::ui::MainWindow window(&settings, &secrets);
    window.show();
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (parser.isSet(project)) {
        window.openProject(parser.value(project));
    }
    return QApplication::exec();
}
