// careledger: the clinical workstation GUI.

#include "CommandLine.h"
#include "ScreenshotTour.h"

#include "services/DemoClinic.h"
#include "services/Workstation.h"
#include "ui/Localization.h"
#include "ui/SessionController.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

using namespace careledger;

namespace {

// Qt aborts when no display can be reached; say what to do instead, in the user's language.
int explainMissingDisplay(int argc, char **argv, const QString &language)
{
    QCoreApplication core(argc, argv);
    ui::installTranslations(language);
    const QString text = QCoreApplication::translate(
        "main",
        "careledger: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set, nor QT_QPA_PLATFORM).\n"
        "To render every screen to PNG files without a display, run:\n"
        "    careledger --screenshots <dir> [--lang fr|ar|en]");
    std::fprintf(stderr, "%s\n", qPrintable(text));
    return 2;
}

// The demo's bedside gateway: careledger-gateway-sim beside this executable (build tree or
// install), else on PATH. Without it the demo still runs, with silent monitors.
void startDemoGateway(QProcess &simulator, const QString &dataDir)
{
    const QString name = QStringLiteral("careledger-gateway-sim");
    const QDir here(QCoreApplication::applicationDirPath());
    QString program;
    for (const QString &candidate : {here.filePath(name), here.filePath(QStringLiteral("../gateway-sim/") + name)}) {
        if (QFileInfo(candidate).isExecutable()) {
            program = candidate;
            break;
        }
    }
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(name);
    }
    if (program.isEmpty() || !QFileInfo::exists(services::demoGatewayKeyFile(dataDir))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "The demo gateway simulator was not found; live vitals stay empty.")));
        return;
    }
    simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    simulator.setStandardOutputFile(QProcess::nullDevice());
    simulator.start(program, services::demoGatewaySimulatorArguments(dataDir));
}

// The offscreen platform warns about every window-manager hint it ignores; in screenshot
// mode that is expected and would bury real problems.
void quietOffscreenHints(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support"))) {
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char **argv)
{
    const app::EarlyOptions early = app::scanEarly(argc, argv);
    if (early.screenshots || (early.informational && !app::hasDisplay())) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietOffscreenHints);
    } else if (!app::hasDisplay()) {
        return explainMissingDisplay(argc, argv, early.language);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CareLedger"));
    QApplication::setApplicationVersion(QStringLiteral(CARELEDGER_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CareLedger"));
    const QString language = ui::installTranslations(early.language);
    const app::Options options = app::parseCommandLine(app);
    ui::applyClinicalTheme(app);

    if (!options.screenshotDir.isEmpty()) {
        return app::ScreenshotTour(options.screenshotDir, language).run();
    }

    if (options.demo) {
        const services::ServiceStatus demo = services::ensureDemoClinic(options.dataDir);
        if (!demo.ok()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The demo clinic cannot be created: %1")
                                        .arg(demo.message())));
            return 1;
        }
    }

    // Declared before the workstation so it outlives it: the reader sees the line close only
    // after the workstation stopped reading.
    QProcess demoGateway;
    if (options.demo) {
        startDemoGateway(demoGateway, options.dataDir);
    }

    services::Workstation workstation(options.dataDir);
    ui::SessionController session(workstation);
    session.setKioskRequested(options.kiosk);
    {
        // The kiosk's idle time and PDF folder: a setting of this machine, not of the clinic data.
        const QSettings settings;
        ui::KioskOptions kiosk;
        kiosk.idleTimeout = std::chrono::seconds(qBound(20, settings.value(QStringLiteral("kiosk/idleSeconds"), 60).toInt(), 3600));
        kiosk.saveDirectory = settings.value(QStringLiteral("kiosk/saveDirectory")).toString();
        session.setKioskOptions(kiosk);
    }
    session.start();
    return QApplication::exec();
}
