// releasedesk: the GUI. Parses arguments and wires the engine to the main window.
#include "FirstPaint.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    // --version and --help answer without a display (a package's smoke test, a headless machine):
    // QApplication would abort without one.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("ReleaseDesk %s\n", RELEASEDESK_VERSION);
            return 0;
        }
    }
    rd::ui::reportMainEntered(); // for the cold-start benchmark only (RD_LAUNCH_US)
    QElapsedTimer startup;
    startup.start();
    const bool trace = qEnvironmentVariableIsSet("RELEASEDESK_STARTUP_TRACE");
    auto mark = [&](const char *what) {
        if (trace) {
            std::fprintf(stderr, "startup %6.1f ms  %s\n", double(startup.nsecsElapsed()) / 1e6, what);
        }
    };
    QApplication app(argc, argv);
    mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    // The desktop entry and AppStream id (packaging/linux), so shells match windows to the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.releasedesk.ReleaseDesk"));
    rd::Redactor::installMessageFilter();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cut, inspect and repair releases of Python applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the built-in demo project."));
    const QCommandLineOption project(
        QStringLiteral("project"), QStringLiteral("Open the project in DIR."), QStringLiteral("DIR"));
    // For the cold-start benchmark (tests/bench/cold_start_bench.py): quit once the window painted.
    QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demo);
    parser.addOption(project);
    parser.addOption(firstPaint);
    parser.process(app);

    mark("arguments");
    QSettings settings;
    rd::ui::Translations::install(&settings);
    mark("settings and translations");
    rd::SecretStore secrets;
    mark("secret store");
    rd::ui::MainWindow window(&settings, &secrets);
    mark("main window built");
    if (parser.isSet(firstPaint)) {
        rd::ui::quitAfterFirstPaint(&window, [&] { mark("first paint"); });
    }
    // The icon's PNGs are decoded after the first paint: the window manager takes it a moment later.
    QObject::connect(&window, &rd::ui::MainWindow::startupCompleted, &app, [] {
        QIcon icon;
        for (const int size : { 16, 32, 48, 64, 128, 256 }) {
            icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/releasedesk.png").arg(size), QSize(size, size));
        }
        QApplication::setWindowIcon(icon);
    });
    window.show();
    mark("shown");
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (parser.isSet(project)) {
        window.openProject(parser.value(project));
    }
    return QApplication::exec();
}
