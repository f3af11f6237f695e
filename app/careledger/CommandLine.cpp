#include "CommandLine.h"

#include "services/DemoClinic.h"
#include "ui/Localization.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace careledger::app {

EarlyOptions scanEarly(int argc, char **argv)
{
    EarlyOptions early;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--screenshots") == 0 || std::strncmp(arg, "--screenshots=", 14) == 0) {
            early.screenshots = true;
        } else if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0
                   || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0
                   || std::strcmp(arg, "--help-all") == 0) {
            early.informational = true;
        } else if (std::strcmp(arg, "--lang") == 0 && i + 1 < argc) {
            early.language = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strncmp(arg, "--lang=", 7) == 0) {
            early.language = QString::fromLocal8Bit(arg + 7);
        }
    }
    return early;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

Options parseCommandLine(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CareLedger clinical workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Open the clinic data in <dir> (default: the demo clinic, %1).")
            .arg(services::defaultDemoDataDir()),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Create the demo clinic with its demo accounts first, unless it exists."));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language <code>: %1 (default: the system's).")
            .arg(ui::availableLanguages().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "main", "Render every screen to PNG files in <dir> without a display, using a throw-away clinic, and exit."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main", "Open the patient kiosk as soon as an administrator signs in."));
    parser.addOptions({dataDir, demo, language, screenshots, kiosk});
    parser.process(app);

    Options options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : services::defaultDemoDataDir();
    options.demo = parser.isSet(demo);
    options.language = parser.value(language);
    options.screenshotDir = parser.value(screenshots);
    options.kiosk = parser.isSet(kiosk);
    if (!options.language.isEmpty() && !ui::availableLanguages().contains(options.language)) {
        const QString message = QCoreApplication::translate("main", "Unknown language “%1”. Choose one of: %2.")
                                    .arg(options.language, ui::availableLanguages().join(QStringLiteral(", ")));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(2);
    }
    return options;
}

} // namespace careledger::app
